import { describe, expect, it } from 'vitest';
import { pageKinds } from '../helpers/page-kinds.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

const site = useSiteInBrowser();

describe('following a link to another site in Chromium', () => {
  it('tells that site nothing about the page the reader came from', async () => {
    const context = await site.browser.newContext();
    // Every request to another host is answered here: the test reaches no other site.
    const arrived: Array<{ url: string; referer: string | undefined }> = [];
    await context.route((url) => url.origin !== new URL(site.server.url).origin, async (route) => {
      arrived.push({ url: route.request().url(), referer: (await route.request().allHeaders())['referer'] });
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' });
    });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${pageKinds.briefing}`);
    const link = page.locator('.footnotes a[href^="https://"]').first();
    const href = await link.getAttribute('href');
    await Promise.all([page.waitForURL(href ?? ''), link.click()]);
    expect(arrived).toEqual([{ url: href, referer: undefined }]);
    expect(await page.evaluate(() => document.referrer)).toBe('');
    await context.close();
  });
});
