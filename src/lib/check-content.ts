import path from 'node:path';
import { collectionSchemas } from '../schemas/index.ts';
import { plainReference } from '../schemas/fields.ts';
import { readContent } from './content-files.ts';
import { checkIntegrity } from './integrity/index.ts';
import type { Problem } from './problems.ts';
import { validateSchemas } from './validate-schemas.ts';

/** What a content check found. */
export interface CheckResult {
  problems: Problem[];
  fileCount: number;
}

/**
 * Checks every file of `content/` against its schema and the integrity rules. The `check` command
 * and the site build both call this, so they report the same problems in the same words.
 * `pending` files (path from the project root → text) are checked as if they were already written.
 */
export async function checkContent(projectRoot: string, pending: ReadonlyMap<string, string> = new Map()): Promise<CheckResult> {
  const { files, problems, fileCount } = await readContent(path.join(projectRoot, 'content'), projectRoot, pending);
  const schemas = collectionSchemas(plainReference);
  const { entries, problems: schemaProblems } = validateSchemas(files, schemas);
  return { problems: [...problems, ...schemaProblems, ...checkIntegrity(files, entries, schemas)], fileCount };
}
