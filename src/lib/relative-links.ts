/** The attributes whose site-absolute addresses are rewritten. */
const URL_ATTRIBUTES = '(?:href|src|action|data-base)';

/** How to climb from a page to the site root: `cases/x/index.html` → `../../`, `index.html` → `./`. */
export function pathToRoot(page: string): string {
  const depth = page.split('/').length - 1;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * Rewrites the site-absolute addresses of a page built with base `base` (`href="/cases/x/"` for
 * `/`) as addresses relative to the page (`href="../../cases/x/"`), so the site works from any
 * folder. Full addresses (`https://...`) and fragments are left alone.
 */
export function relativizeLinks(html: string, page: string, base = '/'): string {
  const up = pathToRoot(page);
  const escapedBase = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const addresses = new RegExp(`(\\s${URL_ATTRIBUTES}=")${escapedBase}(?!/)([^"]*)"`, 'g');
  return html.replace(addresses, (_match, attribute: string, rest: string) => `${attribute}${up}${rest}"`);
}
