/**
 * Drafts: files marked `draft: true`, which `npm run import` and `npm run new` create. A build for
 * publication leaves them out of everything; `npm run dev` and a preview build with drafts
 * (`npm run preview:drafts`) show them, marked, to staff.
 */

/** The environment variable that makes a build a staff preview with drafts (`BRIEFINGS_DRAFTS=1`). */
export const DRAFTS_VARIABLE = 'BRIEFINGS_DRAFTS';

/** True when a file's data (parsed or raw) marks it as a draft. */
export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/** True when a build with this environment is a staff preview that shows drafts. */
export function draftPreviewRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[DRAFTS_VARIABLE] === '1';
}

