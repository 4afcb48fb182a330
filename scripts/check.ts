/**
 * `npm run check`: validates every file of content/ without building the site and prints every
 * problem at once, then lists the drafts and what each still needs. Exits 1 when there is any
 * problem (drafts alone are not problems). `--watch` checks again whenever a file changes;
 * `--root <folder>` checks the content/ folder of another project. Parse results of unchanged
 * files are kept in node_modules/.cache/briefings-check/ (`--no-cache` parses every file again);
 * `--threads <n>` sets how many processes parse (default: one per core).
 */
import { watch } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/check-content.ts';
import { formatReport } from '../src/lib/problems.ts';

const options = {
  root: { type: 'string' },
  watch: { type: 'boolean', default: false },
  'no-cache': { type: 'boolean', default: false },
  threads: { type: 'string' },
} as const;
let args: ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];
try {
  ({ values: args } = parseArgs({ options }));
} catch (error) {
  console.error(`${(error as Error).message}. npm run check takes --root <folder>, --watch, --no-cache and --threads <n>.`);
  process.exit(2);
}
const projectRoot = args.root ? path.resolve(args.root) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const threads = args.threads === undefined ? availableParallelism() : Number(args.threads);
if (!Number.isInteger(threads) || threads < 1) {
  console.error(`--threads must be a whole number of threads, 1 or more; got "${args.threads}"`);
  process.exit(2);
}

async function runOnce(): Promise<number> {
  const { problems, drafts, fileCount } = await checkContent(projectRoot, new Map(), { cache: !args['no-cache'], threads });
  const report = formatReport(problems, fileCount, drafts);
  (problems.length ? console.error : console.log)(report);
  return problems.length ? 1 : 0;
}

if (args.watch) {
  await runOnce();
  let timer: NodeJS.Timeout | undefined;
  watch(path.join(projectRoot, 'content'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(`\n--- ${new Date().toLocaleTimeString()} checking again ---`);
      void runOnce();
    }, 200);
  });
  console.log('Watching content/ for changes (Ctrl+C to stop).');
} else {
  process.exitCode = await runOnce();
}
