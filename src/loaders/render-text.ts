import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { contentProcessor, markdownProcessor, type PipelineOptions } from '../markdown/pipeline.ts';
import { takeBriefingText } from '../markdown/remark-briefing-text.ts';
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

/**
 * One text to render: its file and where its HTML goes. The renderer reads the file itself, so
 * that the loader's process never holds the texts of a whole collection.
 */
export interface TextJob {
  filePath: string;
  relativePath: string;
  bodyFile: string;
}

/** What rendering a text gives its entry: a digest of what was written (its HTML and its facts, see rendered-bodies.ts). */
export interface RenderedText {
  digest: string;
}

/** Makes the function that renders one text to HTML and writes the HTML and its facts to the entry's files. */
export async function textRenderer(settings: RendererSettings): Promise<(job: TextJob) => Promise<RenderedText>> {
  const renderer = await contentProcessor(markdownProcessor(settings.pipeline), settings.base).createRenderer(settings.markdown);
  return async (job) => {
    // Blank lines in place of the frontmatter keep line numbers in errors those of the file. The
    // loader has read the frontmatter already (and refused it if it is not valid YAML).
    const { content, frontmatter } = parseFrontmatter(await readFile(job.filePath, 'utf8'), { frontmatter: 'empty-with-spaces' });
    const result = await renderer.render(content, { frontmatter: frontmatter as Record<string, unknown>, fileURL: pathToFileURL(job.filePath) });
    const text = takeBriefingText(job.filePath);
    if (!text) throw new Error(`${job.relativePath}: the renderer recorded no footnotes or case mentions; this is a bug in src/markdown/remark-briefing-text.ts`);
    // Texts show no images: the sanitiser (src/markdown/sanitize-schema.ts) removes every one, and
    // the check, which runs before any build, reports each with what to do (src/lib/html-policy.ts).
    const facts = await writeBody(job.bodyFile, result.code, { headings: result.metadata.headings, ...text });
    return { digest: createHash('sha256').update(result.code).update(facts).digest('base64url') };
  };
}
