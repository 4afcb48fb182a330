import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);

/** Parses an `.mdx` file (frontmatter, GFM and MDX syntax) into a Markdown syntax tree with positions. */
export function parseMdx(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}

/** Where a syntax error sits and what the parser said, from an error thrown by `parseMdx`. */
export function describeSyntaxError(error: unknown): { line?: number; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const place = (error as { line?: unknown } | null)?.line;
  return typeof place === 'number' ? { line: place, message } : { message };
}
