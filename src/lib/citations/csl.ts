/**
 * CSL-JSON, the record every citation of the archive is made from: the formatted APA and Chicago
 * text, the BibTeX, RIS and CSL-JSON downloads. Only the variables the archive fills are typed
 * (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 */
import { parse as parseName } from '@citation-js/name';
import { parsePartialDate, type PartialDate } from '../dates.ts';

/** A CSL date: a year, a year and month, or a full day, as the document gives it. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** A CSL name: an organisation as one `literal`, or a person's family and given names. */
export type CslName =
  | { literal: string }
  | { family: string; given?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string; suffix?: string };

/** The CSL item types the archive uses. */
export type CslType = 'report' | 'webpage' | 'post' | 'motion_picture' | 'legislation' | 'document';

/** One bibliographic record in CSL-JSON. */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  'original-title'?: string;
  author?: CslName[];
  /** The publisher; for a report, the institution. */
  publisher?: string;
  /** The site or outlet a web page or post appears in. */
  'container-title'?: string;
  /** What sort of document, in words: "Briefing paper", "News article". */
  genre?: string;
  /** A report's number, when its organisation numbered it. */
  number?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  abstract?: string;
  note?: string;
}

/** The CSL date of a partial date: `2021-11` → `{ 'date-parts': [[2021, 11]] }`. */
export function cslDate(value: PartialDate): CslDate {
  const parts = parsePartialDate(value);
  if ('error' in parts) throw new Error(`A citation needs a valid date: ${parts.error}`);
  const { year, month, day } = parts;
  if (month === undefined) return { 'date-parts': [[year]] };
  if (day === undefined) return { 'date-parts': [[year, month]] };
  return { 'date-parts': [[year, month, day]] };
}

/** A person's name as written ("Georgi Gotev", "Gotev, Georgi") split into CSL parts. */
export function personName(name: string): CslName {
  const { family, given, suffix, ...particles } = parseName(name.trim());
  if (!family) return { literal: name.trim() };
  return {
    family,
    ...(given ? { given } : {}),
    ...(particles['non-dropping-particle'] ? { 'non-dropping-particle': particles['non-dropping-particle'] } : {}),
    ...(particles['dropping-particle'] ? { 'dropping-particle': particles['dropping-particle'] } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

/** An organisation as a CSL name. */
export function organisationName(name: string): CslName {
  return { literal: name };
}

/** A CSL name as one line of text: an organisation's name, or a person's given and family names. */
export function nameText(name: CslName): string {
  if ('literal' in name) return name.literal;
  return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ');
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/**
 * The record as a citation style should print it: without a publisher that only repeats an author
 * or the site the item appears in. APA (7th ed., 9.29) leaves out a publisher that is also the
 * author, and Chicago names a web page's site once; the CSL styles do not check, so a briefing by
 * IPHR and KIBHR published by IPHR would end "[Briefing paper]. International Partnership for Human
 * Rights." and a news page "Radio Azattyq. Radio Azattyq." Files keep the publisher (BibTeX's
 * techreport needs its institution).
 */
export function withoutRepeatedPublisher(record: CslItem): CslItem {
  const { publisher, ...rest } = record;
  if (publisher === undefined) return record;
  const repeats = [...(record.author ?? []).map(nameText), ...(record['container-title'] ? [record['container-title']] : [])];
  return repeats.some((name) => sameName(name, publisher)) ? rest : record;
}
