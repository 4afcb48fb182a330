import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPartialDate, isPartialDate } from '../../src/lib/dates.ts';
import { corpusData } from '../helpers/corpus-data.ts';
import { htmlPages, loadPage, pageForLink } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');
let pages: string[];
let corpus: Awaited<ReturnType<typeof corpusData>>;
const RECORD_PAGES = /^(cases|laws|organisations|topics|dialogues|sources)\//;

beforeAll(async () => {
  pages = await htmlPages(siteDir);
  corpus = await corpusData();
});

describe('statuses', () => {
  it('never appear without a date: every status badge says since when and as of which report', async () => {
    let checked = 0;
    for (const page of pages.filter((p) => RECORD_PAGES.test(p))) {
      const $ = await loadPage(siteDir, page);
      $('.status').each((_, badge) => {
        const phrase = $(badge).closest('.case-status');
        expect(phrase, `${page}: a status outside its phrase`).toHaveLength(1);
        const asOf = phrase.attr('data-as-of') ?? '';
        expect(isPartialDate(asOf), `${page}: ${phrase.text()}`).toBe(true);
        const text = phrase.text().replace(/\s+/g, ' ');
        if ($(badge).text() === 'Deceased') expect(text, page).toMatch(/^Deceased \(\d{4}.*\)$/);
        else expect(text, page).toContain(`, as of ${formatPartialDate(asOf)}`);
        checked++;
      });
    }
    // The cases directory, every case page, law pages, organisation, topic and round pages.
    expect(checked).toBeGreaterThan(150);
    const org = await loadPage(siteDir, 'organisations/kibhr/index.html');
    expect(org('section[aria-labelledby="cases"] .case-status').length).toBeGreaterThan(0);
    const topic = await loadPage(siteDir, 'topics/freedom-of-peaceful-assembly/index.html');
    expect(topic('section[aria-labelledby="cases"] .case-status').length).toBeGreaterThan(0);
  });

  it('says as of when the directory’s status chart counts', async () => {
    const $ = await loadPage(siteDir, 'cases/index.html');
    // The latest report is Max Bokayev's supervision, dated only "2021", which may be after November 2021.
    expect($('#chart-status-caption').text()).toBe('Cases by current status (as of 2021)');
  });

  it('gives a pending charge the date of the last report', async () => {
    for (const page of pages.filter((p) => /^(cases|laws)\//.test(p))) {
      const $ = await loadPage(siteDir, page);
      const text = $('main').text().replace(/\s+/g, ' ');
      for (const match of text.matchAll(/Pending(.{0,30})/g)) expect(match[1], page).toMatch(/^, as of \w/);
    }
  });
});

describe('a case’s line in the directory', () => {
  it('shows its own latest news, not a later event about other people', async () => {
    const $ = await loadPage(siteDir, 'cases/index.html');
    const agadil = $('.case-group li:has(a[href="/cases/dulat-agadil/"])');
    expect(agadil.find('.case-status').text()).toBe('Deceased (2020)');
    const latest = agadil.find('p:contains("Latest:")');
    expect(latest.text()).toContain('2020: He died in police custody.');
    expect(latest.find('a').attr('href')).toBe('/cases/dulat-agadil/#event-1');
    // The event stays on his page, linked to the case it is about.
    const page = await loadPage(siteDir, 'cases/dulat-agadil/index.html');
    expect(page('#event-2 a[href="/cases/almaty-street-party-13/"]').text()).toBe('Thirteen Almaty activists (Street Party case)');
  });

  it('names the articles beside their numbers', async () => {
    const $ = await loadPage(siteDir, 'cases/index.html');
    expect($('.case-group li:has(a[href="/cases/max-bokayev/"]) a[href="/laws/cc-174/"]').text()).toBe('Art. 174 — Inciting social discord');
    expect($('#filter-article option[value="cc-405"]').text()).toBe('Art. 405 — Banned extremist organisation');
  });

  it('files Astana and Nur-Sultan under one city', async () => {
    const $ = await loadPage(siteDir, 'cases/index.html');
    const options = $('#filter-region option').map((_, o) => $(o).text()).get();
    expect(options).toContain('Astana (Nur-Sultan)');
    expect(options.filter((o) => /Astana|Nur-Sultan/.test(o))).toHaveLength(1);
    expect($('.case-group li:has(a[href="/cases/aigul-utepova/"])').attr('data-region')).toBe('Astana');
    expect($('.case-group li:has(a[href="/cases/makhambet-abzhan/"])').attr('data-region')).toBe('Astana');
  });
});

describe('dialogue rounds', () => {
  it('link each round to the rounds before and after it', async () => {
    const round = await loadPage(siteDir, 'dialogues/2015-11-astana/index.html');
    expect(round('nav.round-nav a[rel="prev"]').attr('href')).toBe('/dialogues/2014-11-brussels/');
    expect(round('nav.round-nav a[rel="next"]').attr('href')).toBe('/dialogues/2021-11/');
    const first = await loadPage(siteDir, 'dialogues/2008-10-astana/index.html');
    expect(first('nav.round-nav a[rel="prev"]')).toHaveLength(0);
    expect(first('nav.round-nav a[rel="next"]').attr('href')).toBe('/dialogues/2011-11/');
  });

  it('show the cases and recommendations raised in the round’s briefings, linked to where they stand', async () => {
    const round = await loadPage(siteDir, 'dialogues/2021-11/index.html');
    const listed = (corpus.get('briefings')?.get('2021-11-key-concerns-and-recommendations')?.cases as string[]).map((id) => `/cases/${id}/`).sort();
    expect(round('section[aria-labelledby="cases"] a').map((_, a) => round(a).attr('href')).get().sort()).toEqual(listed);
    const blocks = round('.recommendation-block');
    expect(blocks).toHaveLength(4);
    expect(blocks.first().find('h3').text()).toBe('Freedom of Association');
    expect(blocks.first().find('li').first().text()).toContain('Stop misusing charges of involvement in “extremist” organisations');
    const briefing = await loadPage(siteDir, 'briefings/2021-11-key-concerns-and-recommendations/index.html');
    for (const link of blocks.find('a').toArray()) {
      const target = pageForLink(round(link).attr('href') ?? '');
      expect(target?.page).toBe('briefings/2021-11-key-concerns-and-recommendations/index.html');
      const heading = briefing(`[id="${target?.fragment}"]`);
      expect(heading.text()).toContain('Recommendations');
      expect(heading.closest('.prose > *').nextAll('.recommendations').length).toBeGreaterThan(0);
    }
  });

  it('mark the years with no round in the archive', async () => {
    const $ = await loadPage(siteDir, 'dialogues/index.html');
    const gaps = $('ol.rounds > li.round-gap').map((_, li) => $(li).text().trim()).get();
    expect(gaps).toEqual(['No round in the archive in 2016–2020 (5 years)', 'No round in the archive in 2012', 'No round in the archive in 2009–2010 (2 years)']);
    expect($('ol.rounds > li.round-gap').first().prev().find('a[href="/dialogues/2021-11/"]')).toHaveLength(1);
  });
});

describe('law pages', () => {
  it('list the briefings that discuss the article, with the notes that cite its text', async () => {
    const $ = await loadPage(siteDir, 'laws/cc-405/index.html');
    const item = $('section[aria-labelledby="discussed"] li:has(a[href="/briefings/2021-11-key-concerns-and-recommendations/"])');
    expect(item.find('a[href="/briefings/2021-11-key-concerns-and-recommendations/#user-content-fn-8"]').text()).toBe('note 8');
    expect(item.find('a[href="/cases/almaty-street-party-13/"]')).toHaveLength(1);
  });
});

describe('sources', () => {
  it('are grouped under their publishers, in order', async () => {
    const $ = await loadPage(siteDir, 'sources/index.html');
    const publishers = $('section.publisher > h2').map((_, h) => $(h).text()).get();
    expect(publishers).toEqual([...publishers].sort((a, b) => a.localeCompare(b)));
    expect(new Set(publishers).size).toBe(publishers.length);
    let sources = 0;
    for (const [id, data] of corpus.get('sources') ?? []) {
      const section = $(`section.publisher:has(h3 a[href="/sources/${id}/"])`);
      expect(section.find('> h2').text(), id).toBe(data.publisher);
      sources++;
    }
    expect($('section.publisher h3')).toHaveLength(sources);
    expect($('nav.publisher-index a').map((_, a) => $(a).attr('href')).get()).toEqual($('section.publisher > h2').map((_, h) => `#${$(h).attr('id')}`).get());
  });

  it('say language and kind in words, and where they are cited without internal labels', async () => {
    const $ = await loadPage(siteDir, 'sources/azattyq-31115496/index.html');
    const record = new Map($('dl.source-record dt').map((_, dt) => [[$(dt).text(), $(dt).next('dd').text()]]).get() as Array<[string, string]>);
    expect(record.get('Language')).toBe('Russian');
    expect(record.get('Kind')).toBe('news report');
    expect($('.cited-in a[href="/cases/askar-nurmaganov/#event-1"]').text()).toMatch(/^case timeline, February 2021: He was sentenced/);
    const index = await loadPage(siteDir, 'sources/index.html');
    expect(index('li:has(h3 a[href="/sources/azattyq-31115496/"]) > p.meta').text()).toBe('News report in Russian');
    for (const page of pages.filter((p) => p.startsWith('sources/'))) {
      const text = (await loadPage(siteDir, page))('main').text();
      expect(text, page).not.toMatch(/\b(timeline|outcomes|politicalPrisoner)\[\d+\]/);
    }
  });

  it('link every note and event they name to an element that exists on its page', async () => {
    let checked = 0;
    for (const page of pages.filter((p) => p.startsWith('sources/'))) {
      const $ = await loadPage(siteDir, page);
      for (const link of $('.cited-in a[href*="#"]').toArray()) {
        const href = $(link).attr('href') ?? '';
        const target = pageForLink(href);
        const linked = await loadPage(siteDir, target?.page ?? '');
        expect(linked(`[id="${target?.fragment}"]`), `${page}: ${href}`).toHaveLength(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
