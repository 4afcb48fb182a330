import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { showsDrafts } from './drafts.ts';
import { isDraft } from '../lib/drafts.ts';

const readOnce = new Map<CollectionKey, Promise<unknown>>();

/** The array itself, frozen: a page that sorts it in place fails at once instead of reordering every other page's list. */
function frozen<T>(array: T[]): T[] {
  Object.freeze(array);
  return array;
}

/**
 * A collection as this build publishes it: a build for publication leaves drafts out here (with
 * getCollection's filter, as https://docs.astro.build/en/guides/content-collections/#filtering-collection-queries
 * shows), the one place every page reads collections from, so no page, list, feed, search index,
 * data export or count can show one; `npm run check` refuses a published entry that refers to a
 * draft, so no link leads to one either. `npm run dev` and a preview with drafts keep them.
 */
function published<C extends CollectionKey>(name: C): Promise<Array<CollectionEntry<C>>> {
  return getCollection(name, (entry) => showsDrafts || !isDraft(entry.data)).then(frozen);
}

/**
 * A whole collection, read once per build and shared by every page: Astro's getCollection copies
 * every entry on each call, which a page per entry turns into work that grows with the square of
 * the archive. The dev server reads again on each call, so edits show at once. Pages read every
 * collection through this function. The array is frozen, so sorting it in place throws (sort a
 * copy: `toSorted`): indexes of it are kept for the whole build. Its entries must not be changed.
 */
export function collection<C extends CollectionKey>(name: C): Promise<Array<CollectionEntry<C>>> {
  if (!import.meta.env.PROD) return published(name);
  let entries = readOnce.get(name) as Promise<Array<CollectionEntry<C>>> | undefined;
  if (!entries) {
    entries = published(name);
    readOnce.set(name, entries);
  }
  return entries;
}
