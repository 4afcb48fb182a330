import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePartialDates } from '../../src/lib/dates.ts';
import { entriesReferencing } from '../../src/site/relations/backlinks.ts';
import { relatedBriefings } from '../../src/site/relations/related-briefings.ts';

type Briefing = { id: string; data: { dialogue?: { id: string } | undefined; topics: Array<{ id: string }>; cases: Array<{ id: string }>; published: string } };

/** Relatedness worked out the plain way: compare every other briefing, then sort them all. */
function relatedByFullSort(briefings: Briefing[], briefing: Briefing) {
  const topics = new Set(briefing.data.topics.map((t) => t.id));
  const cases = new Set(briefing.data.cases.map((c) => c.id));
  const shares = (other: Briefing) => ({
    briefing: other,
    sharedCases: new Set(other.data.cases.map((c) => c.id).filter((id) => cases.has(id))).size,
    sharedTopics: new Set(other.data.topics.map((t) => t.id).filter((id) => topics.has(id))).size,
    sameRound: briefing.data.dialogue !== undefined && other.data.dialogue?.id === briefing.data.dialogue.id,
  });
  const score = (r: ReturnType<typeof shares>) => 3 * r.sharedCases + (r.sameRound ? 3 : 0) + r.sharedTopics;
  const others = briefings.filter((other) => other.id !== briefing.id).map(shares);
  const close = others.filter((r) => r.sharedCases > 0 || r.sameRound);
  return (close.length > 0 ? close : others.filter((r) => r.sharedTopics >= 2))
    .sort((a, b) => score(b) - score(a) || comparePartialDates(b.briefing.data.published, a.briefing.data.published));
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
  const briefing = (id: string, data: Partial<Briefing['data']>): Briefing => ({ id, data: { topics: [], cases: [], published: '2021', ...data } });
  const paper = briefing('paper', { dialogue: ref('2021-11'), topics: ['a', 'b', 'c'].map(ref), cases: ['x', 'y'].map(ref) });
  const list = [
    paper,
    briefing('same-cases', { cases: ['x', 'y'].map(ref), topics: [ref('a')], published: '2017' }),
    briefing('same-round', { dialogue: ref('2021-11'), published: '2021-12' }),
    briefing('topics-only', { topics: ['a', 'b', 'c'].map(ref) }),
    briefing('unrelated', { topics: [ref('z')] }),
  ];

  it('relates briefings by shared cases and round, most shared first, and says what each shares', () => {
    expect(relatedBriefings(list, paper).map((r) => [r.briefing.id, r.sharedCases, r.sharedTopics, r.sameRound])).toEqual([
      ['same-cases', 2, 1, false],
      ['same-round', 0, 0, true],
    ]);
    expect(relatedBriefings(list, paper, 1).map((r) => r.briefing.id)).toEqual(['same-cases']);
  });

  it('relates a briefing that shares no case or round with any other by two or more shared topics', () => {
    const lone = briefing('lone', { topics: ['a', 'b', 'z'].map(ref) });
    const withLone = [...list, lone];
    expect(relatedBriefings(withLone, lone).map((r) => [r.briefing.id, r.sharedTopics])).toEqual([['paper', 2], ['topics-only', 2]]);
    const unrelated = list[4] as Briefing;
    expect(relatedBriefings(list, unrelated)).toEqual([]);
  });

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
    const { entriesWithIds } = await import('../../src/site/relations/entries.ts');
    const list = ['a', 'b', 'c', 'd'].map((id) => ({ id, data: {} }));
    expect(entriesWithIds(list, ['d', 'b', 'x', 'b']).map((e) => e.id)).toEqual(['b', 'd']);
    expect(entriesWithIds(list, [])).toEqual([]);
  });
});
