import type { Source, sourceKinds } from '../../schemas/sources.ts';
import { cslDate, personName, type CslItem, type CslType } from './csl.ts';
import { isPartialDate } from '../dates.ts';

/**
 * The CSL type each kind of source is cited as, and the genre named in the citation. Online news
 * and posts are web pages: RIS's newspaper type keeps only the year of the date and no author in
 * Citation.js's mapping, which would lose what the record knows.
 */
export const sourceCitationTypes: Record<(typeof sourceKinds)[number], { type: CslType; genre?: string }> = {
  news: { type: 'webpage', genre: 'News article' },
  'social-media': { type: 'post', genre: 'Social media post' },
  video: { type: 'motion_picture', genre: 'Video' },
  petition: { type: 'webpage', genre: 'Petition' },
  legislation: { type: 'legislation' },
  court: { type: 'document', genre: 'Court decision' },
  academic: { type: 'document', genre: 'Academic work' },
  ngo: { type: 'report' },
  government: { type: 'report' },
  un: { type: 'report' },
  eu: { type: 'report' },
  parliament: { type: 'report' },
  intergovernmental: { type: 'report' },
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
