/**
 * The address the archive is built for: where its canonical links, citations, feeds and sitemap
 * point. It comes from `SITE_URL` (mirrors, tests, the local preview) or from `url:` in
 * content/site.yaml; a path after the domain (`https://bureau.kz/archive/`) becomes the base
 * every internal link starts with, unless `SITE_BASE` says otherwise.
 */
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

function addressProblem(value: string, { local }: { local: boolean }): string | undefined {
  const problem = urlProblem(value);
  if (problem) return problem;
  const url = new URL(value);
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
  base: string;
  /** Where the address came from, for messages. */
  from: 'SITE_URL' | 'content/site.yaml' | 'none';
}

function normalisedBase(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The address to build with: `SITE_URL` wins over content/site.yaml (mirrors, the local preview,
 * tests); `SITE_BASE` wins over the address's own path. Throws with what to fix when `SITE_URL`
 * is not an address the archive may be built with.
 */
export function resolveSiteAddress({ siteUrl, siteBase, settingsUrl }: AddressInputs): SiteAddress {
  const fromEnvironment = siteUrl !== undefined && siteUrl.trim() !== '';
  if (fromEnvironment) {
    const problem = buildAddressProblem(siteUrl.trim());
    if (problem) throw new Error(`SITE_URL: ${problem}.`);
  }
  const address = fromEnvironment ? siteUrl.trim() : settingsUrl;
  const url = address === undefined ? undefined : new URL(address);
  const base = siteBase !== undefined && siteBase.trim() !== '' ? normalisedBase(siteBase.trim()) : normalisedBase(url?.pathname ?? '/');
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
