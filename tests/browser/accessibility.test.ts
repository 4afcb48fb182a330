import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';
import { pageKinds } from '../helpers/page-kinds.ts';
import { axeViolations as violations } from '../helpers/quality.ts';

const site = useSiteInBrowser();

/** A page in a fresh browser context, as axe-core's Playwright runner needs. */
async function newPage(): Promise<Page> {
  const context = await site.browser.newContext();
  return context.newPage();
}

async function searched(page: Page): Promise<void> {
  await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('#search-status')?.textContent ?? ''));
}

describe('accessibility (axe-core, WCAG 2.2 A and AA) in Chromium', () => {
  for (const [kind, path] of Object.entries(pageKinds)) {
    it(`finds no violation on the ${kind} page`, async () => {
      const page = await newPage();
      await page.goto(`${site.server.url}${path}`);
      if (kind === 'search') await searched(page);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }

  it('finds no violation on the search page with results and every filter open', async () => {
    const page = await newPage();
    await page.goto(`${site.server.url}search/?q=Article+405&kind=Case+profile`);
    await searched(page);
    for (const group of await page.locator('.filter-group:visible').all()) await group.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await violations(page)).toEqual([]);
  });

  it('finds no violation with the notes beside the text (1280 px), nor with a note opened in place and the contents open on a phone', async () => {
    const wide = await newPage();
    await wide.setViewportSize({ width: 1280, height: 900 });
    await wide.goto(`${site.server.url}${pageKinds.briefing}`);
    await expect.poll(() => wide.locator('.sidenote').count()).toBeGreaterThan(0);
    await wide.locator('a#user-content-fnref-9').focus();
    expect(await violations(wide)).toEqual([]);
    const phone = await newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${site.server.url}${pageKinds.briefing}`);
    await phone.locator('.toc summary').click();
    await phone.locator('a#user-content-fnref-9').click();
    await expect.poll(() => phone.locator('.footnote-inline').isVisible()).toBe(true);
    expect(await violations(phone)).toEqual([]);
  });
});

describe('keyboard walk-through in Chromium', () => {
  it('reaches the content, a case and its briefing, and a footnote without a mouse', async () => {
    const page = await newPage();
    await page.goto(site.server.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.goto(`${site.server.url}cases/`);
    const focusable = async (selector: string) => {
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await focusable('#filter-status');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('.filter-count').innerText()).toMatch(/^\d+ of \d+ cases shown\.$/);
    await page.keyboard.press('Home');
    await focusable('a[href$="/cases/aron-atabek/"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/cases\/aron-atabek\//);
    await focusable('a.mention-link');
    await page.keyboard.press('Enter');
    await page.waitForURL(/briefings\/.*#mention-aron-atabek-1/);
    await focusable('a[data-footnote-ref]');
    // On a wide screen the note is beside the text, marked as the one of the focused mark.
    expect(await page.locator('.sidenote.is-current').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    // Following the link updates the address a moment later on a busy machine.
    await page.waitForURL(/#user-content-fn-/);
    expect(new URL(page.url()).hash).toMatch(/^#user-content-fn-/);
    const styles = await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('a.skip-link');
      link?.focus();
      return link ? getComputedStyle(link).outlineStyle : '';
    });
    expect(styles).not.toBe('none');
  });
});
