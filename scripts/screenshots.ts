/**
 * Screenshots of one page of every kind at a phone and a desktop width, for people to look at:
 * `npm run screenshots -- [--site dist] [--out .screenshots] [--only briefing,case]`.
 * Also reports every page that scrolls sideways at 320 or 390 px.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pageKinds } from '../tests/helpers/page-kinds.ts';
import { launchBrowser, serveSite } from './support/browser.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string', default: '.screenshots' },
    only: { type: 'string' },
    full: { type: 'boolean', default: false },
  },
});
const only = values.only?.split(',').map((kind) => kind.trim());
const server = await serveSite(path.resolve(values.site));
const browser = await launchBrowser();
await mkdir(values.out, { recursive: true });
const overflowing: string[] = [];
try {
  for (const [kind, pagePath] of Object.entries(pageKinds)) {
    if (only && !only.includes(kind)) continue;
    for (const width of [320, 390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: width < 800 ? 844 : 900 } });
      await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) overflowing.push(`${kind} at ${width} px: ${scrollWidth} px wide`);
      if (width !== 320) {
        const file = path.join(values.out, `${kind.replaceAll(' ', '-')}-${width}.png`);
        await page.screenshot({ path: file, fullPage: values.full });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (overflowing.length > 0) {
  console.log(`Pages that scroll sideways:\n  ${overflowing.join('\n  ')}`);
  process.exitCode = 1;
}
