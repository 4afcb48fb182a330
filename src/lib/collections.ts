/** The collections of `content/`: where their files live and what kind of file each entry is. */
export const collections = {
  briefings: { directory: 'briefings', format: 'mdx', noun: 'briefing' },
  cases: { directory: 'cases', format: 'mdx', noun: 'case' },
  dialogues: { directory: 'dialogues', format: 'yaml', noun: 'dialogue round' },
  sources: { directory: 'sources', format: 'yaml', noun: 'source' },
  laws: { directory: 'laws', format: 'yaml', noun: 'law article' },
  organisations: { directory: 'organisations', format: 'yaml', noun: 'organisation' },
  topics: { directory: 'topics', format: 'yaml', noun: 'topic' },
  translations: { directory: 'translations', format: 'mdx', noun: 'translation' },
} as const;

/** The name of a collection. */
export type CollectionName = keyof typeof collections;

/** Every collection name, in the order pages and reports list them. */
export const collectionNames = Object.keys(collections) as CollectionName[];

/** The file extensions each format accepts. */
export const formatExtensions = { mdx: ['.mdx'], yaml: ['.yaml', '.yml'] } as const;

/** The glob pattern Astro's loader uses for a collection. */
export function collectionPattern(name: CollectionName): string {
  return collections[name].format === 'mdx' ? '**/*.mdx' : '**/*.{yaml,yml}';
}
