import { entryPath, withBase } from '../lib/paths.ts';

/** A path inside the site, under the configured base (so mirrors under a sub-path work). */
export function href(path = ''): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The address of an entry's page. */
export function entryHref(collection: string, id: string): string {
  return href(entryPath(collection, id));
}
