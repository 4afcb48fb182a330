import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToMdast, type SmartPunctuationOptions, type TreeOptions } from 'satteri';
import { unified } from 'unified';

const nativeOptions: TreeOptions = { features: { gfm: true, frontmatter: true }, position: true };
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkGfm);
const bodyParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an `.mdx` file (frontmatter, GFM and MDX syntax) into a Markdown syntax tree with positions. */
export function parseMdx(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}

/** Parses the body of an `.mdx` file (frontmatter already removed) with remark: GFM and MDX syntax, with positions. */
export function parseMdxBody(body: string): Root {
  return bodyParser.runSync(bodyParser.parse(body)) as Root;
}

/** Where a syntax error sits and what the parser said, from an error thrown by `parseMdx`. */
export function describeSyntaxError(error: unknown): { line?: number; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const place = (error as { line?: unknown } | null)?.line;
  return typeof place === 'number' ? { line: place, message } : { message };
}

/**
 * Parses an `.mdx` file like `parseMdx`, with Sätteri's native parser (Rust, the parser Astro 7
 * uses by default): about ten times faster, for `npm run check` over thousands of files. A file it
 * refuses is parsed again by `parseMdx`, so a syntax error is reported with the same words and line.
 */
export function parseMdxNatively(source: string): Root {
  try {
    return mdxToMdast(source, nativeOptions) as Root;
  } catch {
    return parseMdx(source);
  }
}

/** Typographic punctuation Sätteri applies while parsing: curly quotes, `--` → –, `---` → —, `...` → …. */
export type SmartPunctuation = boolean | SmartPunctuationOptions;

/** Sätteri refused a text that remark may still parse; the caller parses it with remark instead. */
export class NativeParseRefused extends Error {}

/**
 * Parses the body of an `.mdx` file (frontmatter already removed) with Sätteri, for rendering:
 * GFM and MDX syntax, positions, and smart punctuation done by the parser. Throws
 * NativeParseRefused when Sätteri cannot parse the text.
 */
export function parseMdxBodyNatively(body: string, smartPunctuation: SmartPunctuation): Root {
  try {
    return mdxToMdast(body, { features: { gfm: true, frontmatter: false, smartPunctuation }, position: true }) as Root;
  } catch (error) {
    throw new NativeParseRefused(`Sätteri could not parse the text: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
