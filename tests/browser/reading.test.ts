import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();
let page: Page;

const PAPER = 'briefings/2021-11-key-concerns-and-recommendations/';

/** The paper at a width, as a reader opens it. */
async function paperAt(width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: width < 800 ? 844 : 900 }, hasTouch: width < 800, isMobile: width < 800, javaScriptEnabled });
  const opened = await context.newPage();
  await opened.goto(`${site.server.url}${PAPER}`, { waitUntil: 'networkidle' });
  return opened;
}

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (locator: ReturnType<Page['locator']>): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
};

describe('notes beside the text on a wide screen (1280 px)', () => {
  beforeAll(async () => {
    page = await paperAt(1280);
  });

  it('sets every note in the margin level with its mark, clear of the text column and of each other', async () => {
    const text = await boxOf(page.locator('.prose > p').first());
    const sidenotes = page.locator('.sidenotes .sidenote');
    expect(await sidenotes.count()).toBe(59);
    const boxes: Box[] = [];
    for (let i = 0; i < 59; i++) boxes.push(await boxOf(sidenotes.nth(i)));
    for (const [i, box] of boxes.entries()) {
      expect(box.x, `note ${i + 1}`).toBeGreaterThanOrEqual(text.x + text.width + 16);
      expect(box.x + box.width, `note ${i + 1}`).toBeLessThanOrEqual(1280);
      if (i > 0) expect(box.y, `note ${i + 1}`).toBeGreaterThanOrEqual((boxes[i - 1] as Box).y + (boxes[i - 1] as Box).height);
    }
    const mark = await boxOf(page.locator('a#user-content-fnref-9'));
    expect(Math.abs((boxes[8] as Box).y - mark.y)).toBeLessThan(30);
    expect(await sidenotes.nth(8).innerText()).toContain('Radio Azattyq report on the sentencing of Askar Nurmaganov');
    const list = await boxOf(page.locator('section[data-footnotes]'));
    expect((boxes[58] as Box).y + (boxes[58] as Box).height).toBeLessThanOrEqual(list.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
  });

  it('hides the copies in the margin from screen readers and the keyboard, and shows no preview over the text', async () => {
    expect(await page.locator('.sidenotes').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.sidenotes a:not([tabindex="-1"])').count()).toBe(0);
    expect(await page.locator('.sidenotes [id]').count()).toBe(0);
    await page.locator('a#user-content-fnref-9').hover();
    expect(await page.locator('.sidenote.is-current').innerText()).toMatch(/^9\./);
    expect(await page.locator('.footnote-inline, .footnote-preview').count()).toBe(0);
  });

  it('goes to the note in the list on Enter, and back to the mark from there', async () => {
    await page.locator('a#user-content-fnref-20').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#user-content-fn-20$/);
    await page.locator('#user-content-fn-20 a[data-footnote-backref]').click();
    await page.waitForURL(/#user-content-fnref-20$/);
  });

  it('shows the contents open, in two columns', async () => {
    expect(await page.locator('.toc details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('.toc a').first().isVisible()).toBe(true);
  });
});

describe('notes on a phone (390 px)', () => {
  beforeAll(async () => {
    page = await paperAt(390);
  });

  it('opens a note in place under its mark when the mark is tapped, and closes it with its button', async () => {
    const mark = page.locator('a#user-content-fnref-9');
    await mark.tap();
    const note = page.locator('.footnote-inline');
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect(await note.innerText()).toContain('Radio Azattyq report on the sentencing of Askar Nurmaganov');
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    const markBox = await boxOf(mark);
    const noteBox = await boxOf(note);
    expect(noteBox.y).toBeGreaterThan(markBox.y);
    expect(noteBox.y - (markBox.y + markBox.height)).toBeLessThan(40);
    expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(390);
    await note.getByRole('button', { name: 'Close note 9' }).tap();
    expect(await note.count()).toBe(0);
    expect(await mark.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens a note with Enter and closes it with Escape, giving focus back to the mark', async () => {
    await page.locator('a#user-content-fnref-20').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.footnote-inline').innerText()).toContain('bureau.kz');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.footnote-inline') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.footnote-inline').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('user-content-fnref-20');
  });

  it('gives each mark a 24 px target without spreading the lines of its paragraph', async () => {
    const mark = page.locator('a#user-content-fnref-9');
    const box = await boxOf(mark);
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const lines = await mark.evaluate((a) => {
      const block = a.closest('li, p') as HTMLElement;
      return block.getBoundingClientRect().height / parseFloat(getComputedStyle(block).lineHeight);
    });
    expect(Math.abs(lines - Math.round(lines))).toBeLessThan(0.05);
  });

  it('shows the contents as one closed line, and opens it on a tap', async () => {
    const contents = page.locator('.toc details');
    expect(await contents.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.toc a').first().isVisible()).toBe(false);
    await page.locator('.toc summary').tap();
    expect(await page.locator('.toc a').first().isVisible()).toBe(true);
  });
});

describe('notes without JavaScript', () => {
  it('keep the mark an ordinary link to the note in the list, at either width', async () => {
    for (const width of [390, 1280]) {
      const noScript = await paperAt(width, false);
      await noScript.locator('a#user-content-fnref-9').click();
      expect(new URL(noScript.url()).hash, `${width}`).toBe('#user-content-fn-9');
      expect(await noScript.locator('.sidenotes, .footnote-inline').count()).toBe(0);
      await noScript.context().close();
    }
  });
});

describe('the length of the 2021 paper', () => {
  // Measured in this Chromium: 32,490 px at 1280 and 59,585 px at 390 before notes beside the
  // text, compact notes and grouped sources; the notes list and sources cited took 13,107 px at 1280.
  it('is much shorter than before, at 1280 and 390 px', async () => {
    for (const [width, before] of [[1280, 32_490], [390, 59_585]] as const) {
      const opened = await paperAt(width);
      const height = await opened.evaluate(() => document.documentElement.scrollHeight);
      const [notes = 0, sources = 0] = await opened.evaluate(() => ['section[data-footnotes]', '#bibliography'].map((s) => document.querySelector(s)?.closest('section')?.getBoundingClientRect().height ?? 0));
      expect(height, `${width} px`).toBeLessThan(before * 0.8);
      if (width === 1280) expect(notes + sources).toBeLessThan(5_000);
      await opened.context().close();
    }
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
