import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { repoRoot } from '../helpers/content-fixture.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { childEnvironment, runAstro } from '../helpers/run.ts';
import { briefingDocx } from '../helpers/docx.ts';
import { writeFile } from 'node:fs/promises';

/** The one request to another host the editor's code holds: Keystatic's Google Fonts link, which the editor's CSP must stop. */
const FONTS = 'fonts.googleapis.com';

let root: string;
let editor: ChildProcess;
let stopped = false;
let address: string;
let browser: Browser;
let page: Page;
const offsite: string[] = [];
const cspBlocked: string[] = [];

/** Starts `npm run edit` (scripts/edit.ts) in a copy of the project, so the repository's content/ is never touched. */
async function startEditor(): Promise<string> {
  root = await mkdtemp(path.join(tmpdir(), 'briefings-editor-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'scripts', 'public']) {
    await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  editor = spawn(process.execPath, [tsx, 'scripts/edit.ts', '--no-open', '--port', String(20000 + Math.floor(Math.random() * 20000))], {
    cwd: root, env: childEnvironment({}), stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the editor did not start:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /The editor is at (http:\/\/127\.0\.0\.1:\d+)\/keystatic/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    editor.stdout?.on('data', read);
    editor.stderr?.on('data', read);
    editor.on('exit', (code) => reject(new Error(`the editor stopped (exit ${code}):\n${output}`)));
  });
}

async function pick(label: string, id: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.fill(id);
  await page.locator(`[role=option][data-key="${id}"]`).click();
}

beforeAll(async () => {
  address = await startEditor();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.route('**', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${address}/`)) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.text().includes(FONTS) && message.text().includes('Content Security Policy')) cspBlocked.push(message.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (editor?.pid && !stopped) process.kill(-editor.pid, 'SIGTERM');
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the browser editor (npm run edit)', () => {
  it('creates a case with a timeline event and a briefing with two footnotes, a <Case> mention and a picked source, all passing the check', async () => {
    await page.goto(`${address}/keystatic/collection/cases/create`);
    await page.getByRole('textbox', { name: 'name', exact: true }).fill('Е2Е Тестов');
    await page.getByRole('textbox', { name: 'Slug', exact: false }).fill('e2e-testov');
    await page.getByRole('checkbox', { name: 'journalist' }).check();
    await page.getByRole('textbox', { name: 'summary', exact: true }).fill('Журналист из Алматы; a case created in the editor.');
    const add = page.getByRole('button', { name: 'Add', exact: true });
    // The case's lists in schema order: aliases, members, status, charges, politicalPrisoner, timeline.
    await add.nth(2).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'since', exact: true }).fill('2024-05');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await add.nth(5).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'date', exact: true }).fill('2024-05-03');
    await dialog.getByRole('textbox', { name: 'event', exact: true }).fill('Detained in Almaty — задержан.');
    await dialog.getByRole('combobox', { name: 'sources', exact: true }).fill('azattyq-31110144');
    await page.locator('[role=option][data-key="azattyq-31110144"]').click();
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/item\/e2e-testov/, { timeout: 30_000 });

    await page.goto(`${address}/keystatic/collection/briefings/create`);
    await page.getByRole('textbox', { name: 'title', exact: true }).first().fill('E2E briefing — брифинг');
    await page.getByRole('textbox', { name: 'Slug', exact: false }).fill('e2e-briefing');
    await page.getByRole('textbox', { name: 'published', exact: true }).fill('2025-11');
    await pick('organisations', 'iphr');
    await pick('cases', 'e2e-testov');
    await page.getByRole('textbox', { name: 'summary', exact: true }).fill('A short summary. Қысқаша мазмұны.');
    await page.getByRole('textbox', { name: 'publisher', exact: true }).fill('International Partnership for Human Rights');
    const body = page.getByRole('textbox', { name: 'Text', exact: true });
    await body.fill('The journalist ');
    await page.getByRole('combobox', { name: 'Case to mention' }).selectOption('e2e-testov');
    await page.getByRole('button', { name: 'Insert case mention' }).click();
    await body.press('End');
    await body.pressSequentially(' was detained.');
    await page.getByRole('combobox', { name: 'Source to cite' }).selectOption('azattyq-31110144');
    await page.getByRole('button', { name: 'Add footnote citing source' }).click();
    await page.getByRole('combobox', { name: 'Source to cite' }).selectOption('rferl-31087863');
    await page.getByRole('button', { name: 'Add footnote citing source' }).click();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/item\/e2e-briefing/, { timeout: 30_000 });

    const briefing = await readFile(path.join(root, 'content/briefings/e2e-briefing.mdx'), 'utf8');
    expect(briefing).toContain('<Case id="e2e-testov">Е2Е Тестов</Case> was detained.[^1][^2]');
    expect(briefing).toMatch(/^\[\^1\]: .*https:\/\/rus\.azattyq\.org/m);
    expect(briefing).not.toContain('draft: false');
    const caseFile = await readFile(path.join(root, 'content/cases/e2e-testov.mdx'), 'utf8');
    expect(caseFile).toContain('date: 2024-05-03');
    const { problems } = await checkContent(root);
    expect(problems.map(formatProblem)).toEqual([]);

    // The dev server shows the new pages as they will be built.
    const html = await (await fetch(`${address}/briefings/e2e-briefing/`)).text();
    expect(html).toContain('href="/cases/e2e-testov/"');
    expect(html).toMatch(/id="[^"]*fn-?1"/);
    expect(await (await fetch(`${address}/cases/e2e-testov/`)).text()).toContain('Detained in Almaty');
  }, 240_000);

  it('shows the check\'s own message for an invalid entry before saving, and refuses to save it', async () => {
    const file = path.join(root, 'content/cases/e2e-testov.mdx');
    const before = await readFile(file, 'utf8');
    await page.goto(`${address}/keystatic/collection/cases/item/e2e-testov`);
    await page.getByRole('textbox', { name: 'summary', exact: true }).fill('');
    const panel = page.locator('#check-panel');
    await expect.poll(() => panel.textContent(), { timeout: 15_000 }).toContain('content/cases/e2e-testov.mdx');
    await expect.poll(() => panel.textContent(), { timeout: 15_000 }).toMatch(/summary: (is missing|must not be empty)/);
    const expected = (await checkContent(root, new Map([['content/cases/e2e-testov.mdx', before.replace(/^summary: .*\n/m, '')]]))).problems
      .filter((p) => p.file === 'content/cases/e2e-testov.mdx').map(formatProblem);
    expect(expected.length).toBeGreaterThan(0);
    for (const line of expected) expect(await panel.textContent()).toContain(line);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/Not saved: the check finds/).first().waitFor({ timeout: 15_000 });
    expect(await page.getByText(expected[0]!).count()).toBeGreaterThan(0);
    expect(await readFile(file, 'utf8')).toBe(before);
  }, 120_000);

  it('imports a Word draft through the import page with the importer\'s summary and warnings, and never replaces a file', async () => {
    const docx = path.join(root, 'Paper from Word.docx');
    await writeFile(docx, await briefingDocx([{ text: 'See ', link: { words: 'the report', url: 'https://example.org/report-2025' } }, { text: 'Second note.' }], { title: 'Imported in the browser' }));
    const importOnce = async () => {
      await page.goto(`${address}/_editor/import/`);
      await page.locator('input[type=file]').setInputFiles(docx);
      await page.getByRole('checkbox', { name: /\(iphr\)/ }).check();
      await page.getByRole('textbox', { name: 'Publication date' }).fill('2025-11');
      await page.getByRole('button', { name: 'Import' }).click();
      // The page answers with a redirect to its result, which a reload shows again.
      await page.waitForURL(/\?result=/, { timeout: 60_000 });
      await page.reload();
    };
    await importOnce();
    const summary = await page.locator('.done pre').textContent();
    expect(summary).toContain('Imported Paper from Word.docx into content/briefings/');
    expect(summary).toContain('Footnotes: 2 in the draft, 2 in the briefing (all kept).');
    const id = /content\/briefings\/(.+)\.mdx/.exec(summary ?? '')?.[1] ?? '';
    const written = await readFile(path.join(root, `content/briefings/${id}.mdx`), 'utf8');
    expect(written).toContain('draft: true');
    // The dev server picks up the new files and reloads its open pages; a form filled in before
    // that reload would lose its file. Wait until the new draft's page is served.
    await expect.poll(async () => (await fetch(`${address}/briefings/${id}/`)).status, { timeout: 60_000, interval: 500 }).toBe(200);
    await page.waitForTimeout(1_000);
    await importOnce();
    expect(await page.locator('.refused').textContent()).toContain('Nothing was imported');
    expect(await readFile(path.join(root, `content/briefings/${id}.mdx`), 'utf8')).toBe(written);
  }, 120_000);

  it('makes no request to another host: the editor\'s CSP stops Keystatic\'s Google Fonts link', () => {
    expect(offsite).toEqual([]);
    expect(cspBlocked.length).toBeGreaterThan(0);
  });

  it('publishes what the editor wrote: the public build shows the new briefing and case, and leaves the imported draft out', async () => {
    await new Promise<void>((resolve) => {
      if (editor.exitCode !== null || !editor.pid) return resolve();
      editor.once('exit', () => resolve());
      process.kill(-editor.pid, 'SIGTERM');
      stopped = true;
    });
    // The build's caches (node_modules/.astro) must be the copy's own, not the repository's: its
    // node_modules becomes a folder of links to the repository's packages.
    await rm(path.join(root, 'node_modules'));
    await mkdir(path.join(root, 'node_modules'));
    for (const name of await readdir(path.join(repoRoot, 'node_modules'))) {
      if (!['.astro', '.vite', '.cache'].includes(name)) await symlink(path.join(repoRoot, 'node_modules', name), path.join(root, 'node_modules', name));
    }
    const outDir = path.join(root, 'dist');
    const build = runAstro(['build', '--root', root, '--outDir', outDir, '--silent'], {}, root);
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const briefing = await readFile(path.join(outDir, 'briefings/e2e-briefing/index.html'), 'utf8');
    expect(briefing).toContain('href="/cases/e2e-testov/"');
    expect(briefing).toMatch(/id="[^"]*fn-?1"/);
    expect(briefing).toMatch(/id="[^"]*fn-?2"/);
    expect(await readFile(path.join(outDir, 'cases/e2e-testov/index.html'), 'utf8')).toContain('Detained in Almaty');
    const briefings = await readdir(path.join(outDir, 'briefings'));
    const imported = (await readdir(path.join(root, 'content/briefings'))).filter((name) => name.includes('imported-in-the-browser'));
    expect(imported).toHaveLength(1);
    expect(briefings.filter((name) => name.includes('imported-in-the-browser'))).toEqual([]);
  }, 600_000);
});
