import { z } from 'astro/zod';
import { draft, pastDate, text, type ReferenceFactory } from './fields.ts';

/** Roles that explain why a person came under pressure. */
export const caseRoles = [
  'journalist', 'editor', 'blogger', 'civil-society-activist', 'human-rights-defender', 'trade-union-leader',
  'lawyer', 'poet', 'religious-believer', 'opposition-politician', 'opposition-supporter', 'social-media-user',
  'protester', 'ngo', 'trade-union', 'religious-community', 'media-outlet',
] as const;

/** The situations a person can be in, in the order a prosecution usually runs. */
export const caseStatuses = [
  'under-investigation', 'pre-trial-detention', 'house-arrest', 'travel-ban', 'on-trial', 'imprisoned',
  'restricted-freedom', 'probation', 'fined', 'administrative-detention', 'forced-psychiatric-treatment',
  'suspended', 'sued', 'released', 'in-exile', 'deceased', 'charges-dropped', 'acquitted',
] as const;

/** How a charge ended, as far as the sources say. */
export const chargeOutcomes = ['pending', 'convicted', 'acquitted', 'dropped', 'requalified', 'settled', 'amnestied'] as const;

/** The frontmatter of a case profile: one person, group or organisation per `.mdx` file in content/cases/. */
export const caseSchema = (reference: ReferenceFactory) => {
  const cites = {
    sources: z.array(reference('sources')).default([]).describe('Source records that document this (file names in content/sources/).'),
    briefings: z.array(reference('briefings')).default([]).describe('Briefings in the archive that document this (file names in content/briefings/).'),
  };
  return z.object({
    draft,
    name: text.describe('Name in the Latin spelling the briefings use most, e.g. "Max Bokayev".'),
    aliases: z.array(text).default([]).describe('Other spellings readers may search for: transliterations (Bokaev), Cyrillic (Макс Бокаев), short names.'),
    kind: z.enum(['person', 'group']).describe('person for one individual; group for several people tried together, a union or an NGO.'),
    members: z.array(text).default([]).describe('For a group: the people in it, one name per line.'),
    roles: z.array(z.enum(caseRoles)).min(1, 'name at least one role').describe(`Why they came under pressure: ${caseRoles.join(', ')}.`),
    region: text.optional().describe('Region (oblast) or city of significance, e.g. "Atyrau region".'),
    city: text.optional().describe('Home city, e.g. "Atyrau".'),
    summary: text.describe('One or two sentences: who they are and what happened to them.'),
    status: z.array(z.object({
      status: z.enum(caseStatuses).describe(`One of: ${caseStatuses.join(', ')}.`),
      since: pastDate.describe('When this status began (YYYY-MM-DD, YYYY-MM or YYYY).'),
      note: text.optional().describe('Detail, e.g. "five years in a prison colony in Petropavlovsk".'),
    }).strict()).min(1, 'give at least the current status').describe('Status history, oldest first; the last one is the current status.'),
    charges: z.array(z.object({
      law: reference('laws').describe('The article (a file name in content/laws/, e.g. cc-405).'),
      date: pastDate.optional().describe('When the charge was brought or decided.'),
      outcome: z.enum(chargeOutcomes).describe(`How it ended: ${chargeOutcomes.join(', ')}.`),
      sentence: text.optional().describe('The sentence, in plain words, e.g. "5 years imprisonment".'),
      note: text.optional().describe('Anything a reader should know about this charge.'),
    }).strict()).default([]).describe('Charges under articles of the criminal or administrative code.'),
    politicalPrisoner: z.array(z.object({
      by: z.array(reference('organisations')).min(1).describe('Who recognised them (file names in content/organisations/).'),
      date: pastDate.optional().describe('When, if known.'),
      ...cites,
    }).strict()).default([]).describe('Recognition as a political prisoner, and by whom.'),
    timeline: z.array(z.object({
      date: pastDate.describe('When it happened (YYYY-MM-DD, YYYY-MM or YYYY).'),
      event: text.describe('What happened, in one sentence.'),
      about: reference('cases').optional().describe('When the event is about another case (e.g. the group trial a member\'s profile mentions): that case\'s file name. The event stays on this timeline, linked to that case, but is not shown as this case\'s latest news.'),
      ...cites,
    }).strict()).min(1, 'add at least one dated event').describe('Dated events, oldest first; each cites at least one source or briefing.'),
  }).strict();
};

/** A case's frontmatter as the schema outputs it. */
export type Case = z.output<ReturnType<typeof caseSchema>>;
