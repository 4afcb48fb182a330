import type { APIRoute } from 'astro';
import { today } from '../../lib/dates.ts';
import { openDataDocument } from '../../site/open-data.ts';
import { dataSetRecords } from '../../site/open-data-records.ts';

/** The briefings of the archive as open data (JSON), described by briefings.schema.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(openDataDocument('briefings', await dataSetRecords('briefings', site), today()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
