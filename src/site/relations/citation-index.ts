/** Where each source is cited: the footnotes of briefings and the fields of case and dialogue records. */
import { collectFootnotes, type NoteCitations } from '../../lib/footnotes.ts';
import { parseMdx } from '../../lib/mdx-syntax.ts';
import { referencesIn } from '../../check/rules/content-index.ts';
import type { EntryLike } from './entries.ts';
import { footnoteSourcesOf } from './footnote-sources.ts';

/** Where a source is cited: a footnote of a briefing, or a field of a case or dialogue round. */
export interface Citation {
  collection: string;
  id: string;
  /** Footnote labels for briefings; field paths such as `timeline[2]` for data. */
  places: string[];
}

/**
 * Every place each source is cited, across briefing footnotes and case and dialogue records.
 * `notesOf` gives a briefing's footnotes when the caller has them already; by default its body is parsed.
 */
export function citationIndex<B extends EntryLike<object> & { body?: string | undefined }>(
  briefings: B[],
  records: Array<EntryLike<object> & { collection: string }>,
  urlMap: ReadonlyMap<string, string>,
  notesOf: (briefing: B) => readonly NoteCitations[] = (briefing) => collectFootnotes(parseMdx(briefing.body ?? '')).notes,
): Map<string, Citation[]> {
  const index = new Map<string, Citation[]>();
  const add = (sourceId: string, collection: string, id: string, place: string) => {
    const citations = index.get(sourceId) ?? [];
    let citation = citations.find((c) => c.collection === collection && c.id === id);
    if (!citation) {
      citation = { collection, id, places: [] };
      citations.push(citation);
    }
    if (!citation.places.includes(place)) citation.places.push(place);
    index.set(sourceId, citations);
  };
  for (const briefing of briefings) {
    for (const [label, ids] of footnoteSourcesOf(notesOf(briefing), urlMap)) {
      for (const sourceId of ids) add(sourceId, 'briefings', briefing.id, label);
    }
  }
  for (const record of records) {
    for (const { path, ref } of referencesIn(record.data)) {
      if (ref.collection !== 'sources') continue;
      const place = path.slice(0, 2).map((key) => (typeof key === 'number' ? `[${key}]` : String(key))).join('');
      add(ref.id, record.collection, record.id, place);
    }
  }
  return index;
}
