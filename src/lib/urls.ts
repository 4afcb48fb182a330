/**
 * Web addresses as they appear in footnotes and source records, and the mistakes copy-and-paste
 * brings (the 2021 paper prints `http://ttps://bureau.kz/...`).
 */

/** Explains why a URL is not a well-formed http(s) address, or returns undefined when it is. */
export function urlProblem(value: string): string | undefined {
  if (/\s/.test(value)) return `"${value}" contains a space; remove it or encode it as %20`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a web address; write it in full, starting with https://`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `"${value}" starts with ${url.protocol}; only http:// and https:// addresses can be cited`;
  }
  const afterScheme = value.slice(url.protocol.length).replace(/^\/+/, '');
  if (/^[a-z]+:\/\//i.test(afterScheme)) {
    return `"${value}" has a second scheme inside it (a copy-and-paste typo); keep one, e.g. ${suggestRepair(value)}`;
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return `"${value}" has no domain name ("${url.hostname}"); check the address`;
  }
  return undefined;
}

/** Suggests the address a doubled-scheme typo most likely meant. */
export function suggestRepair(value: string): string {
  const rest = value.replace(/^(?:[a-z]*:\/*)+/i, '');
  return `https://${rest}`;
}

/** True when the value is a well-formed http(s) address. */
export function isWebAddress(value: string): boolean {
  return urlProblem(value) === undefined;
}

/**
 * What an address says about which document it names, for telling whether two addresses name the
 * same one: the same over `http://` and `https://`, with a slash at the end of the path or not, in
 * any case of the host name and with the default port or not. `www.` stays (it can be another
 * site), and so do the query and the fragment. Not an address to open, only to compare; anything
 * that is not an http(s) address is returned as it is.
 */
export function documentAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  const port = parsed.port === '80' || parsed.port === '443' ? '' : parsed.port;
  return `//${parsed.hostname}${port ? `:${port}` : ''}${parsed.pathname.replace(/\/+$/u, '')}${parsed.search}${parsed.hash}`;
}

/**
 * A map keyed by web addresses in which any address of the same document (see `documentAddress`)
 * finds the same entry: `get('http://x.kz/a')` finds what `set('https://x.kz/a/')` stored. The
 * check, the site and the importer find a footnote's source record through it.
 */
export class DocumentAddressMap<V> extends Map<string, V> {
  override get(url: string): V | undefined {
    return super.get(documentAddress(url));
  }

  override has(url: string): boolean {
    return super.has(documentAddress(url));
  }

  override set(url: string, value: V): this {
    return super.set(documentAddress(url), value);
  }

  override delete(url: string): boolean {
    return super.delete(documentAddress(url));
  }
}
