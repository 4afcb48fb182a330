import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { caseStatusLabels } from '../../src/lib/cases.ts';
import { corpusData } from '../helpers/corpus-data.ts';
import { htmlPages, loadPage, pageForLink } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');
const PAPER = 'briefings/2021-11-key-concerns-and-recommendations/index.html';
let pages: string[];
let corpus: Awaited<ReturnType<typeof corpusData>>;
type Charge = { law: string; date?: string };
type CaseData = { name: string; status: Array<{ status: string; since: string }>; charges?: Charge[]; aliases?: string[] };
const cases = () => [...(corpus.get('cases') ?? new Map())] as Array<[string, CaseData]>;

beforeAll(async () => {
  pages = await htmlPages(siteDir);
  corpus = await corpusData();
});

describe('every page', () => {
  it('has one h1, a main landmark reached by the skip link, navigation and a language', async () => {
    for (const page of pages) {
      const $ = await loadPage(siteDir, page);
      expect($('h1'), page).toHaveLength(1);
      expect($('main#main'), page).toHaveLength(1);
      expect($('a.skip-link').attr('href'), page).toBe('#main');
      // Pages under /ru/ and /kk/ are in that language, their navigation too (tests/site/languages.test.ts).
      const lang = /^(ru|kk)\//.exec(page)?.[1] ?? 'en';
      expect($('nav.site-nav'), page).toHaveLength(1);
      expect($('nav.site-nav').attr('aria-label'), page).toBe({ en: 'Main', ru: 'Основное меню', kk: 'Негізгі мәзір' }[lang]);
      expect($('html').attr('lang'), page).toBe(lang);
    }
  });

  it('marks titles and names written in Russian or Kazakh with their language', async () => {
    const $ = await loadPage(siteDir, 'cases/max-bokayev/index.html');
    expect($('span[lang="ru"]').map((_, el) => $(el).text()).get()).toContain('Макс Бокаев');
    const org = await loadPage(siteDir, 'organisations/kibhr/index.html');
    expect(org('[lang="ru"]').text()).toContain('Казахстанское международное бюро');
  });
});

describe('the briefing page', () => {
  it('shows kind, date, organisations and dialogue round, then the summary and a table of contents', async () => {
    const $ = await loadPage(siteDir, PAPER);
    expect($('.eyebrow').first().text()).toBe('Briefing paper');
    const meta = $('dl.meta-list').text();
    expect(meta).toContain('November 2021');
    expect(meta).toContain('International Partnership for Human Rights');
    expect($('dl.meta-list a[href="/dialogues/2021-11/"]').text()).toContain('November 2021');
    expect($('p.summary').text().length).toBeGreaterThan(100);
    expect($('nav.toc details').attr('open')).toBeUndefined();
    const toc = $('nav.toc a').map((_, a) => $(a).attr('href')).get();
    for (const href of toc) expect($(`[id="${href.slice(1)}"]`), href).toHaveLength(1);
  });

  it('ties every footnote mark to its note for screen readers, and names in each note the sources it cites, once', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const marks = $('a[data-footnote-ref]');
    expect(marks.length).toBeGreaterThanOrEqual(59);
    marks.each((_, mark) => {
      const described = $(mark).attr('aria-describedby') ?? '';
      expect($(`[id="${described}"]`), described).toHaveLength(1);
      expect($(`[id="${described}"]`).closest('li').attr('id')).toBe($(mark).attr('href')?.slice(1));
    });
    const note9 = $('#user-content-fn-9-note .footnote-source');
    expect(note9.map((_, line) => $(line).find('a').first().attr('href')).get()).toEqual([
      'https://rus.azattyq.org/a/31115496.html',
      'https://bureau.kz/novosti/priznat-i-otrechsya/',
    ]);
    expect(note9.first().text()).toBe('Radio Azattyq report on the sentencing of Askar Nurmaganov, Radio Azattyq (RFE/RL Kazakh service), in Russian');
    expect($('#user-content-fn-3-note .footnote-source')).toHaveLength(0);
    // No note shows an address as its text when a source record stands for it.
    const bare = $('.footnote-note a').filter((_, a) => /^https?:/.test($(a).text())).map((_, a) => $(a).attr('href')).get();
    const recorded = new Set([...(corpus.get('sources') ?? new Map()).values()].flatMap((s) => [s['url'], s['archived']]));
    expect(bare.filter((url) => recorded.has(url))).toEqual([]);
  });

  it('sets the recommendations apart and closes with cases, sources, related briefings and the original', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const blocks = $('.prose .recommendations');
    expect(blocks).toHaveLength(4);
    blocks.each((_, block) => {
      expect($(block).text()).toContain('The authorities of Kazakhstan should');
      expect($(block).find('li').length).toBeGreaterThanOrEqual(3);
    });
    const listed = (corpus.get('briefings')?.get('2021-11-key-concerns-and-recommendations')?.cases as string[]).map((id) => `/cases/${id}/`);
    expect($('section[aria-labelledby="cases-in-paper"] a').map((_, a) => $(a).attr('href')).get().sort()).toEqual(listed.sort());
    expect($('section[aria-labelledby="bibliography"] li').length).toBe(65);
    expect($('section[aria-labelledby="related"] li').length).toBeGreaterThan(0);
    expect($('section[aria-labelledby="original"]').text()).toContain('International Partnership for Human Rights');
  });

  it('lists the sources cited by publisher, each once, with the host of its address', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const publishers = $('.source-groups dt').map((_, dt) => $(dt).text()).get();
    expect(new Set(publishers).size).toBe(publishers.length);
    const azattyq = $('.source-groups > div:has(dt:contains("Radio Azattyq (RFE/RL Kazakh service)")) li');
    expect(azattyq.length).toBeGreaterThan(5);
    const line = $('.source-groups li:has(a[href="/sources/azattyq-31115496/"])');
    expect(line.find('a.source-url').text()).toBe('rus.azattyq.org');
    expect(line.find('a.source-url').attr('href')).toBe('https://rus.azattyq.org/a/31115496.html');
    expect(line.text()).toContain('in Russian');
  });

  it('relates only the briefings that share cases or the dialogue round, and says what each shares', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const related = $('section[aria-labelledby="related"] li');
    const hrefs = related.map((_, li) => $(li).find('a').first().attr('href')).get();
    expect(hrefs).toEqual([
      '/briefings/2017-08-monitoring-update-expo-2017/',
      '/briefings/2013-11-eu-should-focus-on-free-speech-crackdown/',
      '/briefings/2015-11-eu-kazakhstan-talk-rights-social-media/',
    ]);
    expect(related.first().find('.related-shares').text()).toBe('2 cases in common · 12 topics in common');
    expect(hrefs).not.toContain('/briefings/euractiv-interview-nazgul-yergalieva/');
  });

  it('loads only the scripts for notes and contents and for Cite this, as external modules (JSON-LD is data, not a script)', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const scripts = $('script:not([type="application/ld+json"])');
    expect(scripts.length).toBeLessThanOrEqual(2);
    scripts.each((_, s) => expect($(s).attr('src'), 'inline script').toBeDefined());
  });
});

describe('the case page', () => {
  it('links to the exact place each briefing discusses the case, and that place links back', async () => {
    let checked = 0;
    for (const [id] of cases()) {
      const $ = await loadPage(siteDir, `cases/${id}/index.html`);
      for (const link of $('a.mention-link').toArray()) {
        const href = $(link).attr('href') ?? '';
        const target = pageForLink(href);
        const briefing = await loadPage(siteDir, target?.page ?? '');
        const mention = briefing(`[id="${target?.fragment}"]`);
        expect(mention, href).toHaveLength(1);
        expect(mention.attr('href')).toBe(`/cases/${id}/`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it('shows status history, charges linked to their articles, and a drawn timeline with a text equivalent', async () => {
    const $ = await loadPage(siteDir, 'cases/max-bokayev/index.html');
    expect($('.current-status').text()).toContain('Released');
    expect($('section[aria-labelledby="charges"] a').map((_, a) => $(a).attr('href')).get()).toEqual(['/laws/cc-174/', '/laws/cc-274/', '/laws/cc-400/']);
    const chart = $('figure.case-timeline-chart');
    // Drawn for a wide and for a narrow screen; records.css shows one of them.
    expect(chart.find('svg[role="img"]').map((_, svg) => $(svg).attr('class')).get()).toEqual(['timeline-wide', 'timeline-narrow']);
    chart.find('svg[role="img"]').each((_, svg) => {
      expect($(svg).children('title').text()).toBe('Status over time');
      expect($(svg).find('desc').text()).toContain('Imprisoned from November 2016; Released from February 2021; last report 2021');
      expect($(svg).find('circle.event-dot').length).toBe($('ol.timeline > li').length);
    });
    expect(chart.find('.status-list li').length).toBe(2);
    expect($('ol.timeline > li').first().find('a').length).toBeGreaterThan(0);
  });
});

describe('directories', () => {
  it('groups every case under its last reported status, with filter data on each', async () => {
    const $ = await loadPage(siteDir, 'cases/index.html');
    const listed = $('.case-group li[data-status]');
    expect(listed.length).toBe(cases().length);
    for (const [id, data] of cases()) {
      const item = $(`.case-group li:has(a[href="/cases/${id}/"])`);
      const status = data.status[data.status.length - 1]?.status ?? '';
      expect(item.attr('data-status'), id).toBe(status);
      expect(item.closest('section').find('h2').text(), id).toContain(caseStatusLabels[status as keyof typeof caseStatusLabels]);
      expect(item.attr('data-articles'), id).toBe([...new Set((data.charges ?? []).map((c) => c.law))].join(' '));
    }
    expect($('form#case-filter').attr('hidden')).toBeDefined();
  });

  it('lists on each law page every case charged under that article', async () => {
    for (const [lawId] of corpus.get('laws') ?? []) {
      const $ = await loadPage(siteDir, `laws/${lawId}/index.html`);
      const shown = $('section[aria-labelledby="charged"] h3 a').map((_, a) => $(a).attr('href')).get().sort();
      const expected = cases().filter(([, c]) => (c.charges ?? []).some((ch) => ch.law === lawId)).map(([id]) => `/cases/${id}/`).sort();
      expect(shown, lawId).toEqual(expected);
    }
    const article405 = await loadPage(siteDir, 'laws/cc-405/index.html');
    expect(article405('section[aria-labelledby="charged"] h3').length).toBeGreaterThanOrEqual(5);
  });

  it('draws each chart as a table of bars that matches the records', async () => {
    const $ = await loadPage(siteDir, 'cases/index.html');
    const table = (id: string) => new Map($(`figure[aria-labelledby="${id}-caption"] tbody tr`).map((_, tr) => [[$(tr).find('th').text(), Number($(tr).find('td').text())]]).get() as Array<[string, number]>);
    const byStatus = new Map<string, number>();
    const byLaw = new Map<string, number>();
    const byYear = new Map<string, number>();
    for (const [, data] of cases()) {
      const label = caseStatusLabels[data.status[data.status.length - 1]?.status as keyof typeof caseStatusLabels];
      byStatus.set(label, (byStatus.get(label) ?? 0) + 1);
      for (const law of new Set((data.charges ?? []).map((c) => c.law))) {
        const record = corpus.get('laws')?.get(law) as { article: string; title: string; shortTitle?: string };
        const label = `${law.startsWith('ac-') ? 'Administrative Code ' : ''}Art. ${record.article} — ${record.shortTitle ?? record.title}`;
        byLaw.set(label, (byLaw.get(label) ?? 0) + 1);
      }
      for (const year of new Set((data.charges ?? []).flatMap((c) => (c.date ? [String(c.date).slice(0, 4)] : [])))) {
        byYear.set(year, (byYear.get(year) ?? 0) + 1);
      }
    }
    expect(table('chart-status')).toEqual(byStatus);
    expect(table('chart-law')).toEqual(byLaw);
    const years = table('chart-years');
    for (const [year, count] of byYear) expect(years.get(year), year).toBe(count);
    for (const [year, count] of years) expect(count, year).toBe(byYear.get(year) ?? 0);
    $('figure.bar-chart tbody tr').each((_, tr) => {
      const value = Number($(tr).find('.bar-value').text());
      const width = Number($(tr).find('svg.bar rect').attr('width'));
      expect(value > 0 ? width > 0 : width === 0, $(tr).text()).toBe(true);
    });
    expect($('#chart-status-caption').text()).toMatch(/^Cases by current status \(as of (\w+ )?\d{4}\)$/);
  });

  it('shows, for every source, where it is cited', async () => {
    const $ = await loadPage(siteDir, 'sources/index.html');
    const item = $('li:has(h3 a[href="/sources/azattyq-31115496/"])');
    expect(item.text()).toContain('Key concerns and recommendations');
    expect(item.find('a[href="/briefings/2021-11-key-concerns-and-recommendations/#user-content-fn-9"]').text()).toBe('note 9');
  });

  it('draws the dialogue rounds as a timeline with the briefings written for each', async () => {
    const $ = await loadPage(siteDir, 'dialogues/index.html');
    const dates = $('ol.timeline > li > time').map((_, t) => $(t).attr('datetime')).get();
    expect(dates).toEqual([...dates].sort().reverse());
    expect($('ol.timeline > li:has(a[href="/dialogues/2021-11/"]) a[href="/briefings/2021-11-key-concerns-and-recommendations/"]')).toHaveLength(1);
    const round = await loadPage(siteDir, 'dialogues/2015-11-astana/index.html');
    expect(round('section[aria-labelledby="briefings"] a[href="/briefings/2015-11-eu-kazakhstan-talk-rights-social-media/"]')).toHaveLength(1);
    expect(round('section[aria-labelledby="outcomes"] li').length).toBeGreaterThan(0);
  });
});

describe('print', () => {
  it('ships a print stylesheet that hides navigation and prints link addresses', async () => {
    const $ = await loadPage(siteDir, PAPER);
    const css = await readFile(path.join(siteDir, $('link[rel="stylesheet"]').attr('href') ?? ''), 'utf8');
    expect(css).toMatch(/@media print\{[^]*\.site-header/);
    expect(css).toMatch(/@media print\{[^]*attr\(href\)/);
  });
});
