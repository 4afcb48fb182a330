import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { citationFileTypes, type CitationFileType } from '../../src/lib/citations/files.ts';
import { loadPage } from '../helpers/built-site.ts';
import { citationFields, readCitationFile } from '../helpers/citation-files.ts';
import { corpusData } from '../helpers/corpus-data.ts';

const siteDir = inject('siteDir');
const SITE = 'https://archive.test';
const PAPER = '2021-11-key-concerns-and-recommendations';
let corpus: Awaited<ReturnType<typeof corpusData>>;

type BriefingData = {
  title: string; subtitle?: string; published: string | number; organisations: string[]; authors?: string[]; summary: string;
  language?: string; original: { publisher: string }; cases?: string[];
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

describe('the Highwire tags of a briefing page, for Zotero', () => {
  it('give title, date, one institution per organisation, address, language and summary, field by field', async () => {
    const $ = await loadPage(siteDir, `briefings/${PAPER}/index.html`);
    const data = corpus.get('briefings')?.get(PAPER) as BriefingData;
    expect(metaContents($, 'citation_title')).toEqual([`${data.title}: ${data.subtitle}`]);
    expect(metaContents($, 'citation_publication_date')).toEqual(['2021/11']);
    expect(metaContents($, 'citation_technical_report_institution')).toEqual([
      'International Partnership for Human Rights', 'Kazakhstan International Bureau for Human Rights and Rule of Law',
    ]);
    expect(metaContents($, 'citation_public_url')).toEqual([`${SITE}/briefings/${PAPER}/`]);
    expect(metaContents($, 'citation_language')).toEqual(['en']);
    expect(metaContents($, 'citation_abstract')).toEqual([data.summary]);
    expect(metaContents($, 'citation_author')).toEqual([]);
    expect(metaContents($, 'citation_technical_report_number')).toEqual([]);
    expect(metaContents($, 'citation_pdf_url')).toEqual([]);
    expect($('link[rel="canonical"]').map((_, l) => $(l).attr('href')).get()).toEqual([`${SITE}/briefings/${PAPER}/`]);
  });

  it('name a person as author only where the briefing names one', async () => {
    for (const [id, data] of entries<BriefingData>('briefings')) {
      const $ = await loadPage(siteDir, `briefings/${id}/index.html`);
      expect(metaContents($, 'citation_author'), id).toEqual(data.authors ?? []);
      expect(metaContents($, 'citation_technical_report_institution'), id).toEqual(data.organisations.map(organisationName));
    }
    const interview = await loadPage(siteDir, 'briefings/euractiv-interview-nazgul-yergalieva/index.html');
    expect(metaContents(interview, 'citation_author')).toEqual(['Georgi Gotev']);
  });

  it('come with Open Graph tags for link previews', async () => {
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
  it('shows APA and Chicago on every briefing page, outside the search index, with its three downloads', async () => {
    for (const [id] of entries<BriefingData>('briefings')) {
      const $ = await loadPage(siteDir, `briefings/${id}/index.html`);
      const section = $('section.cite-this');
      expect(section.attr('data-pagefind-ignore'), id).toBeDefined();
      expect(section.find('dt').map((_, dt) => $(dt).text()).get()).toEqual(['APA (7th edition)', 'Chicago (17th edition, author-date)']);
      expect(section.find('dd .csl-entry')).toHaveLength(2);
      expect(section.find('.cite-downloads a').map((_, a) => $(a).attr('href')).get()).toEqual(citationFileTypes.map((t) => `/briefings/${id}/cite.${t}`));
    }
    const $ = await loadPage(siteDir, `briefings/${PAPER}/index.html`);
    expect($('section.cite-this dd').first().text().trim()).toBe('International Partnership for Human Rights & Kazakhstan International Bureau for Human Rights and Rule of Law. (2021). Key concerns and recommendations on the protection of fundamental rights in Kazakhstan: Briefing paper for the EU–Kazakhstan Human Rights Dialogue, November 2021 [Briefing paper]. International Partnership for Human Rights. https://archive.test/briefings/2021-11-key-concerns-and-recommendations/');
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
      expect($('section.cite-this .cite-downloads a').map((_, a) => $(a).attr('href')).get(), id).toEqual(citationFileTypes.map((t) => `/sources/${id}/cite.${t}`));
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
