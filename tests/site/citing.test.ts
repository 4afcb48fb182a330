import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { citationFileTypes, type CitationFileType } from '../../src/lib/citations/files.ts';
import { sourceCitationTypes } from '../../src/lib/citations/source-record.ts';
import type { Source } from '../../src/schemas/sources.ts';
import { loadPage } from '../helpers/built-site.ts';
import { citationFields, readCitationFile } from '../helpers/citation-files.ts';
import { corpusData } from '../helpers/corpus-data.ts';
import { zoteroItem } from '../helpers/zotero-model.ts';

const siteDir = inject('siteDir');
const SITE = 'https://archive.test';
const PAPER = '2021-11-key-concerns-and-recommendations';
let corpus: Awaited<ReturnType<typeof corpusData>>;

type BriefingData = {
  title: string; subtitle?: string; kind: string; published: string | number; organisations: string[]; authors?: string[]; summary: string;
  language?: string; original: { publisher: string }; cases?: string[];
};
type TranslationData = { briefing: string; language: string; title: string; subtitle?: string; summary: string };
/** The kinds as the English and Russian pages name them (src/lib/i18n/strings-*.ts). */
const KIND_LABELS: Record<string, Record<string, string>> = {
  en: { 'briefing-paper': 'Briefing paper', statement: 'Statement', 'news-report': 'News report', 'monitoring-update': 'Monitoring update', 'country-report': 'Country report', interview: 'Interview' },
  ru: { 'briefing-paper': 'Брифинг' },
};
type SourceData = { title: string; publisher: string; author?: string; date?: string | number; url?: string; archived?: string; language: string };

beforeAll(async () => {
  corpus = await corpusData();
});

const entries = <T>(collection: string) => [...(corpus.get(collection) ?? new Map())] as Array<[string, T]>;
const organisationName = (id: string) => (corpus.get('organisations')?.get(id) as { name: string }).name;
const dateParts = (date: string | number) => String(date).split('-').map(Number);
const readSite = (file: string) => readFile(path.join(siteDir, file), 'utf8');
const metaContents = ($: CheerioAPI, name: string) => $(`meta[name="${name}"]`).map((_, m) => $(m).attr('content')).get();

/** What every citation of a briefing must say, read from its frontmatter rather than from the code that writes it. */
function briefingExpectation(id: string, data: BriefingData) {
  const people = (data.authors ?? []).map((name) => { const parts = name.split(' '); return `${parts.pop()}, ${parts.join(' ')}`; });
  return {
    title: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
    authors: people.length > 0 ? people : data.organisations.map(organisationName),
    publisher: data.original.publisher,
    issued: dateParts(data.published),
    URL: `${SITE}/briefings/${id}/`,
    language: data.language ?? 'en',
    note: undefined,
  };
}

function sourceExpectation(data: SourceData) {
  return {
    title: data.title,
    authors: data.author ? [data.author] : [],
    publisher: data.publisher,
    issued: data.date === undefined ? undefined : dateParts(data.date),
    URL: data.url,
    language: data.language,
    note: data.archived ? `Archived copy: ${data.archived}` : undefined,
  };
}

/** Classic BibTeX has no language field; every other field travels in every format. */
const inFormat = (expected: ReturnType<typeof sourceExpectation>, type: CitationFileType) => (type === 'bib' ? { ...expected, language: undefined } : expected);

/** The people a briefing names, split as "Family, Given" the way the tests' expectations read them. */
const personCreator = (name: string) => { const parts = name.split(' '); const lastName = parts.pop() ?? ''; return { firstName: parts.join(' '), lastName }; };
const fullTitle = (data: { title: string; subtitle?: string }) => (data.subtitle ? `${data.title}: ${data.subtitle}` : data.title);

describe('what Zotero saves from a briefing page (its Embedded Metadata translator, as tests/helpers/zotero-model.ts models it)', () => {
  it('saves every briefing as a report by its people or else its organisations, each whole, with kind, publisher, date and address', async () => {
    for (const [id, data] of entries<BriefingData>('briefings')) {
      const url = `${SITE}/briefings/${id}/`;
      const item = zoteroItem(await loadPage(siteDir, `briefings/${id}/index.html`), url);
      const creators = data.authors?.length ? data.authors.map(personCreator) : data.organisations.map((o) => ({ lastName: organisationName(o) }));
      expect(item, id).toMatchObject({
        itemType: 'report', title: fullTitle(data), creators, date: String(data.published).replaceAll('-', '/'), publisher: data.original.publisher,
        genre: KIND_LABELS.en?.[data.kind], url, language: data.language ?? 'en', abstractNote: data.summary, attachment: { title: 'Snapshot' }, misplaced: [],
      });
    }
  });

  it('gives the 2021 paper both organisations as authors, and IPHR, which published it, as institution', async () => {
    const $ = await loadPage(siteDir, `briefings/${PAPER}/index.html`);
    expect(metaContents($, 'citation_author')).toEqual(['International Partnership for Human Rights,', 'Kazakhstan International Bureau for Human Rights and Rule of Law,']);
    expect(metaContents($, 'citation_technical_report_institution')).toEqual(['International Partnership for Human Rights']);
    expect(metaContents($, 'DC.type')).toEqual(['Briefing paper']);
    expect(metaContents($, 'citation_pdf_url')).toEqual([]);
    expect($('span.Z3988, link[rel="unapi-server"]')).toHaveLength(0);
    expect($('link[rel="canonical"]').map((_, l) => $(l).attr('href')).get()).toEqual([`${SITE}/briefings/${PAPER}/`]);
  });

  it('saves a translation as the same report in its language, at its own address', async () => {
    const translations = entries<TranslationData>('translations');
    expect(translations.length).toBeGreaterThan(0);
    for (const [, data] of translations) {
      const original = corpus.get('briefings')?.get(data.briefing) as BriefingData;
      const url = `${SITE}/${data.language}/briefings/${data.briefing}/`;
      const item = zoteroItem(await loadPage(siteDir, `${data.language}/briefings/${data.briefing}/index.html`), url);
      expect(item, url).toMatchObject({
        itemType: 'report', title: fullTitle(data), creators: original.organisations.map((o) => ({ lastName: organisationName(o) })),
        date: String(original.published).replaceAll('-', '/'), publisher: original.original.publisher, url, language: data.language, abstractNote: data.summary, misplaced: [],
      });
      expect(item.genre, url).toBeTruthy();
    }
    const russian = zoteroItem(await loadPage(siteDir, `ru/briefings/${PAPER}/index.html`), `${SITE}/ru/briefings/${PAPER}/`);
    expect(russian.genre).toBe(KIND_LABELS.ru?.['briefing-paper']);
  });

  it('comes with Open Graph tags for link previews', async () => {
    const $ = await loadPage(siteDir, `briefings/${PAPER}/index.html`);
    const og = (property: string) => $(`meta[property="og:${property}"]`).attr('content');
    expect(og('type')).toBe('article');
    expect(og('url')).toBe(`${SITE}/briefings/${PAPER}/`);
    expect(og('title')).toBe((corpus.get('briefings')?.get(PAPER) as BriefingData).title);
    expect(og('description')).toBe((corpus.get('briefings')?.get(PAPER) as BriefingData).summary);
    expect(og('site_name')).toBe('Briefing archive');
    expect((await loadPage(siteDir, 'cases/max-bokayev/index.html'))('meta[property="og:type"]').attr('content')).toBe('profile');
    expect((await loadPage(siteDir, 'sources/index.html'))('meta[property="og:type"]').attr('content')).toBe('website');
  });
});

describe('what Zotero saves from a source page and a case profile', () => {
  it('saves each source as the document it describes: its type, title, publisher, date and original address', async () => {
    for (const [id, data] of entries<Source>('sources')) {
      const item = zoteroItem(await loadPage(siteDir, `sources/${id}/index.html`), `${SITE}/sources/${id}/`);
      const { zotero } = sourceCitationTypes[data.kind];
      expect(item, id).toMatchObject({
        itemType: zotero, title: data.title, date: data.date === undefined ? undefined : String(data.date).replaceAll('-', '/'),
        url: data.url ?? `${SITE}/sources/${id}/`, language: data.language, abstractNote: undefined, misplaced: [],
      });
      if (['newspaperArticle', 'webpage', 'forumPost'].includes(zotero)) expect(item.publicationTitle, id).toBe(data.publisher);
      if (['report', 'videoRecording', 'document'].includes(zotero)) expect(item.publisher, id).toBe(data.publisher);
    }
  });

  it('saves a case profile as a web page of the archive with no date, not the date of its first event', async () => {
    for (const [id] of entries<{ name: string }>('cases')) {
      const $ = await loadPage(siteDir, `cases/${id}/index.html`);
      expect($('time[datetime]'), id).toHaveLength(0);
      expect(zoteroItem($, `${SITE}/cases/${id}/`), id).toMatchObject({ itemType: 'webpage', date: undefined, genre: 'Case profile', publicationTitle: 'Briefing archive', misplaced: [] });
    }
  });
});

describe('schema.org JSON-LD', () => {
  const jsonLd = ($: CheerioAPI): Array<Record<string, unknown>> => $('script[type="application/ld+json"]').get().map((s) => JSON.parse($(s).text()) as Record<string, unknown>);

  it('describes every briefing as a Report about the Persons of its cases, each of which names it back', async () => {
    for (const [id, data] of entries<BriefingData>('briefings')) {
      const [report, ...others] = jsonLd(await loadPage(siteDir, `briefings/${id}/index.html`));
      expect(others, id).toEqual([]);
      expect(report, id).toMatchObject({
        '@context': 'https://schema.org', '@type': 'Report', '@id': `${SITE}/briefings/${id}/`, url: `${SITE}/briefings/${id}/`,
        datePublished: String(data.published), inLanguage: data.language ?? 'en', abstract: data.summary,
      });
      const about = (report?.about ?? []) as Array<{ '@type': string; '@id': string }>;
      for (const person of about) {
        expect(person['@type']).toBe('Person');
        const caseId = person['@id'].replace(`${SITE}/cases/`, '').replace(/\/$/, '');
        expect(data.cases, id).toContain(caseId);
        const [profile] = jsonLd(await loadPage(siteDir, `cases/${caseId}/index.html`));
        expect((profile?.subjectOf as Array<{ '@id': string }>).map((r) => r['@id']), caseId).toContain(`${SITE}/briefings/${id}/`);
      }
    }
  });

  it('describes a case as a Person with its other spellings, and an organisation as an Organization', async () => {
    const [person] = jsonLd(await loadPage(siteDir, 'cases/max-bokayev/index.html'));
    const aliases = (corpus.get('cases')?.get('max-bokayev') as { aliases: string[] }).aliases;
    expect(person).toMatchObject({ '@type': 'Person', name: 'Max Bokayev', alternateName: aliases, url: `${SITE}/cases/max-bokayev/` });
    const [organisation] = jsonLd(await loadPage(siteDir, 'organisations/kibhr/index.html'));
    expect(organisation).toMatchObject({ '@type': 'Organization', alternateName: ['KIBHR', 'Казахстанское международное бюро по правам человека и соблюдению законности'], sameAs: 'https://bureau.kz/' });
  });
});

describe('Cite this', () => {
  it('sits in every briefing’s title block, folded, outside the search index, with APA, Chicago, copy buttons and downloads', async () => {
    for (const [id] of entries<BriefingData>('briefings')) {
      const $ = await loadPage(siteDir, `briefings/${id}/index.html`);
      expect($('.cite-this'), id).toHaveLength(1);
      const block = $('article > header .title-actions details.cite-this#cite-this');
      expect(block, id).toHaveLength(1);
      expect(block.parent().attr('data-pagefind-ignore'), id).toBeDefined();
      expect(block.find('summary').text()).toBe('Cite this document');
      expect(block.find('dt > span').map((_, dt) => $(dt).text()).get()).toEqual(['APA (7th edition)', 'Chicago (17th edition, author-date)']);
      expect(block.find('dd .csl-entry')).toHaveLength(2);
      const buttons = block.find('dt > button.copy-citation');
      expect(buttons.map((_, b) => `${$(b).attr('aria-label')} → #${$(b).attr('data-copy')} (${$(b).attr('hidden') !== undefined ? 'hidden' : 'shown'})`).get()).toEqual([
        'Copy the APA (7th edition) citation → #citation-apa (hidden)', 'Copy the Chicago (17th edition, author-date) citation → #citation-chicago-author-date (hidden)',
      ]);
      expect(buttons.map((_, b) => $(`#${$(b).attr('data-copy')}`).find('.csl-entry').length).get()).toEqual([1, 1]);
      expect(block.find('[role="status"]')).toHaveLength(1);
      expect(block.find('.cite-downloads a').map((_, a) => $(a).attr('href')).get()).toEqual(citationFileTypes.map((t) => `/briefings/${id}/cite.${t}`));
    }
    const $ = await loadPage(siteDir, `briefings/${PAPER}/index.html`);
    expect($('#citation-apa').text().trim()).toBe('International Partnership for Human Rights & Kazakhstan International Bureau for Human Rights and Rule of Law. (2021). Key concerns and recommendations on the protection of fundamental rights in Kazakhstan: Briefing paper for the EU–Kazakhstan Human Rights Dialogue, November 2021 [Briefing paper]. https://archive.test/briefings/2021-11-key-concerns-and-recommendations/');
  });

  it('leads from a translation, in its title block, to the original’s citations', async () => {
    const $ = await loadPage(siteDir, `ru/briefings/${PAPER}/index.html`);
    expect($('article > header a[href="/briefings/2021-11-key-concerns-and-recommendations/#cite-this"]').text()).toBe('Как цитировать оригинал');
  });

  it('offers files that Citation.js reads back with the briefing’s title, authors, publisher, date, address and language', async () => {
    for (const [id, data] of entries<BriefingData>('briefings')) {
      for (const type of citationFileTypes) {
        const records = readCitationFile(await readSite(`briefings/${id}/cite.${type}`), type);
        expect(records, `${id}.${type}`).toHaveLength(1);
        expect(citationFields(records[0] ?? {}), `${id}.${type}`).toEqual(inFormat(briefingExpectation(id, data), type));
      }
    }
  });

  it('offers every source record the same way, and the whole bibliography as one BibTeX and one CSL-JSON file', async () => {
    const sources = entries<SourceData>('sources').sort(([a], [b]) => a.localeCompare(b));
    for (const [id, data] of sources) {
      const $ = await loadPage(siteDir, `sources/${id}/index.html`);
      expect($('article details.cite-this .cite-downloads a').map((_, a) => $(a).attr('href')).get(), id).toEqual(citationFileTypes.map((t) => `/sources/${id}/cite.${t}`));
      for (const type of citationFileTypes) {
        const [record] = readCitationFile(await readSite(`sources/${id}/cite.${type}`), type);
        expect(citationFields(record ?? {}), `${id}.${type}`).toEqual(inFormat(sourceExpectation(data), type));
      }
    }
    for (const type of ['bib', 'json'] as const) {
      const records = readCitationFile(await readSite(`sources/bibliography.${type}`), type);
      expect(records.map((r) => citationFields(r)), type).toEqual(sources.map(([, data]) => inFormat(sourceExpectation(data), type)));
    }
    const index = await loadPage(siteDir, 'sources/index.html');
    expect(index('.cite-downloads a').map((_, a) => index(a).attr('href')).get()).toEqual(['/sources/bibliography.bib', '/sources/bibliography.json']);
  });
});

describe('stable places', () => {
  it('gives every footnote of the 2021 paper a permanent link named after its original number', async () => {
    const $ = await loadPage(siteDir, `briefings/${PAPER}/index.html`);
    const notes = $('section[data-footnotes] li[id^="user-content-fn-"]');
    expect(notes).toHaveLength(59);
    notes.each((i, note) => {
      const link = $(note).children('a.footnote-permalink');
      expect(link.attr('href')).toBe(`#user-content-fn-${i + 1}`);
      expect(link.attr('aria-label')).toBe(`Link to note ${i + 1}`);
      expect(link.attr('data-pagefind-ignore')).toBeDefined();
    });
  });

  it('keeps permanent links and downloads out of print', async () => {
    const $ = await loadPage(siteDir, `briefings/${PAPER}/index.html`);
    const css = await readSite($('link[rel="stylesheet"]').attr('href') ?? '');
    expect(css).toMatch(/@media print\{[^]*\.footnote-permalink[^{]*\{display:none/);
    expect(css).toMatch(/@media print\{[^]*\.cite-downloads[^{]*\{display:none/);
  });
});
