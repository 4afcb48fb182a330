import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();
/** A word on most pages of the bundled corpus: many more results than one page shows. */
const COMMON = 'Kazakhstan';

/** Opens the search page for a query and counts the result fragments it downloads from then on. */
async function openSearch(query: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; fragments: () => number }> {
  const page = await site.browser.newPage({ viewport });
  let fragments = 0;
  page.on('request', (request) => {
    if (request.url().includes('/fragment/')) fragments++;
  });
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-status[data-state="done"]');
  return { page, fragments: () => fragments };
}

const shownResults = (page: Page) => page.locator('#search-results > li:not(.more)').count();
const status = (page: Page) => page.locator('#search-status').innerText();

describe('search results a page at a time', () => {
  it('shows five results and downloads the data of those five only', async () => {
    const { page, fragments } = await openSearch(COMMON);
    expect(Number(/^(\d+) results/.exec(await status(page))?.[1])).toBeGreaterThan(10);
    expect(await shownResults(page)).toBe(5);
    await page.waitForLoadState('networkidle');
    expect(fragments()).toBe(5);
    expect(await status(page)).toMatch(/results for “Kazakhstan”\. Showing 1–5\.$/);
    await expect(page.locator('#search-results > li.more button').innerText()).resolves.toBe('Show 5 more');
    await page.close();
  });

  it('adds the next five when asked from the keyboard, moves focus to the first new result and says how many are shown', async () => {
    const { page, fragments } = await openSearch(COMMON);
    const firstFive = await page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // Tabbing to the button scrolls it into view: that alone must not load the next page.
    await page.focus('#search-results > li.more button');
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(300);
    expect(await shownResults(page)).toBe(5);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li:not(.more)').length === 10);
    await page.waitForSelector('#search-status[data-state="done"]');
    const links = await page.locator('#search-results > li h2 a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    // The first page stays as it was; the new results follow it.
    expect(links.slice(0, 5)).toEqual(firstFive);
    expect(new Set(links).size).toBe(10);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(links[5]);
    expect(await status(page)).toMatch(/Showing 1–10\.$/);
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    await page.waitForLoadState('networkidle');
    expect(fragments()).toBe(10);
    await page.close();
  });

  it('loads the next page when the reader scrolls to the end of the list, and leaves focus where it was', async () => {
    const { page } = await openSearch(COMMON, { width: 390, height: 700 });
    expect(await shownResults(page)).toBe(5);
    await page.mouse.wheel(0, 20_000);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li:not(.more)').length === 10);
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') ?? null)).toBeNull();
    await page.close();
  });

  it('starts again from one page when the query changes', async () => {
    const { page } = await openSearch(COMMON);
    await page.click('#search-results > li.more button');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li:not(.more)').length === 10);
    await page.fill('#search-query', 'Bokayev');
    await page.press('#search-query', 'Enter');
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('“Bokayev”') && document.querySelector<HTMLElement>('#search-status')?.dataset['state'] === 'done');
    expect(await shownResults(page)).toBeLessThanOrEqual(5);
    expect(await page.locator('#search-results > li h2 a').first().getAttribute('href')).toMatch(/\/cases\/max-bokayev\/$/);
    await page.close();
  });
});
