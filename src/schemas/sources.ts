import { z } from 'astro/zod';
import { draft, languageTag, pastDate, text, webAddress } from './fields.ts';

/** What kind of document a source is. */
export const sourceKinds = [
  'news', 'ngo', 'court', 'legislation', 'government', 'un', 'eu', 'parliament', 'social-media',
  'video', 'academic', 'petition', 'intergovernmental',
] as const;

/** What each kind of source is called in a sentence ("a news report in Russian"). */
export const sourceKindLabels: Record<(typeof sourceKinds)[number], string> = {
  news: 'news report',
  ngo: 'NGO report',
  court: 'court document',
  legislation: 'legislation',
  government: 'government document',
  un: 'UN document',
  eu: 'EU document',
  parliament: 'parliamentary document',
  'social-media': 'social media post',
  video: 'video',
  academic: 'academic paper',
  petition: 'petition',
  intergovernmental: 'intergovernmental document',
};

/**
 * A document that a footnote or a case timeline cites. A footnote cites a source by writing its
 * `url` (or `archived` address) exactly, or by linking `source:<file name>` when it has no address.
 */
export const sourceSchema = z.object({
  draft,
  title: text.describe('Title of the document in English (translate it when the original is not in English).'),
  titleOriginal: text.optional().describe('Title in the original language, exactly as published, when it is not English.'),
  publisher: text.describe('Who published it: a news site, NGO, court, ministry or social-media account, e.g. "Radio Azattyq".'),
  author: text.optional().describe('Person who wrote it, when named.'),
  date: pastDate.optional().describe('Date of publication: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known.'),
  url: webAddress.optional().describe('The address footnotes use, starting with https://. Leave out only for documents with no web address.'),
  archived: webAddress.optional().describe('Address of an archived copy (e.g. in a web archive), for when the original disappears.'),
  language: languageTag.describe('Language of the document: its two-letter code, e.g. en, ru, kk or de (any real language).'),
  kind: z.enum(sourceKinds).describe(`What sort of document it is: ${sourceKinds.join(', ')}.`),
  accessed: pastDate.optional().describe('When the address was last checked and worked (YYYY-MM-DD).'),
  note: text.optional().describe('Anything a reader should know, e.g. "URL corrected from a typo in the original paper".'),
}).strict();

/** A source record as the schema outputs it. */
export type Source = z.output<typeof sourceSchema>;
