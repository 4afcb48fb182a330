/** The tests drive the same headless Chromium and static server as the project's scripts. */
export { chromiumPath, launchBrowser, serveSite, type SiteServer } from '../../scripts/support/browser.ts';
