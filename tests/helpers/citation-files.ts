import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from '../../src/lib/citations/csl.ts';
import type { CitationFileType } from '../../src/lib/citations/files.ts';

const inputTypes: Record<CitationFileType, string> = { bib: '@biblatex/text', ris: '@ris/file', json: '@else/json' };

/** The records a citation file holds, read back by Citation.js's own BibTeX, RIS or CSL-JSON parser. */
export function readCitationFile(text: string, type: CitationFileType): Array<Record<string, unknown>> {
  return new Cite(text, { forceType: inputTypes[type] }).data;
}

type Name = { literal?: string; family?: string; given?: string };
type DateValue = { 'date-parts'?: number[][] } | undefined;

/** A name as the tests compare it: an organisation's whole name, or "Family, Given". */
function nameText(name: Name): string {
  return name.literal ?? [name.family, name.given].filter(Boolean).join(', ');
}

/** The fields a citation must carry through every format: title, names, publisher, date, address, language, note. */
export function citationFields(item: Record<string, unknown> | CslItem) {
  const record = item as Record<string, unknown>;
  return {
    title: record.title,
    authors: ((record.author as Name[] | undefined) ?? []).map(nameText),
    publisher: record.publisher,
    issued: (record.issued as DateValue)?.['date-parts']?.[0],
    URL: record.URL,
    language: record.language,
    note: record.note,
  };
}
