import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, loadPage } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');
const SITE = 'https://archive.test/';
const PAPER = 'briefings/2021-11-key-concerns-and-recommendations/';
const page = (p: string) => loadPage(siteDir, `${p}index.html`);
/** The hreflang links of a page, as language → path inside the site. */
const hreflangs = ($: CheerioAPI): Record<string, string> => Object.fromEntries($('link[rel="alternate"][hreflang]').toArray().map((l) => [l.attribs.hreflang, (l.attribs.href ?? '').replace(SITE, '')]));

let pages: string[];
beforeAll(async () => {
  pages = await htmlPages(siteDir);
});

describe('interface languages', () => {
  it('serves home, briefings and search in Russian and Kazakh under /ru/ and /kk/', async () => {
    const expected = {
      ru: { skip: 'Перейти к содержанию', search: 'Найти', briefings: 'Брифинги' },
      kk: { skip: 'Мазмұнға өту', search: 'Іздеу', briefings: 'Брифингтер' },
    };
    for (const [lang, words] of Object.entries(expected)) {
      for (const section of ['', 'briefings/', 'search/']) {
        const $ = await page(`${lang}/${section}`);
        expect($('html').attr('lang'), `${lang}/${section}`).toBe(lang);
        expect($('.skip-link').text()).toBe(words.skip);
        // The header's search box, or on the home page its own larger one instead.
        const search = $('.site-search, .home-search');
        expect(search.length, `${lang}/${section}`).toBe(1);
        expect(search.find('button').text()).toBe(words.search);
        expect(search.attr('action')).toBe(`/${lang}/search/`);
        expect($('.site-nav a').first().text()).toBe(words.briefings);
        expect($('.site-nav a').first().attr('href')).toBe(`/${lang}/briefings/`);
        expect($('.site-name').attr('href')).toBe(`/${lang}/`);
      }
    }
  });

  it('keeps the interface of English pages in English', async () => {
    for (const p of ['', 'cases/max-bokayev/', PAPER]) {
      const $ = await page(p);
      expect($('html').attr('lang')).toBe('en');
      expect($('.skip-link').text()).toBe('Skip to content');
      expect($('.site-nav, .site-footer').text()).not.toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('writes dates and counts the way each language does', async () => {
    const $ = await page('ru/briefings/');
    expect($('main .meta').first().text()).toBe('6 документов, сначала новые.');
    expect($('main').text()).toContain('ноябрь 2021 г.');
  });

  it('offers every language from every page, leading to the same page where it exists', async () => {
    const $ = await page('cases/max-bokayev/');
    expect($('.language-nav a').toArray().map((a) => [a.attribs.hreflang, a.attribs.href])).toEqual([['en', '/'], ['ru', '/ru/'], ['kk', '/kk/']]);
    const paper = await page(PAPER);
    expect(paper('.language-nav a[hreflang="ru"]').attr('href')).toBe(`/ru/${PAPER}`);
    expect(paper('.language-nav a[aria-current="true"]').attr('hreflang')).toBe('en');
  });
});

describe('translations of briefings', () => {
  it('publishes the translated summary in its language, linked to the original', async () => {
    const $ = await page(`ru/${PAPER}`);
    expect($('html').attr('lang')).toBe('ru');
    expect($('h1').text()).toBe('Основные проблемы и рекомендации в области защиты основных прав в Казахстане');
    expect($('.summary').text()).toMatch(/^IPHR и КМБПЧ не видят существенных улучшений/);
    expect($('.translation-notice').text()).toMatch(/Перевод; язык оригинала: английский\. Перевод: редакция архива\./);
    expect($(`.translation-summary-only a[href="/${PAPER}"]`).attr('hreflang')).toBe('en');
    // Names from the English records are marked as English for screen readers.
    expect($('.meta-list a[href="/organisations/kibhr/"]').attr('lang')).toBe('en');
  });

  it('links every language version of the paper to every other with hreflang, both ways', async () => {
    const versions = { en: PAPER, ru: `ru/${PAPER}`, kk: `kk/${PAPER}`, 'x-default': PAPER };
    for (const p of [PAPER, `ru/${PAPER}`, `kk/${PAPER}`]) {
      const $ = await page(p);
      expect(hreflangs($), p).toEqual(versions);
      const others = $('.language-versions a').toArray().map((a) => a.attribs.hreflang);
      expect(others.sort(), p).toEqual(['en', 'kk', 'ru'].filter((l) => !p.startsWith(l === 'en' ? 'briefings' : `${l}/`)).sort());
    }
    expect((await page(PAPER))('.language-versions a[hreflang="ru"]').text()).toBe('Русский (перевод)');
  });

  it('shows a briefing in its translation on the list of the translation\'s language', async () => {
    const $ = await page('kk/briefings/');
    const first = $('.entry-list h2 a').first();
    expect(first.attr('href')).toBe(`/kk/${PAPER}`);
    expect(first.text()).toMatch(/^Қазақстандағы негізгі құқықтарды/);
    // Briefings without a Kazakh translation stay in English, marked as such.
    expect($('.entry-list h2 a').eq(1).attr('lang')).toBe('en');
  });

  it('gives every hreflang link a page that exists and links back', async () => {
    let checked = 0;
    for (const p of pages) {
      const links = hreflangs(await loadPage(siteDir, p));
      for (const [lang, target] of Object.entries(links)) {
        const file = path.join(siteDir, target, 'index.html');
        expect(existsSync(file), `${p} → ${lang} ${target}`).toBe(true);
        expect(hreflangs(await loadPage(siteDir, path.relative(siteDir, file))), `${target} links back to ${p}`).toEqual(links);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('scripts on translation pages', () => {
  it('loads no script on a translation that has only its summary', async () => {
    const $ = await page(`ru/${PAPER}`);
    expect($('script[src]')).toHaveLength(0);
    expect((await page(PAPER))('script[type="module"][src]')).toHaveLength(2);
  });
});
