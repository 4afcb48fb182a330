import { describe, expect, it } from 'vitest';
import { briefingRecord, fullTitle, type BriefingFacts } from '../../../src/lib/citations/briefing-record.ts';
import { cslDate, personName } from '../../../src/lib/citations/csl.ts';
import { sourceRecord } from '../../../src/lib/citations/source-record.ts';
import type { Source } from '../../../src/schemas/sources.ts';

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

describe('CSL dates and names', () => {
  it('keeps a partial date as precise as the document gives it, never inventing a day', () => {
    expect(cslDate('2021')).toEqual({ 'date-parts': [[2021]] });
    expect(cslDate('2021-11')).toEqual({ 'date-parts': [[2021, 11]] });
    expect(cslDate('2021-11-01')).toEqual({ 'date-parts': [[2021, 11, 1]] });
    expect(() => cslDate('2021-13')).toThrow(/no month 13/);
  });

  it('splits a person’s name as written, in either order', () => {
    expect(personName('Georgi Gotev')).toEqual({ given: 'Georgi', family: 'Gotev' });
    expect(personName('Gotev, Georgi')).toEqual({ given: 'Georgi', family: 'Gotev' });
  });
});

describe('the record of a briefing', () => {
  it('is a report by its organisations, published by the original publisher, at its archive address', () => {
    expect(briefingRecord(paper)).toEqual({
      id: paper.id,
      type: 'report',
      title: 'Key concerns and recommendations on the protection of fundamental rights in Kazakhstan: Briefing paper for the EU–Kazakhstan Human Rights Dialogue, November 2021',
      author: [{ literal: 'International Partnership for Human Rights' }, { literal: 'Kazakhstan International Bureau for Human Rights and Rule of Law' }],
      publisher: 'International Partnership for Human Rights',
      genre: 'Briefing paper',
      issued: { 'date-parts': [[2021, 11]] },
      URL: paper.url,
      language: 'en',
      abstract: paper.summary,
    });
  });

  it('names the people who wrote it as authors when it names any, and carries a report number', () => {
    const record = briefingRecord({ ...paper, authors: ['Georgi Gotev'], reportNumber: 'EUR 57/3375/2020' });
    expect(record.author).toEqual([{ given: 'Georgi', family: 'Gotev' }]);
    expect(record.number).toBe('EUR 57/3375/2020');
  });

  it('joins title and subtitle with a colon unless the title already ends a sentence', () => {
    expect(fullTitle('Kazakhstan', 'Briefing')).toBe('Kazakhstan: Briefing');
    expect(fullTitle('Who is next?', 'Briefing')).toBe('Who is next? Briefing');
    expect(fullTitle('Kazakhstan')).toBe('Kazakhstan');
  });
});

describe('the record of a source', () => {
  const source: Source = {
    title: 'Radio Azattyq report on the sentencing of Askar Nurmaganov',
    titleOriginal: 'Суд приговорил Аскара Нурмаганова',
    publisher: 'Radio Azattyq (RFE/RL Kazakh service)',
    author: 'Ivan Ivanov',
    date: '2021-02-03',
    url: 'https://rus.azattyq.org/a/31115496.html',
    archived: 'https://web.archive.org/web/2021/https://rus.azattyq.org/a/31115496.html',
    language: 'ru',
    kind: 'news',
    accessed: '2024-05-01',
  };

  it('carries the original-language title, author, dates, address, language and archived copy', () => {
    expect(sourceRecord('azattyq-31115496', source)).toEqual({
      id: 'azattyq-31115496',
      type: 'webpage',
      title: source.title,
      'original-title': 'Суд приговорил Аскара Нурмаганова',
      author: [{ given: 'Ivan', family: 'Ivanov' }],
      publisher: source.publisher,
      'container-title': source.publisher,
      genre: 'News article',
      issued: { 'date-parts': [[2021, 2, 3]] },
      accessed: { 'date-parts': [[2024, 5, 1]] },
      URL: source.url,
      language: 'ru',
      note: 'Archived copy: https://web.archive.org/web/2021/https://rus.azattyq.org/a/31115496.html',
    });
  });

  it('leaves out what the record does not know', () => {
    const record = sourceRecord('eeas-hrd-2014', { title: 'Press statement', publisher: 'European External Action Service', language: 'en', kind: 'eu' });
    expect(record).toEqual({ id: 'eeas-hrd-2014', type: 'report', title: 'Press statement', publisher: 'European External Action Service', language: 'en' });
  });
});
