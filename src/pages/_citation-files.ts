import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { briefingCitation, sourceCitation } from '../components/citation-records.ts';
import type { CslItem } from '../lib/citations/csl.ts';
import { citationFiles, type CitationFileType } from '../lib/citations/files.ts';

/** A citation file as a static endpoint's response: the records written in one format, as UTF-8. */
export function citationFile(type: CitationFileType, records: CslItem[]): Response {
  const { mediaType, write } = citationFiles[type];
  return new Response(write(records), { headers: { 'Content-Type': `${mediaType}; charset=utf-8` } });
}

/** The endpoint of one briefing's citation file, next to its page (`/briefings/<id>/cite.bib`). */
export function briefingCitationFile(type: CitationFileType): APIRoute<{ entry: CollectionEntry<'briefings'> }> {
  return async ({ props, site }) => citationFile(type, [await briefingCitation(props.entry, site)]);
}

/** The endpoint of one source's citation file, next to its page (`/sources/<id>/cite.ris`). */
export function sourceCitationFile(type: CitationFileType): APIRoute<{ entry: CollectionEntry<'sources'> }> {
  return ({ props }) => citationFile(type, [sourceCitation(props.entry)]);
}
