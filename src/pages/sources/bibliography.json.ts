import { collection } from '../../site/collections.ts';
import type { APIRoute } from 'astro';
import { sourceCitation } from '../../site/citations/records.ts';
import { citationFile } from '../../site/citations/files.ts';

/** Every source record of the archive as one CSL-JSON file, in the order of their ids. */
export const GET: APIRoute = async () => {
  const sources = (await collection('sources')).toSorted((a, b) => a.id.localeCompare(b.id));
  return citationFile('json', sources.map(sourceCitation));
};
