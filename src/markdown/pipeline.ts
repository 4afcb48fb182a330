import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import type { SourceSummary } from '../lib/source-records.ts';
import { headingAnchorOptions } from './heading-anchors.ts';
import { rehypeFootnoteNotes } from './rehype-footnote-notes.ts';
import { rehypeSourceLinks } from './rehype-source-links.ts';
import { remarkCaseMentions } from './remark-case-mentions.ts';

/**
 * The Markdown processor of every briefing and case: GFM (footnotes), case-mention anchors,
 * heading ids and anchors, footnotes with their sources and permanent links, `source:` links.
 * astro.config.mjs uses it, and so do the tests that render Markdown as the site does.
 */
export function markdownProcessor(options: { base: string; sources: SourceSummary[] }) {
  return unified({
    remarkPlugins: [remarkGfm, remarkCaseMentions],
    rehypePlugins: [
      rehypeHeadingIds,
      [rehypeAutolinkHeadings, headingAnchorOptions],
      [rehypeFootnoteNotes, options],
      [rehypeSourceLinks, { base: options.base }],
    ],
  });
}
