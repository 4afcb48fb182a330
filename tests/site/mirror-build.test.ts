import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { brokenLinks, htmlPages, loadPage } from '../helpers/built-site.ts';
import { pageKinds } from '../helpers/page-kinds.ts';
import { axeViolations, htmlErrors, thirdPartyTraffic } from '../helpers/quality.ts';
import { runAstro } from '../helpers/run.ts';

const BASE = '/mirror/kz/';
let work: string;
let siteDir: string;

/** Builds the corpus as a mirror at https://mirror.test with SITE_BASE spelled `siteBase`. */
async function buildMirror(siteBase: string): Promise<string> {
  const outDir = path.join(work, siteBase.replace(/\W+/g, '-'));
  const result = runAstro(['build', '--outDir', outDir, '--silent'], { SITE_BASE: siteBase, SITE_URL: 'https://mirror.test' });
  if (result.status !== 0) throw new Error(`mirror build with SITE_BASE=${siteBase} failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** Addresses on the site's pages (links, stylesheets, scripts, images, forms) that are neither full addresses nor under the base. */
async function addressesOutsideBase(dir: string): Promise<string[]> {
  const outside: string[] = [];
  for (const page of await htmlPages(dir)) {
    const $ = await loadPage(dir, page);
    $('a[href], link[href], script[src], img[src], form[action]').each((_, el) => {
      const url = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
      if (!/^(https?:|mailto:|#)/.test(url) && !url.startsWith(BASE)) outside.push(`${page}: ${url}`);
    });
  }
  return outside;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefings-mirror-'));
  siteDir = await buildMirror(BASE);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('a mirror built under a sub-path', () => {
  it('points every internal link, stylesheet and icon under the sub-path, and no link is broken', async () => {
    expect(await addressesOutsideBase(siteDir)).toEqual([]);
    expect(await brokenLinks(siteDir, BASE)).toEqual([]);
  });

  it('builds the same links when SITE_BASE is written without its slashes (mirror/kz)', async () => {
    const bare = await buildMirror('mirror/kz');
    expect(await addressesOutsideBase(bare)).toEqual([]);
    expect(await brokenLinks(bare, BASE)).toEqual([]);
    const $ = await loadPage(bare, 'briefings/2021-11-key-concerns-and-recommendations/index.html');
    // The paper's footnotes cite some 65 source records, each linked under the base.
    expect($(`a[href^="${BASE}sources/"]`).length).toBeGreaterThan(60);
    expect($('link[rel="canonical"]').attr('href')).toBe('https://mirror.test/mirror/kz/briefings/2021-11-key-concerns-and-recommendations/');
  });

  it('refuses a SITE_BASE that is not a path, saying what to set', () => {
    const result = runAstro(['build', '--outDir', path.join(work, 'nonsense')], { SITE_BASE: 'https://mirror.test/kz/', SITE_URL: 'https://mirror.test' });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).toContain('SITE_BASE: "https://mirror.test/kz/" is an address, not a path; set SITE_BASE to the path every link starts with, e.g. SITE_BASE=/mirror/kz/ (the address itself goes in SITE_URL)');
  });

  it('gives canonical links the mirror address', async () => {
    const $ = await loadPage(siteDir, 'cases/max-bokayev/index.html');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://mirror.test/mirror/kz/cases/max-bokayev/');
  });

  it('searches under the sub-path, with every result carrying kind, date and summary', async () => {
    const server = await serveSite(siteDir, BASE);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=${encodeURIComponent('Бокаев')}`);
      await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('#search-status')?.textContent ?? ''));
      const first = await page.locator('#search-results > li h2 a').first().getAttribute('href');
      expect(first).toBe(`${BASE}cases/max-bokayev/`);
      // A string, so that Vitest does not rewrite the page's own import() call.
      const meta: Array<Record<string, string>> = await page.evaluate(`(async () => {
        const pagefind = await import('${BASE}pagefind/pagefind.js');
        const search = await pagefind.search('Bokayev');
        return Promise.all(search.results.map(async (r) => (await r.data()).meta));
      })()`);
      for (const m of meta) {
        expect(m.kind, m.title).toBeTruthy();
        expect(m.title).toBeTruthy();
      }
      // A case profile is dated by its last report: his supervision after release, dated "2021".
      // Titles in the index carry the folded spelling marks the search page drops (src/lib/search/spelling-marks.ts).
      expect(meta.find((m) => /^Max\b.*\bBokayev\b/.test(m.title ?? '') && m.kind === 'Case profile')).toMatchObject({ kind: 'Case profile', date: '2021', summary: expect.stringContaining('Atyrau') });
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('passes the quality gates under the sub-path: valid HTML, no third party, no axe violation', async () => {
    expect(htmlErrors(siteDir)).toEqual([]);
    const server = await serveSite(siteDir, BASE);
    const browser = await launchBrowser();
    try {
      const traffic = await thirdPartyTraffic(browser, server.url, Object.values(pageKinds));
      expect(traffic).toEqual({ elsewhere: [], problems: [] });
      for (const kind of ['briefing', 'case', 'search'] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}${pageKinds[kind]}`);
        expect(await axeViolations(page), kind).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
