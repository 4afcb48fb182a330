import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { htmlPages, loadPage } from '../helpers/built-site.ts';
import { runScript, TEST_SITE_URL } from '../helpers/run.ts';

let work: string;
let zipFile: string;
let unpacked: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefings-offline-'));
  zipFile = path.join(work, 'archive.zip');
  const result = runScript('scripts/bundle.ts', ['--out', zipFile]);
  if (result.status !== 0) throw new Error(`npm run bundle failed:\n${result.stdout}\n${result.stderr}`);
  unpacked = path.join(work, 'mirrors', 'any', 'folder');
  await mkdir(unpacked, { recursive: true });
  new AdmZip(zipFile).extractAllTo(unpacked);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('npm run bundle', () => {
  it('packs the whole site, search index included, with no site-absolute link left', async () => {
    const site = path.join(unpacked, 'briefing-archive');
    const pages = await htmlPages(site);
    expect(pages.length).toBeGreaterThan(190);
    expect(existsSync(path.join(site, 'pagefind/pagefind.js'))).toBe(true);
    const broken: string[] = [];
    for (const page of pages) {
      const $ = await loadPage(site, page);
      $('a[href], link[href], script[src], form[action]').each((_, el) => {
        const url = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
        if (/^(https?:|#|mailto:)/.test(url)) return;
        if (url.startsWith('/')) broken.push(`${page}: site-absolute ${url}`);
        const target = path.join(site, path.dirname(page), url.split('#')[0] ?? '');
        const file = url.split('#')[0]?.endsWith('/') || url === '' || url === './' ? path.join(target, 'index.html') : target;
        if (!existsSync(file)) broken.push(`${page}: ${url} (missing)`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('works when served from an unrelated folder, search included', async () => {
    const server = await serveSite(path.join(work, 'mirrors'), '/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      const root = `${server.url}any/folder/briefing-archive/`;
      await page.goto(`${root}cases/max-bokayev/`);
      expect(await page.locator('h1').innerText()).toBe('Max Bokayev');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header') as Element).borderBottomStyle)).toBe('solid');
      await page.fill('#site-search-query', 'Бокаев');
      await page.press('#site-search-query', 'Enter');
      await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('#search-status')?.textContent ?? ''));
      expect(await page.locator('#search-results > li h2 a').first().getAttribute('href')).toBe('/any/folder/briefing-archive/cases/max-bokayev/');
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const existing = path.join(work, 'keep.zip');
    await writeFile(existing, 'earlier work');
    const result = runScript('scripts/bundle.ts', ['--out', existing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already exists; move it away or choose another name with --out');
    expect(await readFile(existing, 'utf8')).toBe('earlier work');
  });

  it('names the published archive in canonical links and citations, wherever the copy is unpacked', async () => {
    const $ = await loadPage(path.join(unpacked, 'briefing-archive'), 'briefings/2021-11-key-concerns-and-recommendations/index.html');
    const paper = `${TEST_SITE_URL}/briefings/2021-11-key-concerns-and-recommendations/`;
    expect($('link[rel="canonical"]').attr('href')).toBe(paper);
    expect($('meta[name="citation_public_url"]').attr('content')).toBe(paper);
  });

  it('refuses to pack a copy without the archive\'s public address, saying what to set', () => {
    const out = path.join(work, 'no-address.zip');
    const result = runScript('scripts/bundle.ts', ['--out', out], undefined, { SITE_URL: undefined });
    expect(result.status).toBe(1);
    expect(`${result.stdout}\n${result.stderr}`).toContain('Set it once in content/site.yaml:   url: https://');
    expect(existsSync(out)).toBe(false);
  });
});
