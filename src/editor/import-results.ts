/**
 * The import page's results, kept by token for the editor's session so that the page can answer a
 * POST with a redirect (POST, redirect, GET): a reload, or the dev server's own full reload when the
 * import writes to content/, shows the same result instead of an empty form, and never imports twice.
 */
import { randomUUID } from 'node:crypto';
import type { UploadResult } from './import-upload.ts';

// On globalThis so that the results survive the dev server re-evaluating this module.
const storeKey = Symbol.for('briefings.editor.importResults');
const results: Map<string, UploadResult> = ((globalThis as Record<symbol, unknown>)[storeKey] ??= new Map()) as Map<string, UploadResult>;

/** Keeps an import's result and returns the token the page's address carries. */
export function keepImportResult(result: UploadResult): string {
  const token = randomUUID();
  results.set(token, result);
  return token;
}

/** The result kept under a token, if the editor has run since it was made. */
export function importResult(token: string | null): UploadResult | undefined {
  return token ? results.get(token) : undefined;
}
