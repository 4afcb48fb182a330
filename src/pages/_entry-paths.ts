import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';

/** One page per entry of a collection, at `/<collection>/<id>/`, with the entry as the `entry` prop. */
export async function entryPaths<C extends CollectionKey>(collection: C): Promise<Array<{ params: { id: string }; props: { entry: CollectionEntry<C> } }>> {
  const entries = await getCollection(collection);
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
