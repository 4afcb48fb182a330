import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { Draft } from './draft.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

function frontmatterTitle(tree: Root): string | undefined {
  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (!yaml) return undefined;
  try {
    const data: unknown = parseYaml(yaml.value);
    const title = (data as { title?: unknown } | null)?.title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a Markdown draft (`.md`): GFM footnotes, tables and links as they are. The title is the
 * frontmatter's `title`, else the first block (a heading or a paragraph), which leaves the text.
 */
export function readMarkdownDraft(text: string): Draft {
  const tree = parser.runSync(parser.parse(text)) as Root;
  const warnings: string[] = [];
  let title = frontmatterTitle(tree);
  const body = tree.children.filter((n) => n.type !== 'yaml');
  if (title === undefined) {
    const first: RootContent | undefined = body[0];
    if (first && (first.type === 'heading' || first.type === 'paragraph')) {
      title = toString(first).split('\n')[0] ?? '';
      body.shift();
    } else {
      title = '';
    }
  }
  const footnotesIn = body.filter((n) => n.type === 'footnoteDefinition').length;
  return { title: title.trim(), tree: { type: 'root', children: body }, footnotesIn, warnings };
}
