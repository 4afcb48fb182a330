import type { APIRoute } from 'astro';
import { today } from '../../lib/dates.ts';
import { openDataDocument } from '../../site/open-data.ts';
import { dataSetRecords } from '../../site/open-data-records.ts';

/** The sources of the archive as open data (JSON), described by sources.schema.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(openDataDocument('sources', await dataSetRecords('sources', site), today()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
