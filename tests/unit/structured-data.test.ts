import { describe, expect, it } from 'vitest';
import { caseJsonLd, caseType, jsonLdText, organisationJsonLd, reportJsonLd } from '../../src/lib/structured-data.ts';

const site = 'https://archive.test';
const kibhr = { name: 'Kazakhstan International Bureau for Human Rights and Rule of Law', url: `${site}/organisations/kibhr/` };
const iphr = { name: 'International Partnership for Human Rights', url: `${site}/organisations/iphr/` };

describe('schema.org JSON-LD', () => {
  const report = reportJsonLd({
    name: 'Key concerns and recommendations',
    url: `${site}/briefings/2021-11-key-concerns-and-recommendations/`,
    datePublished: '2021-11',
    inLanguage: 'en',
    abstract: 'What the paper finds.',
    authors: [],
    organisations: [iphr, kibhr],
    publisher: 'International Partnership for Human Rights',
    cases: [
      { name: 'Max Bokayev', url: `${site}/cases/max-bokayev/`, kind: 'person', roles: ['civil-society-activist'] },
      { name: 'Trade Union of Workers of the Fuel and Energy Industry', url: `${site}/cases/fuel-energy-union-suspension/`, kind: 'group', roles: ['trade-union'] },
    ],
  });

  it('describes a briefing as a Report by its organisations, about the people of its cases', () => {
    expect(report).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Report',
      '@id': `${site}/briefings/2021-11-key-concerns-and-recommendations/`,
      datePublished: '2021-11',
      inLanguage: 'en',
      author: [{ '@type': 'Organization', '@id': iphr.url, name: iphr.name }, { '@type': 'Organization', '@id': kibhr.url, name: kibhr.name }],
      publisher: { '@type': 'Organization', '@id': iphr.url },
      about: [{ '@type': 'Person', '@id': `${site}/cases/max-bokayev/`, name: 'Max Bokayev' }],
      mentions: [{ '@type': 'Organization', '@id': `${site}/cases/fuel-energy-union-suspension/` }],
    });
  });

  it('links a translation to the report it translates, and the report to its translations', () => {
    const original = { name: 'Key concerns and recommendations', url: `${site}/briefings/2021-11-key-concerns-and-recommendations/` };
    const russian = { name: 'Основные проблемы и рекомендации', url: `${site}/ru/briefings/2021-11-key-concerns-and-recommendations/` };
    const facts = { datePublished: '2021-11', abstract: 'A.', authors: [], organisations: [iphr, kibhr], publisher: iphr.name, cases: [] };
    expect(reportJsonLd({ ...facts, ...russian, inLanguage: 'ru', translationOf: original })).toMatchObject({ '@id': russian.url, inLanguage: 'ru', translationOfWork: { '@type': 'Report', '@id': original.url } });
    expect(reportJsonLd({ ...facts, ...original, inLanguage: 'en', translations: [russian] })).toMatchObject({ workTranslation: [{ '@type': 'Report', '@id': russian.url, name: russian.name }] });
    expect(report).not.toHaveProperty('workTranslation');
  });

  it('names people as authors when the briefing does, and a publisher outside the archive by name', () => {
    const interview = reportJsonLd({ name: 'Interview', url: `${site}/briefings/i/`, datePublished: '2021-06', inLanguage: 'en', abstract: 'A.', authors: ['Georgi Gotev'], organisations: [], publisher: 'EURACTIV', reportNumber: 'No. 3', cases: [] });
    expect(interview).toMatchObject({ author: [{ '@type': 'Person', name: 'Georgi Gotev' }], publisher: { '@type': 'Organization', name: 'EURACTIV' }, reportNumber: 'No. 3' });
    expect(interview).not.toHaveProperty('about');
  });

  it('describes a case as a Person with its other spellings and the reports that discuss it', () => {
    expect(caseJsonLd({
      name: 'Max Bokayev', url: `${site}/cases/max-bokayev/`, kind: 'person', roles: ['civil-society-activist'],
      aliases: ['Maks Bokaev', 'Макс Бокаев'], summary: 'Activist.', subjectOf: [{ name: 'Key concerns', url: `${site}/briefings/k/` }],
    })).toEqual({
      '@context': 'https://schema.org', '@type': 'Person', '@id': `${site}/cases/max-bokayev/`, url: `${site}/cases/max-bokayev/`, name: 'Max Bokayev',
      alternateName: ['Maks Bokaev', 'Макс Бокаев'], description: 'Activist.',
      subjectOf: [{ '@type': 'Report', '@id': `${site}/briefings/k/`, url: `${site}/briefings/k/`, name: 'Key concerns' }],
    });
    expect(caseType('group', ['protester'])).toBe('Thing');
    expect(caseType('group', ['ngo'])).toBe('Organization');
  });

  it('describes an organisation with its short and original names and its own website', () => {
    expect(organisationJsonLd({ ...kibhr, alternateNames: ['KIBHR'], description: 'Monitors freedoms.', website: 'https://bureau.kz/' })).toMatchObject({
      '@type': 'Organization', '@id': kibhr.url, alternateName: ['KIBHR'], sameAs: 'https://bureau.kz/',
    });
  });

  it('writes text that parses back as the same JSON and cannot close its script element', () => {
    const data = { '@type': 'Thing', name: '</script><script>alert(1)</script> <!-- x' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual(data);
    expect(JSON.parse(jsonLdText(report))).toEqual(report);
  });
});
