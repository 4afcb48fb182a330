import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { indexedText } from '../lib/indexed-text.ts';
import { foldedNameVariants } from '../lib/name-folding.ts';
import { recordStage } from '../lib/stage-timings.ts';

/** What the index leaves out of every page, beyond what pages mark with data-pagefind-ignore. */
const excludedFromIndex = ['.heading-anchor', '[data-footnote-backref]', '.footnote-preview'];

const BODY_END = /<\/article>(?![\s\S]*<\/article>)/;

/**
 * The page as the index sees it: the searchable article gets a hidden line of folded name
 * spellings (see foldedNameVariants). The page on disk is not changed.
 */
export function withFoldedNames(html: string): string {
  const variants = foldedNameVariants(indexedText(html));
  return variants.length === 0 ? html : html.replace(BODY_END, `<p hidden>${variants.join(' ')}</p></article>`);
}

/** The address Pagefind should give a built page: `cases/max-bokayev/index.html` → `/cases/max-bokayev/`. */
export function pageUrl(relativePath: string): string {
  return `/${relativePath.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Builds the Pagefind search index of the built site at astro:build:done, through Pagefind's Node
 * API, so no build can forget it. Any indexing error stops the build.
 */
export function briefingsSearch(): AstroIntegration {
  return {
    name: 'briefings-search',
    hooks: {
      // Marks for `npm run bench` (BRIEFINGS_TIMINGS_FILE): content sync and bundling end where the
      // build starts generating pages.
      'astro:build:start': () => recordStage('build-start', Date.now()),
      'astro:build:generated': () => recordStage('pages-generated', Date.now()),
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const log = logger.fork('briefings:search');
        const siteDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]): never => {
          throw new Error(`Search index: ${step} failed: ${errors.join('; ')}. Fix the cause and build again.`);
        };
        try {
          // One index for every language (Pagefind would otherwise split pages by <html lang>), so one
          // search finds a person's English profile and the Russian summary that names them; the
          // `language` filter narrows a search to one language. The cost: no Russian or Kazakh
          // stemming (Pagefind applies one language's stemmer to an index); names are folded anyway.
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: excludedFromIndex, forceLanguage: 'en' });
          if (!index) return fail('starting Pagefind', errors);
          const pages = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
          let indexed = 0;
          for (const page of pages) {
            const html = await readFile(path.join(siteDir, page), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const added = await index.addHTMLFile({ url: pageUrl(page), content: withFoldedNames(html) });
            if (added.errors.length > 0) fail(`reading ${page}`, added.errors);
            indexed++;
          }
          if (indexed === 0) fail('reading the pages', ['no page is marked data-pagefind-body']);
          const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
          if (written.errors.length > 0) fail('writing the index', written.errors);
          log.info(`Indexed ${indexed} pages for search`);
          recordStage('index', started, { pages: indexed });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
