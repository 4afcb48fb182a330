import { citationIndex, sourceIdsByUrl, type Citation, type EntryLike } from './relations.ts';

type Digested = { digest?: string | number | undefined };

/** The collections that cite sources, as pages load them. */
export interface CitingCollections {
  briefings: Array<EntryLike<object> & Digested & { body?: string | undefined }>;
  cases: Array<EntryLike<object> & Digested>;
  dialogues: Array<EntryLike<object> & Digested>;
  sources: Array<EntryLike<{ url?: string | undefined; archived?: string | undefined }> & Digested>;
}

let cached: { key: string; index: Map<string, Citation[]> } | undefined;

function cacheKey(collections: CitingCollections): string {
  return Object.values(collections)
    .flatMap((entries: Array<EntryLike<object> & Digested>) => entries.map((e) => `${e.id}:${e.digest ?? ''}`))
    .join('|');
}

/** Where every source is cited. Every source page needs it, so it is computed once per content state. */
export function citationsBySource(collections: CitingCollections): Map<string, Citation[]> {
  const key = cacheKey(collections);
  if (cached?.key === key) return cached.index;
  const records = [
    ...collections.cases.map((entry) => ({ ...entry, collection: 'cases' })),
    ...collections.dialogues.map((entry) => ({ ...entry, collection: 'dialogues' })),
  ];
  const index = citationIndex(collections.briefings, records, sourceIdsByUrl(collections.sources));
  cached = { key, index };
  return index;
}
