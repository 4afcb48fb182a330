import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite, type SiteServer } from '../helpers/browser.ts';
import { loadPage } from '../helpers/built-site.ts';
import { citationFields, readCitationFile } from '../helpers/citation-files.ts';
import { zoteroItem } from '../helpers/zotero-model.ts';
import { contentFixture, repoRoot, type ContentFixture } from '../helpers/content-fixture.ts';
import { runAstro, startAstroDev } from '../helpers/run.ts';

// The bundled corpus has no source with an original-language title or an archived copy, and no
// briefing with a named author or a report number: this small project has each.
const BRIEFING = 'briefings/2021-03-nurmaganov-update/index.html';
const SOURCE = 'sources/azattyq-nurmaganov-sentence/index.html';
const ORIGINAL_TITLE = 'Суд приговорил Аскара Нурмаганова к шести годам';
const ARCHIVED = 'https://web.archive.org/web/20210204000000/https://rus.azattyq.org/a/31115496.html';
let fixture: ContentFixture;
let outDir: string;
/** What the fixture's build printed: the routes it rendered, one a line. */
let buildLog: string;

beforeAll(async () => {
  fixture = await contentFixture('citing');
  // Copies, not links, of the code: Astro's compiler and the config (which reads the footnotes'
  // sources next to itself) need the files to lie inside the project.
  for (const own of ['src', 'public', 'package.json', 'tsconfig.json', 'astro.config.mjs']) {
    await cp(path.join(repoRoot, own), path.join(fixture.root, own), { recursive: true });
  }
  await symlink(path.join(repoRoot, 'node_modules'), path.join(fixture.root, 'node_modules'));
  outDir = await mkdtemp(path.join(tmpdir(), 'briefings-citing-'));
  const result = runAstro(['build', '--root', fixture.root, '--outDir', outDir]);
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stdout}\n${result.stderr}`);
  buildLog = stripVTControlCharacters(result.stdout);
});

afterAll(async () => {
  await fixture?.dispose();
  await rm(outDir, { recursive: true, force: true });
});

describe('a source in Russian with an archived copy', () => {
  it('shows its original title in its language and its archived copy beside the original on its page', async () => {
    const $ = await loadPage(outDir, SOURCE);
    expect($('article p[lang="ru"]').text()).toBe(ORIGINAL_TITLE);
    const rows = $('dl.meta-list dt').map((_, dt) => `${$(dt).text()}: ${$(dt).next('dd').find('a').attr('href') ?? $(dt).next('dd').text()}`).get();
    expect(rows).toContain('Address: https://rus.azattyq.org/a/31115496.html');
    expect(rows[rows.indexOf('Address: https://rus.azattyq.org/a/31115496.html') + 1]).toBe(`Archived copy: ${ARCHIVED}`);
  });

  it('shows both in the briefing’s footnote and in its list of sources', async () => {
    const $ = await loadPage(outDir, BRIEFING);
    const line = $('#user-content-fn-verdict-note .footnote-source');
    expect(line.find('span[lang="ru"]').text()).toBe(ORIGINAL_TITLE);
    expect(line.find('a.archived-copy').attr('href')).toBe(ARCHIVED);
    const listed = $('section[aria-labelledby="bibliography"] li:has(a[href="/sources/azattyq-nurmaganov-sentence/"])');
    expect(listed.find('span[lang="ru"]').text()).toBe(ORIGINAL_TITLE);
    expect(listed.find('a.archived-copy').attr('href')).toBe(ARCHIVED);
  });

  it('gives Zotero the article with its original title in Extra and its date, not the date it was last checked', async () => {
    const $ = await loadPage(outDir, SOURCE);
    expect(zoteroItem($, 'https://briefings.example.org/sources/azattyq-nurmaganov-sentence/')).toMatchObject({
      itemType: 'newspaperArticle', title: 'Court sentences Askar Nurmaganov to six years', publicationTitle: 'Radio Azattyq', date: '2021/02/03',
      url: 'https://rus.azattyq.org/a/31115496.html', language: 'ru', extra: `Original Title: ${ORIGINAL_TITLE}`, misplaced: [],
    });
    expect($('time[datetime]').map((_, t) => $(t).attr('datetime')).get()).toEqual(['2021-02-03']);
  });

  it('exports its original title, accessed date and archived copy', async () => {
    const [record] = readCitationFile(await readFile(path.join(outDir, 'sources/azattyq-nurmaganov-sentence/cite.json'), 'utf8'), 'json');
    expect(record).toMatchObject({ 'original-title': ORIGINAL_TITLE, accessed: { 'date-parts': [[2024, 5, 1]] }, note: `Archived copy: ${ARCHIVED}` });
  });
});

describe('a briefing with a named author and a report number', () => {
  it('gives Zotero the author, the report number and the full date', async () => {
    const $ = await loadPage(outDir, BRIEFING);
    const meta = (name: string) => $(`meta[name="${name}"]`).map((_, m) => $(m).attr('content')).get();
    expect(meta('citation_author')).toEqual(['Akylbekova, Roza']);
    expect(meta('citation_technical_report_number')).toEqual(['KIBHR-MU-2021/04']);
    expect(meta('citation_publication_date')).toEqual(['2021/03/05']);
    expect(meta('citation_technical_report_institution')).toEqual(['Kazakhstan International Bureau for Human Rights and Rule of Law']);
    const report = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(report).toMatchObject({ author: [{ '@type': 'Person', name: 'Roza Akylbekova' }], reportNumber: 'KIBHR-MU-2021/04', datePublished: '2021-03-05' });
  });

  it('cites the author and the number in every format', async () => {
    for (const type of ['bib', 'ris', 'json'] as const) {
      const [record] = readCitationFile(await readFile(path.join(outDir, `briefings/2021-03-nurmaganov-update/cite.${type}`), 'utf8'), type);
      expect(citationFields(record ?? {}).authors, type).toEqual(['Akylbekova, Roza']);
      expect(record?.number, type).toBe('KIBHR-MU-2021/04');
      expect(citationFields(record ?? {}).issued, type).toEqual([2021, 3, 5]);
    }
  });
});

describe('a translation with its full text', () => {
  it('renders the translated text with its notes, contents and labels in Russian, and no summary-only notice', async () => {
    const $ = await loadPage(outDir, 'ru/briefings/2021-03-nurmaganov-update/index.html');
    expect($('html').attr('lang')).toBe('ru');
    expect($('.toc h2').text()).toBe('Содержание');
    expect($('#footnote-label').text()).toBe('Примечания');
    expect($('[data-footnote-backref]').first().attr('aria-label')).toBe('Назад к ссылке 1');
    // The source is in Russian, as the text is: the note does not say so.
    expect($('.footnote-source').first().text()).toContain('архивная копия');
    expect($('.footnote-source').first().text()).not.toContain('язык');
    expect($('.prose a[href="/cases/askar-nurmaganov/"]').text()).toBe('Аскара Нурмаганова');
    expect($('.translation-summary-only')).toHaveLength(0);
    expect($('script[type="module"][src]')).toHaveLength(1);
    expect($('.translation-notice').text()).toContain('Перевод: КМБПЧ.');
    const original = await loadPage(outDir, BRIEFING);
    expect(original('.language-versions a[hreflang="ru"]').attr('href')).toBe('/ru/briefings/2021-03-nurmaganov-update/');
  });
});

describe('citation files', () => {
  it('are written with their pages in a build, not rendered as routes of their own', async () => {
    // As routes: 45,000 for 10,000 briefings and their sources, each costing Astro about as much as a page.
    expect(buildLog).toContain('/briefings/2021-03-nurmaganov-update/index.html');
    expect(buildLog).not.toMatch(/cite\.(bib|ris|json)/);
    expect(await readFile(path.join(outDir, 'briefings/2021-03-nurmaganov-update/cite.ris'), 'utf8')).toMatch(/^TY {2}- /);
  });

  // A build writes them next to their pages; the dev server answers them from routes (see
  // citationFilePaths in src/site/citations/files.ts): both must give the same file.
  it('are served by the dev server as the build writes them', { timeout: 120_000 }, async () => {
    const server = await startAstroDev(fixture.root);
    try {
      for (const file of ['briefings/2021-03-nurmaganov-update/cite.bib', 'briefings/2021-03-nurmaganov-update/cite.ris', 'sources/azattyq-nurmaganov-sentence/cite.json']) {
        const response = await fetch(`${server.url}${file}`);
        expect(response.status, file).toBe(200);
        expect(await response.text(), file).toBe(await readFile(path.join(outDir, file), 'utf8'));
      }
    } finally {
      await server.stop();
    }
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    server = await serveSite(outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the note beside the text shows the original-language title beside its English gloss', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}briefings/2021-03-nurmaganov-update/`);
    const preview = page.locator('.sidenote').first();
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.innerText()).toContain(`Court sentences Askar Nurmaganov to six years (“${ORIGINAL_TITLE}”)`);
    expect(await preview.locator('span[lang="ru"]').innerText()).toBe(ORIGINAL_TITLE);
    await page.close();
  });

  it('a footnote’s permanent link is reached with Tab after its back-link and followed with Enter', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}briefings/2021-03-nurmaganov-update/`);
    await page.locator('#user-content-fn-verdict a[data-footnote-backref]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe('Link to note 1');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#user-content-fn-verdict');
    await page.close();
  });
});
