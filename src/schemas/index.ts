import type { z } from 'astro/zod';
import { briefingSchema } from './briefings.ts';
import { caseSchema } from './cases.ts';
import { dialogueSchema } from './dialogues.ts';
import type { ReferenceFactory } from './fields.ts';
import { lawSchema } from './laws.ts';
import { organisationSchema } from './organisations.ts';
import { sourceSchema } from './sources.ts';
import { topicSchema } from './topics.ts';
import { translationSchema } from './translations.ts';
import type { CollectionName } from '../lib/collections.ts';

export { siteSettingsFile, siteSettingsSchema, type SiteSettings } from './site.ts';

/** Every collection's schema, built with the given `reference()` so Astro and `check` share them. */
export function collectionSchemas(reference: ReferenceFactory) {
  return {
    briefings: briefingSchema(reference),
    cases: caseSchema(reference),
    dialogues: dialogueSchema(reference),
    sources: sourceSchema,
    laws: lawSchema,
    organisations: organisationSchema,
    topics: topicSchema,
    translations: translationSchema(reference),
  } satisfies Record<CollectionName, z.ZodType>;
}
