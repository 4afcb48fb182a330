import { comparePartialDates } from './dates.ts';
import { collectFootnotes } from './footnotes.ts';
import { referencesIn } from './integrity/content-index.ts';
import { SOURCE_LINK_PREFIX } from './integrity/citations.ts';
import { parseMdx } from './mdx-syntax.ts';

/** The part of a collection entry that relations need: its id and validated data. */
export interface EntryLike<D = Record<string, unknown>> {
  id: string;
  data: D;
}

/** Entries whose data links to `collection`/`id` anywhere, optionally only under the given top-level field. */
export function entriesReferencing<E extends EntryLike<object>>(entries: E[], collection: string, id: string, field?: string): E[] {
  return entries.filter((entry) =>
    referencesIn(entry.data).some(
      ({ path, ref }) => ref.collection === collection && ref.id === id && (field === undefined || path[0] === field),
    ),
  );
}

/** Sorts entries newest first by the named date field. */
export function newestFirst<E extends EntryLike<object>>(entries: E[], dateField: string): E[] {
  const dateOf = (entry: E) => (entry.data as Record<string, string>)[dateField] ?? '1900';
  return [...entries].sort((a, b) => comparePartialDates(dateOf(b), dateOf(a)));
}

/** Where a source is cited: a footnote of a briefing, or a field of a case or dialogue round. */
export interface Citation {
  collection: string;
  id: string;
  /** Footnote labels for briefings; field paths such as `timeline[2]` for data. */
  places: string[];
}

/** The ids of the sources a briefing's footnotes cite, by footnote label. */
export function footnoteSources(body: string, sourceIdsByUrl: ReadonlyMap<string, string>): Map<string, string[]> {
  const byLabel = new Map<string, string[]>();
  for (const note of collectFootnotes(parseMdx(body)).notes) {
    const ids = note.cites
      .map(({ url }) => (url.startsWith(SOURCE_LINK_PREFIX) ? url.slice(SOURCE_LINK_PREFIX.length) : sourceIdsByUrl.get(url)))
      .filter((id): id is string => id !== undefined);
    byLabel.set(note.label, [...new Set(ids)]);
  }
  return byLabel;
}

/** Maps each source's `url` and `archived` address to its id. */
export function sourceIdsByUrl(sources: Array<EntryLike<{ url?: string | undefined; archived?: string | undefined }>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const { id, data } of sources) {
    if (data.url) map.set(data.url, id);
    if (data.archived) map.set(data.archived, id);
  }
  return map;
}

/** Every place each source is cited, across briefing footnotes and case and dialogue records. */
export function citationIndex(
  briefings: Array<EntryLike<object> & { body?: string | undefined }>,
  records: Array<EntryLike<object> & { collection: string }>,
  urlMap: ReadonlyMap<string, string>,
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
    for (const [label, ids] of footnoteSources(briefing.body ?? '', urlMap)) {
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

/** The shape of a briefing that relatedness needs. */
type BriefingLinks = EntryLike<{ dialogue?: { id: string } | undefined; topics: Array<{ id: string }>; cases: Array<{ id: string }>; published: string }>;

/**
 * Other briefings related to one: written for the same dialogue round, or sharing topics or
 * cases; the most related first (same round counts most), then the newest.
 */
export function relatedBriefings<B extends BriefingLinks>(briefings: B[], briefing: B): B[] {
  const topics = new Set(briefing.data.topics.map((t) => t.id));
  const cases = new Set(briefing.data.cases.map((c) => c.id));
  const score = (other: B) =>
    (briefing.data.dialogue && other.data.dialogue?.id === briefing.data.dialogue.id ? 10 : 0) +
    other.data.topics.filter((t) => topics.has(t.id)).length +
    2 * other.data.cases.filter((c) => cases.has(c.id)).length;
  return briefings
    .filter((other) => other.id !== briefing.id && score(other) > 0)
    .sort((a, b) => score(b) - score(a) || comparePartialDates(b.data.published, a.data.published));
}
