/**
 * The lines of a plain-text draft, as Word's "save as text" and copy-and-paste leave them: what
 * each line is (a bullet, a note, a quotation, text), and which numbers are footnote notes.
 */

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A footnote mark in the text: superscript digits (`¹²`) or a number in brackets (`[12]`). */
export const MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[(\d{1,3})\]/gu;

const NOTE_SUPERSCRIPT = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/u;
const NOTE_BRACKET = /^\[(\d{1,3})\]\s*(\S.*)$/u;
const NOTE_PLAIN = /^(\d{1,3})\s+(\S.*)$/u;
const BULLET = /^[•·\-*▪●◦‣○■]\s+(\S.*)$/u;
const ORDERED = /^(\d{1,3})[.)]\s+(\S.*)$/u;
const QUOTE = /^>\s?(.*)$/u;

/** Lines at most this long, with none longer, are taken to be wrapped by hand. */
const WRAPPED_WIDTH = 100;
/** A line this close to the longest line was wrapped, so the next line continues it. */
const WRAP_SLACK = 20;

/** One logical line of a text draft (wrapped lines already joined). */
export interface TextLine {
  /** 1-based line number in the draft where it starts. */
  line: number;
  kind: 'text' | 'bullet' | 'ordered' | 'quote' | 'note';
  /** The words of the line, without its bullet, number or note number. */
  text: string;
  /** The list number of an ordered item, or the number of a note. */
  number?: number;
  /** A line written like a note, among the notes, that cannot be one (its number is taken): it stays text, apart from the text around it. */
  amongNotes?: true;
}

/** The number written in superscript digits, e.g. `¹²` → 12. */
export function superscriptNumber(digits: string): number {
  return Number([...digits].map((c) => SUPERSCRIPTS.indexOf(c)).join(''));
}

/** The number a mark stands for, e.g. `¹²` or `[12]` → 12. */
export function markNumber(mark: string): number {
  return mark.startsWith('[') ? Number(mark.slice(1, -1)) : superscriptNumber(mark);
}

interface Classified {
  line: number;
  raw: string;
  kind: TextLine['kind'] | 'blank';
  text: string;
  number?: number;
  /** How a note candidate writes its number; plain numbers are notes only when a mark points at them or they stand among notes. */
  noteForm?: 'superscript' | 'bracket' | 'plain';
  amongNotes?: true;
}

function classify(raw: string, line: number): Classified {
  const trimmed = raw.trim();
  if (trimmed === '') return { line, raw, kind: 'blank', text: '' };
  let match = NOTE_SUPERSCRIPT.exec(trimmed);
  if (match) return { line, raw, kind: 'note', number: superscriptNumber(match[1] ?? ''), text: match[2] ?? '', noteForm: 'superscript' };
  match = NOTE_BRACKET.exec(trimmed);
  if (match) return { line, raw, kind: 'note', number: Number(match[1]), text: match[2] ?? '', noteForm: 'bracket' };
  match = BULLET.exec(trimmed);
  if (match) return { line, raw, kind: 'bullet', text: match[1] ?? '' };
  match = ORDERED.exec(trimmed);
  if (match) return { line, raw, kind: 'ordered', number: Number(match[1]), text: match[2] ?? '' };
  match = QUOTE.exec(trimmed);
  if (match) return { line, raw, kind: 'quote', text: match[1] ?? '' };
  match = NOTE_PLAIN.exec(trimmed);
  if (match) return { line, raw, kind: 'note', number: Number(match[1]), text: match[2] ?? '', noteForm: 'plain' };
  return { line, raw, kind: 'text', text: trimmed };
}

/** The line where each mark number first appears in the text (marks at the start of a note line are the note's own number). */
function firstMarks(lines: Classified[]): Map<number, number> {
  const first = new Map<number, number>();
  for (const { line, kind, text, raw } of lines) {
    const body = kind === 'note' ? text : raw;
    for (const match of body.matchAll(MARK)) {
      const number = markNumber(match[0]);
      if (!first.has(number)) first.set(number, line);
    }
  }
  return first;
}

/**
 * Decides which note-like lines are notes. A line starting with superscript digits or `[n]` is a
 * note; a line starting with a plain number is a note when a mark with that number appears on an
 * earlier line, or when it stands in a block of notes (right after a note, blank lines aside), as
 * a note whose mark was lost does (so "2021 was a hard year" in the text stays text). A second
 * note with the same number stays text, with a warning; one that stands among the notes is kept
 * apart from the text around it (`amongNotes`), so that it is never read as part of that text.
 */
function decideNotes(lines: Classified[], warnings: string[], wrapsAfter: (line: Classified) => boolean): void {
  const marks = firstMarks(lines);
  const notes = new Map<number, number>();
  let previous: Classified | undefined;
  for (const line of lines) {
    if (line.kind === 'blank') continue;
    // A line right below a line wrapped by hand continues it, even when it starts with a number ("12 March 2021, ...").
    const continues = previous !== undefined && previous.line === line.line - 1 && wrapsAfter(previous);
    const inNotes = !continues && (previous?.kind === 'note' || previous?.amongNotes === true);
    previous = line;
    if (line.kind !== 'note' || line.number === undefined) continue;
    const first = notes.get(line.number);
    if (first === undefined && (line.noteForm !== 'plain' || inNotes || (marks.get(line.number) ?? Infinity) < line.line)) {
      notes.set(line.number, line.line);
      continue;
    }
    if (first !== undefined && (line.noteForm !== 'plain' || inNotes)) {
      warnings.push(`line ${line.line}: a second note numbered ${line.number} (the first is on line ${first}); it was kept as a paragraph of text where it stands. Renumber one of the notes and its mark.`);
      if (inNotes) line.amongNotes = true;
    }
    line.kind = 'text';
    line.text = line.raw.trim();
    delete line.number;
  }
}

/** The lines of a text draft, classified, with notes decided and hand-wrapped lines joined. */
export function readTextLines(text: string, warnings: string[]): TextLine[] {
  const classified = text.split('\n').map((raw, i) => classify(raw, i + 1));
  const longest = Math.max(0, ...classified.map((l) => l.raw.trim().length));
  const wrapped = longest > 0 && longest <= WRAPPED_WIDTH;
  decideNotes(classified, warnings, (line) => wrapped && line.raw.trim().length >= longest - WRAP_SLACK);
  const lines: TextLine[] = [];
  let previous: Classified | undefined;
  for (const current of classified) {
    const last = lines[lines.length - 1];
    const continues = wrapped && last && previous && previous.kind !== 'blank' && !current.amongNotes && !last.amongNotes &&
      (current.kind === 'text' || (current.kind === 'quote' && last.kind === 'quote')) &&
      previous.raw.trim().length >= longest - WRAP_SLACK;
    if (continues && last) {
      last.text = `${last.text} ${current.text}`.trim();
    } else if (current.kind !== 'blank') {
      const { line, text: words, number } = current;
      const kind: TextLine['kind'] = current.kind;
      lines.push({ line, kind, text: words, ...(number === undefined ? {} : { number }), ...(current.amongNotes ? { amongNotes: true as const } : {}) });
    }
    previous = current;
  }
  return lines;
}
