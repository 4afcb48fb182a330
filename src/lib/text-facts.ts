import type { Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { isCommentExpression } from './content-components.ts';
import { collectFootnotes } from './footnotes.ts';
import { footnoteProblems } from './integrity/footnotes.ts';
import { linkProblems } from './integrity/links.ts';
import { eachNode } from './mdast-walk.ts';
import { isPlaceholder, quotePlaceholder } from './placeholders.ts';
import type { Problem } from './problems.ts';

/** A document a footnote cites, with the footnote's label: what the rules across files compare with source records. */
export interface FootnoteCite {
  label: string;
  url: string;
  line: number | undefined;
}

/** A JSX element in an MDX text, such as `<Case id="max-bokayev">`. */
export interface TextElement {
  /** The tag name; empty for a fragment `<>`. */
  name: string;
  line: number | undefined;
  /** The `id` attribute: its text, null when written as an expression, undefined when absent. */
  id?: string | null | undefined;
}

/** Code in an MDX text, which content may not hold: an expression `{...}` that is not a comment, or an import or export. */
export interface TextCode {
  kind: 'expression' | 'import-export';
  line: number | undefined;
  /** The expression as written, without its braces. */
  value: string;
}

/** Text of an MDX body that is still a placeholder (`TO FILL IN: ...`), as a report quotes it. */
export interface TextPlaceholder {
  line: number | undefined;
  text: string;
}

/**
 * What the integrity rules need from an MDX text: the problems the text has on its own, and what
 * the rules across files compare. Plain data and small (no syntax tree), so it can cross worker
 * threads and be kept in the check's cache.
 */
export interface TextFacts {
  /** Footnote marks without notes, notes never marked or written twice (`footnoteProblems`). */
  footnoteProblems: Problem[];
  /** Links that will not work (`linkProblems`). */
  linkProblems: Problem[];
  /** Every document every footnote cites, in order. */
  cites: FootnoteCite[];
  /** Every JSX element, in order. */
  elements: TextElement[];
  /** Every expression that is not a comment, and every import or export, in order. */
  code: TextCode[];
  /** Every piece of text still holding a placeholder, in order. */
  placeholders: TextPlaceholder[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function idAttribute(element: JsxElement): string | null | undefined {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  if (!attribute) return undefined;
  return typeof attribute.value === 'string' ? attribute.value : null;
}

/** Reads the facts the integrity rules need from the parsed text of the file `file`. */
export function textFacts(tree: Root, file: string): TextFacts {
  const links: Array<{ url: string; line: number | undefined }> = [];
  const elements: TextElement[] = [];
  const code: TextCode[] = [];
  const placeholders: TextPlaceholder[] = [];
  eachNode(tree, (node) => {
    if (node.type === 'text' && isPlaceholder((node as { value?: unknown }).value)) {
      placeholders.push({ line: node.position?.start.line, text: quotePlaceholder(String((node as { value?: unknown }).value)) });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const value = (node as { value?: string }).value ?? '';
      if (!isCommentExpression(value)) code.push({ kind: 'expression', line: node.position?.start.line, value });
    } else if (node.type === 'mdxjsEsm') {
      code.push({ kind: 'import-export', line: node.position?.start.line, value: (node as { value?: string }).value ?? '' });
    } else if (node.type === 'link') {
      links.push({ url: (node as Link).url, line: node.position?.start.line });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as JsxElement;
      elements.push({ name: element.name ?? '', line: element.position?.start.line, id: idAttribute(element) });
    }
  });
  const footnotes = collectFootnotes(tree);
  return {
    footnoteProblems: footnoteProblems(footnotes, file),
    linkProblems: linkProblems(links, file),
    cites: footnotes.notes.flatMap((note) => note.cites.map(({ url, line }) => ({ label: note.label, url, line }))),
    elements,
    code,
    placeholders,
  };
}
