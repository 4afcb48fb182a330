/**
 * POST { collection, id, path?, text? }: what the check says about an entry being edited: the
 * unsaved text Keystatic keeps as a draft (in house style, as it would be saved), or else the
 * saved file. The same rules and words as `npm run check`.
 */
import type { APIRoute } from 'astro';
import { checkFiles, collectionNamed, entryFile, houseStyleFile, savedText } from '../entry-files.ts';

export const prerender = false;

/** The check panel's question: the problems of one entry. */
export const POST: APIRoute = async ({ request }) => {
  const asked = (await request.json()) as { collection?: string; id?: string; path?: string; text?: string };
  const collection = collectionNamed(asked.collection);
  if (!collection) return Response.json({ error: `unknown collection "${asked.collection}"` }, { status: 400 });
  const saved = asked.id ? entryFile(collection, asked.id) : undefined;
  const file = asked.path && asked.path.startsWith('content/') && !asked.path.includes('..') ? asked.path : saved;
  if (!file) return Response.json({ file: null, unsaved: false, problems: [], draft: false });
  const text = asked.text === undefined ? await savedText(file) : await houseStyleFile(file, asked.text, saved);
  if (text === undefined) return Response.json({ file, unsaved: false, problems: [], draft: false });
  const [result] = await checkFiles(new Map([[file, text]]));
  return Response.json({ ...result, unsaved: asked.text !== undefined });
};
