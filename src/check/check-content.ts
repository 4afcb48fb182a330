import path from 'node:path';
import { collectionSchemas } from '../schemas/index.ts';
import { plainReference } from '../schemas/fields.ts';
import { readContentForCheck, type CacheReport, type CheckReadOptions } from './check-files.ts';
import { todayAnywhere, type PartialDate } from '../lib/dates.ts';
import type { DraftStatus } from '../lib/draft-status.ts';
import { checkFutureDates } from './rules/future-dates.ts';
import { checkIntegrity } from './rules/index.ts';
import type { Problem } from '../lib/problems.ts';
import { checkSiteSettings } from './site-settings.ts';
import { contentFolderFiles, readSiteSettingsFile } from './site-settings-file.ts';
import { validateSchemas } from './validate-schemas.ts';

/** What a content check found. */
export interface CheckResult {
  problems: Problem[];
  /** The drafts (`draft: true`), with what each still needs: information, not problems. */
  drafts: DraftStatus[];
  fileCount: number;
  /** How the cache served this check, when it was used. */
  cache?: CacheReport;
}

/** How to run a content check: with the cache, on worker threads (both off by default), and on which day. */
export interface CheckOptions extends CheckReadOptions {
  /** Today's date (`YYYY-MM-DD`), after which no date of something that has happened may lie. Default: `todayAnywhere()`. */
  today?: PartialDate;
}

/**
 * Checks every file of `content/` against its schema and the integrity rules, the site's settings
 * (content/site.yaml) against theirs, and lists the drafts (a placeholder is a problem only in a
 * file that is not a draft). The `check` command
 * and the site build both call this, so they report the same problems in the same words.
 * `pending` files (path from the project root → text) are checked as if they were already written.
 * Only parsing is cached: schemas and the rules across files run over every file on every check.
 */
export async function checkContent(projectRoot: string, pending: ReadonlyMap<string, string> = new Map(), options: CheckOptions = {}): Promise<CheckResult> {
  const { files, problems, fileCount, cache } = await readContentForCheck(path.join(projectRoot, 'content'), projectRoot, pending, options);
  const schemas = collectionSchemas(plainReference);
  const { entries, problems: schemaProblems } = validateSchemas(files, schemas);
  const organisationIds = new Set(files.filter((file) => file.collection === 'organisations').map((file) => file.id));
  const settings = checkSiteSettings(await readSiteSettingsFile(projectRoot, pending), { organisationIds, contentFiles: await contentFolderFiles(projectRoot) });
  const integrity = checkIntegrity(files, entries, schemas);
  // The one rule that reads the clock: it is given the day, so that it stays a pure rule.
  const futureDates = checkFutureDates(files, schemas, options.today ?? todayAnywhere());
  return { problems: [...problems, ...schemaProblems, ...integrity.problems, ...futureDates, ...settings.problems], drafts: integrity.drafts, fileCount, ...(cache ? { cache } : {}) };
}
