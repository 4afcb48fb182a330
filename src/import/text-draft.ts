import type { BlockContent, FootnoteDefinition, Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { toString } from 'mdast-util-to-string';
import type { Draft } from './draft.ts';
import { parseInline } from './inline-markdown.ts';
import { isRecommendationsHeading } from '../lib/recommendations.ts';
import { MARK, markNumber, readTextLines, type TextLine } from './text-lines.ts';

/** A heading is at most this long. */
const HEADING_MAX = 200;
const ENDS_SENTENCE = /[.,;:!…]["'”’»)\]]*$/u;
const TRAILING_MARKS = /(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])+$/u;

interface Unit extends TextLine {
  heading?: boolean;
  depth?: 2 | 3;
  /** Further paragraphs of a note. */
  more?: string[];
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function hasMarks(text: string): boolean {
  return new RegExp(MARK.source, 'u').test(text);
}

/** A paragraph that stands between two notes, with no mark of its own, is more of the first note (a note that ran over a page). */
function attachNoteContinuations(units: Unit[], warnings: string[]): Unit[] {
  const kept: Unit[] = [];
  units.forEach((unit, i) => {
    const before = kept[kept.length - 1];
    const after = units[i + 1];
    if (unit.kind === 'text' && !unit.amongNotes && before?.kind === 'note' && after?.kind === 'note' && !hasMarks(unit.text)) {
      (before.more ??= []).push(unit.text);
      warnings.push(`line ${unit.line}: the paragraph "${excerpt(unit.text)}" stands between notes ${before.number ?? '?'} and ${after.number ?? '?'}, so it was added to note ${before.number ?? '?'}; check that it belongs there.`);
      return;
    }
    kept.push(unit);
  });
  return kept;
}

/** A paragraph cut off mid-sentence by a block of notes, and continued after it in lower case, is joined again (a page break). */
function joinPageBreaks(units: Unit[], warnings: string[]): Unit[] {
  const kept: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as Unit;
    kept.push(unit);
    if (unit.kind !== 'text' || unit.amongNotes || ENDS_SENTENCE.test(unit.text.replace(TRAILING_MARKS, ''))) continue;
    let j = i + 1;
    while (units[j]?.kind === 'note') j++;
    const next = units[j];
    if (j > i + 1 && next?.kind === 'text' && /^\p{Ll}/u.test(next.text)) {
      unit.text = `${unit.text} ${next.text}`;
      warnings.push(`line ${next.line}: "${excerpt(next.text)}" continues the paragraph cut off before the notes above it; the two were joined.`);
      kept.push(...units.slice(i + 1, j));
      i = j;
    }
  }
  return kept;
}

function looksLikeHeading(unit: Unit, hasFollower: boolean): boolean {
  const text = unit.text;
  return unit.kind === 'text' && !unit.amongNotes && hasFollower && text.length <= HEADING_MAX && /^[\p{Lu}\p{N}"'“‘«(]/u.test(text) &&
    !ENDS_SENTENCE.test(text) && !hasMarks(text);
}

/**
 * Guesses which lines are headings and at which level. A heading is a short line that starts with
 * a capital, does not end like a sentence and has text after it. Headings are `##`, except that a
 * heading directly followed by another opens a section: it is `##`, and the next heading and the
 * later headings of the section are `###`. A section ends after its Recommendations.
 */
function markHeadings(units: Unit[]): number {
  const body = units.filter((u) => u.kind !== 'note');
  body.forEach((unit, i) => {
    if (looksLikeHeading(unit, i < body.length - 1)) unit.heading = true;
  });
  let inSection = false;
  let afterRecommendations = false;
  let count = 0;
  body.forEach((unit, i) => {
    if (!unit.heading) return;
    count++;
    const previous = body[i - 1];
    if (previous?.heading) unit.depth = 3;
    else if (body[i + 1]?.heading || afterRecommendations) {
      unit.depth = 2;
      inSection = true;
    } else unit.depth = inSection ? 3 : 2;
    afterRecommendations = isRecommendationsHeading(unit.text);
  });
  return count;
}

/**
 * Turns superscript and `[n]` marks into footnote marks where a note with that number exists; the
 * others stay text (and are listed by `unmatchedNotes`).
 */
function markFootnotes(nodes: PhrasingContent[], notes: ReadonlySet<number>): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') {
      return [{ ...node, children: markFootnotes(node.children, notes) }];
    }
    if (node.type !== 'text') return [node];
    const out: PhrasingContent[] = [];
    let rest = 0;
    for (const match of node.value.matchAll(MARK)) {
      const number = markNumber(match[0]);
      if (!notes.has(number)) continue;
      const index = match.index;
      if (index > rest) out.push({ type: 'text', value: node.value.slice(rest, index) });
      out.push({ type: 'footnoteReference', identifier: String(number), label: String(number) });
      rest = index + match[0].length;
    }
    if (rest < node.value.length) out.push({ type: 'text', value: node.value.slice(rest) });
    return out;
  });
}

/** Where a node starts in the draft, so that what is reported about it can name its line. */
function at(line: number): { position: Position } {
  return { position: { start: { line, column: 1 }, end: { line, column: 1 } } };
}

function paragraph(children: PhrasingContent[], line: number): Paragraph {
  return { type: 'paragraph', children, ...at(line) };
}

function buildTree(units: Unit[], notes: ReadonlySet<number>): Root {
  const children: RootContent[] = [];
  const definitions: FootnoteDefinition[] = [];
  // A line that stood among the notes keeps its words as they are: it is marked nowhere.
  const inline = (unit: Unit) => (unit.amongNotes ? parseInline(unit.text) : markFootnotes(parseInline(unit.text), notes));
  let open: { node: BlockContent; kind: Unit['kind'] } | undefined;
  for (const unit of units) {
    if (unit.kind === 'note') {
      const paragraphs = [unit.text, ...(unit.more ?? [])].map((text) => paragraph(parseInline(text), unit.line));
      definitions.push({ type: 'footnoteDefinition', identifier: String(unit.number), label: String(unit.number), children: paragraphs, ...at(unit.line) });
      continue; // a note between two list items does not end the list
    }
    if (unit.kind === 'bullet' || unit.kind === 'ordered') {
      const item = { type: 'listItem' as const, spread: false, children: [paragraph(inline(unit), unit.line)], ...at(unit.line) };
      if (open?.kind === unit.kind && open.node.type === 'list') {
        open.node.children.push(item);
      } else {
        const list: List = { type: 'list', ordered: unit.kind === 'ordered', spread: false, children: [item], ...at(unit.line) };
        if (unit.kind === 'ordered') list.start = unit.number ?? 1;
        open = { node: list, kind: unit.kind };
        children.push(list);
      }
      continue;
    }
    if (unit.kind === 'quote') {
      if (open?.kind === 'quote' && open.node.type === 'blockquote') {
        open.node.children.push(paragraph(inline(unit), unit.line));
      } else {
        open = { node: { type: 'blockquote', children: [paragraph(inline(unit), unit.line)], ...at(unit.line) }, kind: 'quote' };
        children.push(open.node);
      }
      continue;
    }
    open = undefined;
    if (unit.heading) {
      const heading: Heading = { type: 'heading', depth: unit.depth ?? 2, children: inline(unit), ...at(unit.line) };
      children.push(heading);
    } else {
      const node = paragraph(inline(unit), unit.line);
      if (unit.amongNotes) node.data = { amongNotes: true };
      children.push(node);
    }
  }
  definitions.sort((a, b) => Number(a.identifier) - Number(b.identifier));
  return { type: 'root', children: [...children, ...definitions] };
}

/**
 * Reads a plain-text draft (`.txt`). The first line is the title; headings, bullet lists (•, ·, -,
 * *), numbered lists and `>` quotations are recognised; notes may be marked with superscript
 * digits (¹ ... ⁵⁹) or `[1]` in the text and written on lines starting with the same mark or with
 * a plain number ("20 See ..."). Markdown emphasis and links in a line are kept.
 */
export function readTextDraft(text: string): Draft {
  const warnings: string[] = [];
  const lines = readTextLines(text, warnings);
  const [first, ...rest] = lines;
  const title = first ? toString({ type: 'paragraph', children: parseInline(first.text.replace(new RegExp(MARK.source, 'gu'), '')) }).trim() : '';
  let units: Unit[] = rest.map((line) => ({ ...line }));
  units = attachNoteContinuations(units, warnings);
  units = joinPageBreaks(units, warnings);
  const headings = markHeadings(units);
  if (headings > 0) warnings.push(`${headings} short lines were taken as headings (## for sections, ### below them); check each heading and its level.`);
  const noteUnits = units.filter((u) => u.kind === 'note');
  const notes = new Set(noteUnits.map((u) => u.number ?? 0));
  const tree = buildTree(units, notes);
  return { title, tree, footnotesIn: noteUnits.length, warnings };
}
