import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { BriefingFacts } from '../../../src/lib/citations/briefing-record.ts';
import { authorTag, briefingMetaTags, caseProfileMetaTags, highwireDate, sourceMetaTags, type MetaTag } from '../../../src/lib/citations/meta-tags.ts';
import { sourceCitationTypes } from '../../../src/lib/citations/source-record.ts';
import type { Source } from '../../../src/schemas/sources.ts';
import { cleanAuthor, zoteroItem } from '../../helpers/zotero-model.ts';

/** The 2021 paper as the briefing page describes it. */
const paper: BriefingFacts = {
  id: '2021-11-key-concerns-and-recommendations',
  title: 'Key concerns and recommendations on the protection of fundamental rights in Kazakhstan',
  subtitle: 'Briefing paper for the EU–Kazakhstan Human Rights Dialogue, November 2021',
  kindLabel: 'Briefing paper',
  published: '2021-11',
  organisations: ['International Partnership for Human Rights', 'Kazakhstan International Bureau for Human Rights and Rule of Law'],
  authors: [],
  publisher: 'International Partnership for Human Rights',
  summary: 'IPHR and KIBHR find no significant improvement in Kazakhstan’s human rights record.',
  language: 'en',
  url: 'https://archive.test/briefings/2021-11-key-concerns-and-recommendations/',
};

const news: Source = {
  title: 'Radio Azattyq report on the sentencing of Askar Nurmaganov',
  titleOriginal: 'Суд приговорил Аскара Нурмаганова',
  publisher: 'Radio Azattyq (RFE/RL Kazakh service)',
  author: 'Ivan Ivanov',
  date: '2021-02-03',
  url: 'https://rus.azattyq.org/a/31115496.html',
  language: 'ru',
  kind: 'news',
  accessed: '2024-05-01',
};

/** A page shaped like the archive's: Open Graph tags, a canonical link, the tags under test, and a dated list in the body. */
function page(tags: MetaTag[], url: string, options: { ogType?: string; title?: string; description?: string; body?: string } = {}) {
  const meta = tags.map((t) => `<meta name="${t.name}" content="${t.content.replace(/"/g, '&quot;')}">`).join('');
  return load(`<!doctype html><html lang="en"><head><title>${options.title ?? 'Page'} · Briefing archive</title>
    ${options.description ? `<meta name="description" content="${options.description}"><meta property="og:description" content="${options.description}">` : ''}
    <link rel="canonical" href="${url}"><meta property="og:site_name" content="Briefing archive"><meta property="og:title" content="${options.title ?? 'Page'}">
    <meta property="og:type" content="${options.ogType ?? 'website'}"><meta property="og:url" content="${url}">${meta}</head>
    <body>${options.body ?? ''}</body></html>`);
}

describe('citation tags', () => {
  it('write dates with slashes at the precision the document gives', () => {
    expect(highwireDate('2021')).toBe('2021');
    expect(highwireDate('2021-11')).toBe('2021/11');
    expect(highwireDate('2021-11-01')).toBe('2021/11/01');
  });

  it('write a person as "Family, Given" and an organisation as a family name with nothing after the comma', () => {
    expect(authorTag({ given: 'Georgi', family: 'Gotev' })).toBe('Gotev, Georgi');
    expect(authorTag({ given: 'Ludwig', family: 'Beethoven', 'dropping-particle': 'van' })).toBe('Beethoven, Ludwig van');
    expect(authorTag({ literal: 'Kazakhstan International Bureau for Human Rights and Rule of Law' })).toBe('Kazakhstan International Bureau for Human Rights and Rule of Law,');
  });

  it('describe a briefing as a report by its organisations, published by its publisher, of its kind', () => {
    expect(briefingMetaTags(paper)).toEqual([
      { name: 'citation_title', content: 'Key concerns and recommendations on the protection of fundamental rights in Kazakhstan: Briefing paper for the EU–Kazakhstan Human Rights Dialogue, November 2021' },
      { name: 'citation_author', content: 'International Partnership for Human Rights,' },
      { name: 'citation_author', content: 'Kazakhstan International Bureau for Human Rights and Rule of Law,' },
      { name: 'citation_publication_date', content: '2021/11' },
      { name: 'citation_technical_report_institution', content: 'International Partnership for Human Rights' },
      { name: 'DC.type', content: 'Briefing paper' },
      { name: 'citation_public_url', content: paper.url },
      { name: 'citation_language', content: 'en' },
      { name: 'citation_abstract', content: paper.summary },
    ]);
  });

  it('name the people a briefing names instead of its organisations, with its number and, once there is one, its PDF', () => {
    const tags = briefingMetaTags({ ...paper, authors: ['Georgi Gotev'], reportNumber: 'No. 3' }, { pdfUrl: 'https://archive.test/pdf/x.pdf' });
    expect(tags.filter((t) => ['citation_author', 'citation_technical_report_number', 'citation_pdf_url'].includes(t.name))).toEqual([
      { name: 'citation_author', content: 'Gotev, Georgi' },
      { name: 'citation_technical_report_number', content: 'No. 3' },
      { name: 'citation_pdf_url', content: 'https://archive.test/pdf/x.pdf' },
    ]);
  });

  it('describe a source as the document itself, at its own address, with its original title for Extra', () => {
    expect(sourceMetaTags(news)).toEqual([
      { name: 'z.itemType', content: 'newspaperArticle' },
      { name: 'citation_title', content: news.title },
      { name: 'citation_author', content: 'Ivanov, Ivan' },
      { name: 'citation_publication_date', content: '2021/02/03' },
      { name: 'DC.source', content: 'Radio Azattyq (RFE/RL Kazakh service)' },
      { name: 'citation_public_url', content: 'https://rus.azattyq.org/a/31115496.html' },
      { name: 'citation_language', content: 'ru' },
      { name: 'DC.description', content: 'Original Title: Суд приговорил Аскара Нурмаганова' },
    ]);
    const law = sourceMetaTags({ title: 'Criminal Code, Article 274', publisher: 'kodeksy-kz.com', url: 'https://kodeksy-kz.com/274.htm', language: 'ru', kind: 'legislation' });
    expect(law.map((t) => t.name)).toEqual(['z.itemType', 'citation_title', 'citation_public_url', 'citation_language']);
  });
});

describe('the model of what Zotero saves (tests/helpers/zotero-model.ts)', () => {
  it('splits a name without a comma at its last space, which is why an organisation’s name ends in one', () => {
    expect(cleanAuthor('Kazakhstan International Bureau for Human Rights and Rule of Law', false)).toEqual({ firstName: 'Kazakhstan International Bureau for Human Rights and Rule of', lastName: 'Law' });
    expect(cleanAuthor('Kazakhstan International Bureau for Human Rights and Rule of Law,', true)).toEqual({ lastName: 'Kazakhstan International Bureau for Human Rights and Rule of Law' });
    expect(cleanAuthor('Gotev, Georgi', true)).toEqual({ firstName: 'Georgi', lastName: 'Gotev' });
  });

  it('gets a briefing as a report with both organisations whole, its type, institution, date and address, and the PDF', () => {
    const tags = briefingMetaTags(paper, { pdfUrl: 'https://archive.test/pdf/paper.pdf' });
    const item = zoteroItem(page(tags, paper.url, { ogType: 'article', title: paper.title, description: paper.summary, body: '<time datetime="2019-06">June 2019</time>' }), paper.url);
    expect(item).toEqual({
      itemType: 'report',
      title: tags[0]?.content,
      creators: [{ lastName: 'International Partnership for Human Rights' }, { lastName: 'Kazakhstan International Bureau for Human Rights and Rule of Law' }],
      date: '2021/11',
      publisher: 'International Partnership for Human Rights',
      genre: 'Briefing paper',
      url: paper.url,
      language: 'en',
      abstractNote: paper.summary,
      publicationTitle: undefined,
      attachment: { title: 'Full Text PDF', url: 'https://archive.test/pdf/paper.pdf' },
      misplaced: [],
    });
  });

  it('gets a source as the document it describes, with nothing its item type has no field for', () => {
    const url = 'https://archive.test/sources/azattyq-31115496/';
    const item = zoteroItem(page(sourceMetaTags(news), url, { title: news.title }), url);
    expect(item).toMatchObject({
      itemType: 'newspaperArticle', title: news.title, creators: [{ firstName: 'Ivan', lastName: 'Ivanov' }], date: '2021/02/03',
      publicationTitle: 'Radio Azattyq (RFE/RL Kazakh service)', url: news.url, language: 'ru', extra: 'Original Title: Суд приговорил Аскара Нурмаганова', misplaced: [],
    });
    for (const kind of Object.keys(sourceCitationTypes) as Array<Source['kind']>) {
      const source: Source = { title: 'A document', publisher: 'An outlet', date: '2021', url: 'https://example.net/a', language: 'en', kind };
      const saved = zoteroItem(page(sourceMetaTags(source), url, { title: 'A document' }), url);
      expect(saved.itemType, kind).toBe(sourceCitationTypes[kind].zotero);
      expect(saved.misplaced, kind).toEqual([]);
      expect(saved.url, kind).toBe('https://example.net/a');
      expect(saved.publicationTitle, kind).not.toBe('Briefing archive');
    }
  });

  it('takes the first <time> on a page without a date for the page’s date, so a case profile has none', () => {
    const url = 'https://archive.test/cases/max-bokayev/';
    const timeline = '<ol><li><time datetime="2021-02">February 2021</time> Released</li></ol>';
    expect(zoteroItem(page(caseProfileMetaTags(), url, { ogType: 'profile', title: 'Max Bokayev', body: timeline }), url).date).toBe('2021-02');
    const asText = '<ol><li><span class="date">February 2021</span> Released</li></ol>';
    expect(zoteroItem(page(caseProfileMetaTags(), url, { ogType: 'profile', title: 'Max Bokayev', body: asText }), url)).toMatchObject({
      itemType: 'webpage', title: 'Max Bokayev', date: undefined, genre: 'Case profile', publicationTitle: 'Briefing archive', misplaced: [],
    });
  });
});
