import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePartialDates } from '../../src/lib/dates.ts';
import { entriesReferencing, relatedBriefings } from '../../src/lib/relations.ts';

type Briefing = { id: string; data: { dialogue?: { id: string } | undefined; topics: Array<{ id: string }>; cases: Array<{ id: string }>; published: string } };

/** Relatedness as first written: score every other briefing, then sort them all. */
function relatedByFullSort(briefings: Briefing[], briefing: Briefing): Briefing[] {
  const topics = new Set(briefing.data.topics.map((t) => t.id));
  const cases = new Set(briefing.data.cases.map((c) => c.id));
  const score = (other: Briefing) =>
    (briefing.data.dialogue && other.data.dialogue?.id === briefing.data.dialogue.id ? 10 : 0) +
    other.data.topics.filter((t) => topics.has(t.id)).length +
    2 * other.data.cases.filter((c) => cases.has(c.id)).length;
  return briefings
    .filter((other) => other.id !== briefing.id && score(other) > 0)
    .sort((a, b) => score(b) - score(a) || comparePartialDates(b.data.published, a.data.published));
}

const ref = (id: string) => ({ id });
const briefingArbitrary = (id: number) =>
  fc.record({
    dialogue: fc.option(fc.constantFrom('2013-11', '2021-11').map(ref), { nil: undefined }),
    topics: fc.array(fc.constantFrom('a', 'b', 'c', 'd').map(ref), { maxLength: 4 }),
    cases: fc.array(fc.constantFrom('x', 'y', 'z').map(ref), { maxLength: 3 }),
    published: fc.constantFrom('2013', '2013-11', '2015-02-03', '2021-11'),
  }).map((data): Briefing => ({ id: `b${id}`, data }));

describe('relatedBriefings', () => {
  it('orders briefings as a full sort by relatedness, then date, then list order would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => briefingArbitrary(i)))), fc.nat(), (list, pick) => {
        const briefings = [...list];
        const briefing = briefings[pick % briefings.length] as Briefing;
        const expected = relatedByFullSort(briefings, briefing);
        expect(relatedBriefings(briefings, briefing)).toEqual(expected);
        expect(relatedBriefings(briefings, briefing, 5)).toEqual(expected.slice(0, 5));
      }),
    );
  });
});

describe('entriesReferencing', () => {
  const entries = [
    { id: 'one', data: { cases: [{ collection: 'cases', id: 'max' }], timeline: [{ briefings: [{ collection: 'briefings', id: 'b' }] }] } },
    { id: 'two', data: { timeline: [{ cases: [{ collection: 'cases', id: 'max' }] }] } },
  ];

  it('finds entries that reference an id anywhere, or under one top-level field', () => {
    expect(entriesReferencing(entries, 'cases', 'max').map((e) => e.id)).toEqual(['one', 'two']);
    expect(entriesReferencing(entries, 'cases', 'max', 'cases').map((e) => e.id)).toEqual(['one']);
    expect(entriesReferencing(entries, 'briefings', 'b', 'timeline').map((e) => e.id)).toEqual(['one']);
    expect(entriesReferencing(entries, 'cases', 'other')).toEqual([]);
  });
});

describe('entriesWithIds', () => {
  it('returns the entries with the given ids in the list’s order, once each, leaving out unknown ids', async () => {
    const { entriesWithIds } = await import('../../src/lib/relations.ts');
    const list = ['a', 'b', 'c', 'd'].map((id) => ({ id, data: {} }));
    expect(entriesWithIds(list, ['d', 'b', 'x', 'b']).map((e) => e.id)).toEqual(['b', 'd']);
    expect(entriesWithIds(list, [])).toEqual([]);
  });
});
