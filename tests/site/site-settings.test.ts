import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { flattenFields, siteSettingsModel } from '../../src/schemas/content-model.ts';
import { htmlPages, loadPage, pageForLink } from '../helpers/built-site.ts';
import { repoRoot } from '../helpers/content-fixture.ts';
import { pageKinds } from '../helpers/page-kinds.ts';
import { runAstro, startAstroDev, TEST_SITE_URL } from '../helpers/run.ts';

const siteDir = inject('siteDir');
const ORGANISATION_PAGES = ['/organisations/iphr/', '/organisations/kibhr/'];
const FULL_NAMES = ['International Partnership for Human Rights', 'Kazakhstan International Bureau for Human Rights and Rule of Law'];
/** Files readers or their programs read: pages, feeds, the sitemap, data and citation files, styles, our scripts. */
const TEXT_FILES = /\.(html|xml|json|bib|ris|txt|csv|svg|css|js)$/;
let files: string[];
let work: string;

beforeAll(async () => {
  files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(siteDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  work = await mkdtemp(path.join(tmpdir(), 'briefings-settings-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the built site', () => {
  it('names no placeholder host in any file, and no placeholder text', async () => {
    const found: string[] = [];
    const read = files.filter((file) => TEXT_FILES.test(file)
      // Pagefind's own scripts parse result addresses against https://example.com and strip it
      // again: a parsing base inside the library, never shown or requested.
      && !/^pagefind\/[^/]+\.js$/.test(file));
    for (const file of read) {
      const text = await readFile(path.join(siteDir, file), 'utf8');
      for (const match of text.matchAll(/\bexample\.(?:org|com|net)\b/gi)) found.push(`${file}: ${match[0]}`);
      // The publishing guide explains the "TO FILL IN:" marker the import and new commands write,
      // and the site's scripts carry the marker as code (the date rules recognise a draft's
      // placeholder date); readers see neither as text.
      if (!file.startsWith('publishing/') && !file.startsWith('_astro/') && text.includes('TO FILL IN')) found.push(`${file}: TO FILL IN`);
    }
    expect(read.length).toBeGreaterThan(400);
    expect(found).toEqual([]);
  });

  it('gives every canonical link, the sitemap, the feeds and robots.txt the address it was built for', async () => {
    const wrong: string[] = [];
    for (const page of await htmlPages(siteDir)) {
      const canonical = (await loadPage(siteDir, page))('link[rel="canonical"]').attr('href') ?? '';
      if (!canonical.startsWith(`${TEST_SITE_URL}/`)) wrong.push(`${page}: ${canonical}`);
    }
    expect(wrong).toEqual([]);
    const sitemaps = files.filter((file) => /^sitemap-\d+\.xml$/.test(file));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) {
      const locations = load(await readFile(path.join(siteDir, sitemap), 'utf8'), { xml: true })('loc').map((_, el) => load(el).text()).get();
      expect(locations.filter((loc) => !loc.startsWith(`${TEST_SITE_URL}/`))).toEqual([]);
    }
    for (const feed of ['briefings/feed.xml', 'cases/feed.xml']) {
      const $ = load(await readFile(path.join(siteDir, feed), 'utf8'), { xml: true });
      // The case updates feed writes its links as given (they end in #event-n), its own without a slash.
      expect($('channel > link').text().replace(/\/$/, ''), feed).toBe(TEST_SITE_URL);
    }
    expect(await readFile(path.join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE_URL}/sitemap-index.xml`);
  });

  it('names the archive as content/site.yaml does, in each language, in titles, link previews and feeds', async () => {
    const names = { '': 'Briefing archive', 'ru/': 'Архив брифингов', 'kk/': 'Брифингтер мұрағаты' };
    for (const [prefix, name] of Object.entries(names)) {
      const $ = await loadPage(siteDir, `${prefix}index.html`);
      expect($('title').text(), prefix).toMatch(new RegExp(` · ${name}$`));
      expect($('meta[property="og:site_name"]').attr('content')).toBe(name);
      expect($('.site-name').text().trim()).toBe(name);
      expect($('h1').text()).toBe(name);
    }
    const feed = load(await readFile(path.join(siteDir, 'briefings/feed.xml'), 'utf8'), { xml: true });
    expect(feed('channel > title').text()).toBe('Briefing archive: briefings');
  });

  it('says whose archive it is on every kind of page: the logo, and the organisations linked to their pages', async () => {
    for (const [kind, pagePath] of Object.entries(pageKinds)) {
      const page = pageForLink(`/${pagePath.split('?')[0] ?? ''}`)?.page ?? '';
      const $ = await loadPage(siteDir, page);
      const logo = $('.site-header img.site-logo');
      expect(logo.attr('alt'), kind).toBe('');
      expect(existsSync(path.join(siteDir, logo.attr('src') ?? 'missing')), `${kind}: ${logo.attr('src')}`).toBe(true);
      expect($('.site-owners a').map((_, a) => $(a).attr('href')).get(), kind).toEqual(ORGANISATION_PAGES);
      expect($('.site-owners abbr').map((_, a) => $(a).attr('title')).get(), kind).toEqual(FULL_NAMES);
      expect($('.footer-owners a').map((_, a) => $(a).text()).get(), kind).toEqual(FULL_NAMES);
    }
    const $ = await loadPage(siteDir, 'ru/index.html');
    expect($('.site-owners').text()).toBe('Архив организаций IPHR и KIBHR');
    expect($('.site-owners a').first().attr('lang')).toBe('en');
  });
});

describe('the content-model page', () => {
  it('lists every field of content/site.yaml in the schema\'s words', async () => {
    const $ = await loadPage(siteDir, 'publishing/content-model/index.html');
    const rows = $('section[aria-labelledby="site-settings"] tbody tr');
    const fields = flattenFields(siteSettingsModel().fields);
    expect(rows.map((_, row) => $(row).find('th').text()).get()).toEqual(fields.map((f) => f.path));
    expect(rows.map((_, row) => $(row).find('td').eq(2).text()).get()).toEqual(fields.map((f) => f.description));
  });
});

describe('the home page', () => {
  it('has one search box, says whose archive it is, and shows the latest briefing in a few lines', async () => {
    for (const prefix of ['', 'ru/', 'kk/']) {
      const $ = await loadPage(siteDir, `${prefix}index.html`);
      expect($('form[role="search"]').length, prefix).toBe(1);
      expect($('.home-search input[name="q"]').length).toBe(1);
      expect($('.home-owners a').map((_, a) => $(a).attr('href')).get()).toEqual(ORGANISATION_PAGES);
      expect($('.home-identity img').attr('src')).toBe($('.site-logo').attr('src'));
      const summary = $('.feature .feature-summary').text();
      expect(summary.length, prefix).toBeGreaterThan(40);
      expect(summary.length, prefix).toBeLessThanOrEqual(220);
    }
    const $ = await loadPage(siteDir, 'index.html');
    expect($('.home-owners').text()).toBe(`An archive of ${FULL_NAMES.join(' and ')}.`);
    expect($('.feature h3 a').attr('href')).toBe('/briefings/2021-11-key-concerns-and-recommendations/');
  });

  it('describes the archive and its publishers to search engines', async () => {
    const $ = await loadPage(siteDir, 'index.html');
    const blocks = $('script[type="application/ld+json"]').toArray().map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
    const website = blocks.find((block) => block['@type'] === 'WebSite');
    expect(website).toMatchObject({
      name: 'Briefing archive',
      url: `${TEST_SITE_URL}/`,
      publisher: FULL_NAMES.map((name, i) => ({ '@type': 'Organization', name, url: `${TEST_SITE_URL}${ORGANISATION_PAGES[i]}` })),
    });
  });
});

describe('building without a real address', () => {
  it('refuses to build for publication, saying what to set, and writes nothing', async () => {
    const outDir = path.join(work, 'no-address');
    const build = runAstro(['build', '--outDir', outDir], { SITE_URL: undefined });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status).not.toBe(0);
    expect(output).toContain('The archive has no public address');
    expect(output).toContain('Set it once in content/site.yaml:   url: https://');
    expect(output).toContain('SITE_URL=https://<address> npm run build');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });

  it('refuses a placeholder SITE_URL, naming it', () => {
    const build = runAstro(['build', '--outDir', path.join(work, 'placeholder')], { SITE_URL: 'https://briefings.example.org' });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}\n${build.stderr}`).toContain('SITE_URL: "https://briefings.example.org" is a placeholder (example.org is reserved for examples)');
  });

  it('serves npm run dev with links that name the dev server', async () => {
    const server = await startAstroDev(repoRoot, 120_000, { SITE_URL: undefined });
    try {
      const $ = load(await (await fetch(`${server.url}cases/max-bokayev/`)).text());
      expect($('link[rel="canonical"]').attr('href')).toBe(`${server.url}cases/max-bokayev/`);
      expect($('.site-logo').attr('src')).toBeTruthy();
      expect((await fetch(new URL($('.site-logo').attr('src') ?? '', server.url))).ok).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('serves npm start at http://127.0.0.1:4321/ with links and citations that resolve there', async () => {
    const address = 'http://127.0.0.1:4321/';
    const taken = await new Promise<boolean>((resolve) => {
      const probe = createConnection(4321, '127.0.0.1').once('connect', () => { probe.destroy(); resolve(true); }).once('error', () => resolve(false));
    });
    expect(taken, 'port 4321 is in use: stop the server that holds it and run the test again').toBe(false);
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/start.mjs'), '--outDir', path.join(work, 'preview')], { cwd: repoRoot, stdio: 'ignore', env: { ...process.env, SITE_URL: undefined, ASTRO_TELEMETRY_DISABLED: '1' } });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      let page: Response | undefined;
      for (const deadline = Date.now() + 240_000; Date.now() < deadline && child.exitCode === null;) {
        page = await fetch(`${address}cases/max-bokayev/`).catch(() => undefined);
        if (page) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(page?.ok, 'npm start answered').toBe(true);
      const $ = load(await page?.text() ?? '');
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      expect(canonical).toBe(`${address}cases/max-bokayev/`);
      expect((await fetch(canonical)).ok).toBe(true);
      const paper = `${address}briefings/2021-11-key-concerns-and-recommendations/`;
      const briefing = load(await (await fetch(paper)).text());
      expect(briefing('meta[name="citation_public_url"]').attr('content')).toBe(paper);
      expect(await (await fetch(`${paper}cite.ris`)).text()).toContain(`UR  - ${paper}`);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
