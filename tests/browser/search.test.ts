import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { repoRoot } from '../helpers/content-fixture.ts';

const site = useSiteInBrowser();

/** Waits until the search page has finished a search and returns the result addresses in order. */
async function results(page: Page): Promise<string[]> {
  await page.waitForSelector('#search-status[data-state="done"]');
  return page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The number of results the status line announces. */
async function total(page: Page): Promise<number> {
  const status = await page.locator('#search-status').innerText();
  return Number(/^(\d+) results?/.exec(status)?.[1] ?? 0);
}

async function search(query: string, extra = ''): Promise<{ page: Page; found: string[] }> {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}${extra}`);
  return { page, found: await results(page) };
}

describe('search in Chromium', () => {
  it('puts the expected page first', async () => {
    expect((await search('Bokayev')).found[0]).toBe('/cases/max-bokayev/');
    expect((await search('kettling')).found[0]).toBe('/briefings/2021-11-key-concerns-and-recommendations/');
    expect((await search('Atabek')).found[0]).toBe('/cases/aron-atabek/');
  });

  it('finds the same person in Latin and Cyrillic spellings, and the briefings that discuss them', async () => {
    const sets: string[][] = [];
    for (const spelling of ['Bokayev', 'Bokaev', 'Maks Bokaev', 'Бокаев']) {
      const { found } = await search(spelling);
      expect(found[0], spelling).toBe('/cases/max-bokayev/');
      expect(found, spelling).toContain('/briefings/2021-11-key-concerns-and-recommendations/');
      expect(found, spelling).toContain('/briefings/2017-08-monitoring-update-expo-2017/');
      sets.push(found);
    }
    for (const spelling of ['Semenova', 'Semyonova', 'Семенова', 'Семёнова', 'Yelena Semenova']) {
      const { found } = await search(spelling);
      expect(found[0], spelling).toBe('/cases/elena-semenova/');
      expect(found, spelling).toContain('/briefings/2021-11-key-concerns-and-recommendations/');
    }
    expect(new Set(sets[1])).toEqual(new Set(sets[3]));
  });

  it('narrows results with a filter and sorts them by date', async () => {
    const { page } = await search('Article 405');
    const all = await total(page);
    await page.locator('.filter-group[data-filter="kind"] summary').click();
    await page.locator('.filter-group[data-filter="kind"] label', { hasText: /^Case profile/ }).click();
    await page.waitForURL(/kind=Case\+profile/);
    const cases = await results(page);
    expect(cases.length).toBeGreaterThan(3);
    expect(await total(page)).toBeLessThan(all);
    expect(cases.every((url) => url.startsWith('/cases/'))).toBe(true);
    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/sort=newest/);
    await results(page);
    const dates = await page.locator('#search-results > li .meta').allInnerTexts();
    const keys = dates.map((d) => d.split(' · ')[1] ?? '');
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('restores a shared address and goes back with the back button', async () => {
    const { page, found: first } = await search('Nurmaganov');
    await page.fill('#search-query', 'Utepova');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/q=Utepova/);
    const second = await results(page);
    expect(second[0]).toBe('/cases/aigul-utepova/');
    const shared = page.url();
    await page.goBack();
    await page.waitForURL(/q=Nurmaganov/);
    expect(await page.inputValue('#search-query')).toBe('Nurmaganov');
    expect(await results(page)).toEqual(first);
    const other = await site.browser.newPage();
    await other.goto(shared);
    expect(await results(other)).toEqual(second);
    expect(await other.inputValue('#search-query')).toBe('Utepova');
  });

  it('works from the keyboard and announces results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.locator('#search-query').focus();
    await page.keyboard.type('Bokayev');
    await page.keyboard.press('Enter');
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ results? for “Bokayev”\.$/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    // The filters' values load when the reader reaches them (not with the first search).
    await page.locator('.filter-group[data-filter="kind"] input').first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/kind=/);
    expect((await results(page)).length).toBeGreaterThan(0);
    expect(await page.locator('#search-status').innerText()).toMatch(/for “Bokayev”, filtered by /);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
  });

  it('links sections of long documents as sub-results', async () => {
    const { page } = await search('kettling');
    const sections = await page.locator('#search-results > li').first().locator('.sub-results a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(sections.some((hash) => hash.includes('kettling'))).toBe(true);
  });

  it('records the bytes a first and a second query transfer', async () => {
    const page = await site.browser.newPage();
    let bytes = 0;
    const requested: string[] = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      requested.push(response.url());
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${site.server.url}search/?q=Bokayev`);
    await results(page);
    const first = bytes;
    bytes = 0;
    await page.fill('#search-query', 'Atabek');
    await page.press('#search-query', 'Enter');
    await page.waitForURL(/q=Atabek/);
    await results(page);
    const second = bytes;
    await mkdir(path.join(repoRoot, '.test-output'), { recursive: true });
    await writeFile(path.join(repoRoot, '.test-output/search-transfer.json'), `${JSON.stringify({ firstQueryBytes: first, secondQueryBytes: second }, null, 2)}\n`);
    console.log(`search transfer: first query ${first} bytes, second query ${second} bytes`);
    expect(first).toBeGreaterThan(0);
    // The filters' values are not part of a first search; they load when the reader opens one.
    expect(requested.some((url) => url.includes('/pagefind/filter/'))).toBe(false);
    expect(first).toBeLessThan(400_000);
    expect(second).toBeLessThan(first);
  });

  it('says without JavaScript that search needs it, and points to the directories', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=Bokayev`);
    const notice = page.locator('noscript, .notice').first();
    expect(await page.content()).toContain('needs JavaScript');
    expect(await page.locator('a[href="/cases/"]').count()).toBeGreaterThan(0);
    await notice.count();
    await context.close();
  });

  it('loads no search code on reading pages until the search box is used', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.server.url}cases/max-bokayev/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('pagefind') || url.includes('search'))).toEqual([]);
    await page.fill('#site-search-query', 'Бокаев');
    await page.press('#site-search-query', 'Enter');
    await page.waitForURL(/search\/\?q=/);
    expect((await results(page))[0]).toBe('/cases/max-bokayev/');
  });
});

describe('search across languages', () => {
  it('finds the Russian and Kazakh summaries and the English pages in one search, and narrows to one language', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}ru/search/?q=${encodeURIComponent('Атабек')}`);
    const found = await results(page);
    expect(found).toContain('/ru/briefings/2021-11-key-concerns-and-recommendations/');
    expect(found).toContain('/cases/aron-atabek/');
    expect(found).toContain('/kk/briefings/2021-11-key-concerns-and-recommendations/');
    // The page speaks Russian, counts in Russian and names languages in Russian.
    expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ результат(а|ов)? по запросу «Атабек»\.$/);
    await page.locator('.filter-group[data-filter="language"] summary').click();
    const russian = page.locator('.filter-group[data-filter="language"] label', { hasText: /^русский \(\d+\)$/ });
    await russian.click();
    await page.waitForURL(/language=ru/);
    await page.waitForFunction(() => /фильтры: русский/.test(document.querySelector('#search-status')?.textContent ?? ''));
    // Russian documents: the translation, and the records of sources written in Russian.
    const inRussian = await results(page);
    expect(inRussian).toContain('/ru/briefings/2021-11-key-concerns-and-recommendations/');
    expect(inRussian.every((url) => url.startsWith('/sources/') || url.startsWith('/ru/')), inRussian.join(' ')).toBe(true);
    // A result in another language than the page's says so.
    await page.goto(`${site.server.url}ru/search/?q=${encodeURIComponent('Атабек')}&language=en`);
    const english = await results(page);
    expect(english).toContain('/cases/aron-atabek/');
    expect(english.some((url) => url.startsWith('/ru/') || url.startsWith('/kk/'))).toBe(false);
    expect(await page.locator('#search-results > li h2 a[lang="en"]').count()).toBe(english.length);
    await page.close();
  });

  it('finds a translation from a word only its language uses', async () => {
    const { found } = await search('кәсіподақтар');
    expect(found).toEqual(['/kk/briefings/2021-11-key-concerns-and-recommendations/']);
  });
});
