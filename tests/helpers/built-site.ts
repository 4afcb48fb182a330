import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** Every HTML page of a built site, as paths relative to its root (`cases/max-bokayev/index.html`). */
export async function htmlPages(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Parses one page of the built site. */
export async function loadPage(siteDir: string, page: string): Promise<CheerioAPI> {
  return load(await readFile(path.join(siteDir, page), 'utf8'));
}

/** The page file an internal link points at, for a site built with base `/`, or undefined for other links. */
export function pageForLink(href: string): { page: string; fragment: string | undefined } | undefined {
  if (!href.startsWith('/')) return undefined;
  const [pathname = '/', fragment] = href.split('#');
  const clean = pathname.replace(/^\/+/, '');
  const page = clean === '' ? 'index.html' : clean.endsWith('/') ? `${clean}index.html` : clean;
  return { page, fragment };
}
