import { cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite, type SiteServer } from '../helpers/browser.ts';
import { htmlPages, loadPage } from '../helpers/built-site.ts';
import { contentFixture, repoRoot, type ContentFixture } from '../helpers/content-fixture.ts';
import { axeViolations, htmlErrors } from '../helpers/quality.ts';
import { runAstro, startAstroDev } from '../helpers/run.ts';

// The small valid fixture with three drafts laid over it (tests/fixtures/unpublished/): a briefing,
// the case it discusses and the source its note cites, each naming Ekibastuz, which nothing
// published in the fixture names. The same project is built for publication and as a preview.
const DRAFT_NAME = /ekibastuz/iu;
const DRAFT_PAGES = ['briefings/2025-11-ekibastuz-miners/', 'cases/ekibastuz-miner/', 'sources/adilsoz-ekibastuz-fine/'];
let fixture: ContentFixture;
let publicDir: string;
let previewDir: string;
let publicLog: string;

/** Every file a build wrote, as text (gzip files, such as Pagefind's index and fragments, unpacked), by path from the site's root. */
async function builtTexts(siteDir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    let bytes = await readFile(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    texts.set(path.relative(siteDir, file).split(path.sep).join('/'), bytes.toString('utf8'));
  }
  return texts;
}

/** The files of a build that name a draft, grouped by what they are. */
async function filesNamingDrafts(siteDir: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const kindOf = (file: string) => {
    if (file.startsWith('pagefind/')) return 'search index';
    if (file.startsWith('data/')) return 'data export';
    if (file.endsWith('feed.xml')) return 'feed';
    if (file.startsWith('sitemap')) return 'sitemap';
    if (file.startsWith('sources/bibliography.')) return 'bibliography';
    if (/\/cite\.(?:bib|ris|json)$/u.test(file)) return 'citation file';
    if (file.endsWith('.html')) return 'page';
    return 'other';
  };
  for (const [file, text] of await builtTexts(siteDir)) {
    if (DRAFT_NAME.test(text)) (found[kindOf(file)] ??= []).push(file);
  }
  return found;
}

beforeAll(async () => {
  fixture = await contentFixture('valid-content');
  await cp(path.join(repoRoot, 'tests/fixtures/unpublished/content'), path.join(fixture.root, 'content'), { recursive: true });
  // Copies, not links, of the code: Astro's compiler and the config (which reads the footnotes'
  // sources next to itself) need the files to lie inside the project.
  for (const own of ['src', 'public', 'package.json', 'tsconfig.json', 'astro.config.mjs']) {
    await cp(path.join(repoRoot, own), path.join(fixture.root, own), { recursive: true });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(fixture.root, 'node_modules'));
  publicDir = await mkdtemp(path.join(tmpdir(), 'briefings-public-'));
  const build = runAstro(['build', '--root', fixture.root, '--outDir', publicDir]);
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  publicLog = stripVTControlCharacters(build.stdout);
  previewDir = await mkdtemp(path.join(tmpdir(), 'briefings-preview-'));
  const preview = runAstro(['build', '--root', fixture.root, '--outDir', previewDir], { BRIEFINGS_DRAFTS: '1' });
  if (preview.status !== 0) throw new Error(`preview build failed:\n${preview.stdout}\n${preview.stderr}`);
});

afterAll(async () => {
  await fixture?.dispose();
  await rm(publicDir, { recursive: true, force: true });
  await rm(previewDir, { recursive: true, force: true });
});

describe('a build for publication', () => {
  it('names no draft in any page, list, feed, sitemap, search index, data export, bibliography or citation file', async () => {
    expect(await filesNamingDrafts(publicDir)).toEqual({});
    // The same search finds the drafts in every one of those in the preview, so it can fail.
    const inPreview = await filesNamingDrafts(previewDir);
    for (const kind of ['page', 'feed', 'sitemap', 'search index', 'data export', 'bibliography', 'citation file']) {
      expect(inPreview[kind], kind).toBeDefined();
    }
    expect(inPreview['feed']?.toSorted()).toEqual(['briefings/feed.xml', 'cases/feed.xml']);
    expect(inPreview['data export']).toEqual(expect.arrayContaining(['data/briefings.json', 'data/cases.csv', 'data/cases.json', 'data/sources.json']));
  });

  it('has no page for a draft, and its lists, counts and exports hold only what is published', async () => {
    const pages = await htmlPages(publicDir);
    for (const page of DRAFT_PAGES) expect(pages).not.toContain(`${page}index.html`);
    const records = async (set: string) => JSON.parse(await readFile(path.join(publicDir, `data/${set}.json`), 'utf8')) as { count: number; records: Array<Record<string, unknown>> };
    expect((await records('briefings')).records.map((r) => r['id'])).toEqual(['2021-11-briefing']);
    expect((await records('cases')).count).toBe(2);
    expect((await records('sources')).records.map((r) => r['id'])).toEqual(['azattyq-31110144', 'bureau-kz-on-vyshel']);
    // No record says draft: the field means nothing in a build that has none.
    expect((await records('briefings')).records[0]).not.toHaveProperty('draft');
    const home = await loadPage(publicDir, 'index.html');
    expect(home('.feature h3 a').attr('href')).toBe('/briefings/2021-11-briefing/');
    expect(home('.feature').text()).not.toContain('TO FILL IN');
    const dialogue = await loadPage(publicDir, 'dialogues/2021-11/index.html');
    expect([...new Set(dialogue('main a[href^="/briefings/2"]').map((_, a) => dialogue(a).attr('href')?.split('#')[0]).get())]).toEqual(['/briefings/2021-11-briefing/']);
    const bokayev = await loadPage(publicDir, 'cases/max-bokayev/index.html');
    expect(bokayev('a[href^="/briefings/2025-11"]')).toHaveLength(0);
    expect(await readFile(path.join(publicDir, 'robots.txt'), 'utf8')).toMatch(/^Allow: \/$/mu);
    for (const page of pages) expect((await loadPage(publicDir, page))('meta[name="robots"]'), page).toHaveLength(0);
  });

  it('says in its log that it left the drafts out', () => {
    expect(publicLog).toContain('Drafts (not published; a build for publication leaves them out): 3 files');
    expect(publicLog).toContain('This build for publication leaves the 3 draft(s) out of every page, list, feed, search index and data file.');
  });
});

describe('a preview with drafts (BRIEFINGS_DRAFTS=1, as npm run preview:drafts builds it)', () => {
  it('marks each draft\'s page as a draft, names its file, and asks search engines to index no page', async () => {
    for (const page of DRAFT_PAGES) {
      const $ = await loadPage(previewDir, `${page}index.html`);
      expect($('main > .draft-banner').text(), page).toMatch(/^Draft — not published\. .*the public site leaves it out until draft: true is removed from content\/\w+\//u);
    }
    expect((await loadPage(previewDir, 'briefings/2021-11-briefing/index.html'))('.draft-banner')).toHaveLength(0);
    for (const page of await htmlPages(previewDir)) {
      expect((await loadPage(previewDir, page))('meta[name="robots"]').attr('content'), page).toBe('noindex');
    }
    expect(await readFile(path.join(previewDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('is valid HTML, drafts and their placeholders included', () => {
    expect(htmlErrors(previewDir)).toEqual([]);
  });

  it('shows a date still to fill in as written, and files it after every date', async () => {
    const $ = await loadPage(previewDir, 'briefings/2025-11-ekibastuz-miners/index.html');
    expect($('header .meta-list dd .placeholder').text()).toBe('TO FILL IN: the publication date as the paper gives it');
    expect($('header .meta-list time')).toHaveLength(0);
    const home = await loadPage(previewDir, 'index.html');
    expect(home('.feature h3 a').attr('href')).toBe('/briefings/2025-11-ekibastuz-miners/');
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let servers: SiteServer[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    servers = [await serveSite(publicDir), await serveSite(previewDir)];
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
  });

  async function searchResults(server: SiteServer, query: string): Promise<{ page: Page; found: string[] }> {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-status[data-state="done"]');
    const found = await page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { page, found };
  }

  it('the public site\'s search finds no draft, and the preview\'s finds them', async () => {
    const [publicSite, preview] = servers as [SiteServer, SiteServer];
    expect((await searchResults(publicSite, 'Ekibastuz')).found).toEqual([]);
    expect((await searchResults(publicSite, 'Bokayev')).found).toContain('/cases/max-bokayev/');
    expect((await searchResults(preview, 'Ekibastuz')).found).toEqual(expect.arrayContaining(DRAFT_PAGES.map((p) => `/${p}`)));
  });

  it('the banner is the first thing on a draft\'s page, above its title, at phone and desktop widths', async () => {
    const [, preview] = servers as [SiteServer, SiteServer];
    for (const width of [390, 1280]) {
      // axe needs a page of its own browser context.
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${preview.url}${DRAFT_PAGES[0] ?? ''}`);
      const banner = await page.locator('.draft-banner').boundingBox();
      const title = await page.locator('h1').boundingBox();
      expect(banner, `${width}`).not.toBeNull();
      expect((banner?.y ?? 0) + (banner?.height ?? 0), `${width}`).toBeLessThanOrEqual(title?.y ?? 0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}`).toBeLessThanOrEqual(width);
      expect(await axeViolations(page), `${width}`).toEqual([]);
      await context.close();
    }
  });
});

describe('npm run dev', () => {
  it('shows staff a draft with its banner', async () => {
    const server = await startAstroDev(fixture.root);
    try {
      const response = await fetch(`${server.url}${DRAFT_PAGES[0] ?? ''}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<p class="draft-banner" role="note"><strong>Draft — not published.</strong>');
      expect(html).toContain('<meta name="robots" content="noindex">');
    } finally {
      await server.stop();
    }
  });
});
