/**
 * `npm run sources:unarchived`: lists the source records that have a web address but no archived
 * copy, with where each is cited, so staff can save copies before the originals disappear.
 * `--json` prints the list as JSON; `--root <folder>` reads the content/ of another project.
 * Exits 0: a missing copy is work to do, not an error (`npm run check` judges the content).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArchiveEntries } from '../src/site/archive-entries.ts';
import { archiveCoverage, formatArchiveCoverage } from '../src/site/unarchived-sources.ts';

const rootFlag = process.argv.indexOf('--root');
const projectRoot = rootFlag > 0 && process.argv[rootFlag + 1]
  ? path.resolve(process.argv[rootFlag + 1] ?? '.')
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const entries = await readArchiveEntries(projectRoot);
const coverage = archiveCoverage(entries);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(coverage, null, 2));
} else {
  console.log(formatArchiveCoverage(coverage));
}
if (entries.skipped.length > 0) {
  console.error(`\nLeft out ${entries.skipped.length} file(s) that do not pass \`npm run check\`: ${entries.skipped.join(', ')}. Fix them for a complete list.`);
}
