import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { projectCacheFolder } from '../system/project-cache.ts';
import { recordStage } from '../system/stage-timings.ts';
import { PageFiles } from '../site/citations/page-files.ts';
import { SearchReuse } from './search-reuse.ts';
import { buildSession } from '../site/build-session.ts';

export { forIndex } from './search-indexer.ts';

/** The address Pagefind should give a built page: `cases/max-bokayev/index.html` → `/cases/max-bokayev/`. */
export function pageUrl(relativePath: string): string {
  return `/${relativePath.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** How the search index is built. */
export interface BriefingsSearchOptions {
  /**
   * The characters of indexed text one shard of the index holds (see SearchIndexerOptions). The
   * default keeps Pagefind under about 800 MB (10,000 briefings: 17 shards, a build peak of 2.73 GiB
   * against 2.97 GiB with 20 million); `BRIEFINGS_SEARCH_SHARD_CHARACTERS` overrides it.
   */
  shardCharacters?: number;
}

const DEFAULT_SHARD_CHARACTERS = 16_000_000;

/**
 * Builds the Pagefind search index of the site while Astro renders it: a middleware hands each
 * built page to the indexer (search-middleware.ts, search-indexer.ts), which Pagefind's own
 * process indexes on the other core. One index holds every language (Pagefind would otherwise
 * split pages by <html lang>), so one search finds a person's English profile and the Russian
 * summary that names them; the `language` filter narrows a search to one language. The cost: no
 * Russian or Kazakh stemming (Pagefind stems one language per index); names are folded anyway. A
 * large archive's index is written in shards, which the search page merges. Any indexing error
 * stops the build. It also opens the build session the pages use (build-session.ts): the citation
 * writer's process and the writer of the files that lie next to pages.
 */
export function briefingsSearch(options: BriefingsSearchOptions = {}): AstroIntegration {
  let base = '/';
  let building = false;
  let indexer: SearchReuse | undefined;
  return {
    name: 'briefings-search',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware }) => {
        base = config.base;
        building = command === 'build';
        if (building) addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'post' });
      },
      // Marks for `npm run bench` (BRIEFINGS_TIMINGS_FILE): content sync and bundling end where the
      // build starts generating pages.
      'astro:build:start': () => recordStage('build-start', Date.now()),
      'astro:config:done': async ({ config }) => {
        if (!building) return;
        const fromEnvironment = Number(process.env.BRIEFINGS_SEARCH_SHARD_CHARACTERS);
        const shardCharacters = Number.isFinite(fromEnvironment) && fromEnvironment > 0 ? fromEnvironment : (options.shardCharacters ?? DEFAULT_SHARD_CHARACTERS);
        // A rebuild keeps the shards whose pages did not change (search-reuse.ts).
        const cacheFolder = (name: string) => projectCacheFolder(fileURLToPath(config.cacheDir), fileURLToPath(config.root), name);
        indexer = await SearchReuse.open({ siteDir: fileURLToPath(config.outDir), cacheDir: cacheFolder('briefings-search'), shardCharacters });
        buildSession().search = { indexer, base };
        buildSession().rebuild = indexer.rebuilding;
        // Citations are written in a child process ahead of the pages (src/site/citations/texts.ts).
        buildSession().citationWorker = new URL('../site/citations/format-worker.ts', import.meta.url);
        // Citation files are written with their pages (src/components/CiteThis.astro), and kept
        // for the pages a rebuild takes from Astro's cache.
        buildSession().pageFiles = new PageFiles(fileURLToPath(config.outDir), cacheFolder('briefings-page-files'));
      },
      'astro:build:generated': () => recordStage('pages-generated', Date.now()),
      'astro:build:done': async ({ logger, pages }) => {
        const started = Date.now();
        try {
          if (!indexer) throw new Error('Search index: the indexer was not started; briefingsSearch() must be in the integrations of astro.config.mjs');
          const restored = buildSession().pageFiles?.restore(pages.map(({ pathname }) => pathname)) ?? 0;
          if (restored > 0) logger.fork('briefings:site').info(`Kept ${restored} citation files of pages taken from the last build`);
          const restoreMs = Date.now() - started;
          const built = pages.map(({ pathname }) => `/${pathname}`);
          const summary = await indexer.finish(built);
          const reused = summary.shards.length - summary.indexed;
          logger.fork('briefings:search').info(`Indexed ${summary.pages} pages for search${summary.shards.length > 1 ? ` in ${summary.shards.length} shards` : ''}${reused > 0 ? `, ${reused} of them kept from the last build` : ''}`);
          // For the benchmark: what a rebuild spent putting back citation files and indexing changed shards again.
          recordStage('index', started, { pages: summary.pages, shards: summary.shards.length, reused, restoredFiles: restored, restoreMs, reindexedPages: summary.reindexedPages, reindexMs: summary.reindexMs });
        } finally {
          buildSession().search = undefined;
          buildSession().rebuild = undefined;
          buildSession().citationWorker = undefined;
          buildSession().pageFiles = undefined;
        }
      },
    },
  };
}
