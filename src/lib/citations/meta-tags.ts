/**
 * The citation tags in a page's head, written for the reader Zotero really uses on the archive's
 * pages and for Google Scholar. Zotero's connector saves a page with the generic translator of the
 * lowest priority number that recognises it; the pages carry no unAPI link (300) and no COinS span
 * (310), so Embedded Metadata (320) reads them: Highwire `citation_*` tags first, then `DC.*`,
 * `z.*` and Open Graph tags through its RDF reader. docs/citing.md gives the translator's rules
 * these tags follow, with links to its lines.
 */
import type { Source } from '../../schemas/sources.ts';
import { isPartialDate, parsePartialDate, type PartialDate } from '../dates.ts';
import { briefingRecord, type BriefingFacts } from './briefing-record.ts';
import { personName, type CslName } from './csl.ts';
import { sourceCitationTypes, type ZoteroItemType } from './source-record.ts';

/** One `<meta name="..." content="...">` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

const tag = (name: string, content: string): MetaTag => ({ name, content });

/** A date as Highwire tags write it: `2021/11/15`, `2021/11` or `2021`. */
export function highwireDate(value: PartialDate): string {
  const parts = parsePartialDate(value);
  if ('error' in parts) throw new Error(`A citation needs a valid date: ${parts.error}`);
  return value.replaceAll('-', '/');
}

/**
 * A name as `citation_author` gives it, in the "Family, Given" form Google Scholar's inclusion
 * guidelines show. An organisation is a family name with no given name: "International Partnership
 * for Human Rights,". Embedded Metadata splits a name without a comma at its last space (first name
 * "Kazakhstan International Bureau for Human Rights and Rule of", last name "Law"); with a comma
 * it splits at the comma, and the trailing one leaves the whole name as the last name.
 */
export function authorTag(name: CslName): string {
  if ('literal' in name) return `${name.literal},`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  return given ? `${family}, ${given}` : `${family},`;
}

/**
 * The tags of a briefing, or of a translation of one (its facts then in the translation's
 * language, at its own address). Zotero saves it as a report: authors (the people it names, else
 * its organisations, each whole), date, institution (who published it), report type (the kind,
 * through `DC.type`), number, address, language, abstract. `pdfUrl` is the absolute address of its
 * PDF edition, only when one exists: Zotero saves whatever that address returns as the PDF.
 */
export function briefingMetaTags(facts: BriefingFacts, options: { pdfUrl?: string | undefined } = {}): MetaTag[] {
  const record = briefingRecord(facts);
  return [
    tag('citation_title', record.title),
    ...(record.author ?? []).map((name) => tag('citation_author', authorTag(name))),
    // A draft's date may still be a placeholder (only a preview with drafts shows one).
    ...(isPartialDate(facts.published) ? [tag('citation_publication_date', highwireDate(facts.published))] : []),
    tag('citation_technical_report_institution', facts.publisher),
    ...(record.number ? [tag('citation_technical_report_number', record.number)] : []),
    tag('DC.type', facts.kindLabel),
    tag('citation_public_url', facts.url),
    tag('citation_language', facts.language),
    tag('citation_abstract', facts.summary),
    ...(options.pdfUrl ? [tag('citation_pdf_url', options.pdfUrl)] : []),
  ];
}

/**
 * Zotero item types with a field for the genre ("Website Type", "Post Type", "Report Type",
 * "Type"); on any other type the genre would land in the item's Extra field.
 */
const TYPES_WITH_GENRE: ReadonlySet<ZoteroItemType> = new Set(['webpage', 'forumPost', 'report', 'document']);

/** Where each Zotero item type keeps the publisher of a source, as the tag that fills it. */
const PUBLISHER_TAG: Record<ZoteroItemType, string | undefined> = {
  // Publication, website and forum title (Zotero's publicationTitle), read from DC.source; it also
  // keeps Open Graph's site name ("Briefing archive") out of that field.
  newspaperArticle: 'DC.source',
  webpage: 'DC.source',
  forumPost: 'DC.source',
  report: 'citation_technical_report_institution',
  document: 'citation_publisher',
  videoRecording: 'citation_publisher',
  // A statute's or a case's fields name the code or the court, which the record does not know.
  statute: undefined,
  case: undefined,
};

/**
 * The tags of a source page, describing the document the record is about, not the archive's page:
 * its Zotero item type (`z.itemType`), title, author, date, publisher, genre, original address and
 * language, and its original-language title as an "Original Title:" line of Zotero's Extra field
 * (Embedded Metadata puts `DC.description` there when `z.itemType` is given), where citation styles
 * read it as the CSL `original-title`.
 */
export function sourceMetaTags(source: Source): MetaTag[] {
  const { zotero, genre } = sourceCitationTypes[source.kind];
  const publisherTag = PUBLISHER_TAG[zotero];
  return [
    tag('z.itemType', zotero),
    tag('citation_title', source.title),
    ...(source.author ? [tag('citation_author', authorTag(personName(source.author)))] : []),
    ...(source.date && isPartialDate(source.date) ? [tag('citation_publication_date', highwireDate(source.date))] : []),
    ...(publisherTag ? [tag(publisherTag, source.publisher)] : []),
    ...(genre && TYPES_WITH_GENRE.has(zotero) ? [tag('DC.type', genre)] : []),
    ...(source.url ? [tag('citation_public_url', source.url)] : []),
    tag('citation_language', source.language),
    ...(source.titleOriginal ? [tag('DC.description', `Original Title: ${source.titleOriginal}`)] : []),
  ];
}

/**
 * The tags of a case profile: a web page of the archive whose type says what it is. It has no date
 * of its own; see CasePage.astro for why its dates are not `<time>` elements.
 */
export function caseProfileMetaTags(): MetaTag[] {
  return [tag('DC.type', 'Case profile')];
}
