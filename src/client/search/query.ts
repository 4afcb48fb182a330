/** Running a search: every spelling of the query, every shard of the index, one list of results. */
import { queryVariants } from '../../lib/name-folding.ts';
import { combineSpellings, nameFields, namedPagesFirst } from '../../lib/search/ranking.ts';
import { largestCounts, mergeSorted } from '../../lib/search/merge.ts';
import type { SearchState } from '../../lib/search/state.ts';
import type { FilterCounts, LoadedIndex, PagefindFragment, PagefindResult } from './pagefind.ts';

/** A page a search found, with the positions of the words it matched there. */
export interface FoundPage {
  fragment: PagefindFragment;
  words: number[];
}

/** What a search found: the first pages in order, how many it found in all, and the filter counts. */
export interface SearchOutcome {
  pages: FoundPage[];
  total: number;
  counts: FilterCounts;
}

/** Runs searches on a loaded index, downloading each page's data once however often it is found. */
export function searcher({ pagefind, shardTags }: LoadedIndex) {
  const fragments = new Map<string, Promise<PagefindFragment>>();
  const fragmentOf = (result: PagefindResult) => {
    let fragment = fragments.get(result.id);
    if (!fragment) {
      fragment = result.data();
      fragments.set(result.id, fragment);
    }
    return fragment;
  };

  /** The first `count` results of a search in the state's order, with the data to show them. */
  return async function search(state: SearchState, count: number): Promise<SearchOutcome> {
    const sort = state.sort ? { date: state.sort === 'newest' ? ('desc' as const) : ('asc' as const) } : undefined;
    const queries: Array<string | null> = state.q.trim() ? queryVariants(state.q) : [null];
    const searches = await Promise.all(queries.map((query) => pagefind.search(query, { filters: state.filters, ...(sort ? { sort } : {}) })));
    // One result per page, the folded spelling's where it found the page (lib/search/ranking.ts).
    const best = combineSpellings(searches[0]?.results ?? [], searches[1]?.results);
    let first: PagefindResult[];
    if (sort) {
      // Pagefind returns each index's results in date order, but merges indexes by score; so a
      // sharded index is searched one shard at a time, and the sorted lists (one per shard and
      // spelling of the query) are merged by their dates, downloading only the results shown.
      const lists = shardTags.length > 0
        ? (await Promise.all(queries.flatMap((query) => shardTags.map((shard) => pagefind.search(query, { filters: { ...state.filters, shard: [shard] }, sort }))))).map((search) => search.results)
        : searches.map((search) => search.results);
      const direction = state.sort === 'newest' ? -1 : 1;
      // The key Pagefind sorted by, also kept as a meta value (SearchFacets.astro).
      const merged = await mergeSorted(lists, count, async (result) => (await fragmentOf(result)).meta['sortkey'] ?? '', (result) => result.id, direction);
      const preferred = new Map(best.map((result) => [result.id, result]));
      first = merged.map((result) => preferred.get(result.id) ?? result);
    } else {
      first = best.slice(0, count);
    }
    const found = await Promise.all(first.map(async (result) => ({ fragment: await fragmentOf(result), words: result.words })));
    const pages = sort ? found : namedPagesFirst(found, state.q, (page) => page.fragment.meta[nameFields.names]);
    return { pages, total: best.length, counts: largestCounts(searches.map((search) => search.filters)) };
  };
}
