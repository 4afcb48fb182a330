import { collection } from '../_collections.ts';
import { entryPath } from '../../lib/paths.ts';
import { openDataRecord, type OpenDataSet } from '../../lib/open-data.ts';

/** The absolute address of an entry's page, for open data records. */
export function absoluteEntryUrl(site: URL | undefined, collection: string, id: string): string {
  return new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${entryPath(collection, id)}`, site).href;
}

/** The records of a data set, sorted by id so files change only where the content does. */
export async function dataSetRecords(set: OpenDataSet, site: URL | undefined): Promise<Array<Record<string, unknown>>> {
  const entries = (await collection(set)).toSorted((a, b) => a.id.localeCompare(b.id));
  return entries.map((entry) => openDataRecord(entry, absoluteEntryUrl(site, set, entry.id)));
}
