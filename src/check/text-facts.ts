import type { Definition, Heading, Image, ImageReference, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { isCommentExpression } from '../lib/content-components.ts';
import type { WrittenAttribute } from '../lib/html-policy.ts';
import { collectFootnotes, footnoteProblems } from '../lib/footnotes.ts';
import { linkProblems } from '../lib/links.ts';
import { eachNode } from '../lib/mdast-walk.ts';
import { isPlaceholder, quotePlaceholder } from '../lib/placeholders.ts';
import type { Problem } from '../lib/problems.ts';

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
  /** Every attribute as written, for an HTML (lower-case) element, which src/lib/html-policy.ts judges. */
  attributes?: WrittenAttribute[];
}

/** An image in the text (`![alt](address)`, or one written by reference), which texts may not show. */
export interface TextImage {
  url: string;
  alt: string;
  line: number | undefined;
}

/** A level-1 heading in the text (`# Title`), which texts may not have: the title comes from the frontmatter. */
export interface TextHeading {
  text: string;
  line: number | undefined;
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
  /** Every image, in order. */
  images: TextImage[];
  /** Every level-1 heading, in order. */
  topHeadings: TextHeading[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** The attributes of a JSX element as written: an expression (`href={x}`, `{...props}`) has a null value, and one without a value an empty one. */
function writtenAttributes(element: JsxElement): WrittenAttribute[] {
  return element.attributes.map((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute') return { name: '', value: null };
    const { name, value } = attribute;
    return { name, value: value === null || value === undefined ? '' : typeof value === 'string' ? value : null };
  });
}

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
  const images: TextImage[] = [];
  const imageReferences: ImageReference[] = [];
  const definitions = new Map<string, string>();
  const topHeadings: TextHeading[] = [];
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
      const name = element.name ?? '';
      elements.push({ name, line: element.position?.start.line, id: idAttribute(element), ...(/^[a-z]/.test(name) ? { attributes: writtenAttributes(element) } : {}) });
    } else if (node.type === 'image') {
      const { url, alt } = node as Image;
      images.push({ url, alt: alt ?? '', line: node.position?.start.line });
    } else if (node.type === 'imageReference') {
      imageReferences.push(node as ImageReference);
    } else if (node.type === 'definition') {
      const { identifier, url } = node as Definition;
      if (!definitions.has(identifier)) definitions.set(identifier, url);
    } else if (node.type === 'heading' && (node as Heading).depth === 1) {
      topHeadings.push({ text: toString(node), line: node.position?.start.line });
    }
  });
  for (const reference of imageReferences) {
    images.push({ url: definitions.get(reference.identifier) ?? '', alt: reference.alt ?? '', line: reference.position?.start.line });
  }
  images.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const footnotes = collectFootnotes(tree);
  return {
    footnoteProblems: footnoteProblems(footnotes, file),
    linkProblems: linkProblems(links, file),
    cites: footnotes.notes.flatMap((note) => note.cites.map(({ url, line }) => ({ label: note.label, url, line }))),
    elements,
    code,
    placeholders,
    images,
    topHeadings,
  };
}
