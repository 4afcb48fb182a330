import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();
let page: Page;

describe('footnote previews in Chromium', () => {
  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.url}briefings/2021-11-key-concerns-and-recommendations/`);
  });

  it('shows the note and its sources beside the mark on hover, without leaving the paragraph', async () => {
    const mark = page.locator('a#user-content-fnref-9');
    await mark.hover();
    const preview = page.locator('.footnote-preview');
    await expect.poll(() => preview.isVisible()).toBe(true);
    const text = await preview.innerText();
    expect(text).toContain('https://rus.azattyq.org/a/31115496.html');
    expect(text).toContain('Radio Azattyq report on the sentencing of Askar Nurmaganov');
    expect(text).toContain('in Russian');
    expect(page.url()).not.toContain('#');
    const box = await preview.boundingBox();
    const markBox = await mark.boundingBox();
    expect(Math.abs((box?.y ?? 0) - ((markBox?.y ?? 0) + (markBox?.height ?? 0)))).toBeLessThan(40);
  });

  it('shows the same preview on keyboard focus and closes it with Escape', async () => {
    await page.mouse.move(0, 0);
    await page.locator('a#user-content-fnref-20').focus();
    const preview = page.locator('.footnote-preview');
    await expect.poll(async () => (await preview.isVisible()) && (await preview.innerText())).toContain('https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/');
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.isVisible()).toBe(false);
  });

  it('keeps the mark an ordinary link to the note without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${site.server.url}briefings/2021-11-key-concerns-and-recommendations/`);
    await noScript.locator('a#user-content-fnref-9').click();
    expect(new URL(noScript.url()).hash).toBe('#user-content-fn-9');
    expect(await noScript.locator('.footnote-preview').count()).toBe(0);
    await context.close();
  });
});

describe('the cases directory filter in Chromium', () => {
  it('narrows the grouped list by article and year, hides empty groups and announces the count', async () => {
    const directory = await site.browser.newPage();
    await directory.goto(`${site.server.url}cases/`);
    const visible = () => directory.locator('.case-group li[data-status]:visible').count();
    const all = await visible();
    await directory.selectOption('#filter-article', 'cc-405');
    const after405 = await visible();
    expect(after405).toBeGreaterThanOrEqual(5);
    expect(after405).toBeLessThan(all);
    expect(await directory.locator('.filter-count').innerText()).toBe(`${after405} of ${all} cases shown.`);
    await directory.selectOption('#filter-year', '2021');
    const names = await directory.locator('.case-group li[data-status]:visible h3').allInnerTexts();
    expect(names).toContain('Aigul Utepova');
    expect(await directory.locator('.case-group:visible h2').count()).toBeLessThan(await directory.locator('.case-group').count());
    await directory.selectOption('#filter-article', '');
    await directory.selectOption('#filter-year', '');
    expect(await visible()).toBe(all);
  });
});
