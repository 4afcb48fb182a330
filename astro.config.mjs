// @ts-check
// First, before anything else allocates: see the file.
import './src/integrations/native-memory.ts';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { briefingsIntegrity } from './src/integrations/briefings-integrity.ts';
import { briefingsSearch } from './src/integrations/briefings-search.ts';
import { readSourceSummaries } from './src/lib/source-records.ts';
import { markdownProcessor } from './src/markdown/pipeline.ts';

// Mirrors publish the same archive under another address: SITE_URL=https://mirror.example
// SITE_BASE=/mirror/kz/ npm run build. Every internal link goes through the base.
const site = process.env.SITE_URL ?? 'https://briefings.example.org';
const base = process.env.SITE_BASE ?? '/';
// Footnotes show the source records they cite. Sources are read once per start: restart
// `npm run dev` after adding a source record to see it in the footnotes.
const sources = await readSourceSummaries(new URL('./content/', import.meta.url).pathname);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Styles and scripts stay in files of their own: cacheable, and allowed by a strict
  // Content-Security-Policy with no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: markdownProcessor({ base, sources }) },
  integrations: [briefingsIntegrity(), mdx(), sitemap(), briefingsSearch()],
  devToolbar: { enabled: false },
  vite: {
    resolve: {
      // rehype-citation exports its CSL styles as a folder ("./node/"), a mapping Node no longer
      // resolves (https://nodejs.org/api/deprecations.html#DEP0148); Vite does, so bundle them.
      noExternal: ['rehype-citation'],
    },
    build: {
      // Astro inlines scripts smaller than this; 0 keeps every script an external file.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro 7 marks MDX modules with a "use astro:head-inject" directive that the bundler warns
        // about once per file; harmless (https://github.com/withastro/astro/issues/18087).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
