import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageKinds } from '../helpers/page-kinds.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();

/** The page kinds of cases, rounds, laws, sources, organisations and topics. */
const recordKinds = ['cases', 'case', 'group case', 'dialogues', 'dialogue', 'laws', 'law', 'sources', 'source', 'organisations', 'organisation', 'topics', 'topic'];

describe('record pages on a phone in Chromium', () => {
  it('never scroll sideways at 320 or 390 px', async () => {
    const overflowing: string[] = [];
    for (const width of [320, 390]) {
      const page = await site.browser.newPage({ viewport: { width, height: 844 } });
      for (const kind of recordKinds) {
        await page.goto(`${site.server.url}${pageKinds[kind]}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) overflowing.push(`${kind} at ${width} px is ${scrollWidth} px wide`);
      }
      await page.close();
    }
    expect(overflowing).toEqual([]);
  });

  it('show the narrow status timeline on a phone and the wide one on a desktop', async () => {
    for (const [width, shown] of [[390, 'timeline-narrow'], [1280, 'timeline-wide']] as const) {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.server.url}${pageKinds['case']}`);
      expect(await page.locator('figure.case-timeline-chart svg:visible').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('class')))).toEqual([shown]);
      await page.close();
    }
  });
});

describe('the cases directory filter’s address in Chromium', () => {
  let page: Page;
  const visibleNames = () => page.locator('.case-group li[data-status]:visible h3').allInnerTexts();
  const chartTotal = (id: string) => page.locator(`#${id}-caption ~ table .bar-value`).evaluateAll((cells) => cells.reduce((sum, cell) => sum + Number(cell.textContent), 0));

  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.url}cases/`);
  });
  afterAll(async () => page.close());

  it('keeps the filters in the address, restores them on reload and goes back through them', async () => {
    const all = (await visibleNames()).length;
    await page.selectOption('#filter-article', 'cc-405');
    await expect.poll(() => new URL(page.url()).search).toBe('?article=cc-405');
    const under405 = await visibleNames();
    await page.selectOption('#filter-year', '2021');
    await expect.poll(() => new URL(page.url()).search).toBe('?article=cc-405&year=2021');
    const in2021 = await visibleNames();
    expect(in2021.length).toBeLessThan(under405.length);

    await page.reload();
    expect(await page.inputValue('#filter-article')).toBe('cc-405');
    expect(await page.inputValue('#filter-year')).toBe('2021');
    await expect.poll(visibleNames).toEqual(in2021);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?article=cc-405');
    await expect.poll(() => page.inputValue('#filter-year')).toBe('');
    await expect.poll(visibleNames).toEqual(under405);
    await page.goBack();
    await expect.poll(() => visibleNames().then((names) => names.length)).toBe(all);
    expect(await page.inputValue('#filter-article')).toBe('');
  });

  it('finds a name in any spelling, redraws the charts for the cases shown, and resets', async () => {
    await page.goto(`${site.server.url}cases/?name=${encodeURIComponent('Бокаев')}`);
    await expect.poll(visibleNames).toEqual(['Max Bokayev']);
    expect(await page.inputValue('#filter-name')).toBe('Бокаев');
    expect(await chartTotal('chart-status')).toBe(1);
    expect(await page.locator('#chart-status-caption ~ table tr[data-key="released"] .bar-value').innerText()).toBe('1');
    expect(await page.locator('#chart-law-caption ~ table tr[data-key="cc-405"] .bar-value').innerText()).toBe('0');
    expect(await page.locator('#chart-scope').innerText()).toMatch(/^The charts count the 1 of \d+ cases the filters show\.$/);

    await page.fill('#filter-name', 'Atabek');
    await expect.poll(visibleNames).toEqual(['Aron Atabek']);
    await expect.poll(() => new URL(page.url()).searchParams.get('name')).toBe('Atabek');

    await page.selectOption('#filter-region', 'Astana');
    await page.fill('#filter-name', '');
    await expect.poll(visibleNames).toEqual(expect.arrayContaining(['Aigul Utepova', 'Teymur Akhmedov']));

    await page.click('button[type="reset"]');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    const all = await page.locator('.case-group li[data-status]').count();
    await expect.poll(() => visibleNames().then((names) => names.length)).toBe(all);
    expect(await chartTotal('chart-status')).toBe(all);
  });
});
