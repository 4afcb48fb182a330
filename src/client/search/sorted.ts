/**
 * Results sorted by date across the index's shards. Pagefind returns each index's results in date
 * order, but merges indexes by score; so a sharded index is searched one shard at a time, and the
 * sorted lists (one per shard and spelling of the query) are merged by their dates
 * (lib/search/merge.ts), downloading only the data of the results shown.
 */
import { mergeSorted } from '../../lib/search/merge.ts';
import type { SearchState } from '../../lib/search/state.ts';
import type { FragmentOf } from './fragments.ts';
import type { LoadedIndex, PagefindResult, PagefindSearch } from './pagefind.ts';

/** The order Pagefind sorts a search by: the `date` sort key, newest or oldest first. */
export type DateSort = { date: 'asc' | 'desc' };

/** Pagefind's sort for a search's order; undefined for best match. */
export function dateSort(order: SearchState['sort']): DateSort | undefined {
  return order ? { date: order === 'newest' ? 'desc' : 'asc' } : undefined;
}

/** What a date-sorted search reads: the index, the searches already run for each spelling, and how far to read. */
export interface SortedSearch {
  index: LoadedIndex;
  /** The spellings of the query (null: filters only), in the order `searches` ran them. */
  queries: ReadonlyArray<string | null>;
  filters: SearchState['filters'];
  sort: DateSort;
  /** The sorted searches of the whole index, one per spelling: enough when it has no shards. */
  searches: readonly PagefindSearch[];
  count: number;
  fragmentOf: FragmentOf;
}

/** The first `count` results in date order, each page once. */
export async function firstByDate({ index: { pagefind, shardTags }, queries, filters, sort, searches, count, fragmentOf }: SortedSearch): Promise<PagefindResult[]> {
  const lists = shardTags.length > 0
    ? (await Promise.all(queries.flatMap((query) => shardTags.map((shard) => pagefind.search(query, { filters: { ...filters, shard: [shard] }, sort }))))).map((search) => search.results)
    : searches.map((search) => search.results);
  const direction = sort.date === 'desc' ? -1 : 1;
  // The key Pagefind sorted by, also kept as a meta value (SearchFacets.astro).
  return mergeSorted(lists, count, async (result) => (await fragmentOf(result)).meta['sortkey'] ?? '', (result) => result.id, direction);
}
