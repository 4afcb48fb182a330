import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { buildSession } from '../build-session.ts';
import { entryPaths } from '../entry-paths.ts';
import { briefingCitation, sourceCitation } from './records.ts';
import { citationTexts } from './texts.ts';
import type { CslItem } from '../../lib/citations/csl.ts';
import { citationFiles, type CitationFileType } from '../../lib/citations/files.ts';

/** A citation file as a static endpoint's response: the records written in one format, as UTF-8. */
export function citationFile(type: CitationFileType, records: CslItem[]): Response {
  return citationResponse(type, citationFiles[type].write(records));
}

function citationResponse(type: CitationFileType, text: string): Response {
  return new Response(text, { headers: { 'Content-Type': `${citationFiles[type].mediaType}; charset=utf-8` } });
}

/**
 * The entries whose citation files are routes: every entry on the dev server, none in a build,
 * where each entry's page writes its files next to it (CiteThis.astro), sparing Astro a route per
 * file (45,000 of them for 10,000 briefings and their 5,000 sources).
 */
export async function citationFilePaths(name: 'briefings' | 'sources') {
  return buildSession().pageFiles ? [] : entryPaths(name);
}

/** The endpoint of one briefing's citation file, next to its page (`/briefings/<id>/cite.bib`). */
export function briefingCitationFile(type: CitationFileType): APIRoute<{ entry: CollectionEntry<'briefings'> }> {
  return async ({ props, site }) => citationResponse(type, (await citationTexts(props.entry, await briefingCitation(props.entry, site))).files[type]);
}

/** The endpoint of one source's citation file, next to its page (`/sources/<id>/cite.ris`). */
export function sourceCitationFile(type: CitationFileType): APIRoute<{ entry: CollectionEntry<'sources'> }> {
  return async ({ props }) => citationResponse(type, (await citationTexts(props.entry, sourceCitation(props.entry))).files[type]);
}
