import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../site/open-data.ts';

/** The JSON Schema of cases.json, generated from the collection's Zod schema. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(openDataJsonSchema('cases'), null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
