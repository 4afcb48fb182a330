import { z } from 'astro/zod';
import { draft, partialDate, text, type ReferenceFactory } from './fields.ts';

/**
 * One round of the EU–Kazakhstan human rights dialogue. The briefings written for a round are
 * not listed here: each briefing names its round in `dialogue`, and the round page gathers them.
 */
export const dialogueSchema = (reference: ReferenceFactory) =>
  z.object({
    draft,
    title: text.describe('How the round is known, e.g. "EU–Kazakhstan Human Rights Dialogue, Astana, November 2013".'),
    round: z.number().int().positive().optional().describe('Its number in the series, when an official text gives it (the 2014 round was the sixth).'),
    date: partialDate.describe('Date of the meeting: YYYY-MM-DD, or YYYY-MM when only the month is known.'),
    place: text.optional().describe('City where it was held, e.g. "Astana" or "Brussels"; leave out when no document says.'),
    summary: text.describe('Two or three sentences on what the round was about.'),
    delegations: z.array(text).default([]).describe('Who led each side, one line per person, e.g. "EU: Silvio Gonzato, EEAS Director for Human Rights and Democracy".'),
    outcomes: z.array(z.object({
      text: text.describe('What came out of the round, in one or two sentences.'),
      sources: z.array(reference('sources')).default([]).describe('Source records that report it (file names in content/sources/).'),
      briefings: z.array(reference('briefings')).default([]).describe('Briefings in the archive that report it (file names in content/briefings/).'),
    }).strict()).default([]).describe('What came out of the round, each with where it is reported.'),
  }).strict();

/** A dialogue round as the schema outputs it. */
export type Dialogue = z.output<ReturnType<typeof dialogueSchema>>;
