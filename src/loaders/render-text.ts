import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { AstroMarkdownOptions, MarkdownHeading } from '@astrojs/markdown-remark';
import type { BriefingText } from '../lib/briefing-text.ts';
import { contentProcessor, markdownProcessor, type PipelineOptions } from '../markdown/pipeline.ts';
import { takeTextFacts } from '../markdown/remark-text-facts.ts';
import { writeBody } from './rendered-bodies.ts';

/** Everything a renderer is made from; plain data, so that a child process can make the same renderer. */
export interface RendererSettings {
  /** What markdownProcessor() in astro.config.mjs was given. */
  pipeline: PipelineOptions;
  /** The site's base path (config.base). */
  base: string;
  /** Astro's Markdown options that the processor reads (syntax highlighting, GFM, SmartyPants). */
  markdown: AstroMarkdownOptions;
}

/** One text to render: its file, its body (frontmatter blanked out), its frontmatter, and where its HTML goes. */
export interface TextJob {
  filePath: string;
  relativePath: string;
  body: string;
  frontmatter: Record<string, unknown>;
  bodyFile: string;
}

/** What rendering a text gives its entry: the headings, footnotes and case mentions, and a digest of its HTML. */
export interface RenderedText extends BriefingText {
  headings: MarkdownHeading[];
  htmlDigest: string;
}

/** Makes the function that renders one text to HTML, writes the HTML to its file and returns what the entry keeps. */
export async function textRenderer(settings: RendererSettings): Promise<(job: TextJob) => Promise<RenderedText>> {
  const renderer = await contentProcessor(markdownProcessor(settings.pipeline), settings.base).createRenderer(settings.markdown);
  return async (job) => {
    const result = await renderer.render(job.body, { frontmatter: job.frontmatter, fileURL: pathToFileURL(job.filePath) });
    const text = takeTextFacts(job.filePath);
    if (!text) throw new Error(`${job.relativePath}: the renderer recorded no footnotes or case mentions; this is a bug in src/markdown/remark-text-facts.ts`);
    const images = [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths];
    if (images.length > 0) {
      throw new Error(`${job.relativePath}: the text shows ${images.join(', ')}; images from other sites are not allowed (the archive makes no request to another site) and images beside the text are not supported: put the image in public/ and write its address from the site root, e.g. ![Chart of arrests](/images/arrests.png)`);
    }
    await writeBody(job.bodyFile, result.code);
    return { headings: result.metadata.headings, ...text, htmlDigest: createHash('sha256').update(result.code).digest('base64url') };
  };
}
