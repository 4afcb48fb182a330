/**
 * `npm run budgets`: weighs one built page of each kind (HTML, CSS and JS, gzipped) against its
 * budget and prints a Markdown table. Exits 1 when a page is over budget. Build first.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageBudgets } from './support/page-budgets.ts';
import { weighPage, weightTable } from './support/page-weight.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const rows = [];
const over: string[] = [];
for (const budget of pageBudgets) {
  const weight = await weighPage(siteDir, budget.page).catch((error: unknown) => {
    throw new Error(`Cannot weigh ${budget.page} in ${siteDir}: run \`npm run build\` first`, { cause: error });
  });
  rows.push({ kind: budget.kind, page: budget.page, weight, budget: budget.total });
  if (weight.total > budget.total) over.push(`${budget.kind}: ${weight.total} bytes, budget ${budget.total}`);
  if (weight.js > budget.js) over.push(`${budget.kind}: ${weight.js} bytes of JavaScript, budget ${budget.js}`);
}
console.log(weightTable(rows));
if (over.length > 0) {
  console.error(`\nOver budget:\n${over.join('\n')}`);
  process.exitCode = 1;
}
