import { formatPartialDate } from './dates.ts';
import { eventAnchor } from './feeds.ts';
import { footnoteAnchor } from './footnotes.ts';

/** A place that cites a source, in words a reader understands, and the anchor on its page to link to. */
export interface CitationPlace {
  label: string;
  fragment: string | undefined;
}

/** What the labels of places in case and dialogue records read from the record. */
export interface CitingRecord {
  timeline?: ReadonlyArray<{ date: string; event: string }> | undefined;
  outcomes?: ReadonlyArray<{ text: string }> | undefined;
}

/** A text cut to about `length` characters at a word boundary, with an ellipsis when cut. */
export function shortened(text: string, length = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut.slice(0, length)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** The anchor of a dialogue round's outcome on the round's page, e.g. `outcome-2` for the second. */
export function outcomeAnchor(index: number): string {
  return `outcome-${index + 1}`;
}

/**
 * Says where a source is cited (a place of relations/citation-index.ts's `Citation`) as a reader would: a
 * briefing's footnote label → "note 28" linking to the note; a case record's `timeline[5]` →
 * "case timeline, May 2021: He was sentenced…" linking to `#event-6`.
 */
export function citationPlace(collection: string, place: string, record: CitingRecord = {}): CitationPlace {
  if (collection === 'briefings') return { label: `note ${place}`, fragment: footnoteAnchor(place) };
  const [, field = place, position] = /^([^[]+)(?:\[(\d+)\])?$/.exec(place) ?? [];
  const index = position === undefined ? undefined : Number(position);
  if (collection === 'cases' && field === 'timeline' && index !== undefined) {
    const event = record.timeline?.[index];
    if (event) return { label: `case timeline, ${formatPartialDate(event.date)}: ${shortened(event.event)}`, fragment: eventAnchor(index) };
  }
  if (collection === 'cases' && field === 'politicalPrisoner') return { label: 'recognition as a political prisoner', fragment: 'political-prisoner' };
  if (collection === 'dialogues' && field === 'outcomes' && index !== undefined) {
    const outcome = record.outcomes?.[index];
    if (outcome) return { label: `outcome: ${shortened(outcome.text)}`, fragment: outcomeAnchor(index) };
  }
  // A field without a label of its own: its name in words ("someField" → "some field").
  return { label: field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase(), fragment: undefined };
}
