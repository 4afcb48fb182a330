/**
 * `npm run import -- <draft.docx | draft.txt | draft.md> --org <id> [options]`: turns a draft into
 * a draft briefing (`draft: true`) in content/briefings/ plus a draft source record for every new
 * address its notes cite.
 * Writes all files or none, never replaces a file, and ends with a summary of what to fix.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { today } from '../src/lib/dates.ts';
import { importDraft } from '../src/import/index.ts';
import { formatImportReport } from '../src/import/report.ts';
import { Refusal } from '../src/lib/refusal.ts';

const usage = `Usage: npm run import -- <draft.docx | draft.txt | draft.md> --org <organisation id> [options]

  --org <id>        organisation that wrote it (a file name in content/organisations/); repeat for several
  --kind <kind>     briefing-paper (the default), monitoring-update, statement, news-report, ...
  --date <date>     publication date as the paper gives it, YYYY-MM-DD or YYYY-MM
                    (without it, the draft's date is left to fill in: it is never guessed)
  --id <id>         file name of the new briefing (default: made from the title)
  --title <title>   title, when the draft's first line is not the title
  --dialogue <id>   the dialogue round it was written for (a file name in content/dialogues/)
  --link-cases      link the first mention of each known case per section with <Case id="...">
  --dry-run         show the summary without writing anything
  --root <folder>   the project to import into (default: this one)`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        org: { type: 'string', multiple: true, default: [] },
        kind: { type: 'string' }, date: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' },
        dialogue: { type: 'string' }, 'link-cases': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false }, root: { type: 'string' }, help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`Give exactly one draft to import${positionals.length ? ` (got ${positionals.length})` : ''}.\n\n${usage}`);
    return 1;
  }
  const file = path.resolve(positionals[0] ?? '');
  const root = values.root ? path.resolve(values.root) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const result = await importDraft(file, {
      root, organisations: values.org, kind: values.kind, date: values.date, id: values.id, title: values.title,
      dialogue: values.dialogue, linkCases: values['link-cases'], dryRun: values['dry-run'], today: today(),
    });
    console.log(formatImportReport(result.report, path.basename(file), result.written));
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(error.message);
    } else {
      console.error(`The import failed and nothing was written to content/: ${error instanceof Error ? error.message : String(error)}`);
      console.error('This is a fault of the importer, not of your draft: please report it with the draft attached.');
      if (error instanceof Error && error.stack) console.error(error.stack);
    }
    return 1;
  }
}

process.exitCode = await main();
