import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { collectionNames, collections } from '../../src/lib/collections.ts';
import { repoRoot } from '../helpers/content-fixture.ts';
import { urlProblem } from '../../src/lib/urls.ts';
import { brokenLinks, htmlPages, loadPage, pageForLink } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');
const PAPER = 'briefings/2021-11-key-concerns-and-recommendations/index.html';
let pages: string[];

beforeAll(async () => {
  pages = await htmlPages(siteDir);
});

async function entryIds(collection: (typeof collectionNames)[number]): Promise<string[]> {
  const files = await readdir(path.join(repoRoot, 'content', collections[collection].directory));
  return files.filter((f) => /\.(mdx|ya?ml)$/.test(f)).map((f) => f.replace(/\.[^.]+$/, '')).sort();
}

describe('the site built from the bundled corpus', () => {
  it('publishes a list page and one page per entry for every collection', async () => {
    // Translations are published under their language: content/translations/ru/<briefing>.mdx
    // at ru/briefings/<briefing>/ (tests/site/languages.test.ts).
    for (const collection of collectionNames.filter((c) => c !== 'translations')) {
      const published = pages
        .filter((p) => p.startsWith(`${collection}/`) && p !== `${collection}/index.html`)
        .map((p) => p.split('/')[1]);
      expect(published, collection).toEqual(await entryIds(collection));
      expect(pages, collection).toContain(`${collection}/index.html`);
    }
    expect(pages).toContain('index.html');
    for (const language of await readdir(path.join(repoRoot, 'content/translations'))) {
      for (const file of await readdir(path.join(repoRoot, 'content/translations', language))) {
        expect(pages).toContain(`${language}/briefings/${file.replace(/\.mdx$/, '')}/index.html`);
      }
    }
  });

  it('renders all 59 footnotes of the 2021 paper, each linked both ways', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const notes = $('section[data-footnotes] li[id^="user-content-fn-"]');
    expect(notes).toHaveLength(59);
    notes.each((_, note) => {
      const label = $(note).attr('id')?.replace('user-content-fn-', '');
      const back = $(note).find('a[data-footnote-backref]');
      expect(back.attr('href'), `back-link of note ${label}`).toBe(`#user-content-fnref-${label}`);
      expect(back.attr('aria-label'), `back-link label of note ${label}`).toMatch(/Back to reference/);
      const mark = $(`[id="user-content-fnref-${label}"]`);
      expect(mark, `mark of note ${label}`).toHaveLength(1);
      expect(mark.attr('href')).toBe(`#user-content-fn-${label}`);
    });
    const labels = notes.map((_, n) => $(n).attr('id')).get();
    expect(labels).toEqual(Array.from({ length: 59 }, (_, i) => `user-content-fn-${i + 1}`));
  });

  it('prints the corrected address of footnote 20 and no mistyped address anywhere', async () => {
    for (const page of pages) {
      const html = await readFile(path.join(siteDir, page), 'utf8');
      expect(html.includes('http://ttps://'), page).toBe(false);
    }
    const $ = await loadPage(siteDir, PAPER);
    expect($('#user-content-fn-20 a[href="https://bureau.kz/novosti/sobstvennaya_informaciya/on_vyshel_chtoby_vernutsya/"]')).toHaveLength(1);
  });

  it('gives every heading an anchor that is labelled and kept out of the heading text', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const headings = $('.prose .heading-wrapper > h2, .prose .heading-wrapper > h3');
    expect(headings.length).toBeGreaterThanOrEqual(14);
    headings.each((_, heading) => {
      const id = $(heading).attr('id');
      const anchor = $(heading).next('a.heading-anchor');
      expect(anchor.attr('href')).toBe(`#${id}`);
      expect(anchor.find('.visually-hidden').text()).toBe(`Link to the section “${$(heading).text()}”`);
      expect($(heading).text()).not.toContain('#');
    });
    const toc = $('nav.toc a').map((_, a) => $(a).text()).get();
    expect(toc).toContain('Freedom of Association');
    expect(toc.join(' ')).not.toContain('Link to the section');
  });

  it('links each briefing to the cases it discusses and each case back to those briefings', async () => {
    for (const briefing of pages.filter((p) => /^briefings\/[^/]+\/index\.html$/.test(p))) {
      const $ = await loadPage(siteDir, briefing);
      const cases = $('section[aria-labelledby="cases-in-paper"] a').map((_, a) => $(a).attr('href')).get();
      for (const href of cases) {
        const target = pageForLink(href);
        expect(target, href).toBeDefined();
        const $case = await loadPage(siteDir, target?.page ?? '');
        const back = $case('section[aria-labelledby="briefings"] a').map((_, a) => $case(a).attr('href')).get();
        expect(back, `${target?.page} lists ${briefing}`).toContain(`/${briefing.replace('index.html', '')}`);
      }
    }
  });

  it('turns <Case> mentions into links to existing case profiles', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const mentions = $('.prose a.case-mention');
    expect(mentions.length).toBeGreaterThanOrEqual(17);
    mentions.each((_, a) => {
      expect(pages).toContain(pageForLink($(a).attr('href') ?? '')?.page);
    });
  });

  it('has no broken internal link or fragment on any page', async () => {
    expect(await brokenLinks(siteDir)).toEqual([]);
  });

  it('writes every external link as a well-formed http(s) address', async () => {
    const malformed: string[] = [];
    for (const page of pages) {
      const $ = await loadPage(siteDir, page);
      $('a[href]').each((_, a) => {
        const href = $(a).attr('href') ?? '';
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('mailto:')) {
          const problem = urlProblem(href);
          if (problem) malformed.push(`${page}: ${problem}`);
        }
      });
    }
    expect(malformed).toEqual([]);
  });
});
