import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../../src/lib/search/merge.ts';
import { searchPageStrings } from '../../src/lib/search/page-strings.ts';
import { isActiveSearch, type SearchState } from '../../src/lib/search/state.ts';
import { translator } from '../../src/lib/i18n/translator.ts';
import { pageText } from '../../src/client/search/page-text.ts';
import type { FilterCounts, LoadedIndex, Pagefind, PagefindFragment, PagefindResult } from '../../src/client/search/pagefind.ts';
import { searcher } from '../../src/client/search/query.ts';

/** A page of the fake index: the words that find it (by spelling), its score, date and shard. */
interface FakePage {
  id: string;
  /** Query → score; a page is found by the spellings listed. */
  scores: Record<string, number>;
  date: string;
  shard: string;
  names?: string;
}

/**
 * A stand-in for Pagefind with a sharded index that behaves as Pagefind 1.6 does: each shard's
 * results sorted by date when asked, but the shards of a whole-index search merged by score.
 * It counts the page data it hands out.
 */
function fakeIndex(pages: FakePage[], shardTags: string[]) {
  const downloads: string[] = [];
  const searches: Array<{ query: string | null; filters: Record<string, string[]> }> = [];
  const resultOf = (page: FakePage, query: string | null): PagefindResult => ({
    id: page.id,
    score: query === null ? 1 : (page.scores[query] ?? 0),
    // Where the words matched: made up, but different for each spelling of the query.
    words: [page.id.length, query?.codePointAt(0) ?? 0],
    data: () => {
      downloads.push(page.id);
      const fragment: PagefindFragment = { url: `/${page.id}/`, content: page.id, meta: { title: page.id, sortkey: page.date, names: page.names }, anchors: [] };
      return Promise.resolve(fragment);
    },
  });
  const pagefind: Pagefind = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    mergeIndex: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    search: (query, { filters = {}, sort }) => {
      searches.push({ query, filters });
      const found = pages.filter((page) => (query === null || query in page.scores) && (!filters['shard'] || filters['shard'].includes(page.shard)));
      const byScore = (a: FakePage, b: FakePage) => (b.scores[query ?? ''] ?? 0) - (a.scores[query ?? ''] ?? 0);
      const byDate = (a: FakePage, b: FakePage) => (sort?.['date'] === 'desc' ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date));
      // Sorted within one shard; a search of every shard is merged by score, as Pagefind does.
      const ordered = sort && (filters['shard'] || shardTags.length === 0) ? found.sort(byDate) : found.sort(byScore);
      const counts: FilterCounts = { year: { [query ?? 'all']: found.length } };
      return Promise.resolve({ results: ordered.map((page) => resultOf(page, query)), filters: counts });
    },
  };
  const index: LoadedIndex = { pagefind, shardTags };
  return { index, downloads, searches };
}

const state = (q: string, sort: SearchState['sort'] = '', filters: SearchState['filters'] = {}): SearchState => ({ q, sort, filters });

describe('merging sorted results', () => {
  it('merges lists by their keys in either direction, keeping an item found twice once', async () => {
    const lists = [['a:2020', 'b:2018'], ['c:2021', 'a:2020', 'd:2017']];
    const keyOf = (item: string) => Promise.resolve(item.split(':')[1] ?? '');
    const idOf = (item: string) => item.split(':')[0] ?? '';
    expect(await mergeSorted(lists, 10, keyOf, idOf, -1)).toEqual(['c:2021', 'a:2020', 'b:2018', 'd:2017']);
    expect(await mergeSorted([['b:2018', 'a:2020'], ['d:2017', 'c:2021']], 3, keyOf, idOf, 1)).toEqual(['d:2017', 'b:2018', 'a:2020']);
  });

  it('asks for the keys of each list’s head and of the item after each one taken, no more', async () => {
    const asked: string[] = [];
    const lists = [['9', '8', '7', '6'], ['95', '85', '75'], ['99', '1']];
    const keyOf = (item: string) => {
      asked.push(item);
      return Promise.resolve(item);
    };
    expect(await mergeSorted(lists, 2, keyOf, (item) => item, -1)).toEqual(['99', '95']);
    expect(asked.sort()).toEqual(['1', '85', '9', '95', '99']);
  });
});

describe('running a search on a sharded index', () => {
  const pages: FakePage[] = [
    { id: 'old-paper', scores: { court: 9 }, date: '2015-01', shard: '1' },
    { id: 'new-paper', scores: { court: 1 }, date: '2023-05', shard: '2' },
    { id: 'mid-paper', scores: { court: 5 }, date: '2019-03', shard: '3' },
    { id: 'late-paper', scores: { court: 3 }, date: '2021-11', shard: '1' },
  ];

  it('sorts by date across shards, newest or oldest first, although Pagefind merges shards by score', async () => {
    const { index } = fakeIndex(pages, ['1', '2', '3']);
    const search = searcher(index);
    const newest = await search(state('court', 'newest'), 10);
    expect(newest.pages.map((page) => page.fragment.url)).toEqual(['/new-paper/', '/late-paper/', '/mid-paper/', '/old-paper/']);
    expect(newest.total).toBe(4);
    const oldest = await search(state('court', 'oldest'), 2);
    expect(oldest.pages.map((page) => page.fragment.url)).toEqual(['/old-paper/', '/mid-paper/']);
  });

  it('searches each shard with the filters chosen, and best match without shards', async () => {
    const { index, searches } = fakeIndex(pages, ['1', '2', '3']);
    await searcher(index)(state('court', 'newest', { year: ['2021'] }), 2);
    expect(searches.map((s) => s.filters)).toEqual([{ year: ['2021'] }, { year: ['2021'], shard: ['1'] }, { year: ['2021'], shard: ['2'] }, { year: ['2021'], shard: ['3'] }]);
    const best = await searcher(fakeIndex(pages, ['1', '2', '3']).index)(state('court'), 2);
    expect(best.pages.map((page) => page.fragment.url)).toEqual(['/old-paper/', '/mid-paper/']);
  });

  it("downloads only the data of the pages a sorted search reads, and each page's data once however often it is found", async () => {
    const { index, downloads } = fakeIndex(pages, ['1', '2', '3']);
    const search = searcher(index);
    await search(state('court', 'newest'), 1);
    // The head of each shard's list, and the one after the page taken.
    expect([...downloads].sort()).toEqual(['late-paper', 'mid-paper', 'new-paper']);
    await search(state('court', 'newest'), 4);
    await search(state('court'), 4);
    expect([...downloads].sort()).toEqual(['late-paper', 'mid-paper', 'new-paper', 'old-paper']);
  });

  it('finds a page by every spelling of a name once, in the folded spelling’s order, with the named profile first', async () => {
    const named: FakePage[] = [
      { id: 'briefing', scores: { Бокаев: 4, bokaev: 6 }, date: '2022-01', shard: '1' },
      { id: 'profile', scores: { bokaev: 2 }, date: '2020-01', shard: '1', names: 'Max Bokayev Бокаев' },
      { id: 'source', scores: { Бокаев: 5 }, date: '2021-01', shard: '1' },
    ];
    const { index } = fakeIndex(named, []);
    const outcome = await searcher(index)(state('Бокаев'), 10);
    expect(outcome.total).toBe(3);
    expect(outcome.pages.map((page) => page.fragment.url)).toEqual(['/profile/', '/briefing/', '/source/']);
    // The briefing was found by both spellings: its matches are the folded spelling's.
    expect(outcome.pages[1]?.words).toEqual(['briefing'.length, 'b'.codePointAt(0)]);
    // Each value counted with the spelling that gives it most.
    expect(outcome.counts).toEqual({ year: { Бокаев: 2, bokaev: 2 } });
    const newest = await searcher(index)(state('Бокаев', 'newest'), 10);
    expect(newest.pages.map((page) => page.fragment.url)).toEqual(['/briefing/', '/source/', '/profile/']);
    expect(newest.pages[0]?.words).toEqual(['briefing'.length, 'b'.codePointAt(0)]);
  });
});

describe('the search state and the page’s strings', () => {
  it('runs a search for words or a filter, and not for blanks', () => {
    expect(isActiveSearch(state('  '))).toBe(false);
    expect(isActiveSearch(state('', 'newest', { year: [] }))).toBe(false);
    expect(isActiveSearch(state('', '', { year: ['2021'] }))).toBe(true);
    expect(isActiveSearch(state('court'))).toBe(true);
  });

  it('writes the search page’s strings as the build writes them, plural forms and marks filled in', () => {
    for (const lang of ['en', 'ru'] as const) {
      const { t } = pageText(JSON.stringify(searchPageStrings(lang)));
      const translate = translator(lang);
      for (const count of [1, 2, 5, 21]) expect(t('search.results', { count })).toBe(translate('search.results', { count }));
      expect(t('search.forQuery', { query: 'Bokayev' })).toBe(translate('search.forQuery', { query: 'Bokayev' }));
    }
    const { valueLabel } = pageText(JSON.stringify(searchPageStrings('ru')));
    expect(valueLabel('language', 'kk')).toBe('казахский');
    expect(valueLabel('year', '2021')).toBe('2021');
  });
});
