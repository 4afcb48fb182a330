import { z } from 'astro/zod';
import { text, webAddress } from './fields.ts';

/** Kinds of organisation that write, publish or appear in the archive. */
export const organisationKinds = [
  'ngo', 'media', 'government', 'parliament', 'intergovernmental', 'trade-union', 'political-movement',
  'religious-community', 'company', 'court', 'network',
] as const;

/** An organisation: an author of briefings, a publisher of sources, or an actor in a case. */
export const organisationSchema = z.object({
  name: text.describe('Full name in English, e.g. "Kazakhstan International Bureau for Human Rights and Rule of Law".'),
  abbreviation: text.optional().describe('Short name readers know, e.g. "KIBHR".'),
  nameOriginal: text.optional().describe('Name in the original language (Russian or Kazakh), when it has one.'),
  kind: z.enum(organisationKinds).describe(`What sort of organisation it is: ${organisationKinds.join(', ')}.`),
  country: text.optional().describe('Country where it is based, e.g. "Kazakhstan" or "Belgium".'),
  city: text.optional().describe('City where it is based, e.g. "Almaty".'),
  url: webAddress.optional().describe('Its website, starting with https://.'),
  description: text.describe('One or two sentences saying who they are, for readers who have never heard of them.'),
}).strict();

/** An organisation as the schema outputs it. */
export type Organisation = z.output<typeof organisationSchema>;
