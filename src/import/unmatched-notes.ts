import type { FootnoteDefinition, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { markNumber } from './text-lines.ts';

/** A note no mark points at, or a mark that points at no note, with the line of the draft where it stands (when the draft has lines). */
export interface Unmatched {
  /** The note's label, or the mark as written (`²`, `[5]`, `[^b]`). */
  what: string;
  line?: number | undefined;
}

/** What of a draft's notes and marks does not match, and the warnings that say so. */
export interface UnmatchedNotes {
  notes: Unmatched[];
  marks: Unmatched[];
  warnings: string[];
}

/** Something written like a footnote mark that is not one: superscript digits, `[12]` or Markdown's `[^label]`. */
const LITERAL_MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\]|\[\^[^\]\s]+\]/gu;
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'footnoteDefinition']);

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** The label a literal mark would have as a footnote: `²` → `2`, `[5]` → `5`, `[^b]` → `b`. */
function labelOf(mark: string): string {
  return mark.startsWith('[^') ? mark.slice(2, -1) : String(markNumber(mark));
}

/** Where a node stands, as the start of a warning: its line, or (for a draft without lines) the words of its paragraph. */
function placeOf(ancestors: Nodes[]): { line?: number; where: string } {
  const blocks = ancestors.filter((node) => BLOCKS.has(node.type));
  const line = blocks.findLast((node) => node.position?.start.line !== undefined)?.position?.start.line;
  if (line !== undefined) return { line, where: `line ${line}: ` };
  const block = blocks.at(-1);
  return { where: block ? `in the ${block.type === 'heading' ? 'heading' : 'paragraph'} "${excerpt(toString(block))}": ` : '' };
}

/** Walks the text nodes of the body (not of the notes, whose words may cite marks of their own), with their ancestors. */
function bodyTexts(node: Nodes, ancestors: Nodes[], found: Array<{ value: string; ancestors: Nodes[] }>): void {
  if (node.type === 'footnoteDefinition' || node.data?.amongNotes) return;
  if (node.type === 'text') found.push({ value: node.value, ancestors });
  if ('children' in node) for (const child of node.children) bodyTexts(child as Nodes, [...ancestors, node], found);
}

/**
 * Finds the notes no mark points at and the marks that point at no note (written as marks in the
 * text but left as text, or footnote marks whose note is missing), and says of each where it
 * stands and what to do. Nothing is changed: the notes stay among the notes, the marks in the text.
 */
export function unmatchedNotes(tree: Root): UnmatchedNotes {
  const definitions = new Map<string, FootnoteDefinition>();
  const cited = new Set<string>();
  const result: UnmatchedNotes = { notes: [], marks: [], warnings: [] };
  visit(tree, (node) => {
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node);
    if (node.type === 'footnoteReference') cited.add(node.identifier);
  });
  const texts: Array<{ value: string; ancestors: Nodes[] }> = [];
  bodyTexts(tree, [], texts);
  // The same mark several times in one place is said once: "the mark [11] (7 times)".
  const literal = new Map<string, { mark: string; where: string; times: number }>();
  for (const { value, ancestors } of texts) {
    for (const [mark] of value.matchAll(LITERAL_MARK)) {
      const { line, where } = placeOf(ancestors);
      result.marks.push({ what: mark, line });
      const key = `${where}\u0000${mark}`;
      const seen = literal.get(key);
      if (seen) seen.times++;
      else literal.set(key, { mark, where, times: 1 });
    }
  }
  for (const { mark, where, times } of literal.values()) {
    const label = labelOf(mark);
    const written = `${mark}${times > 1 ? ` (${times} times)` : ''}`;
    const escaped = mark.startsWith('[') ? ` (written \\${mark} in the briefing)` : '';
    result.warnings.push(definitions.has(label)
      ? `${where}the mark ${written} is typed, not linked to note ${label}; it was kept as text${escaped}. Make it a real footnote mark, or remove it.`
      : `${where}the mark ${written} has no note ${mark.startsWith('[^') ? mark : `numbered ${label}`}; it was kept as text${escaped}. Add the note, or remove the mark.`);
  }
  visit(tree, 'footnoteReference', (node, _index, parent) => {
    if (definitions.has(node.identifier)) return;
    const { line, where } = placeOf(parent ? [parent as Nodes] : []);
    result.marks.push({ what: `[^${node.identifier}]`, line });
    result.warnings.push(`${where}the mark [^${node.identifier}] has no note [^${node.identifier}]. Add the note, or remove the mark.`);
  });
  for (const [label, definition] of definitions) {
    if (cited.has(label)) continue;
    const line = definition.position?.start.line;
    result.notes.push({ what: label, line });
    result.warnings.push(`${line === undefined ? '' : `line ${line}: `}note ${label} is marked nowhere in the text; it was kept among the notes as [^${label}]. Add [^${label}] where it belongs in the text, or delete the note.`);
  }
  return result;
}
