/** Which entries link to a given entry: the briefings of a case or topic, the cases under a law. */
import { referencesIn } from '../../check/rules/content-index.ts';
import type { EntryLike } from './entries.ts';

const referenceKeysByData = new WeakMap<object, Set<string>>();

/**
 * The references in an entry's data as keys (`collection/id`, and `field collection/id` under a
 * top-level field), worked out once per data object: pages ask for them once per page.
 */
function referenceKeys(data: object): Set<string> {
  let keys = referenceKeysByData.get(data);
  if (!keys) {
    keys = new Set();
    for (const { path, ref } of referencesIn(data)) {
      keys.add(`${ref.collection}\0${ref.id}`);
      if (typeof path[0] === 'string') keys.add(`${path[0]}\0${ref.collection}\0${ref.id}`);
    }
    referenceKeysByData.set(data, keys);
  }
  return keys;
}

const referencingIndexes = new WeakMap<object[], Map<string, object[]>>();

/**
 * Entries whose data links to `collection`/`id` anywhere, optionally only under the given
 * top-level field, in the list's order. The list is indexed once (a page per case or topic asks
 * about the same list of briefings), so the answer costs what it returns, not the list's length.
 */
export function entriesReferencing<E extends EntryLike<object>>(entries: E[], collection: string, id: string, field?: string): E[] {
  const key = field === undefined ? `${collection}\0${id}` : `${field}\0${collection}\0${id}`;
  let index = referencingIndexes.get(entries);
  if (!index) {
    index = new Map();
    for (const entry of entries) {
      for (const entryKey of referenceKeys(entry.data)) {
        const list = index.get(entryKey);
        if (list) list.push(entry);
        else index.set(entryKey, [entry]);
      }
    }
    referencingIndexes.set(entries, index);
  }
  return [...((index.get(key) ?? []) as E[])];
}
