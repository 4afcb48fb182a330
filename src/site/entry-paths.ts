import type { CollectionEntry, CollectionKey } from 'astro:content';
import { collection } from './collections.ts';

/** One page per entry of a collection, at `/<collection>/<id>/`, with the entry as the `entry` prop. */
export async function entryPaths<C extends CollectionKey>(name: C): Promise<Array<{ params: { id: string }; props: { entry: CollectionEntry<C> } }>> {
  const entries = await collection(name);
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
