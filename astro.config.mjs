// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import { briefingsIntegrity } from './src/integrations/briefings-integrity.ts';
import { headingAnchorOptions } from './src/markdown/heading-anchors.ts';
import { rehypeSourceLinks } from './src/markdown/rehype-source-links.ts';

// Mirrors publish the same archive under another address: SITE_URL=https://mirror.example
// SITE_BASE=/mirror/kz/ npm run build. Every internal link goes through the base.
const site = process.env.SITE_URL ?? 'https://briefings.example.org';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingAnchorOptions],
        [rehypeSourceLinks, { base }],
      ],
    }),
  },
  integrations: [briefingsIntegrity(), mdx()],
  devToolbar: { enabled: false },
});
