import { z } from 'astro/zod';
import { text, webAddress } from './fields.ts';

/** The codes whose articles the archive cites. */
export const legalCodes = ['criminal-code', 'administrative-code', 'criminal-code-1997', 'administrative-code-2001'] as const;

/** An article of a Kazakh code under which people are charged. File name: `cc-405.yaml`, `ac-73.yaml`. */
export const lawSchema = z.object({
  code: z.enum(legalCodes).describe('Which code: criminal-code (2014), administrative-code (2014), or the earlier criminal-code-1997 / administrative-code-2001.'),
  article: z.string().regex(/^\d+(-\d+)?$/, 'write the article number only, e.g. 405 or 73-3').describe('Article number as the code prints it, e.g. "405" or "73-3".'),
  title: text.describe('English title of the article, e.g. "Organisation of or participation in the activity of a banned extremist organisation".'),
  shortTitle: text.optional().describe('A few words readers know the article by, e.g. "Inciting social discord"; shown beside the article number in lists, filters and charts. Leave out to show the full title there.'),
  titleOriginal: text.optional().describe('Title in Russian as the code prints it.'),
  description: text.describe('What the article punishes and how it has been used against activists, in plain language.'),
  maxPenalty: text.optional().describe('The heaviest penalty the article allows, e.g. "up to 6 years imprisonment".'),
  url: webAddress.optional().describe('Where the text of the article can be read.'),
}).strict();

/** A law article as the schema outputs it. */
export type Law = z.output<typeof lawSchema>;
