import { isUnifiedProcessor, rehypeHeadingIds, unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { SourceSummary } from './source-citation.ts';
import { headingAnchorOptions } from './heading-anchors.ts';
import { rehypeFootnoteNotes } from './rehype-footnote-notes.ts';
import { rehypeOutboundLinks } from './rehype-outbound-links.ts';
import { rehypeSourceLinks } from './rehype-source-links.ts';
import { remarkCaseMentions } from './remark-case-mentions.ts';
import { remarkContentComponents } from './remark-content-components.ts';
import { remarkNativeParse } from './remark-native-parse.ts';
import { remarkBriefingText } from './remark-briefing-text.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The archive's typography: curly quotes, `--` → en dash, `---` → em dash, `...` → ellipsis, and
 * backticks left alone. These are the rules of Sätteri's smart punctuation, which the fast
 * renderer applies while parsing, so that both renderers write the same characters.
 */
const typography = { dashes: 'oldschool', backticks: false } as const;

/** What the archive's Markdown processor is made from: the site's base path and the source records footnotes show. */
export interface PipelineOptions {
  base: string;
  sources: SourceSummary[];
}

/**
 * What astro.config.mjs gives markdownProcessor(): the base path and the content folder whose
 * source records footnotes show. The loader reads the records when it renders texts
 * (src/loaders/mdx-html.ts) instead of the configuration carrying them: Astro hashes its Markdown
 * configuration whole to decide whether a rebuild may keep any page, so one new or edited source
 * record carried there rendered every page again (docs/build.md#rebuilds).
 */
export interface ConfiguredPipeline {
  base: string;
  contentDir: string;
}

/**
 * The Markdown processor of every briefing and case: GFM (footnotes), case-mention anchors, the
 * HTML a text may hold and nothing else, heading ids and anchors, footnotes with their sources and
 * permanent links, `source:` links, and links to other sites that do not say where the reader came
 * from. astro.config.mjs uses it, and so do the tests that render Markdown as the site does. The
 * processor keeps its options (`options.archivePipeline`: Astro's config keeps `options` as it is
 * and drops anything else), so that child processes can make the same processor.
 *
 * The sanitiser comes first among the rehype plugins: Astro runs them right after remark-rehype
 * (and syntax highlighting), and before its own image, heading-id and rehype-raw steps
 * (createMarkdownProcessor in @astrojs/markdown-remark), so it sees the text as written and
 * removes any raw HTML before rehype-raw could parse it; what the plugins after it add is the
 * archive's own code, not content.
 */
export function markdownProcessor(options: PipelineOptions | ConfiguredPipeline) {
  const processor = unified({
    smartypants: typography,
    remarkPlugins: [remarkGfm, remarkCaseMentions],
    rehypePlugins: [
      [rehypeSanitize, sanitizeSchema()],
      rehypeHeadingIds,
      [rehypeAutolinkHeadings, headingAnchorOptions],
      // Configured with a content folder, the processor names no source records: Astro renders
      // no Markdown of the site with it (no .md pages or collections); the texts are rendered by
      // a processor the loader makes with the records it read (src/loaders/render-text.ts).
      [rehypeFootnoteNotes, { sources: 'sources' in options ? options.sources : [] }],
      [rehypeSourceLinks, { base: options.base }],
      rehypeOutboundLinks,
    ],
  });
  Object.assign(processor.options, { archivePipeline: options });
  return processor;
}

/** The options markdownProcessor() made a processor from, or undefined for any other processor. */
export function pipelineOptionsOf(processor: { options?: unknown }): PipelineOptions | ConfiguredPipeline | undefined {
  return (processor.options as { archivePipeline?: PipelineOptions | ConfiguredPipeline } | undefined)?.archivePipeline;
}

/** How the content processor parses: Sätteri (native, the build) or remark (the reference the tests hold it to). */
export type ContentParser = 'native' | 'remark';

/**
 * The processor that renders `.mdx` bodies to HTML: the configured Markdown processor (above) with
 * MDX syntax and the archive's components as plain HTML, recording each file's footnotes and case
 * mentions. By default Sätteri parses (remarkNativeParse), which also applies the smart
 * punctuation; with `parser: 'remark'`, remark-parse with remark-mdx and remark-smartypants do, as
 * in Astro's own unified pipeline. Both give the same HTML (tests/unit/native-rendering.test.ts).
 */
export function contentProcessor(markdown: { name: string }, base: string, parser: ContentParser = 'native') {
  if (!isUnifiedProcessor(markdown)) {
    throw new Error(`astro.config.mjs: markdown.processor is "${markdown.name}", but briefings and cases are rendered with remark plugins; set it to markdownProcessor() from src/markdown/pipeline.ts`);
  }
  const { options } = markdown;
  // Source links take the pipeline's base and case mentions the site's: one value, or links break
  // under a mirror's sub-path (a raw `SITE_BASE=mirror/kz` once reached the pipeline, while Astro
  // normalised the pages' base).
  const pipelineBase = pipelineOptionsOf(markdown)?.base;
  if (pipelineBase !== undefined && pipelineBase !== base) {
    throw new Error(`astro.config.mjs: markdownProcessor() was given base "${pipelineBase}" but the site's base is "${base}"; give both the base loadSiteConfiguration() resolves (address.base)`);
  }
  const syntax: NonNullable<UnifiedProcessorOptions['remarkPlugins']> = parser === 'native' ? [[remarkNativeParse, { smartypants: options.smartypants }]] : [remarkMdx];
  return unified({
    ...options,
    ...(parser === 'native' ? { smartypants: false } : {}),
    remarkPlugins: [...syntax, ...options.remarkPlugins, [remarkContentComponents, { base }], remarkBriefingText],
  });
}
