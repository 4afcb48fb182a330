import type { Element, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark, { type Options as RehypeRemarkOptions } from 'rehype-remark';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Draft } from './draft.ts';

type Handle = NonNullable<NonNullable<RehypeRemarkOptions['handlers']>[string]>;

/** Mammoth's ids: `#footnote-3` on the mark, `footnote-3` on the note, `#footnote-ref-3` on the way back. */
const NOTE_ID = /^(footnote|endnote)-(\d+)$/u;
const NOTE_HREF = /^#(footnote|endnote)-(\d+)$/u;
const BACK_HREF = /^#(footnote|endnote)-ref-\d+$/u;

/** The class mammoth gives the paragraph in Word's Title style (see `docxStyleMap`). */
export const TITLE_CLASS = 'draft-title';

function labelOf(kind: string | undefined, number: string | undefined): string {
  return kind === 'endnote' ? `endnote-${number ?? ''}` : (number ?? '');
}

function href(node: Element): string {
  return typeof node.properties.href === 'string' ? node.properties.href : '';
}

/**
 * Marks Word's notes as mammoth writes them so rehype-remark can make GFM footnotes of them:
 * `<sup><a href="#footnote-1">[1]</a></sup>` becomes a mark, `<li id="footnote-1">` a note (its
 * "↑" link back is dropped). Returns how many notes there are.
 */
function markNotes(tree: HastRoot): number {
  let notes = 0;
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'a' && BACK_HREF.test(href(node)) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'sup') {
      const links = node.children.filter((c): c is Element => c.type === 'element');
      const match = links.length === 1 && links[0]?.tagName === 'a' ? NOTE_HREF.exec(href(links[0])) : null;
      if (match) {
        node.tagName = 'x-note-mark';
        node.properties = { dataLabel: labelOf(match[1], match[2]) };
        node.children = [];
      }
      return undefined;
    }
    if (node.tagName === 'li') {
      const match = NOTE_ID.exec(typeof node.properties.id === 'string' ? node.properties.id : '');
      if (match) {
        node.tagName = 'x-note';
        node.properties = { dataLabel: labelOf(match[1], match[2]) };
        notes++;
        if (parent?.type === 'element' && parent.tagName === 'ol') parent.tagName = 'x-notes';
      }
    }
    return undefined;
  });
  return notes;
}

/**
 * Word tables rarely mark a header row, and GFM tables need one: a table without `<th>` or
 * `<thead>` gets its first row as the header. Returns how many tables were changed.
 */
function headTables(tree: HastRoot): number {
  let changed = 0;
  visit(tree, 'element', (table) => {
    if (table.tagName !== 'table') return;
    let hasHead = false;
    let firstRow: Element | undefined;
    visit(table, 'element', (node) => {
      if (node !== table && node.tagName === 'table') return SKIP;
      if (node.tagName === 'thead' || node.tagName === 'th') hasHead = true;
      if (node.tagName === 'tr') firstRow ??= node;
      return undefined;
    });
    if (hasHead || !firstRow) return;
    for (const cell of firstRow.children) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
    changed++;
  });
  return changed;
}

/** Takes the title out of the document: Word's Title style, else a first `<h1>` or paragraph. */
function takeTitle(tree: HastRoot): string {
  let found: { parent: HastRoot | Element; index: number; node: Element } | undefined;
  visit(tree, 'element', (node, index, parent) => {
    if (found || index === undefined || !parent) return;
    const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
    if (classes.includes(TITLE_CLASS)) found = { parent: parent as HastRoot | Element, index, node };
  });
  if (!found) {
    const index = tree.children.findIndex((c) => c.type === 'element' && hastToString(c).trim() !== '');
    const node = tree.children[index];
    if (node?.type === 'element' && (node.tagName === 'h1' || node.tagName === 'p')) found = { parent: tree, index, node };
  }
  if (!found) return '';
  found.parent.children.splice(found.index, 1);
  return hastToString(found.node).replace(/\s+/gu, ' ').trim();
}

const noteHandlers: Record<string, Handle> = {
  'x-note-mark': (_state, node) => {
    const label = String(node.properties.dataLabel ?? '');
    return { type: 'footnoteReference', identifier: label, label };
  },
  'x-notes': (state, node) => state.all(node),
  'x-note': (state, node) => {
    const label = String(node.properties.dataLabel ?? '');
    const definition: FootnoteDefinition = {
      type: 'footnoteDefinition', identifier: label, label,
      children: state.toFlow(state.all(node)) as FootnoteDefinition['children'],
    };
    return definition;
  },
};

/**
 * Reads the HTML that mammoth makes of a Word document: headings, paragraphs, lists, emphasis,
 * quotations, tables and links through rehype-remark, Word's notes as GFM footnotes.
 */
export function readHtmlDraft(html: string, readerWarnings: string[] = []): Draft {
  const warnings = [...readerWarnings];
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html);
  const footnotesIn = markNotes(hast);
  const title = takeTitle(hast);
  const tables = headTables(hast);
  if (tables > 0) warnings.push(`${tables} table(s) had no header row; the first row of each was made its header. Check them.`);
  const processor = unified().use(rehypeRemark, { handlers: noteHandlers });
  const mdast = processor.runSync(hast as never) as unknown as Root;
  // Positions point into mammoth's HTML, not at anything staff can find in the document.
  visit(mdast, (node) => {
    delete node.position;
  });
  const notes = mdast.children.filter((n): n is FootnoteDefinition => n.type === 'footnoteDefinition');
  const body: RootContent[] = mdast.children.filter((n) => n.type !== 'footnoteDefinition');
  return { title, tree: { type: 'root', children: [...body, ...notes] }, footnotesIn, warnings };
}
