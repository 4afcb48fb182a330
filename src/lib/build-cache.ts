/** An entry as far as caching cares: its id and Astro's digest of its content. */
export interface Digestible {
  id: string;
  digest?: string | number | undefined;
}

/**
 * Wraps a function of whole collections so that every page of a build shares one result, and the
 * result is computed again when any entry changes (as in `astro dev`).
 */
export function cachedByContent<A extends Record<string, Digestible[]>, R>(compute: (collections: A) => R): (collections: A) => R {
  let cached: { key: string; value: R } | undefined;
  return (collections) => {
    const key = Object.entries(collections)
      .map(([name, entries]) => `${name}:${entries.map((e) => `${e.id}@${e.digest ?? ''}`).join(',')}`)
      .join('|');
    if (cached?.key !== key) cached = { key, value: compute(collections) };
    return cached.value;
  };
}
