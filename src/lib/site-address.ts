/**
 * The address the archive is built for: where its canonical links, citations, feeds and sitemap
 * point. It comes from `SITE_URL` (mirrors, tests, the local preview) or from `url:` in
 * content/site.yaml; a path after the domain (`https://bureau.kz/archive/`) becomes the base
 * every internal link starts with, unless `SITE_BASE` says otherwise. The base is resolved here
 * once, in one form (`/` or `/mirror/kz/`), and everything else (the Markdown pipeline, the pages,
 * the integrations, the scripts) takes that value.
 */
import { Refusal } from './refusal.ts';
import { urlProblem } from './urls.ts';

/** Names reserved for documentation and examples (RFC 2606, RFC 6761): never a real archive's address. */
const PLACEHOLDER_DOMAINS = ['example.com', 'example.net', 'example.org', 'example', 'invalid'];

/** Names that only ever mean this computer or a test setup (RFC 6761): fine to build with, never public. */
const LOCAL_DOMAINS = ['localhost', 'test'];

function withinDomain(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

function isLoopback(hostname: string): boolean {
  return /^127(?:\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]' || withinDomain(hostname, 'localhost');
}

/** The reserved placeholder domain an address is under, e.g. `example.org`, if it is under one. */
export function placeholderDomain(address: string): string | undefined {
  let hostname: string;
  try {
    hostname = new URL(address).hostname;
  } catch {
    return undefined;
  }
  return PLACEHOLDER_DOMAINS.find((domain) => withinDomain(hostname, domain));
}

/** What a base path may hold between its slashes: RFC 3986's unreserved characters, nothing a browser or a shell reads otherwise. */
const BASE_PART = /^[A-Za-z0-9._~-]+$/;

/**
 * Why a value cannot be the path every link of the site starts with (`SITE_BASE`, or the path of
 * the address), or undefined when it can. A leading or trailing slash may be left out.
 */
export function basePathProblem(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return `"${value}" is an address, not a path`;
  if (/\s/.test(value)) return `"${value}" contains a space`;
  if (/[?#]/.test(value)) return `"${value}" has a query or a fragment (? or #)`;
  if (value.includes('//')) return `"${value}" has an empty part ("//")`;
  for (const part of value.replace(/^\/|\/$/g, '').split('/')) {
    if (part === '') continue;
    if (part === '.' || part === '..') return `"${value}" has a "${part}" part, which browsers resolve away`;
    if (!BASE_PART.test(part)) {
      const character = [...part].find((c) => !BASE_PART.test(c));
      return `"${value}" holds "${character}"; a part of the path may only hold Latin letters, digits and - _ . ~`;
    }
  }
  return undefined;
}

/** The path of an address as its reader writes it (`/архив/`, not `/%D0%B0.../`), for messages. */
function readablePath(url: URL): string {
  try {
    return decodeURI(url.pathname);
  } catch {
    return url.pathname;
  }
}

function addressProblem(value: string, { local }: { local: boolean }): string | undefined {
  const problem = urlProblem(value);
  if (problem) return problem;
  const url = new URL(value);
  const pathProblem = basePathProblem(readablePath(url));
  if (pathProblem) return `the path of "${value}" is not one every link can start with: ${pathProblem}; write the address with a plain path, e.g. ${url.origin}/archive/`;
  const placeholder = placeholderDomain(value);
  if (placeholder) return `"${value}" is a placeholder (${placeholder} is reserved for examples), not the archive's address; write the address readers will find it at`;
  if (!local && (isLoopback(url.hostname) || LOCAL_DOMAINS.some((domain) => withinDomain(url.hostname, domain)))) {
    return `"${value}" only works on one computer; write the public address readers will find the archive at (the local preview needs none)`;
  }
  if (url.search || url.hash || url.username || url.password) return `"${value}" has a query, a fragment or a user name; write the plain address, e.g. ${url.origin}${url.pathname}`;
  return undefined;
}

/** Why a value cannot be the archive's public address (`url:` in content/site.yaml), or undefined when it can. */
export function publicAddressProblem(value: string): string | undefined {
  return addressProblem(value, { local: false });
}

/** Why a value cannot be built with as `SITE_URL` (a local or test address may), or undefined when it can. */
export function buildAddressProblem(value: string): string | undefined {
  return addressProblem(value, { local: true });
}

/** What decides the address: the environment and the site settings. */
export interface AddressInputs {
  /** `SITE_URL`, when set. */
  siteUrl?: string | undefined;
  /** `SITE_BASE`, when set. */
  siteBase?: string | undefined;
  /** `url:` from content/site.yaml, when it has one. */
  settingsUrl?: string | undefined;
}

/** The address a build names (`site`: scheme, host and port, or none) and the base path of every link. */
export interface SiteAddress {
  site: string | undefined;
  /** The base path in its one form: `/`, or `/mirror/kz/` (a slash before and after). */
  base: string;
  /** Where the address came from, for messages. */
  from: 'SITE_URL' | 'content/site.yaml' | 'none';
}

/** A checked path with one slash before and after it (`/` alone for the root). */
function slashed(path: string): string {
  const trimmed = path.replace(/^\/|\/$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * `SITE_BASE` in the one form every link starts with: `/mirror/kz/` from `/mirror/kz/`,
 * `/mirror/kz`, `mirror/kz` or `mirror/kz/`, and `/` from `/`. Throws with what to set when the
 * value is not a path (`..`, `//`, spaces, a query, an address).
 */
export function normalisedBase(value: string): string {
  const problem = basePathProblem(value);
  if (problem) {
    throw new Refusal(`SITE_BASE: ${problem}; set SITE_BASE to the path every link starts with, e.g. SITE_BASE=/mirror/kz/ (the address itself goes in SITE_URL), or leave it out to use the path of the address.`);
  }
  return slashed(value);
}

/**
 * The address to build with: `SITE_URL` wins over content/site.yaml (mirrors, the local preview,
 * tests); `SITE_BASE` wins over the address's own path. Throws with what to fix when `SITE_URL`
 * is not an address the archive may be built with, or `SITE_BASE` not a path.
 */
export function resolveSiteAddress({ siteUrl, siteBase, settingsUrl }: AddressInputs): SiteAddress {
  const fromEnvironment = siteUrl !== undefined && siteUrl.trim() !== '';
  if (fromEnvironment) {
    const problem = buildAddressProblem(siteUrl.trim());
    if (problem) throw new Refusal(`SITE_URL: ${problem}.`);
  } else if (settingsUrl !== undefined) {
    // content/site.yaml is checked when it is read; this keeps the function safe on its own.
    const problem = publicAddressProblem(settingsUrl);
    if (problem) throw new Refusal(`content/site.yaml: url: ${problem}.`);
  }
  const address = fromEnvironment ? siteUrl.trim() : settingsUrl;
  const url = address === undefined ? undefined : new URL(address);
  // An empty SITE_BASE (`SITE_BASE= npm run build`) is no SITE_BASE; the address's path was checked above.
  const base = siteBase !== undefined && siteBase !== '' ? normalisedBase(siteBase) : slashed(url?.pathname ?? '/');
  return { site: url?.origin, base, from: fromEnvironment ? 'SITE_URL' : address === undefined ? 'none' : 'content/site.yaml' };
}

/** Where `npm start` serves its local preview, and so the address that preview is built for. */
export const localPreview = { host: '127.0.0.1', port: 4321 } as const;

/** What a build for publication says when it has no address: what to set, and where. */
export const missingAddressMessage = [
  'The archive has no public address, so its canonical links, citations, feeds and sitemap cannot name it.',
  'Set it once in content/site.yaml:   url: https://<the address readers will find the archive at>/',
  'or for one build:                  SITE_URL=https://<address> npm run build',
  `(\`npm start\` builds a local preview at http://${localPreview.host}:${localPreview.port}/ and \`npm run dev\` serves one without it.)`,
].join('\n');
