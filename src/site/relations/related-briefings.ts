/** Which other briefings a briefing's page offers as related, and why: shared cases, the same round, shared topics. */
import { comparePartialDates } from '../../lib/dates.ts';
import type { EntryLike } from './entries.ts';

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
