import { describe, expect, it } from 'vitest';
import { pageKinds } from '../helpers/page-kinds.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();

/** The elements that reach past the viewport's right edge, named so a failure says what to fix. */
const overflowingElements = `(() => {
  const width = document.documentElement.clientWidth;
  const names = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1 && !el.closest('[hidden], .visually-hidden')) {
      names.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' (' + Math.round(box.right) + ' px)');
    }
  }
  return { scrollWidth: document.documentElement.scrollWidth, width, names: names.slice(0, 5) };
})()`;

describe('page layout on phones in Chromium', () => {
  for (const width of [320, 390]) {
    it(`lets no page of any kind scroll sideways at ${width} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const wide: string[] = [];
      for (const [kind, path] of Object.entries(pageKinds)) {
        await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
        const found = (await page.evaluate(overflowingElements)) as { scrollWidth: number; width: number; names: string[] };
        if (found.scrollWidth > found.width) wide.push(`${kind}: ${found.scrollWidth} px wide; ${found.names.join(', ')}`);
      }
      expect(wide).toEqual([]);
      await context.close();
    });
  }
});
