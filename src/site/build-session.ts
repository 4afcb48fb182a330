import type { PageFiles } from './citations/page-files.ts';

/** What the pages need of the search integration's indexer (src/integrations/search-indexer.ts): it takes each built page. */
interface PageIndexer {
  add(url: string, html: string): Promise<void>;
}

/**
 * What the archive's integrations lend the pages of a build: they run in Astro's process, and the
 * pages in the build's bundle, loaded into the same process; they meet on the global object. Code
 * in the bundle cannot find the project's own files by `import.meta.url`, so the integrations
 * hand it what it needs.
 */
interface BuildSession {
  /** The indexer that receives every built page, and the site's base path, which page addresses lose. */
  search?: { indexer: PageIndexer; base: string } | undefined;
  /** Whether an earlier build of the same code left what a rebuild reuses (src/integrations/search-reuse.ts): most pages are then taken from Astro's cache. */
  rebuild?: boolean | undefined;
  /** The child-process module that writes citations (src/site/citations/format-worker.ts). */
  citationWorker?: URL | undefined;
  /** Writes the files that lie next to a page (its citation files) as the page is rendered, so they need no routes of their own. */
  pageFiles?: PageFiles | undefined;
}

const KEY = Symbol.for('briefings-archive.build-session');
type Holder = { [KEY]?: BuildSession };

/** The build session of this process (empty outside a build). */
export function buildSession(): BuildSession {
  const holder = globalThis as Holder;
  holder[KEY] ??= {};
  return holder[KEY];
}

/** The indexer of the build under way, taking page addresses as the site serves them (with its base); undefined outside a build. */
export function activeSearchIndexer(): { add(pathname: string, html: string): Promise<void> } | undefined {
  const session = buildSession().search;
  if (!session) return undefined;
  const base = session.base.endsWith('/') ? session.base : `${session.base}/`;
  return {
    add: (pathname, html) => session.indexer.add(pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname, html),
  };
}
