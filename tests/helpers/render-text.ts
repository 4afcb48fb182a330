import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import { contentProcessor, markdownProcessor, type ContentParser } from '../../src/markdown/pipeline.ts';

/** Both parsers the site renders texts with. */
export const parsers: readonly ContentParser[] = ['native', 'remark'];

/**
 * The site's text renderer (contentProcessor over markdownProcessor, as src/loaders/render-text.ts
 * makes it), parsing with Sätteri or remark. `sanitised: false` leaves out the sanitiser, to
 * compare with what it removes.
 */
export async function textRenderer(parser: ContentParser, options: { sanitised?: boolean } = {}): Promise<MarkdownRenderer> {
  const markdown = markdownProcessor({ base: '/', sources: [] });
  const processor = options.sanitised === false
    ? unified({ ...markdown.options, rehypePlugins: markdown.options.rehypePlugins.filter((plugin) => !(Array.isArray(plugin) && plugin[0] === rehypeSanitize)) })
    : markdown;
  return contentProcessor(processor, '/', parser).createRenderer(markdownConfigDefaults);
}

/** The HTML a body renders to, or `refused` with the first line of the error when the renderer stops at it (an MDX syntax error, an expression). */
export async function renderBody(renderer: MarkdownRenderer, body: string): Promise<{ html: string } | { refused: string }> {
  try {
    return { html: (await renderer.render(body)).code };
  } catch (error) {
    return { refused: String(error).split('\n')[0] ?? '' };
  }
}
