import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { repoRoot } from '../helpers/content-fixture.ts';
import { corpusData } from '../helpers/corpus-data.ts';

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

/** Results come a page at a time (src/client/search/paging.ts): asks for the next page until every result is shown, and returns them all. */
async function allResults(page: Page): Promise<string[]> {
  await results(page);
  const shown = () => page.locator('#search-results > li:not(.more)').count();
  while ((await page.locator('#search-results > li.more button').count()) > 0) {
    const before = await shown();
    // A click from the script, not the pointer: scrolling to the button would load pages by itself.
    await page.locator('#search-results > li.more button').evaluate((button) => (button as HTMLButtonElement).click());
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li:not(.more)').length > n, before);
  }
  return results(page);
}

async function search(query: string, extra = ''): Promise<{ page: Page; found: string[] }> {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}${extra}`);
  return { page, found: await allResults(page) };
}

describe('search in Chromium', () => {
  it('puts the expected page first', async () => {
    expect((await search('Bokayev')).found[0]).toBe('/cases/max-bokayev/');
    expect((await search('kettling')).found[0]).toBe('/briefings/2021-11-key-concerns-and-recommendations/');
    expect((await search('Atabek')).found[0]).toBe('/cases/aron-atabek/');
  });

  it('finds the same person in Latin and Cyrillic spellings, and the briefings that discuss them', async () => {
    for (const spelling of ['Bokayev', 'Bokaev', 'Maks Bokaev', 'Бокаев']) {
      const { found } = await search(spelling);
      expect(found[0], spelling).toBe('/cases/max-bokayev/');
      expect(found, spelling).toContain('/briefings/2021-11-key-concerns-and-recommendations/');
      expect(found, spelling).toContain('/briefings/2017-08-monitoring-update-expo-2017/');
    }
    for (const spelling of ['Semenova', 'Semyonova', 'Семенова', 'Семёнова', 'Yelena Semenova']) {
      const { found } = await search(spelling);
      expect(found[0], spelling).toBe('/cases/elena-semenova/');
      expect(found, spelling).toContain('/briefings/2021-11-key-concerns-and-recommendations/');
    }
  });

  it('gives every spelling of a name the same results in the same order: the profile, then the briefings that discuss the person most', async () => {
    const orders = await Promise.all(['Bokayev', 'Bokaev', 'Бокаев', 'BOKAYEV', 'бокаев'].map(async (spelling) => (await search(spelling)).found));
    for (const order of orders) expect(order).toEqual(orders[0]);
    expect(orders[0]?.slice(0, 3)).toEqual(['/cases/max-bokayev/', '/briefings/2021-11-key-concerns-and-recommendations/', '/briefings/2017-08-monitoring-update-expo-2017/']);
    const semenova = await Promise.all(['Semenova', 'Semyonova', 'Семенова', 'Семёнова'].map(async (spelling) => (await search(spelling)).found));
    for (const order of semenova) expect(order).toEqual(semenova[0]);
  });

  it('puts a case profile first for its name and every alias the case file gives', async () => {
    const cases = (await corpusData()).get('cases') ?? new Map<string, Record<string, unknown>>();
    const spellings = [...cases].flatMap(([id, data]) => [data['name'], ...((data['aliases'] as unknown[] | undefined) ?? [])].map((name) => [String(name), `/cases/${id}/`] as const));
    expect(spellings.length).toBeGreaterThan(100);
    // A single word of an alias that only this person's names use.
    spellings.push(['Maks', '/cases/max-bokayev/'], ['Макс', '/cases/max-bokayev/'], ['Атабек', '/cases/aron-atabek/']);
    const page = await site.browser.newPage();
    const misses: string[] = [];
    for (const [spelling, profile] of spellings) {
      await page.goto(`${site.server.url}search/?q=${encodeURIComponent(spelling)}`);
      const first = (await results(page))[0];
      if (first !== profile) misses.push(`${spelling}: ${first} instead of ${profile}`);
    }
    expect(misses).toEqual([]);
    await page.close();
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
    const keys = await page.locator('#search-results > li .meta').evaluateAll((metas) => metas.map((meta) => meta.querySelector('time')?.dateTime ?? ''));
    expect(keys.filter(Boolean).length).toBeGreaterThan(3);
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
    expect(await page.locator('#search-status').innerText()).toMatch(/^\d+ results? for “Bokayev”\.( Showing 1–5\.)?$/);
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
    const found = await allResults(page);
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
    const inRussian = await allResults(page);
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

describe('search results a reader can read', () => {
  /** The words a reader sees on a page, with every <details> opened (Pagefind indexes their text too). */
  async function visibleWords(url: string): Promise<Set<string>> {
    const page = await site.browser.newPage();
    await page.goto(new URL(url, site.server.url).href);
    const text = await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      return document.querySelector('main')?.innerText ?? '';
    });
    await page.close();
    // Lower case: innerText writes text as styled (an eyebrow in capitals).
    return new Set(text.toLowerCase().split(/\s+/).filter(Boolean));
  }

  it('makes excerpts of the words a reader sees on each page, with no spelling of the index and no fields run together', async () => {
    const pages = new Map<string, Promise<Set<string>>>();
    const problems: string[] = [];
    let excerpts = 0;
    for (const query of ['Bokayev', 'Бокаев', 'Maks', 'Semyonova', 'Атабек', 'Article 405', 'trade union', 'Azattyq', 'Zhanaozen', 'Thirteen']) {
      const { page } = await search(query);
      const shown = await page.locator('#search-results > li:not(.more)').evaluateAll((items) => items.map((item) => ({
        url: (item.querySelector('h2 a') as HTMLAnchorElement).href,
        title: item.querySelector('h2')?.textContent ?? '',
        excerpt: item.querySelector('.excerpt')?.textContent ?? '',
      })));
      await page.close();
      for (const { url, title, excerpt } of shown) {
        let words = pages.get(url);
        if (!words) pages.set(url, (words = visibleWords(url)));
        const visible = await words;
        excerpts++;
        for (const word of [...excerpt.split(/\s+/), ...title.split(/\s+/)].map((w) => w.toLowerCase()).filter((w) => w && w !== '…')) {
          // Pagefind ends each paragraph and heading with a full stop where the page has none.
          if (!visible.has(word) && !visible.has(word.replace(/\.$/, ''))) problems.push(`${query} → ${url}: "${word}"`);
        }
      }
    }
    expect(excerpts).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it("writes result dates as the rest of the site does, in the page's language", async () => {
    const { page } = await search('kettling');
    const paper = page.locator('#search-results > li').first();
    expect(await paper.locator('.meta time').getAttribute('datetime')).toBe('2021-11');
    expect(await paper.locator('.meta').innerText()).toBe('Briefing paper · November 2021');
    await page.goto(`${site.server.url}ru/search/?q=kettling`);
    await results(page);
    const russian = await page.locator('#search-results > li .meta time').first().innerText();
    expect(russian).toBe(formatPartialDate('2021-11', 'ru'));
    expect(russian).toMatch(/ноябр/);
    expect(await page.locator('#search-results').innerText()).not.toMatch(/\b\d{4}-\d{2}\b/);
    await page.close();
  });

  it('does not scroll sideways at 320 and 390 px, with long addresses in the results and every filter open', async () => {
    const wide: string[] = [];
    for (const path of ['search/?q=trade%20union', 'search/?q=Article%20405', `ru/search/?q=${encodeURIComponent('Бокаев')}`, 'search/?kind=Source']) {
      for (const width of [320, 390]) {
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${site.server.url}${path}`);
        await results(page);
        await page.locator('.filter-group:not([hidden]) summary').first().click();
        await page.locator('.filter-option').first().waitFor({ state: 'attached' });
        await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
        });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) wide.push(`${path} at ${width} px: ${scrollWidth} px`);
        await page.close();
      }
    }
    expect(wide).toEqual([]);
  });

  it('hides the filter options that would give no results, and keeps a chosen one', async () => {
    const { page } = await search('Bokayev');
    await page.locator('.filter-group[data-filter="kind"] summary').click();
    const kinds = page.locator('.filter-group[data-filter="kind"] .filter-option');
    await kinds.first().waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('.filter-group[data-filter="kind"] .filter-option:not([hidden])').length > 0);
    const visible = async () => page.locator('.filter-group[data-filter="kind"] .filter-option:not([hidden]) label').allInnerTexts();
    const before = await visible();
    expect(before.length).toBeGreaterThan(1);
    expect(before.every((label) => !/\(0\)$/.test(label))).toBe(true);
    // Every kind exists in the archive; a search for a person finds no topic pages.
    expect(await kinds.count()).toBeGreaterThan(before.length);
    expect(before.some((label) => label.startsWith('Topic'))).toBe(false);
    await page.locator('.filter-group[data-filter="kind"] label', { hasText: /^Case profile/ }).click();
    await page.waitForURL(/kind=Case\+profile/);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('filtered by'));
    // Kinds combine with "and": beside the chosen one, no other kind can give a result.
    expect(await visible()).toEqual([expect.stringMatching(/^Case profile \(\d+\)$/)]);
    expect(await page.locator('.filter-group[data-filter="year"]').isHidden()).toBe(false);
    await page.close();
  });
});
