import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionNames, collectionPattern, collections as collectionFiles } from './lib/collections.ts';
import { entryIdFromPath } from './lib/entry-ids.ts';
import { collectionSchemas } from './schemas/index.ts';

const schemas = collectionSchemas(reference);

function collection<N extends keyof typeof schemas>(name: N) {
  return defineCollection({
    loader: glob({
      base: `./content/${collectionFiles[name].directory}`,
      pattern: collectionPattern(name),
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: schemas[name],
  });
}

/** Astro collections: one per folder of content/, validated by the schemas in src/schemas/. */
export const collections = {
  briefings: collection('briefings'),
  cases: collection('cases'),
  dialogues: collection('dialogues'),
  sources: collection('sources'),
  laws: collection('laws'),
  organisations: collection('organisations'),
  topics: collection('topics'),
} satisfies Record<(typeof collectionNames)[number], unknown>;
