import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { collectionSchemas } from '../schemas/index.ts';
import { plainReference } from '../schemas/fields.ts';
import type { Source } from '../schemas/sources.ts';
import { readContent } from '../check/content-files.ts';
import type { EntryLike } from './relations/entries.ts';
import { validateSchemas } from '../check/validate-schemas.ts';

/** The valid entries of a project's content/ that cite or are cited, as the relations in src/site/relations/ take them. */
export interface ArchiveEntries {
  /** Briefings with their whole MDX text, where the footnotes are. */
  briefings: Array<EntryLike & { body: string }>;
  cases: EntryLike[];
  dialogues: EntryLike[];
  /** Sources with their file's path from the project root. */
  sources: Array<EntryLike<Source> & { file: string }>;
  /** Files left out because they do not parse or do not match their schema (`npm run check` names them). */
  skipped: string[];
}

/** Reads and validates content/ outside Astro, for commands that work on the relations between entries. */
export async function readArchiveEntries(projectRoot: string): Promise<ArchiveEntries> {
  const { files } = await readContent(path.join(projectRoot, 'content'), projectRoot);
  const { entries } = validateSchemas(files, collectionSchemas(plainReference));
  const valid = new Set(entries.map((entry) => entry.file));
  const of = (collection: string) => entries.filter((entry) => entry.file.collection === collection).map((entry) => ({ id: entry.file.id, data: entry.data, file: entry.file.path }));
  const briefings = await Promise.all(
    entries
      .filter((entry) => entry.file.collection === 'briefings')
      .map(async (entry) => ({ id: entry.file.id, data: entry.data, body: await readFile(path.join(projectRoot, entry.file.path), 'utf8') })),
  );
  return {
    briefings,
    cases: of('cases'),
    dialogues: of('dialogues'),
    sources: of('sources') as Array<EntryLike<Source> & { file: string }>,
    skipped: files.filter((file) => !valid.has(file)).map((file) => file.path),
  };
}
