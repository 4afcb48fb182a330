import type { APIRoute } from 'astro';
import { today } from '../../lib/dates.ts';
import { openDataDocument } from '../../site/open-data.ts';
import { dataSetRecords } from '../../site/open-data-records.ts';

/** The cases of the archive as open data (JSON), described by cases.schema.json. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(openDataDocument('cases', await dataSetRecords('cases', site), today()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
