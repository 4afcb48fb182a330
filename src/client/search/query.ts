/**
 * Running a search: every spelling of the query, one list of results in the order asked for
 * (best match, or by date across the shards: sorted.ts), and the data of the pages shown
 * (fragments.ts).
 */
import { queryVariants } from '../../lib/name-folding.ts';
import { combineSpellings, nameFields, namedPagesFirst } from '../../lib/search/ranking.ts';
import { largestCounts } from '../../lib/search/merge.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { foundPages, fragmentStore, type FoundPage } from './fragments.ts';
import type { FilterCounts, LoadedIndex, PagefindResult } from './pagefind.ts';
import { dateSort, firstByDate } from './sorted.ts';

/** What a search found: the first pages in order, how many it found in all, and the filter counts. */
export interface SearchOutcome {
  pages: FoundPage[];
  total: number;
  counts: FilterCounts;
}

/** Runs searches on a loaded index, downloading each page's data once however often it is found. */
export function searcher(index: LoadedIndex) {
  const { pagefind } = index;
  const fragmentOf = fragmentStore();

  /** The first `count` results of a search in the state's order, with the data to show them. */
  return async function search(state: SearchState, count: number): Promise<SearchOutcome> {
    const sort = dateSort(state.sort);
    const queries: Array<string | null> = state.q.trim() ? queryVariants(state.q) : [null];
    const searches = await Promise.all(queries.map((query) => pagefind.search(query, { filters: state.filters, ...(sort ? { sort } : {}) })));
    // One result per page, the folded spelling's where it found the page (lib/search/ranking.ts).
    const best = combineSpellings(searches[0]?.results ?? [], searches[1]?.results);
    let first: PagefindResult[];
    if (sort) {
      const merged = await firstByDate({ index, queries, filters: state.filters, sort, searches, count, fragmentOf });
      // A page found by several spellings shows the matches of the one that ranks it.
      const preferred = new Map(best.map((result) => [result.id, result]));
      first = merged.map((result) => preferred.get(result.id) ?? result);
    } else {
      first = best.slice(0, count);
    }
    const found = await foundPages(first, fragmentOf);
    const pages = sort ? found : namedPagesFirst(found, state.q, (page) => page.fragment.meta[nameFields.names]);
    return { pages, total: best.length, counts: largestCounts(searches.map((search) => search.filters)) };
  };
}
