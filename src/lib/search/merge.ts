/**
 * The first `count` distinct items of several lists, each already in order, in that order
 * overall: a k-way merge that asks for an item's sort key only when the item reaches the head of
 * its list. On the search page a key costs a download (the result's data), so a merge of k lists
 * reads at most `count + k` keys (each list's head, and the next item of the list each item is taken from). `direction` 1 merges ascending keys, -1 descending; items
 * with the same id (the same page found by two spellings of a query) are kept once.
 */
export async function mergeSorted<T>(
  lists: ReadonlyArray<readonly T[]>,
  count: number,
  keyOf: (item: T) => Promise<string>,
  idOf: (item: T) => string,
  direction: 1 | -1,
): Promise<T[]> {
  const heads = lists.map(() => 0);
  const keys = await Promise.all(lists.map((list) => (list.length > 0 ? keyOf(list[0] as T) : Promise.resolve(undefined))));
  const merged: T[] = [];
  const seen = new Set<string>();
  while (merged.length < count) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      const bestKey = best >= 0 ? keys[best] : undefined;
      if (bestKey === undefined || key.localeCompare(bestKey) * direction < 0) best = i;
    }
    if (best < 0) break;
    const list = lists[best] as readonly T[];
    const item = list[heads[best] as number] as T;
    if (!seen.has(idOf(item))) {
      seen.add(idOf(item));
      merged.push(item);
    }
    const next = (heads[best] as number) + 1;
    heads[best] = next;
    keys[best] = next < list.length ? await keyOf(list[next] as T) : undefined;
  }
  return merged;
}

/**
 * Filter counts for the searches of a query's spellings, taken together: for each value the
 * largest count any of them gives. The spellings find mostly the same pages (the folded one finds
 * every page the typed one finds, for a name), so this is the count of the combined results or
 * just under it, and 0 only when no spelling finds a page with that value.
 */
export function largestCounts(counts: ReadonlyArray<Record<string, Record<string, number>>>): Record<string, Record<string, number>> {
  const largest: Record<string, Record<string, number>> = {};
  for (const byFilter of counts) {
    for (const [filter, values] of Object.entries(byFilter)) {
      const into = (largest[filter] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, count);
    }
  }
  return largest;
}
