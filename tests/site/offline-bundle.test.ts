import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
  // Under umask 000 the build leaves world-writable files (0666, folders 0777): the zip must not
  // pass them on. The child process takes the umask it is started with.
  const umask = process.umask(0o000);
  let result: ReturnType<typeof runScript>;
  try {
    result = runScript('scripts/bundle.ts', ['--out', zipFile]);
  } finally {
    process.umask(umask);
  }
  if (result.status !== 0) throw new Error(`npm run bundle failed:\n${result.stdout}\n${result.stderr}`);
  unpacked = path.join(work, 'mirrors', 'any', 'folder');
  await mkdir(unpacked, { recursive: true });
  // Unpacked with the modes the zip gives, as unzip does.
  new AdmZip(zipFile).extractAllTo(unpacked, false, true);
});

/** The names in the work folder that a half-written zip would leave. */
async function leftovers(): Promise<string[]> {
  return (await readdir(work)).filter((name) => name.endsWith('.tmp') || name.endsWith('.partial'));
}

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

  it('writes the zip as any new file, and packs files 0644 and folders 0755 whatever the umask', async () => {
    // 0644 less the umask it was made under (000).
    expect((await stat(zipFile)).mode & 0o777).toBe(0o644);
    const wrong: string[] = [];
    const entries = new AdmZip(zipFile).getEntries();
    for (const entry of entries) {
      // The Unix type and mode are the upper half of a zip entry's external attributes.
      const unix = entry.attr >>> 16;
      if (unix !== (entry.isDirectory ? 0o40755 : 0o100644)) wrong.push(`${entry.entryName}: ${unix.toString(8)}`);
    }
    expect(entries.length).toBeGreaterThan(800);
    expect(entries[0]?.entryName).toBe('briefing-archive/');
    expect(wrong).toEqual([]);
    const site = path.join(unpacked, 'briefing-archive');
    for (const entry of [site, ...(await readdir(site, { recursive: true })).map((name) => path.join(site, name))]) {
      const { mode } = await stat(entry);
      const expected = (mode & 0o170000) === 0o040000 ? 0o755 : 0o644;
      if ((mode & 0o7777) !== expected) wrong.push(`unpacked ${path.relative(site, entry)}: ${(mode & 0o7777).toString(8)}`);
    }
    expect(wrong).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses a SITE_BASE that is not a path before building, saying what to set and writing nothing', async () => {
    const out = path.join(work, 'bad-base.zip');
    const result = runScript('scripts/bundle.ts', ['--out', out], undefined, { SITE_BASE: '../kz' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('SITE_BASE: "../kz" has a ".." part, which browsers resolve away; set SITE_BASE to the path every link starts with, e.g. SITE_BASE=/mirror/kz/ (the address itself goes in SITE_URL), or leave it out to use the path of the address.');
    expect(result.stdout).not.toContain('Building');
    expect(existsSync(out)).toBe(false);
    expect(await leftovers()).toEqual([]);
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

  it('refuses to pack a copy without the archive\'s public address, saying what to set', async () => {
    const out = path.join(work, 'no-address.zip');
    const result = runScript('scripts/bundle.ts', ['--out', out], undefined, { SITE_URL: undefined });
    expect(result.status).toBe(1);
    expect(`${result.stdout}\n${result.stderr}`).toContain('Set it once in content/site.yaml:   url: https://');
    expect(existsSync(out)).toBe(false);
    expect(await leftovers()).toEqual([]);
  });
});
