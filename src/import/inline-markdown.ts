import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Reads one line of a text draft as Markdown text: emphasis, links, `<https://...>` and bare
 * addresses are kept. A line that Markdown would read as something other than a paragraph (`# x`,
 * `[^1]: x`, `<div>`) is kept as plain text, so the line's words are never lost or reinterpreted.
 */
export function parseInline(text: string): PhrasingContent[] {
  if (text.trim() === '') return [];
  const tree = parser.runSync(parser.parse(text)) as Root;
  const [only, ...rest] = tree.children;
  if (only?.type === 'paragraph' && rest.length === 0) return only.children;
  return [{ type: 'text', value: text }];
}
