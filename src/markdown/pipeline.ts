import { isUnifiedProcessor, rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { SourceSummary } from '../lib/source-records.ts';
import { headingAnchorOptions } from './heading-anchors.ts';
import { rehypeFootnoteNotes } from './rehype-footnote-notes.ts';
import { rehypeSourceLinks } from './rehype-source-links.ts';
import { remarkCaseMentions } from './remark-case-mentions.ts';
import { remarkContentComponents } from './remark-content-components.ts';

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

/**
 * The processor that renders `.mdx` bodies to HTML: the configured Markdown processor (above) with
 * MDX syntax (remark-mdx, as @mdx-js/mdx parses it) and the archive's components as plain HTML.
 */
export function contentProcessor(markdown: { name: string }, base: string) {
  if (!isUnifiedProcessor(markdown)) {
    throw new Error(`astro.config.mjs: markdown.processor is "${markdown.name}", but briefings and cases are rendered with remark plugins; set it to markdownProcessor() from src/markdown/pipeline.ts`);
  }
  const { options } = markdown;
  return unified({
    ...options,
    remarkPlugins: [remarkMdx, ...options.remarkPlugins, [remarkContentComponents, { base }]],
  });
}
