import type { CollectionEntry, CollectionKey } from 'astro:content';
import { collection } from './collections.ts';

/**
 * One page per entry of a collection, at `/<collection>/<id>/`, with the entry as the `entry` prop
 * and, when `cacheKey` is given, the page's key for rebuilds (src/site/page-keys.ts).
 */
export async function entryPaths<C extends CollectionKey>(
  name: C,
  cacheKey?: (entry: CollectionEntry<C>) => string,
): Promise<Array<{ params: { id: string }; props: { entry: CollectionEntry<C> }; cacheKey?: string }>> {
  const entries = await collection(name);
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry }, ...(cacheKey ? { cacheKey: cacheKey(entry) } : {}) }));
}
