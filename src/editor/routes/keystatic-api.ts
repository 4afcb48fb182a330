/**
 * Keystatic's file API in local mode (read the working copy, write it), with the archive's save
 * gate on `POST update`: every file is put in house style, then checked with the whole archive;
 * a file that is not a draft and has problems is refused (422) with the check's own lines, which
 * Keystatic shows beside its Save button. Drafts (`draft: true`) are saved whatever they lack.
 */
import type { APIRoute } from 'astro';
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import config from '../keystatic.config.ts';
import { checkFiles, houseStyleFile } from '../entry-files.ts';

export const prerender = false;

const keystatic = makeGenericAPIRouteHandler({ config });

interface Update {
  additions: Array<{ path: string; contents: string }>;
  deletions: Array<{ path: string }>;
}

/** The save refused, in the words of `npm run check`, and what to do instead. */
function refusal(lines: string[]): string {
  return `Not saved: the check finds ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}.\n${lines.join('\n')}\nFix ${lines.length === 1 ? 'it' : 'them'}, or tick "draft" to save the entry as an unpublished draft.`;
}

async function gatedUpdate(request: Request): Promise<Request | Response> {
  const update = (await request.json()) as Update;
  const deleted = update.deletions.map((d) => d.path);
  const pending = new Map<string, string>();
  for (const addition of update.additions) {
    const saved = Buffer.from(addition.contents, 'base64').toString('utf8');
    const renamedFrom = deleted.length === 1 ? deleted[0] : undefined;
    pending.set(addition.path, await houseStyleFile(addition.path, saved, renamedFrom));
  }
  const refused = (await checkFiles(pending)).filter((c) => !c.draft).flatMap((c) => c.problems);
  if (refused.length > 0) return new Response(refusal(refused), { status: 422, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const body = JSON.stringify({
    ...update,
    additions: [...pending].map(([path, text]) => ({ path, contents: Buffer.from(text, 'utf8').toString('base64url') })),
  });
  return new Request(request.url, { method: 'POST', headers: request.headers, body });
}

/** Every method of /api/keystatic/…: Keystatic's handler, behind the save gate for updates. */
export const ALL: APIRoute = async ({ request }) => {
  let forwarded: Request = request;
  if (request.method === 'POST' && new URL(request.url).pathname.replace(/\/$/, '').endsWith('/update')) {
    const gated = await gatedUpdate(request);
    if (gated instanceof Response) return gated;
    forwarded = gated;
  }
  const { body, headers, status } = await keystatic(forwarded);
  return new Response(body as BodyInit | null, { status: status ?? 200, ...(headers ? { headers } : {}) });
};
