import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/quality.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();
const PAPER = 'briefings/2021-11-key-concerns-and-recommendations/';
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A page in a browser context that may use the clipboard, as a reader's browser lets a click do. */
async function pageWithClipboard(path: string) {
  context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return page;
}

describe('Cite this in Chromium', () => {
  it('opens from the title block by keyboard and copies a citation, saying so in its status line', async () => {
    const page = await pageWithClipboard(PAPER);
    const summary = page.locator('details.cite-this > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const copy = page.getByRole('button', { name: 'Copy the APA (7th edition) citation' });
    await expect.poll(() => copy.isVisible()).toBe(true);
    await copy.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: 'copied' });
    await expect.poll(() => status.textContent()).toBe('APA (7th edition) citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.locator('#citation-apa').innerText());
    expect(copied).toMatch(/^International Partnership for Human Rights & Kazakhstan International Bureau .* \(2021\)\. Key concerns .* \[Briefing paper\]\. https:\/\/archive\.test\/briefings\/2021-11-key-concerns-and-recommendations\/$/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the italics when pasted into an editor that takes HTML', async () => {
    const page = await pageWithClipboard(PAPER);
    await page.locator('details.cite-this > summary').click();
    await page.getByRole('button', { name: 'Copy the APA (7th edition) citation' }).click();
    await expect.poll(() => page.locator('.cite-status').textContent()).toContain('copied');
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('<i>Key concerns and recommendations on the protection of fundamental rights in Kazakhstan');
    expect(html).toContain('https://archive.test/briefings/2021-11-key-concerns-and-recommendations/');
  });

  it('shows no copy button without JavaScript, and the citations are text to select', async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${PAPER}`);
    await page.locator('details.cite-this > summary').click();
    expect(await page.locator('#citation-apa').isVisible()).toBe(true);
    expect(await page.locator('button.copy-citation:visible').count()).toBe(0);
  });

  it('opens when a link leads to it, as the translations’ “How to cite the original” does', async () => {
    const page = await pageWithClipboard('ru/briefings/2021-11-key-concerns-and-recommendations/');
    await page.locator('article > header a[href$="#cite-this"]').click();
    await page.waitForURL(/#cite-this$/);
    await expect.poll(() => page.locator('details.cite-this').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  it('copies a source’s citation from near the top of its page', async () => {
    const page = await pageWithClipboard('sources/azattyq-31115496/');
    await page.locator('details.cite-this > summary').click();
    await page.getByRole('button', { name: 'Copy the APA (7th edition) citation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Radio Azattyq report on the sentencing of Askar Nurmaganov. (n.d.). [News article]. Radio Azattyq (RFE/RL Kazakh service). https://rus.azattyq.org/a/31115496.html');
    expect(await axeViolations(page)).toEqual([]);
  });
});
