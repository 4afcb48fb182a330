/**
 * The first `count` distinct items of several lists, each already in order, in that order
 * overall: a k-way merge that asks for an item's sort key only when the item reaches the head of
 * its list. On the search page a key costs a download (the result's data), so a merge of k lists
 * reads at most `count + k - 1` keys. `direction` 1 merges ascending keys, -1 descending; items
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
