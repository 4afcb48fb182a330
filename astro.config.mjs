// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { briefingsIntegrity } from './src/integrations/briefings-integrity.ts';
import { briefingsSearch } from './src/integrations/briefings-search.ts';
import { headingAnchorOptions } from './src/markdown/heading-anchors.ts';
import { readSourceSummaries } from './src/lib/source-records.ts';
import { rehypeFootnoteNotes } from './src/markdown/rehype-footnote-notes.ts';
import { remarkCaseMentions } from './src/markdown/remark-case-mentions.ts';
import { rehypeSourceLinks } from './src/markdown/rehype-source-links.ts';

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
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, remarkCaseMentions],
      rehypePlugins: [
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingAnchorOptions],
        [rehypeFootnoteNotes, { base, sources }],
        [rehypeSourceLinks, { base }],
      ],
    }),
  },
  integrations: [briefingsIntegrity(), mdx(), briefingsSearch()],
  devToolbar: { enabled: false },
  vite: {
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
