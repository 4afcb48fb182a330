import { collection } from '../../site/collections.ts';
import type { APIRoute } from 'astro';
import { casesCsv } from '../../site/open-data.ts';
import { entryUrl } from '../../site/hrefs.ts';

/** The cases as CSV for spreadsheets (UTF-8 with a byte-order mark). */
export const GET: APIRoute = async ({ site }) => {
  const cases = (await collection('cases')).toSorted((a, b) => a.id.localeCompare(b.id));
  return new Response(casesCsv(cases.map((c) => ({ id: c.id, url: entryUrl('cases', c.id, site), data: c.data }))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
