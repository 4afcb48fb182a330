import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/** The compressed bytes a browser downloads to show a page, before any interaction. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Bytes after gzip at its highest level, as a static host would serve them. */
export function gzippedSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The stylesheets and scripts a page loads on its own (not those its scripts load later). */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  new Parser({
    onopentag(name, attributes) {
      if (name === 'link' && attributes.rel === 'stylesheet' && attributes.href) css.push(attributes.href);
      if (name === 'script' && attributes.src) js.push(attributes.src);
    },
  }).end(html);
  return { css, js };
}

/**
 * Weighs a built page: its HTML plus the stylesheets and scripts it loads, each gzipped. `base`
 * is the site's base path, stripped from asset addresses to find them in `siteDir`.
 */
export async function weighPage(siteDir: string, page: string, base = '/'): Promise<PageWeight> {
  const html = await readFile(path.join(siteDir, page), 'utf8');
  const assets = pageAssets(html);
  const sizeOf = async (urls: string[]) => {
    let total = 0;
    for (const url of urls) total += gzippedSize(await readFile(path.join(siteDir, url.slice(base.length))));
    return total;
  };
  const weight = { html: gzippedSize(html), css: await sizeOf(assets.css), js: await sizeOf(assets.js) };
  return { ...weight, total: weight.html + weight.css + weight.js };
}

/** A Markdown table of page weights in kilobytes, one row per page kind. */
export function weightTable(rows: Array<{ kind: string; page: string; weight: PageWeight; budget?: number | undefined }>): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const lines = [
    '| page kind | page | HTML KB | CSS KB | JS KB | total KB (gzip) | budget KB |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows.map(({ kind, page, weight, budget }) =>
      `| ${kind} | ${page} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.total)} | ${budget ? kb(budget) : '—'} |`),
  ];
  return lines.join('\n');
}
