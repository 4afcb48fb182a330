/**
 * What a browser makes of an address written in a text: its scheme and the site it reaches. The
 * WHATWG URL parser (the one browsers run) does the reading, so the tricks that fool a hand-made
 * test (`JaVaScRiPt:`, leading spaces, a tab or line break inside the scheme) are read as a browser
 * reads them.
 */

/** A page address no real site has, to read addresses relative to a page. */
const PAGE = 'https://archive.invalid/page/';

/** The scheme of an address in lower case (`https`, `mailto`, `javascript`), or undefined when the address is relative to the page. */
export function urlScheme(value: string): string | undefined {
  return URL.canParse(value) ? new URL(value).protocol.slice(0, -1) : undefined;
}

/**
 * The host name of another site an address reaches (`evil.example` for `https://evil.example/x.png`
 * and for `//evil.example/x.png`), or undefined when it stays on the page's own site or reaches no
 * site at all (`mailto:`, `data:`).
 */
export function offSiteHost(value: string): string | undefined {
  if (!URL.canParse(value, PAGE)) return undefined;
  const url = new URL(value, PAGE);
  const own = new URL(PAGE);
  return url.host && url.host !== own.host ? url.hostname : undefined;
}

/** Schemes whose addresses run code or show a document written into the address itself, instead of going to a page. */
export const codeSchemes: readonly string[] = ['javascript', 'vbscript', 'data'];

/** True when following the address would run code in the reader's browser (`javascript:`, `vbscript:`, `data:`), however it is spelt. */
export function runsCode(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme !== undefined && codeSchemes.includes(scheme);
}
