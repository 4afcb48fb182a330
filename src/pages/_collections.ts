import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

const readOnce = new Map<CollectionKey, Promise<unknown>>();

/**
 * A whole collection, read once per build and shared by every page: Astro's getCollection copies
 * every entry on each call, which a page per entry turns into work that grows with the square of
 * the archive. The dev server reads again on each call, so edits show at once. Callers must not
 * change the array or its entries.
 */
export function collection<C extends CollectionKey>(name: C): Promise<Array<CollectionEntry<C>>> {
  if (!import.meta.env.PROD) return getCollection(name);
  let entries = readOnce.get(name) as Promise<Array<CollectionEntry<C>>> | undefined;
  if (!entries) {
    entries = getCollection(name);
    readOnce.set(name, entries);
  }
  return entries;
}
