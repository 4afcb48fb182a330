import { describe, expect, it } from 'vitest';
import { caseFilterFromParams, caseFilterToParams, caseMatches, isActiveCaseFilter, type CaseFilterFacts } from '../../src/lib/case-filter-state.ts';
import { lastReportDate, latestEvent, latestReportDate, statusPhrase, statusReport } from '../../src/lib/cases.ts';
import { barLengths, layoutCaseTimeline } from '../../src/lib/charts.ts';
import { caseUpdates } from '../../src/lib/feeds.ts';
import { citationPlace, shortened } from '../../src/lib/citation-places.ts';
import { adjacentRounds, gapPhrase, roundGaps } from '../../src/lib/dialogues.ts';
import { footnoteAnchor } from '../../src/lib/footnotes.ts';
import { briefingsDiscussingLaw, lawShortLabel } from '../../src/lib/laws.ts';
import { parseMdx } from '../../src/lib/mdx-syntax.ts';
import { nameQueryWords, spellingVariants } from '../../src/lib/name-folding.ts';
import { casePlace, placeChoices, placeKey } from '../../src/lib/places.ts';
import { recommendationsOf } from '../../src/lib/recommendations.ts';
import type { Case } from '../../src/schemas/cases.ts';

type History = Pick<Case, 'status' | 'timeline'>;
const event = (date: string, text: string, about?: string): Case['timeline'][number] => ({
  date, event: text, sources: [], briefings: [], ...(about ? { about: { collection: 'cases', id: about } } : {}),
});
const investigated: History = {
  status: [{ status: 'under-investigation', since: '2013-11' }],
  timeline: [event('2013-11', 'A case was opened.'), event('2021-10', 'He was questioned again.')],
};
const agadil: History = {
  status: [{ status: 'deceased', since: '2020', note: 'Died in police custody.' }],
  timeline: [event('2020', 'He died in police custody.'), event('2021-10', 'Thirteen activists were convicted, among other things for building a house for his family.')],
};

describe('a case status and its date', () => {
  it('is never shown without the date of the last report', () => {
    expect(lastReportDate(investigated)).toBe('2021-10');
    expect(statusPhrase(statusReport(investigated))).toBe('Under investigation since November 2013, as of October 2021');
    const unchanged: History = { status: [{ status: 'pre-trial-detention', since: '2015' }], timeline: [event('2015', 'He was detained.')] };
    expect(statusPhrase(statusReport(unchanged))).toBe('Pre-trial detention since 2015, as of 2015');
  });

  it('gives a death its date and no "as of", which no later report could change', () => {
    expect(statusReport(agadil).asOf).toBeUndefined();
    expect(statusPhrase(statusReport(agadil))).toBe('Deceased (2020)');
  });

  it('counts a vague date by the last day it can mean: "2021" reports later than "2021-02"', () => {
    const released: History = { status: [{ status: 'imprisoned', since: '2016-11' }, { status: 'released', since: '2021-02' }], timeline: [event('2021-02', 'Released.'), event('2021', 'Placed under supervision.')] };
    expect(lastReportDate(released)).toBe('2021');
    expect(latestEvent(released)?.index).toBe(1);
    expect(latestReportDate([investigated, released, agadil])).toBe('2021');
  });
});

describe('a case’s latest news', () => {
  it('leaves out events dated after the person’s death: they are about other people', () => {
    expect(latestEvent(agadil)).toEqual({ event: agadil.timeline[0], index: 0 });
    expect(lastReportDate(agadil)).toBe('2020');
  });

  it('is what the case updates feed carries under the case’s name', () => {
    const items = caseUpdates([{ id: 'dulat-agadil', data: { name: 'Dulat Agadil', ...agadil } }], (id) => `/cases/${id}/`);
    expect(items.map((item) => item.link)).toEqual(['/cases/dulat-agadil/#event-1']);
  });

  it('leaves out events marked as about another case', () => {
    const member: History = { status: [{ status: 'released', since: '2019' }], timeline: [event('2019', 'He was released.'), event('2021-10', 'The group was sentenced.', 'almaty-street-party-13')] };
    expect(latestEvent(member)?.event.event).toBe('He was released.');
    expect(lastReportDate(member)).toBe('2019');
  });
});

describe('places', () => {
  it('files Nur-Sultan and Astana as one city, named with every name the records use', () => {
    expect(placeKey('Nur-Sultan')).toBe('Astana');
    expect(casePlace({ city: 'Nur-Sultan' })).toBe('Astana');
    expect(casePlace({ region: 'Astana', city: 'Somewhere' })).toBe('Astana');
    expect(placeChoices(['Nur-Sultan', 'Astana', 'Almaty', 'Uralsk', 'Almaty', ''])).toEqual([
      { key: 'Almaty', label: 'Almaty' },
      { key: 'Astana', label: 'Astana (Nur-Sultan)' },
      { key: 'Uralsk', label: 'Uralsk' },
    ]);
  });
});

describe('the cases directory’s filter state', () => {
  it('round-trips through the address, only the filters set, in a stable order', () => {
    const state = caseFilterFromParams(new URLSearchParams('name=Bokaev&year=2016&q=ignored&status=released'));
    expect(state).toEqual({ status: 'released', article: '', region: '', year: '2016', name: 'Bokaev' });
    expect(caseFilterToParams(state).toString()).toBe('status=released&year=2016&name=Bokaev');
    expect(isActiveCaseFilter(state)).toBe(true);
    expect(isActiveCaseFilter(caseFilterFromParams(new URLSearchParams('')))).toBe(false);
  });

  it('finds a name in every spelling: Bokaev, Bokayev, Бокаев and the start of a name', () => {
    const facts: CaseFilterFacts = { status: 'released', articles: ['cc-174'], region: 'Atyrau', years: ['2016'], names: spellingVariants(['Max Bokayev', 'Макс Бокаев']).map((w) => w.toLowerCase()) };
    const state = caseFilterFromParams(new URLSearchParams(''));
    for (const typed of ['Bokaev', 'Bokayev', 'Бокаев', 'bok', 'max bokay']) expect(caseMatches(facts, { ...state, name: typed }, nameQueryWords(typed)), typed).toBe(true);
    expect(caseMatches(facts, { ...state, name: 'Atabek' }, nameQueryWords('Atabek'))).toBe(false);
    expect(caseMatches(facts, { ...state, article: 'cc-405' }, [])).toBe(false);
    expect(caseMatches(facts, { ...state, article: 'cc-174', year: '2016', region: 'Atyrau', status: 'released' }, [])).toBe(true);
  });
});

describe('dialogue rounds', () => {
  const rounds = ['2015-11', '2008-10', '2021-11', '2013-11', '2014-11', '2011-11'].map((date) => ({ id: `r${date}`, data: { date } }));

  it('knows each round’s previous and next round by date', () => {
    expect(adjacentRounds(rounds, 'r2015-11')).toEqual({ previous: { id: 'r2014-11', data: { date: '2014-11' } }, next: { id: 'r2021-11', data: { date: '2021-11' } } });
    expect(adjacentRounds(rounds, 'r2008-10').previous).toBeUndefined();
    expect(adjacentRounds(rounds, 'r2021-11').next).toBeUndefined();
    expect(() => adjacentRounds(rounds, 'nowhere')).toThrow(/No dialogue round "nowhere" in content\/dialogues\/; known rounds: r2008-10/);
  });

  it('marks the calendar years without a round between two rounds', () => {
    expect(roundGaps(rounds).map((gap) => [gap.before.id, gap.after.id, gapPhrase(gap)])).toEqual([
      ['r2008-10', 'r2011-11', 'No round in the archive in 2009–2010 (2 years)'],
      ['r2011-11', 'r2013-11', 'No round in the archive in 2012'],
      ['r2015-11', 'r2021-11', 'No round in the archive in 2016–2020 (5 years)'],
    ]);
  });
});

describe('where a source is cited, in words', () => {
  it('names a briefing’s note and links to it as the briefing page renders it', () => {
    expect(citationPlace('briefings', '28')).toEqual({ label: 'note 28', fragment: 'user-content-fn-28' });
    expect(footnoteAnchor('Note A')).toBe('user-content-fn-note%20a');
  });

  it('says which event of a case timeline, and which outcome of a round, instead of timeline[5]', () => {
    const timeline = [event('2016', 'He took part in the protests.'), event('2021-02', 'He was sentenced to one and a half years of restricted freedom and a ban on political activity.')];
    expect(citationPlace('cases', 'timeline[1]', { timeline })).toEqual({ label: 'case timeline, February 2021: He was sentenced to one and a half years of restricted…', fragment: 'event-2' });
    expect(citationPlace('cases', 'politicalPrisoner[0]', {})).toEqual({ label: 'recognition as a political prisoner', fragment: 'political-prisoner' });
    expect(citationPlace('dialogues', 'outcomes[0]', { outcomes: [{ text: 'A joint statement.' }] })).toEqual({ label: 'outcome: A joint statement.', fragment: 'outcome-1' });
    expect(citationPlace('cases', 'someField[2]', {}).label).toBe('some field');
    expect(shortened('short')).toBe('short');
  });
});

describe('law articles', () => {
  it('are named by number and short name in lists', () => {
    expect(lawShortLabel({ code: 'criminal-code', article: '174', title: 'Incitement of social, national, clan, racial, class or religious discord', shortTitle: 'Inciting social discord' })).toBe('Art. 174 — Inciting social discord');
    expect(lawShortLabel({ code: 'administrative-code', article: '73-3', title: 'Slander' })).toBe('Administrative Code Art. 73-3 — Slander');
  });

  it('are discussed by briefings that cite their text or discuss a case charged under them', () => {
    const briefings = [
      { id: 'a', data: { cases: [{ id: 'bokayev' }] }, notes: [{ label: '8', cites: [{ url: 'https://kodeksy-kz.com/ka/ugolovnyj_kodeks/405.htm' }] }] },
      { id: 'b', data: { cases: [{ id: 'other' }] }, notes: [{ label: '1', cites: [{ url: 'https://example.org/x' }] }] },
      { id: 'c', data: { cases: [{ id: 'other' }] }, notes: [{ label: '3', cites: [{ url: 'source:kodeksy-kz-cc-405' }] }] },
    ];
    const found = briefingsDiscussingLaw(briefings, new Set(['https://kodeksy-kz.com/ka/ugolovnyj_kodeks/405.htm', 'source:kodeksy-kz-cc-405']), new Set(['bokayev']), (b) => b.notes);
    expect(found.map(({ briefing, notes, cases }) => [briefing.id, notes, cases])).toEqual([['a', ['8'], ['bokayev']], ['c', ['3'], []]]);
  });
});

describe('recommendations of a text', () => {
  it('are recorded with what they are about, where they stand and each recommendation', () => {
    const tree = parseMdx(`## Freedom of Association

### NGOs under pressure

Text.

### Recommendations

<Recommendations>

The authorities of Kazakhstan should:

- Stop misusing charges of "extremism".
- Repeal article 405.

</Recommendations>

## Peaceful assembly

### Recommendations

<Recommendations>

- Revise the law on assemblies.

</Recommendations>
`);
    expect(recommendationsOf(tree)).toEqual([
      { section: { title: 'Recommendations', slug: 'recommendations' }, topic: 'Freedom of Association', lead: 'The authorities of Kazakhstan should:', items: ['Stop misusing charges of "extremism".', 'Repeal article 405.'] },
      { section: { title: 'Recommendations', slug: 'recommendations-1' }, topic: 'Peaceful assembly', lead: undefined, items: ['Revise the law on assemblies.'] },
    ]);
  });
});

describe('charts', () => {
  it('scales bars to the largest value, and never hides a count above zero', () => {
    expect(barLengths([7, 1, 0, 100])).toEqual([7, 1, 0, 100]);
    expect(barLengths([2, 1, 0])).toEqual([100, 50, 0]);
    expect(barLengths([1000, 1])).toEqual([100, 1]);
  });

  it('runs a status timeline to the end of the last report, with fewer year marks when narrow', () => {
    const status = [{ status: 'imprisoned', since: '2013-11' }, { status: 'released', since: '2021-02' }];
    const events = [{ date: '2013-11', event: 'Sentenced.' }, { date: '2021', event: 'Supervised.' }];
    const wide = layoutCaseTimeline(status, events, '2021', 640);
    const narrow = layoutCaseTimeline(status, events, '2021', 320);
    expect(wide.reportX).toBe(640);
    expect(wide.segments.at(-1)).toMatchObject({ status: 'released' });
    expect((wide.segments.at(-1)?.x ?? 0) + (wide.segments.at(-1)?.width ?? 0)).toBe(640);
    expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
    expect(narrow.ticks.length).toBeGreaterThanOrEqual(2);
    const oneMonth = layoutCaseTimeline([{ status: 'imprisoned', since: '2021-10' }], [{ date: '2021-10', event: 'Sentenced.' }], '2021-10');
    expect(oneMonth.ticks).toEqual([{ x: 0, label: 'October 2021', anchor: 'start' }]);
  });
});
