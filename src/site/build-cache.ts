/** An entry as far as caching cares: its id and Astro's digest of its content. */
export interface Digestible {
  id: string;
  digest?: string | number | undefined;
}

/**
 * Wraps a function of whole collections so that every page of a build shares one result, and the
 * result is computed again when any entry changes (as in `astro dev`). Called again with the very
 * same arrays (see src/site/collections.ts), it answers at once; otherwise it compares every
 * entry's id and digest.
 */
export function cachedByContent<A extends Record<string, Digestible[]>, R>(compute: (collections: A) => R): (collections: A) => R {
  let cached: { key: string; arrays: Digestible[][]; value: R } | undefined;
  return (collections) => {
    const arrays = Object.values(collections);
    if (cached && cached.arrays.length === arrays.length && cached.arrays.every((array, i) => array === arrays[i])) return cached.value;
    const key = Object.entries(collections)
      .map(([name, entries]) => `${name}:${entries.map((e) => `${e.id}@${e.digest ?? ''}`).join(',')}`)
      .join('|');
    if (cached?.key !== key) cached = { key, arrays, value: compute(collections) };
    else cached.arrays = arrays;
    return cached.value;
  };
}
