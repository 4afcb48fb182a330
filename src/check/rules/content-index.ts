import type { CollectionName } from '../../lib/collections.ts';
import type { ContentFile } from '../content-files.ts';
import { isDraft } from '../../lib/drafts.ts';
import type { EntryReference } from '../../schemas/fields.ts';
import { DocumentAddressMap } from '../../lib/urls.ts';
import type { ValidEntry } from '../validate-schemas.ts';

/** Valid entries looked up by collection and id, and sources by address. */
export interface ContentIndex {
  entries: ValidEntry[];
  byCollection: Map<CollectionName, Map<string, ValidEntry>>;
  /** Ids of every file that parsed, valid or not, so one broken file does not orphan its links. */
  ids: Map<CollectionName, Set<string>>;
  /** Source ids by their `url` and `archived` addresses; any address of the same document finds the record. */
  sourceIdsByUrl: DocumentAddressMap<string>;
  /** The files marked `draft: true` (valid or not), by collection and id. */
  drafts: Map<CollectionName, Map<string, ContentFile>>;
  /**
   * Every file with a text (MDX) whose text could be read, valid or not, even when its frontmatter
   * is broken: the rules on texts (footnotes, links, code, components, citations) check them all.
   */
  texts: ContentFile[];
}

/** Builds the lookups the integrity rules share. */
export function indexContent(files: ContentFile[], entries: ValidEntry[]): ContentIndex {
  const ids = new Map<CollectionName, Set<string>>();
  const sourceIdsByUrl = new DocumentAddressMap<string>();
  const drafts = new Map<CollectionName, Map<string, ContentFile>>();
  for (const file of files) {
    const set = ids.get(file.collection) ?? new Set<string>();
    set.add(file.id);
    ids.set(file.collection, set);
    if (isDraft(file.data)) drafts.set(file.collection, (drafts.get(file.collection) ?? new Map<string, ContentFile>()).set(file.id, file));
    if (file.collection === 'sources') {
      // Read addresses from every source file, valid or not, so a typo elsewhere in a record
      // does not also make every footnote citing it look uncited.
      const data = file.data as Record<string, unknown>;
      for (const key of ['url', 'archived']) {
        const url = data[key];
        if (typeof url === 'string') sourceIdsByUrl.set(url, file.id);
      }
    }
  }
  const byCollection = new Map<CollectionName, Map<string, ValidEntry>>();
  for (const entry of entries) {
    const ids = byCollection.get(entry.file.collection) ?? new Map<string, ValidEntry>();
    ids.set(entry.file.id, entry);
    byCollection.set(entry.file.collection, ids);
  }
  return { entries, byCollection, ids, sourceIdsByUrl, drafts, texts: files.filter((file) => file.text !== undefined) };
}

/** True when the value is a resolved `reference()` to another entry. */
export function isEntryReference(value: unknown): value is EntryReference {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.keys(value).length === 2 && typeof (value as EntryReference).id === 'string' &&
    typeof (value as EntryReference).collection === 'string'
  );
}

/** Every reference inside an entry's data, with the field path where it stands. */
export function referencesIn(data: unknown, path: PropertyKey[] = []): Array<{ path: PropertyKey[]; ref: EntryReference }> {
  if (isEntryReference(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => referencesIn(item, [...path, index]));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => referencesIn(value, [...path, key]));
  }
  return [];
}
