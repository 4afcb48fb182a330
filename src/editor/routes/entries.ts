/** GET /_editor/entries/<collection>: its entries (id, title, a source's address) for the body field's pickers. */
import type { APIRoute } from 'astro';
import { collectionNamed, pickerEntries } from '../entry-files.ts';

export const prerender = false;

/** The entries of one collection, sorted by file name. */
export const GET: APIRoute = async ({ params }) => {
  const collection = collectionNamed(params.collection);
  if (!collection) return Response.json({ error: `unknown collection "${params.collection}"` }, { status: 404 });
  return Response.json(await pickerEntries(collection));
};
