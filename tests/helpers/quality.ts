import { spawnSync } from 'node:child_process';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from './content-fixture.ts';

/** The WCAG 2.2 level A and AA rules of axe-core. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG violations on a page, one line each, or none. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The Nu HTML Checker's errors over every page of a built site, one line each, or none. */
export function htmlErrors(siteDir: string): string[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) {
    throw new Error('Java is needed to run the Nu HTML Checker. Install it with `sudo apt-get install default-jre-headless` (Debian/Ubuntu). This check never skips.');
  }
  const vnu = path.join(repoRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', siteDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: Array<{ url?: string; lastLine?: number; message: string }> };
  const errors = report.messages.map((m) => `${path.relative(siteDir, (m.url ?? '').replace(/^file:/, ''))}:${m.lastLine ?? '?'}: ${m.message}`);
  if (errors.length === 0 && run.status !== 0) errors.push(`vnu exited ${run.status}: ${run.stdout}${run.stderr}`);
  return errors;
}

/** Visits the given pages and returns every request made to another origin, and every console error. */
export async function thirdPartyTraffic(browser: Browser, siteUrl: string, paths: string[]): Promise<{ elsewhere: string[]; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  for (const pagePath of paths) {
    await page.goto(`${siteUrl}${pagePath}`);
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  const origin = new URL(siteUrl).origin;
  return { elsewhere: requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')), problems };
}
