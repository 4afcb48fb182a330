import type { Source, sourceKinds } from '../../schemas/sources.ts';
import { cslDate, personName, type CslItem, type CslType } from './csl.ts';
import { isPartialDate } from '../dates.ts';

/** The Zotero item types source pages are saved as (https://www.zotero.org/support/kb/item_types_and_fields). */
export type ZoteroItemType = 'newspaperArticle' | 'forumPost' | 'videoRecording' | 'webpage' | 'statute' | 'case' | 'document' | 'report';

/**
 * How each kind of source is cited: its CSL type, the genre named in the citation, and the Zotero
 * item type its page is saved as. Online news and posts are web pages in CSL: RIS's newspaper type
 * keeps only the year of the date and no author in Citation.js's mapping, which would lose what
 * the record knows; Zotero has a newspaper article type that keeps both.
 */
export const sourceCitationTypes: Record<(typeof sourceKinds)[number], { type: CslType; genre?: string; zotero: ZoteroItemType }> = {
  news: { type: 'webpage', genre: 'News article', zotero: 'newspaperArticle' },
  'social-media': { type: 'post', genre: 'Social media post', zotero: 'forumPost' },
  video: { type: 'motion_picture', genre: 'Video', zotero: 'videoRecording' },
  petition: { type: 'webpage', genre: 'Petition', zotero: 'webpage' },
  legislation: { type: 'legislation', zotero: 'statute' },
  court: { type: 'document', genre: 'Court decision', zotero: 'case' },
  academic: { type: 'document', genre: 'Academic work', zotero: 'document' },
  ngo: { type: 'report', zotero: 'report' },
  government: { type: 'report', zotero: 'report' },
  un: { type: 'report', zotero: 'report' },
  eu: { type: 'report', zotero: 'report' },
  parliament: { type: 'report', zotero: 'report' },
  intergovernmental: { type: 'report', zotero: 'report' },
};

/** Types whose publisher is also the site or outlet they appear in. */
const PUBLISHED_IN: ReadonlySet<CslType> = new Set(['webpage', 'post', 'motion_picture']);

/** The text of a record's `note` that carries its archived copy (CSL has no variable for one). */
export function archivedCopyNote(archived: string): string {
  return `Archived copy: ${archived}`;
}

/**
 * The CSL-JSON record of a source: its English title with the original-language one, publisher,
 * author and dates when known, its own address, and its archived copy in `note`.
 */
export function sourceRecord(id: string, source: Source): CslItem {
  const { type, genre } = sourceCitationTypes[source.kind];
  return {
    id,
    type,
    title: source.title,
    ...(source.titleOriginal ? { 'original-title': source.titleOriginal } : {}),
    ...(source.author ? { author: [personName(source.author)] } : {}),
    publisher: source.publisher,
    ...(PUBLISHED_IN.has(type) ? { 'container-title': source.publisher } : {}),
    ...(genre ? { genre } : {}),
    ...(source.date && isPartialDate(source.date) ? { issued: cslDate(source.date) } : {}),
    ...(source.accessed && isPartialDate(source.accessed) ? { accessed: cslDate(source.accessed) } : {}),
    ...(source.url ? { URL: source.url } : {}),
    language: source.language,
    ...(source.archived ? { note: archivedCopyNote(source.archived) } : {}),
  };
}
