import path from 'node:path';
import { readContent } from '../../src/check/content-files.ts';
import { repoRoot } from './content-fixture.ts';

/** The bundled corpus's raw frontmatter and data by collection and id, for comparing pages with records. */
export async function corpusData(): Promise<Map<string, Map<string, Record<string, unknown>>>> {
  const { files } = await readContent(path.join(repoRoot, 'content'), repoRoot);
  const byCollection = new Map<string, Map<string, Record<string, unknown>>>();
  for (const file of files) {
    const entries = byCollection.get(file.collection) ?? new Map<string, Record<string, unknown>>();
    entries.set(file.id, file.data as Record<string, unknown>);
    byCollection.set(file.collection, entries);
  }
  return byCollection;
}
