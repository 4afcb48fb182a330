/**
 * Highwire Press `citation_*` meta tags, which Zotero's Embedded Metadata translator and Google
 * Scholar read (https://www.zotero.org/support/dev/exposing_metadata). A briefing is saved as a
 * report: `citation_technical_report_institution` makes Zotero choose that item type.
 */
import { isPartialDate, parsePartialDate, type PartialDate } from '../dates.ts';
import { briefingRecord, type BriefingFacts } from './briefing-record.ts';

/** One `<meta name="..." content="...">` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

/** A date as Highwire tags write it: `2021/11/15`, `2021/11` or `2021`. */
export function highwireDate(value: PartialDate): string {
  const parts = parsePartialDate(value);
  if ('error' in parts) throw new Error(`A citation needs a valid date: ${parts.error}`);
  return value.replaceAll('-', '/');
}

/**
 * The Highwire tags of a briefing, from the same record as its other citations. Authors are given
 * only for people the briefing names; each organisation that wrote it is an institution.
 * `pdfUrl` is the absolute address of its PDF edition, only when one exists.
 */
export function highwireTags(facts: BriefingFacts, options: { pdfUrl?: string | undefined } = {}): MetaTag[] {
  const record = briefingRecord(facts);
  const tag = (name: string, content: string): MetaTag => ({ name, content });
  return [
    tag('citation_title', record.title),
    ...facts.authors.map((author) => tag('citation_author', author)),
    ...(isPartialDate(facts.published) ? [tag('citation_publication_date', highwireDate(facts.published))] : []),
    ...facts.organisations.map((name) => tag('citation_technical_report_institution', name)),
    ...(record.number ? [tag('citation_technical_report_number', record.number)] : []),
    tag('citation_public_url', facts.url),
    tag('citation_language', facts.language),
    tag('citation_abstract', facts.summary),
    ...(options.pdfUrl ? [tag('citation_pdf_url', options.pdfUrl)] : []),
  ];
}
