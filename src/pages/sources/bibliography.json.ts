import { collection } from '../_collections.ts';
import type { APIRoute } from 'astro';
import { sourceCitation } from '../../components/citation-records.ts';
import { citationFile } from '../_citation-files.ts';

/** Every source record of the archive as one CSL-JSON file, in the order of their ids. */
export const GET: APIRoute = async () => {
  const sources = (await collection('sources')).toSorted((a, b) => a.id.localeCompare(b.id));
  return citationFile('json', sources.map(sourceCitation));
};
