import type { ConsoleMessage } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { pageKinds } from '../helpers/page-kinds.ts';

const site = useSiteInBrowser();

describe('privacy and the Content-Security-Policy in Chromium', () => {
  it('makes no request to any host but the site, on every page kind and during a search', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    const origin = new URL(site.server.url).origin;
    for (const path of Object.values(pageKinds)) {
      await page.goto(`${site.server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    await page.goto(`${site.server.url}search/`);
    await page.fill('#search-query', 'Бокаев');
    await page.press('#search-query', 'Enter');
    await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.goto(`${site.server.url}${pageKinds.briefing}`);
    await page.locator('a#user-content-fnref-9').hover();
    await page.waitForLoadState('networkidle');
    const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
    expect(elsewhere).toEqual([]);
    expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('declares a policy that allows only the site itself and no inline script', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${pageKinds.briefing}`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain('unsafe-inline');
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.evaluate(`document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));
      const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.append(s);`);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate('window.injected')).toBeUndefined();
    await context.close();
  });
});
