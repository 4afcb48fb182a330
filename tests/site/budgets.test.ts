import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageBudgets } from '../../scripts/support/page-budgets.ts';
import { pageAssets, weighPage, weightTable } from '../../scripts/support/page-weight.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

const siteDir = inject('siteDir');

describe('page weight budgets (gzip; sizes are deterministic, so this is a test, not a benchmark)', () => {
  it('keeps every page kind within its budget of HTML, CSS and JavaScript, and writes the report', async () => {
    const rows = [];
    for (const budget of pageBudgets) {
      const weight = await weighPage(siteDir, budget.page);
      rows.push({ kind: budget.kind, page: budget.page, weight, budget: budget.total });
      expect(weight.total, `${budget.kind} total`).toBeLessThanOrEqual(budget.total);
      expect(weight.js, `${budget.kind} JavaScript`).toBeLessThanOrEqual(budget.js);
    }
    await mkdir(path.join(repoRoot, '.test-output'), { recursive: true });
    await writeFile(path.join(repoRoot, '.test-output/budgets.md'), `${weightTable(rows)}\n`);
  });

  it('keeps the 2021 paper under 40 KB with only its deferred modules: notes and contents, and the copy buttons of Cite this', async () => {
    const weight = await weighPage(siteDir, 'briefings/2021-11-key-concerns-and-recommendations/index.html');
    expect(weight.total).toBeLessThan(40 * 1024);
    const html = await readFile(path.join(siteDir, 'briefings/2021-11-key-concerns-and-recommendations/index.html'), 'utf8');
    expect(pageAssets(html).js.map((file) => path.basename(file).replace(/_astro_type_script.*$/, '')).sort()).toEqual(['CiteThis.astro', 'ReadingAids.astro']);
    expect(html).toMatch(/<script type="module" src="[^"]+"><\/script>/);
  });
});
