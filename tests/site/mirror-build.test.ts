import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../helpers/built-site.ts';
import { runAstro } from '../helpers/run.ts';

const BASE = '/mirror/kz/';
let siteDir: string;

beforeAll(async () => {
  siteDir = await mkdtemp(path.join(tmpdir(), 'briefings-mirror-'));
  const result = runAstro(['build', '--outDir', siteDir, '--silent'], { SITE_BASE: BASE, SITE_URL: 'https://mirror.example.net' });
  if (result.status !== 0) throw new Error(`mirror build failed:\n${result.stdout}\n${result.stderr}`);
});

afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe('a mirror built under a sub-path', () => {
  it('points every internal link, stylesheet and icon under the sub-path', async () => {
    const outside: string[] = [];
    for (const page of await htmlPages(siteDir)) {
      const $ = await loadPage(siteDir, page);
      $('a[href], link[href], script[src], img[src]').each((_, el) => {
        const url = $(el).attr('href') ?? $(el).attr('src') ?? '';
        if (url.startsWith('/') && !url.startsWith(BASE)) outside.push(`${page}: ${url}`);
      });
    }
    expect(outside).toEqual([]);
  });

  it('gives canonical links the mirror address', async () => {
    const $ = await loadPage(siteDir, 'cases/max-bokayev/index.html');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://mirror.example.net/mirror/kz/cases/max-bokayev/');
  });
});
