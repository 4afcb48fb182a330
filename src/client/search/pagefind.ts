/** Pagefind in the browser: the parts of its API the search page uses, and loading its index with every shard. */
import type { PageAnchor } from '../../lib/search/excerpt.ts';
import { searchRanking } from '../../lib/search/ranking.ts';

/** A page's stored data (its fragment): what is the same for every search that finds it. */
export interface PagefindFragment {
  url: string;
  /** The text the index read, spelling marks and all (see lib/search/excerpt.ts). */
  content: string;
  meta: Record<string, string | undefined>;
  anchors: PageAnchor[];
}

/** One result of a search: the page, its score, and the positions of the words it matched. */
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindFragment>;
}

/** Filter values with the number of results each would leave, by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What one search returns. */
export interface PagefindSearch {
  results: PagefindResult[];
  /** For each filter value, the results the search would have with that value added to its filters. */
  filters: FilterCounts;
}

/** Pagefind's search API (pagefind.js), as far as the search page uses it. */
export interface Pagefind {
  options(options: { baseUrl: string; ranking?: object; noWorker?: boolean; mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: { ranking?: object; mergeFilter?: Record<string, string> }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

/** Pagefind with the archive's index loaded, and the tags of the index's shards (none when it has one). */
export interface LoadedIndex {
  pagefind: Pagefind;
  shardTags: string[];
}

/**
 * Loads Pagefind from the site's `pagefind/` folder with the archive's ranking (lib/search/ranking.ts).
 * A large archive's index is built in shards (src/integrations/search-indexer.ts), merged here;
 * they share the main index's code and WebAssembly. Each is tagged with a `shard` filter, so that
 * a sorted search can read each shard's results in order (see sorted.ts).
 */
export async function loadIndex(base: string): Promise<LoadedIndex> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  const shards = await fetch(`${base}pagefind/shards.json`).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []));
  const shardTags = shards.length > 0 ? ['1', ...shards.map((_, i) => String(i + 2))] : [];
  // noWorker: Pagefind 1.6 otherwise fetches a second copy of its code for a web worker
  // (43 KB); searching an index of this size on the page's own thread takes milliseconds.
  await pagefind.options({ baseUrl: base, ranking: searchRanking, noWorker: true, ...(shards.length > 0 ? { mergeFilter: { shard: '1' } } : {}) });
  await Promise.all(shards.map((shard, i) => pagefind.mergeIndex(`${base}pagefind/${shard}`, { ranking: searchRanking, mergeFilter: { shard: String(i + 2) } })));
  await pagefind.init();
  return { pagefind, shardTags };
}
