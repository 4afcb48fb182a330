import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, serveSite, type SiteServer } from './browser.ts';

/** The built site served on localhost and a Chromium to visit it, shared by a test file. */
export interface SiteInBrowser {
  browser: Browser;
  server: SiteServer;
}

/** Serves the site built for the tests and starts Chromium before the file's tests; stops both after. */
export function useSiteInBrowser(): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.server = await serveSite(inject('siteDir'));
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
