import { existsSync } from 'node:fs';
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

/**
 * The page file an internal link points at, for a site built with base `base` (`/` or
 * `/mirror/kz/`), or undefined for other links, including those outside the base.
 */
export function pageForLink(href: string, base = '/'): { page: string; fragment: string | undefined } | undefined {
  if (!href.startsWith(base)) return undefined;
  const [pathname = '/', fragment] = href.split('#');
  const clean = pathname.slice(base.length).replace(/^\/+/, '');
  const page = clean === '' ? 'index.html' : clean.endsWith('/') ? `${clean}index.html` : clean;
  return { page, fragment };
}

/**
 * Every link on a built site's pages that leads nowhere, as `page: href (why)`: to no page, no file,
 * no id on its page, or (relative links included) out of the base the site was built with.
 * Links with a scheme (`https:`, `mailto:`) are left alone.
 */
export async function brokenLinks(siteDir: string, base = '/'): Promise<string[]> {
  const pages = await htmlPages(siteDir);
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, string[]>();
  for (const page of pages) {
    const $ = await loadPage(siteDir, page);
    ids.set(page, new Set($('[id]').map((_, el) => $(el).attr('id')).get()));
    links.set(page, $('a[href]').map((_, a) => $(a).attr('href')).get());
  }
  const broken: string[] = [];
  for (const page of pages) {
    // Where the page is served, so that relative links resolve as a browser resolves them.
    const served = new URL(`${base}${page}`, 'http://site.test');
    for (const href of links.get(page) ?? []) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const url = new URL(href, served);
      const target = url.host === served.host ? pageForLink(`${url.pathname}${url.hash}`, base) : undefined;
      if (!target) broken.push(`${page}: ${href} (outside ${base})`);
      else if (!target.page.endsWith('.html')) {
        if (!existsSync(path.join(siteDir, target.page))) broken.push(`${page}: ${href} (no such file)`);
      } else if (!ids.has(target.page)) broken.push(`${page}: ${href} (no such page)`);
      else if (target.fragment && !ids.get(target.page)?.has(decodeURIComponent(target.fragment))) broken.push(`${page}: ${href} (no such id)`);
    }
  }
  return broken;
}
