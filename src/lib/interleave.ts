/**
 * Merges lists so that each one is spread evenly over the result, keeping its own order: every
 * stretch of the result holds the lists in the proportions of the whole. The build renders entry
 * pages in this order so that every shard of the search index is a sample of the whole archive
 * (src/integrations/search-indexer.ts).
 */
export function interleave<T>(lists: ReadonlyArray<readonly T[]>): T[] {
  const placed: Array<{ at: number; list: number; item: T }> = [];
  lists.forEach((list, listIndex) => {
    list.forEach((item, i) => placed.push({ at: (i + 0.5) / list.length, list: listIndex, item }));
  });
  return placed.sort((a, b) => a.at - b.at || a.list - b.list).map(({ item }) => item);
}
