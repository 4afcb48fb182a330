/**
 * `npm run check`: validates every file of content/ without building the site and prints every
 * problem at once. Exits 1 when there is any. `--watch` checks again whenever a file changes;
 * `--root <folder>` checks the content/ folder of another project.
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../src/lib/check-content.ts';
import { formatReport } from '../src/lib/problems.ts';

const rootFlag = process.argv.indexOf('--root');
const projectRoot = rootFlag > 0 && process.argv[rootFlag + 1]
  ? path.resolve(process.argv[rootFlag + 1] ?? '.')
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function runOnce(): Promise<number> {
  const { problems, fileCount } = await checkContent(projectRoot);
  const report = formatReport(problems, fileCount);
  (problems.length ? console.error : console.log)(report);
  return problems.length ? 1 : 0;
}

if (process.argv.includes('--watch')) {
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
