/** Text edits the body field's pickers make: pure, so they are unit-tested without a browser. */
import { SOURCE_LINK_PREFIX } from '../lib/links.ts';

/** An entry a picker offers: its id (the file name) and its title or name. */
export interface PickerEntry {
  id: string;
  title?: string;
  url?: string;
}

/** `text` with `insert` at `at`. */
export function insertAt(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at);
}

/** The `<Case>` mention of a case, showing its name. */
export function caseMention(entry: PickerEntry): string {
  return `<Case id="${entry.id}">${entry.title ?? entry.id}</Case>`;
}

/** The labels of the footnotes defined in a body. */
function noteLabels(text: string): string[] {
  return [...text.matchAll(/^\[\^([^\]\s]+)\]:/gm)].map((m) => m[1] ?? '');
}

/**
 * The body with a footnote mark at `at` and, at the end among the other notes, its note citing the
 * source: its title and address (the check matches the address to the record), or a `source:` link
 * when the record has no address. `caret` is just after the new mark.
 */
export function addFootnote(text: string, at: number, source: PickerEntry): { text: string; caret: number } {
  const used = new Set(noteLabels(text));
  let n = used.size + 1;
  while (used.has(String(n))) n += 1;
  // The mark goes where the caret is, but never among the notes: there it goes at the end of the text.
  const firstNote = text.search(/^\[\^[^\]\s]+\]:/m);
  const textPart = firstNote === -1 ? text : text.slice(0, firstNote);
  const notes = firstNote === -1 ? '' : text.slice(firstNote).replace(/\s*$/, '');
  const mark = at < textPart.replace(/\s*$/, '').length ? at : textPart.replace(/\s*$/, '').length;
  const title = source.title ?? source.id;
  const note = `[^${n}]: ${source.url ? `${title}: ${source.url}` : `[${title}](${SOURCE_LINK_PREFIX}${source.id})`}`;
  const body = insertAt(textPart, mark, `[^${n}]`).replace(/\s*$/, '');
  return { text: `${body}\n\n${notes ? `${notes}\n` : ''}${note}\n`, caret: mark + `[^${n}]`.length };
}
