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
