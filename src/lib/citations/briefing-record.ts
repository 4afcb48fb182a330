import type { Briefing } from '../../schemas/briefings.ts';
import { en } from '../i18n/strings-en.ts';
import { isPartialDate, type PartialDate } from '../dates.ts';
import { cslDate, organisationName, personName, type CslItem } from './csl.ts';

/** What a briefing's citation is made of, gathered from its frontmatter and the entries it names. */
export interface BriefingFacts {
  /** The briefing's id (its file name), also the BibTeX key. */
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** The kind in words, e.g. "Briefing paper". */
  kindLabel: string;
  published: PartialDate;
  /** Names of the organisations that wrote it. */
  organisations: string[];
  /** People named as its authors, as written. */
  authors: string[];
  /** Who first published it (`original.publisher`). */
  publisher: string;
  summary: string;
  language: string;
  /** The absolute address of the briefing's page in the archive. */
  url: string;
  reportNumber?: string | undefined;
}

/** The facts of a briefing from its frontmatter, the names of its organisations and its page's address. */
export function briefingFactsOf(id: string, data: Briefing, organisationNames: string[], url: string): BriefingFacts {
  return {
    id,
    title: data.title,
    subtitle: data.subtitle,
    kindLabel: en[`kind.${data.kind}`],
    published: data.published,
    organisations: organisationNames,
    authors: data.authors,
    publisher: data.original.publisher,
    summary: data.summary,
    language: data.language,
    url,
    reportNumber: data.reportNumber,
  };
}

/** The full title: title and subtitle joined as citation styles expect ("Title: Subtitle"). */
export function fullTitle(title: string, subtitle?: string): string {
  if (!subtitle) return title;
  return /[.?!:]$/.test(title) ? `${title} ${subtitle}` : `${title}: ${subtitle}`;
}

/**
 * The CSL-JSON record of a briefing, a `report`. The people in `authors` are its authors when the
 * paper names any (APA and Chicago then give the organisation as publisher); otherwise the
 * organisations that wrote it are the authors.
 */
export function briefingRecord(facts: BriefingFacts): CslItem {
  return {
    id: facts.id,
    type: 'report',
    title: fullTitle(facts.title, facts.subtitle),
    author: facts.authors.length > 0 ? facts.authors.map(personName) : facts.organisations.map(organisationName),
    publisher: facts.publisher,
    genre: facts.kindLabel,
    ...(facts.reportNumber ? { number: facts.reportNumber } : {}),
    // A draft's date may still be a placeholder (only a preview with drafts shows one).
    ...(isPartialDate(facts.published) ? { issued: cslDate(facts.published) } : {}),
    URL: facts.url,
    language: facts.language,
    abstract: facts.summary,
  };
}
