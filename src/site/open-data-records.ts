import { collection } from './collections.ts';
import { entryUrl } from './hrefs.ts';
import { openDataRecord, type OpenDataSet } from './open-data.ts';

/** The records of a data set, sorted by id so files change only where the content does. */
export async function dataSetRecords(set: OpenDataSet, site: URL | undefined): Promise<Array<Record<string, unknown>>> {
  const entries = (await collection(set)).toSorted((a, b) => a.id.localeCompare(b.id));
  return entries.map((entry) => openDataRecord(entry, entryUrl(set, entry.id, site)));
}
