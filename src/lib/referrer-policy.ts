/**
 * What a page tells other sites about its readers: nothing. A browser following a link sends the
 * address of the page it leaves (the referrer) unless told not to; for a reader in Kazakhstan that
 * address says which briefing or case they were reading.
 */
import { offSiteHost } from './url-scheme.ts';

/** The referrer policy every page carries (`<meta name="referrer">`): no link or request from the page names the page. */
export const referrerPolicy = 'no-referrer';

/**
 * The `rel` a link carries: `noreferrer` for a link to another site (kept even where a browser
 * ignores the page's policy), nothing for a link within the site: a relative address, or one on
 * the site's own host when `site` is given.
 */
export function outboundRel(href: string | undefined, site?: URL | string): 'noreferrer' | undefined {
  if (href === undefined) return undefined;
  const host = offSiteHost(href);
  if (!host) return undefined;
  return site !== undefined && new URL(href, site).hostname === new URL(site).hostname ? undefined : 'noreferrer';
}

/**
 * HTML with `rel="noreferrer"` added to each link to another site, for HTML written by a library
 * that writes its links as `<a href="…">` and nothing more: citeproc-js, which Citation.js runs,
 * writes addresses and DOIs so ("@URL/true" and "@DOI/true" of CSL.Output.Formats.html in
 * https://github.com/Juris-M/citeproc-js/blob/master/src/formats.js).
 */
export function withOutboundRel(html: string, site?: URL | string): string {
  return html.replace(/<a href="([^"]*)">/g, (tag, href: string) => (outboundRel(href.replaceAll('&#38;', '&').replaceAll('&amp;', '&'), site) ? `<a href="${href}" rel="noreferrer">` : tag));
}
