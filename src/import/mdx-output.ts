import { compile } from '@mdx-js/mdx';
import type { Link, Root } from 'mdast';
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { stringify as stringifyYaml } from 'yaml';
import { collectFootnotes } from '../lib/footnotes.ts';
import { describeSyntaxError, parseMdx } from '../lib/mdx-syntax.ts';

/** Characters that may stand right after an address written bare, without becoming part of it. */
const AFTER_BARE = /^(?:$|\s|[.,;:!?)])/u;
const BARE_SAFE = /^https?:\/\/[^\s<>{}[\]\\`"']+[\p{L}\p{N}/=#+-]$/u;

function isBare(link: Link): boolean {
  return !link.title && link.children.length === 1 && link.children[0]?.type === 'text' && toString(link) === link.url;
}

/**
 * Writes a link whose words are its address as the bare address, as staff paste it and as
 * `content/README.md` asks (MDX cannot read `<https://...>`); other links as `[words](address)`.
 */
function linkHandler(resourceOnly: ReadonlySet<string>): Handle {
  return (node: Link, parent, state, info) => {
    if (isBare(node) && !resourceOnly.has(node.url) && BARE_SAFE.test(node.url) && AFTER_BARE.test(info.after) && !/[\p{L}\p{N}]/u.test(info.before)) {
      return node.url;
    }
    return defaultHandlers.link(node, parent, state, info);
  };
}

function stringifyBody(tree: Root, resourceOnly: ReadonlySet<string>): string {
  const processor = unified().use(remarkGfm).use(remarkMdx).use(remarkStringify, {
    bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-',
    handlers: { link: linkHandler(resourceOnly) },
    // A line starting with `import ` or `export ` is JavaScript to MDX: write its first letter as
    // a character reference so the words stay words.
    unsafe: [{ character: 'i', atBreak: true, after: 'mport[\\t ]' }, { character: 'e', atBreak: true, after: 'xport[\\t ]' }],
  });
  return processor.stringify(tree);
}

/** The addresses of every link in a tree, in order: what `verifyMdx` expects to read back. */
export function linkAddresses(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, 'link', (link: Link) => {
    urls.push(link.url);
  });
  return urls;
}

/** The MDX code a tree holds (JavaScript, expressions, components), by kind and name, in order. */
function codeNodes(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') found.push(node.type);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(`<${node.name ?? ''}>`);
  });
  return found;
}

/** An MDX file the importer produced and could not read back: a fault of the importer, never of the draft. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** Lines of a YAML comment (`# ...`) saying something to staff that readers never see; empty for no comment. */
export function yamlComment(comment: string | undefined): string {
  return comment ? `${comment.split('\n').map((line) => `# ${line}`.trimEnd()).join('\n')}\n` : '';
}

/**
 * Writes a briefing as MDX text: the frontmatter (after `comment`, for staff, as YAML comment
 * lines), then the tree. Every address must come back from the written text unchanged; one that
 * would not as a bare address is written as `[address](address)` instead.
 */
export function toMdx(frontmatter: Record<string, unknown>, tree: Root, comment?: string): string {
  const head = `---\n${yamlComment(comment)}${stringifyYaml(frontmatter, { lineWidth: 0 })}---\n\n`;
  const expected = linkAddresses(tree);
  const resourceOnly = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const text = head + stringifyBody(tree, resourceOnly);
    let found: string[];
    try {
      found = linkAddresses(parseMdx(text));
    } catch {
      return text; // verifyMdx reports it
    }
    const wrong = expected.filter((url, i) => found[i] !== url);
    if (wrong.length === 0 && found.length === expected.length) return text;
    for (const url of wrong.length ? wrong : expected) resourceOnly.add(url);
  }
  return head + stringifyBody(tree, new Set(expected));
}

/**
 * Reads an MDX text back the two ways the site will (the archive's parser and the MDX compiler),
 * checks that no words became code and no address changed, and returns its footnote count.
 * Throws an OutputError saying what failed.
 */
export async function verifyMdx(text: string, source: Root): Promise<{ footnotes: number }> {
  const expectedLinks = linkAddresses(source);
  const expectedCode = codeNodes(source);
  let tree: Root;
  try {
    tree = parseMdx(text);
  } catch (error) {
    const { line, message } = describeSyntaxError(error);
    throw new OutputError(`the briefing written would not be readable (line ${line ?? '?'}: ${message})`, { cause: error });
  }
  try {
    await compile(text, { remarkPlugins: [remarkFrontmatter, remarkGfm] });
  } catch (error) {
    throw new OutputError(`the briefing written would not compile as MDX: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const code = codeNodes(tree);
  if (code.join() !== expectedCode.join()) {
    throw new OutputError(`text of the draft would be read as code: found ${code.join(', ') || 'none'} where the importer wrote ${expectedCode.join(', ') || 'none'}`);
  }
  const found = linkAddresses(tree);
  const lost = expectedLinks.filter((url) => !found.includes(url));
  if (lost.length > 0) throw new OutputError(`addresses changed on the way to MDX: ${lost.join(', ')}`);
  return { footnotes: collectFootnotes(tree).notes.length };
}
