import { entryPath, withBase } from '../lib/paths.ts';

/** A path inside the site, under the configured base (so mirrors under a sub-path work). */
export function href(path = ''): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The address of an entry's page. */
export function entryHref(collection: string, id: string): string {
  return href(entryPath(collection, id));
}

/**
 * The absolute address of a path inside the site (for citations, canonical links and metadata),
 * from the configured `site`, which a citation cannot do without.
 */
export function absoluteHref(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs sets no `site`, so pages cannot give their absolute address; set SITE_URL or `site`.');
  return new URL(href(path), site).href;
}

/** The absolute address of an entry's page. */
export function entryUrl(collection: string, id: string, site: URL | undefined): string {
  return absoluteHref(entryPath(collection, id), site);
}
