import { comparePartialDates } from '../lib/dates.ts';
import { collectFootnotes, type NoteCitations } from '../lib/footnotes.ts';
import { referencesIn } from '../check/rules/content-index.ts';
import { SOURCE_LINK_PREFIX } from '../check/rules/citations.ts';
import { parseMdx } from '../lib/mdx-syntax.ts';
import { DocumentAddressMap } from '../lib/urls.ts';

/** The part of a collection entry that relations need: its id and validated data. */
export interface EntryLike<D = Record<string, unknown>> {
  id: string;
  data: D;
}

const referenceKeysByData = new WeakMap<object, Set<string>>();

/**
 * The references in an entry's data as keys (`collection/id`, and `field collection/id` under a
 * top-level field), worked out once per data object: pages ask for them once per page.
 */
function referenceKeys(data: object): Set<string> {
  let keys = referenceKeysByData.get(data);
  if (!keys) {
    keys = new Set();
    for (const { path, ref } of referencesIn(data)) {
      keys.add(`${ref.collection}\0${ref.id}`);
      if (typeof path[0] === 'string') keys.add(`${path[0]}\0${ref.collection}\0${ref.id}`);
    }
    referenceKeysByData.set(data, keys);
  }
  return keys;
}

const referencingIndexes = new WeakMap<object[], Map<string, object[]>>();

/**
 * Entries whose data links to `collection`/`id` anywhere, optionally only under the given
 * top-level field, in the list's order. The list is indexed once (a page per case or topic asks
 * about the same list of briefings), so the answer costs what it returns, not the list's length.
 */
export function entriesReferencing<E extends EntryLike<object>>(entries: E[], collection: string, id: string, field?: string): E[] {
  const key = field === undefined ? `${collection}\0${id}` : `${field}\0${collection}\0${id}`;
  let index = referencingIndexes.get(entries);
  if (!index) {
    index = new Map();
    for (const entry of entries) {
      for (const entryKey of referenceKeys(entry.data)) {
        const list = index.get(entryKey);
        if (list) list.push(entry);
        else index.set(entryKey, [entry]);
      }
    }
    referencingIndexes.set(entries, index);
  }
  return [...((index.get(key) ?? []) as E[])];
}

const positionIndexes = new WeakMap<readonly object[], Map<string, number>>();

/**
 * The entries of `entries` with the given ids, in the list's order (ids it does not hold are left
 * out). The list is indexed once, so a page asking for a few entries of a large collection pays
 * for what it asks, not for the collection.
 */
export function entriesWithIds<E extends EntryLike<object>>(entries: readonly E[], ids: Iterable<string>): E[] {
  let positions = positionIndexes.get(entries);
  if (!positions) {
    positions = new Map(entries.map((entry, position) => [entry.id, position]));
    positionIndexes.set(entries, positions);
  }
  const found = [...new Set(ids)].map((id) => positions.get(id)).filter((position): position is number => position !== undefined);
  return found.sort((a, b) => a - b).map((position) => entries[position] as E);
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
  return footnoteSourcesOf(collectFootnotes(parseMdx(body)).notes, sourceIdsByUrl);
}

/** The ids of the sources footnotes cite, by footnote label, from notes already collected. */
export function footnoteSourcesOf(notes: readonly NoteCitations[], sourceIdsByUrl: ReadonlyMap<string, string>): Map<string, string[]> {
  const byLabel = new Map<string, string[]>();
  for (const note of notes) {
    const ids = note.cites
      .map(({ url }) => (url.startsWith(SOURCE_LINK_PREFIX) ? url.slice(SOURCE_LINK_PREFIX.length) : sourceIdsByUrl.get(url)))
      .filter((id): id is string => id !== undefined);
    byLabel.set(note.label, [...new Set(ids)]);
  }
  return byLabel;
}

/** Maps each source's `url` and `archived` address to its id; any address of the same document finds it. */
export function sourceIdsByUrl(sources: Array<EntryLike<{ url?: string | undefined; archived?: string | undefined }>>): DocumentAddressMap<string> {
  const map = new DocumentAddressMap<string>();
  for (const { id, data } of sources) {
    if (data.url) map.set(data.url, id);
    if (data.archived) map.set(data.archived, id);
  }
  return map;
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

/** The shape of a briefing that relatedness needs. */
type BriefingLinks = EntryLike<{ dialogue?: { id: string } | undefined; topics: Array<{ id: string }>; cases: Array<{ id: string }>; published: string }>;

/** Another briefing related to one, and why: how many cases and topics both link to, and whether both were written for the same dialogue round. */
export interface RelatedBriefing<B> {
  briefing: B;
  sharedCases: number;
  sharedTopics: number;
  sameRound: boolean;
}

/** Where each dialogue round, topic and case is linked from, as positions in a list of briefings, and counters for one question. */
interface RelatedIndex {
  byDialogue: Map<string, number[]>;
  byTopic: Map<string, number[]>;
  byCase: Map<string, number[]>;
  cases: Int32Array;
  topics: Int32Array;
  rounds: Uint8Array;
}

const relatedIndexes = new WeakMap<object[], RelatedIndex>();

function relatedIndex(briefings: BriefingLinks[]): RelatedIndex {
  let index = relatedIndexes.get(briefings);
  if (index) return index;
  const n = briefings.length;
  index = { byDialogue: new Map(), byTopic: new Map(), byCase: new Map(), cases: new Int32Array(n), topics: new Int32Array(n), rounds: new Uint8Array(n) };
  const add = (map: Map<string, number[]>, key: string, position: number) => {
    const positions = map.get(key);
    if (positions) positions.push(position);
    else map.set(key, [position]);
  };
  briefings.forEach((other, position) => {
    if (other.data.dialogue) add(index.byDialogue, other.data.dialogue.id, position);
    for (const topic of new Set(other.data.topics.map((t) => t.id))) add(index.byTopic, topic, position);
    for (const c of new Set(other.data.cases.map((c) => c.id))) add(index.byCase, c, position);
  });
  relatedIndexes.set(briefings, index);
  return index;
}

/** How much a shared case, the same round and a shared topic count towards relatedness. */
export const relatednessWeights = { case: 3, round: 3, topic: 1 } as const;

/** How related another briefing is: shared cases and the same round count most, shared topics least. */
export function relatednessScore(related: Omit<RelatedBriefing<unknown>, 'briefing'>): number {
  return relatednessWeights.case * related.sharedCases + (related.sameRound ? relatednessWeights.round : 0) + relatednessWeights.topic * related.sharedTopics;
}

/** The fewest shared topics that relate two briefings which share no case and no round. */
export const MIN_SHARED_TOPICS = 2;

/**
 * Other briefings related to one, each with what it shares: those that discuss one of its cases
 * or were written for its dialogue round; for a briefing that shares neither with any other,
 * those that share at least MIN_SHARED_TOPICS topics with it (topics are broad: a paper on
 * many topics shares some with every other). The most related first (relatednessScore), then
 * the newest, then in the list's order. `limit` keeps only the first few, without sorting the
 * rest. Counts come from an index of the list, made once per list, so that a page per briefing
 * does not compare every pair of briefings.
 */
export function relatedBriefings<B extends BriefingLinks>(briefings: B[], briefing: B, limit = Number.POSITIVE_INFINITY): Array<RelatedBriefing<B>> {
  const index = relatedIndex(briefings);
  const touched = new Set<number>();
  const count = (positions: number[] | undefined, counter: Int32Array | Uint8Array) => {
    for (const position of positions ?? []) {
      touched.add(position);
      counter[position] = (counter[position] ?? 0) + 1;
    }
  };
  if (briefing.data.dialogue) count(index.byDialogue.get(briefing.data.dialogue.id), index.rounds);
  for (const topic of new Set(briefing.data.topics.map((t) => t.id))) count(index.byTopic.get(topic), index.topics);
  for (const c of new Set(briefing.data.cases.map((c) => c.id))) count(index.byCase.get(c), index.cases);
  const candidates = [...touched]
    .filter((position) => briefings[position]?.id !== briefing.id)
    .map((position) => {
      const shares = { sharedCases: index.cases[position] ?? 0, sharedTopics: index.topics[position] ?? 0, sameRound: (index.rounds[position] ?? 0) > 0 };
      return { position, score: relatednessScore(shares), related: { briefing: briefings[position] as B, ...shares } };
    });
  for (const position of touched) {
    index.cases[position] = 0;
    index.topics[position] = 0;
    index.rounds[position] = 0;
  }
  const close = candidates.filter(({ related }) => related.sharedCases > 0 || related.sameRound);
  const chosen = close.length > 0 ? close : candidates.filter(({ related }) => related.sharedTopics >= MIN_SHARED_TOPICS);
  // Most related, then newest, then in the list's order (as a stable sort of the list would give).
  const before = (a: (typeof candidates)[number], b: (typeof candidates)[number]) =>
    b.score - a.score || comparePartialDates(b.related.briefing.data.published, a.related.briefing.data.published) || a.position - b.position;
  if (chosen.length <= limit) return chosen.sort(before).map((c) => c.related);
  const top: typeof candidates = [];
  for (const candidate of chosen) {
    const last = top.at(-1);
    if (top.length >= limit && last && before(candidate, last) >= 0) continue;
    let at = top.length;
    while (at > 0 && before(candidate, top[at - 1] as (typeof candidates)[number]) < 0) at--;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top.map((c) => c.related);
}
