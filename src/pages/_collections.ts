import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

const readOnce = new Map<CollectionKey, Promise<unknown>>();

/** The array itself, frozen: a page that sorts it in place fails at once instead of reordering every other page's list. */
function frozen<T>(array: T[]): T[] {
  Object.freeze(array);
  return array;
}

/**
 * A whole collection, read once per build and shared by every page: Astro's getCollection copies
 * every entry on each call, which a page per entry turns into work that grows with the square of
 * the archive. The dev server reads again on each call, so edits show at once. Pages read every
 * collection through this function. The array is frozen, so sorting it in place throws (sort a
 * copy: `toSorted`): indexes of it are kept for the whole build. Its entries must not be changed.
 */
export function collection<C extends CollectionKey>(name: C): Promise<Array<CollectionEntry<C>>> {
  if (!import.meta.env.PROD) return getCollection(name).then(frozen);
  let entries = readOnce.get(name) as Promise<Array<CollectionEntry<C>>> | undefined;
  if (!entries) {
    entries = getCollection(name).then(frozen);
    readOnce.set(name, entries);
  }
  return entries;
}
