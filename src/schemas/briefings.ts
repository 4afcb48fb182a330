import { z } from 'astro/zod';
import { en } from '../lib/i18n/strings-en.ts';
import { draft, pastDate, siteLanguage, text, webAddress, type ReferenceFactory } from './fields.ts';

/** The kinds of document the archive publishes. */
export const briefingKinds = [
  'briefing-paper', 'monitoring-update', 'statement', 'news-report', 'country-report', 'interview',
  'open-letter', 'report',
] as const;

/** Readable names of the briefing kinds, in English (other languages: `kind.*` in src/lib/i18n/). */
export const briefingKindLabels = Object.fromEntries(briefingKinds.map((kind) => [kind, en[`kind.${kind}`]])) as Record<(typeof briefingKinds)[number], string>;

/** The frontmatter of a briefing: one paper, statement or report per `.mdx` file in content/briefings/. */
export const briefingSchema = (reference: ReferenceFactory) =>
  z.object({
    draft,
    title: text.describe('Title as published.'),
    subtitle: text.optional().describe('Subtitle, if the paper has one.'),
    kind: z.enum(briefingKinds).describe(`What sort of document it is: ${briefingKinds.join(', ')}.`),
    published: pastDate.describe('Publication date: YYYY-MM-DD, or YYYY-MM when only the month is known. Not in the future: keep a paper that is not out yet a draft.'),
    organisations: z.array(reference('organisations')).min(1, 'name at least one organisation (a file name in content/organisations/)')
      .describe('Organisations that wrote or published it (file names in content/organisations/, e.g. kibhr).'),
    authors: z.array(text).default([]).describe('People named as its authors, if any (organisations go in `organisations`).'),
    reportNumber: text.optional().describe('The number its organisation gave the document, if it has one (e.g. "EUR 57/3375/2020"); it appears in citations of the document.'),
    dialogue: reference('dialogues').optional().describe('The dialogue round it was written for (a file name in content/dialogues/).'),
    topics: z.array(reference('topics')).default([]).describe('Topics it covers (file names in content/topics/).'),
    cases: z.array(reference('cases')).default([]).describe('Case profiles it discusses (file names in content/cases/). Every <Case> mention in the text must be listed here.'),
    summary: text.describe('Two to four sentences: what the paper says and asks for. Shown in lists and search results.'),
    language: siteLanguage.default('en').describe('Language of the text: en, ru or kk (a language the site has pages in).'),
    original: z.object({
      publisher: text.describe('Who first published it, e.g. "International Partnership for Human Rights".'),
      url: webAddress.optional().describe('Where it was first published, when the address is known.'),
      title: text.optional().describe('Title of the original publication, when it differs.'),
      retrieved: pastDate.optional().describe('When the copy in this archive was taken (YYYY-MM-DD).'),
      note: text.optional().describe('How the copy was made and what was left out, e.g. "Embedded tweets removed".'),
    }).strict().describe('The original publication this archive copy comes from.'),
    corrections: z.array(z.object({
      date: pastDate.describe('Date of the correction (YYYY-MM-DD).'),
      note: text.describe('What was corrected and why.'),
    }).strict()).default([]).describe('Corrections made after publication, oldest first.'),
  }).strict();

/** A briefing's frontmatter as the schema outputs it. */
export type Briefing = z.output<ReturnType<typeof briefingSchema>>;
