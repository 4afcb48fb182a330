import { describe, expect, it } from 'vitest';
import { matchedSections, readableWords, searchExcerpt, wordParts } from '../../src/lib/search/excerpt.ts';
import { largestCounts } from '../../src/lib/search/merge.ts';
import { combineSpellings, namedPagesFirst } from '../../src/lib/search/ranking.ts';
import { markSpellings } from '../../src/lib/search/spelling-marks.ts';

/** Indexed text as Pagefind stores it: words joined by single spaces. */
const indexed = (text: string) => markSpellings(text).replace(/\s+/g, ' ');
/** The excerpt as a reader sees it, matches in [brackets]. */
const shown = (content: string, locations: number[], length?: number) => {
  const excerpt = searchExcerpt(content, locations, length);
  const words = excerpt.words.map((word) => (word.match ? `[${word.text}]` : word.text)).join(' ');
  return `${excerpt.cutBefore ? '… ' : ''}${words}${excerpt.cutAfter ? ' …' : ''}`;
};
/** Where a word of the indexed text is. */
const at = (content: string, word: string) => content.split(' ').flatMap((w, i) => (w === word ? [i] : []));

describe('search excerpts', () => {
  it('shows the words of the page, not the spelling marks of the index', () => {
    const content = indexed('Max Bokayev (Бокаев), a civil society activist from Atyrau.');
    expect(readableWords(content).words).toEqual(['Max', 'Bokayev', '(Бокаев),', 'a', 'civil', 'society', 'activist', 'from', 'Atyrau.']);
    expect(shown(content, [])).toBe('Max Bokayev (Бокаев), a civil society activist from Atyrau.');
  });

  it('marks the word a matched spelling mark belongs to', () => {
    const content = indexed('The court sentenced Max Bokayev, and Бокаев appealed.');
    const marks = at(content, '^bokaev^_,').concat(at(content, '^bokaev^_'));
    expect(marks).toHaveLength(2);
    expect(shown(content, marks)).toBe('The court sentenced Max [Bokayev,] and [Бокаев] appealed.');
  });

  it('centres a long page on its densest matches and says where it cuts', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[60] = 'Bokaev';
    words[62] = 'Bokaev';
    const content = words.join(' ');
    const excerpt = shown(content, [60, 62], 10);
    expect(excerpt.startsWith('… ')).toBe(true);
    expect(excerpt.endsWith(' …')).toBe(true);
    expect(excerpt).toContain('[Bokaev] w61 [Bokaev]');
    expect(excerpt.split(' ').filter((w) => w !== '…')).toHaveLength(10);
  });

  it('starts at the top when every match is in the first words, and fills the window at the end', () => {
    const content = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    expect(shown(content, [2], 5)).toBe('w0 w1 [w2] w3 w4 …');
    expect(shown(content, [49], 5)).toBe('… w45 w46 w47 w48 [w49]');
  });

  it('highlights a word without the punctuation around it', () => {
    expect(wordParts('(Бокаев),')).toEqual(['(', 'Бокаев', '),']);
    expect(wordParts('Bokayev’s')).toEqual(['', 'Bokayev’s', '']);
    expect(wordParts('—')).toEqual(['', '—', '']);
  });

  it('links the sections that hold matches, with their titles unmarked', () => {
    const anchors = [
      { element: 'h2', id: 'release', text: 'Release of Max Bokayev ^bokaev^_', location: 10 },
      { element: 'h2', id: 'health', text: 'Health', location: 20 },
      { element: 'p', id: 'note', text: 'A note', location: 25 },
      { element: 'h2', id: 'trial', text: 'Trial', location: 30 },
    ];
    expect(matchedSections(anchors, [3, 12, 14, 31])).toEqual([{ id: 'release', title: 'Release of Max Bokayev' }, { id: 'trial', title: 'Trial' }]);
    expect(matchedSections(anchors, [3])).toEqual([]);
  });
});

describe('search ranking', () => {
  it('ranks a page by the folded spelling of the query when that finds it, so every spelling gives one order', () => {
    const folded = [{ id: 'profile', score: 9 }, { id: 'paper', score: 5 }, { id: 'source', score: 2 }];
    const asBokayev = combineSpellings([{ id: 'source', score: 8 }, { id: 'profile', score: 3 }], folded);
    const asBokaev = combineSpellings(folded, undefined);
    expect(asBokayev.map((r) => r.id)).toEqual(['profile', 'paper', 'source']);
    expect(asBokaev.map((r) => r.id)).toEqual(asBokayev.map((r) => r.id));
    expect(combineSpellings([{ id: 'only-typed', score: 4 }], folded).map((r) => r.id)).toEqual(['profile', 'paper', 'only-typed', 'source']);
  });

  it('puts the profile whose own names hold every word of the query first', () => {
    const results = [
      { url: '/cases/makhambet-abzhan/', names: 'Makhambet makhambet mahambet Abzhan' },
      { url: '/cases/max-bokayev/', names: 'Max max Bokayev bokaev Maks maks Макс' },
      { url: '/briefings/2017/', names: undefined },
    ];
    const order = (query: string) => namedPagesFirst(results, query, (r) => r.names).map((r) => r.url);
    expect(order('Maks')).toEqual(['/cases/max-bokayev/', '/cases/makhambet-abzhan/', '/briefings/2017/']);
    expect(order('Макс')).toEqual(order('Maks'));
    expect(order('Makhambet')).toEqual(['/cases/makhambet-abzhan/', '/cases/max-bokayev/', '/briefings/2017/']);
    expect(order('prison')).toEqual(results.map((r) => r.url));
  });

  it('counts a filter value with the spelling that finds most pages with it', () => {
    expect(largestCounts([{ kind: { 'Case profile': 1, Source: 0 } }, { kind: { 'Case profile': 1, Source: 2 }, year: { 2021: 3 } }])).toEqual({
      kind: { 'Case profile': 1, Source: 2 },
      year: { 2021: 3 },
    });
  });
});
