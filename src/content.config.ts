import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxHtmlLoader } from './loaders/mdx-html.ts';
import { collectionPattern, collections as collectionFolders, type CollectionName } from './lib/collections.ts';
import { entryIdFromPath } from './lib/entry-ids.ts';
import type { ReferenceFactory } from './schemas/fields.ts';
import { collectionSchemas } from './schemas/index.ts';

// Astro's reference() also accepts `{ collection, slug }` objects, which the archive never writes;
// at runtime it turns a string id into the `{ collection, id }` that ReferenceFactory describes.
const schemas = collectionSchemas(reference as unknown as ReferenceFactory);

/**
 * Reads a collection's folder of content/, naming entries the way the check command does. Texts
 * (`.mdx`) are rendered to HTML as they are loaded; data files (YAML) go through Astro's glob().
 */
function loaderFor(name: CollectionName) {
  const base = `./content/${collectionFolders[name].directory}`;
  const pattern = collectionPattern(name);
  if (collectionFolders[name].format === 'mdx') return mdxHtmlLoader({ base, pattern, generateId: entryIdFromPath });
  return glob({ base, pattern, generateId: ({ entry }) => entryIdFromPath(entry) });
}

/** Astro collections: one per folder of content/, validated by the schemas in src/schemas/. */
export const collections = {
  briefings: defineCollection({ loader: loaderFor('briefings'), schema: schemas.briefings }),
  cases: defineCollection({ loader: loaderFor('cases'), schema: schemas.cases }),
  dialogues: defineCollection({ loader: loaderFor('dialogues'), schema: schemas.dialogues }),
  sources: defineCollection({ loader: loaderFor('sources'), schema: schemas.sources }),
  laws: defineCollection({ loader: loaderFor('laws'), schema: schemas.laws }),
  organisations: defineCollection({ loader: loaderFor('organisations'), schema: schemas.organisations }),
  topics: defineCollection({ loader: loaderFor('topics'), schema: schemas.topics }),
  translations: defineCollection({ loader: loaderFor('translations'), schema: schemas.translations }),
};
