import { describe, expect, it } from 'vitest';
import { briefingRecord } from '../../../src/lib/citations/briefing-record.ts';
import type { CslItem } from '../../../src/lib/citations/csl.ts';
import { citationFiles, citationFileTypes } from '../../../src/lib/citations/files.ts';
import { formatCitation } from '../../../src/lib/citations/formats.ts';
import { sourceRecord } from '../../../src/lib/citations/source-record.ts';
import { citationFields, readCitationFile } from '../../helpers/citation-files.ts';

const interview = briefingRecord({
  id: 'euractiv-interview-nazgul-yergalieva',
  title: 'Kazakh independent expert: Human rights NGOs enjoy more influence',
  kindLabel: 'Interview',
  published: '2021-06',
  organisations: ['EURACTIV'],
  authors: ['Georgi Gotev'],
  publisher: 'EURACTIV',
  summary: 'EURACTIV interview with Nazgul Yergalieva.',
  language: 'en',
  url: 'https://archive.test/briefings/euractiv-interview-nazgul-yergalieva/',
  reportNumber: '2021/06',
});

const statement = briefingRecord({
  id: '2013-11-eu-should-focus-on-free-speech-crackdown',
  title: 'The EU should focus on widening free speech crackdown at human rights dialogue with Kazakhstan',
  kindLabel: 'Statement',
  published: '2013',
  organisations: ['International Partnership for Human Rights', 'Kazakhstan International Bureau for Human Rights and Rule of Law'],
  authors: [],
  publisher: 'International Partnership for Human Rights',
  summary: 'Rights & freedoms: 100% of the cases; a long summary that runs well past the seventy characters after which a RIS line used to break.',
  language: 'en',
  url: 'https://archive.test/briefings/2013-11-eu-should-focus-on-free-speech-crackdown/',
});

const video = sourceRecord('youtube-nekos-9eov0', {
  title: 'Video about the case of Aron Atabek',
  titleOriginal: 'Арон Атабек: суд',
  publisher: 'YouTube channel "АронАтабек"',
  url: 'https://www.youtube.com/watch?v=nekos_9eOv0&ab_channel=%D0%90%D1%80%D0%BE%D0%BD%D0%90%D1%82%D0%B0%D0%B1%D0%B5%D0%BA',
  archived: 'https://web.archive.org/web/2021/https://www.youtube.com/watch?v=nekos_9eOv0',
  language: 'kk',
  kind: 'video',
  date: '2021-10-18',
});

const news = sourceRecord('azattyq-31115496', {
  title: 'Radio Azattyq report on the sentencing of Askar Nurmaganov & others',
  publisher: 'Radio Azattyq (RFE/RL Kazakh service)',
  author: 'Ivan Ivanov',
  url: 'https://rus.azattyq.org/a/31115496.html',
  archived: 'https://web.archive.org/web/20211101000000/https://rus.azattyq.org/a/31115496.html',
  language: 'ru',
  kind: 'news',
  date: '2021-02-03',
  accessed: '2024-05-01',
});

const records: CslItem[] = [interview, statement, video, news];

/** What a format keeps of a record: classic BibTeX has no language field. */
function expected(record: CslItem, type: keyof typeof citationFiles) {
  const fields = citationFields(record);
  return type === 'bib' ? { ...fields, language: undefined } : fields;
}

describe('citation files read back by Citation.js parsers', () => {
  for (const type of citationFileTypes) {
    it(`keep title, authors or institution, date, address, language and archived copy in ${citationFiles[type].label}`, () => {
      for (const record of records) {
        const [back, ...rest] = readCitationFile(citationFiles[type].write([record]), type);
        expect(rest, record.id).toEqual([]);
        expect(citationFields(back ?? {}), `${type} ${record.id}`).toEqual(expected(record, type));
      }
    });
  }

  it('hold every record of a bibliography file, in order', () => {
    for (const type of ['bib', 'json'] as const) {
      const back = readCitationFile(citationFiles[type].write(records), type);
      expect(back.map((item) => item.title), type).toEqual(records.map((r) => r.title));
    }
  });

  it('keep the original-language title, accessed date and abstract in CSL-JSON', () => {
    const [back] = readCitationFile(citationFiles.json.write([video, news, statement]), 'json');
    expect(back?.['original-title']).toBe('Арон Атабек: суд');
    const [, newsBack, statementBack] = readCitationFile(citationFiles.json.write([video, news, statement]), 'json');
    expect(newsBack?.accessed).toEqual({ 'date-parts': [[2024, 5, 1]] });
    expect(statementBack?.abstract).toBe(statement.abstract);
  });

  it('use the record ids as BibTeX keys and write UTF-8 with LaTeX characters escaped', () => {
    const bib = citationFiles.bib.write([video, news]);
    expect(bib).toContain('@misc{youtube-nekos-9eov0,');
    expect(bib).toContain('YouTube channel "АронАтабек"');
    expect(bib).toContain('{Nurmaganov} \\& others');
    expect(bib).toContain('nekos\\_9eOv0},');
    expect(citationFiles.bib.write([statement])).toContain('@techreport{2013-11-eu-should-focus-on-free-speech-crackdown,');
  });

  it('never break a RIS line, so long titles and addresses survive', () => {
    const ris = citationFiles.ris.write([statement, video]);
    expect(ris.split('\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}-( |$)/.test(line))).toBe(true);
    expect(ris).toContain(`UR  - ${video.URL}`);
  });
});

// citeproc-js compiles each style on first use, which takes seconds on a busy machine.
describe('formatted citations', { timeout: 30_000 }, () => {
  const report = sourceRecord('amnesty-eur57-3375-2020', { title: 'Amnesty International document EUR 57/3375/2020', publisher: 'Amnesty International', date: '2020', url: 'https://www.amnesty.org/en/documents/eur57/3375/2020/en/', language: 'en', kind: 'ngo' });
  const monthly = sourceRecord('thediplomat-facebook', { title: 'Facebook grants Kazakhstan direct access to content reporting system', publisher: 'The Diplomat', date: '2021-11', url: 'https://thediplomat.com/2021/11/facebook/', language: 'en', kind: 'news' });
  const undated = sourceRecord('azattyq-31115496', { title: 'Radio Azattyq report on the sentencing of Askar Nurmaganov', publisher: 'Radio Azattyq (RFE/RL Kazakh service)', url: 'https://rus.azattyq.org/a/31115496.html', language: 'ru', kind: 'news' });

  it('cite a briefing by two organisations without repeating the one that published it', () => {
    expect(formatCitation(statement, 'apa', 'text')).toBe('International Partnership for Human Rights & Kazakhstan International Bureau for Human Rights and Rule of Law. (2013). The EU should focus on widening free speech crackdown at human rights dialogue with Kazakhstan [Statement]. https://archive.test/briefings/2013-11-eu-should-focus-on-free-speech-crackdown/');
    expect(formatCitation(statement, 'chicago-author-date', 'text')).toBe('International Partnership for Human Rights and Kazakhstan International Bureau for Human Rights and Rule of Law. 2013. “The EU Should Focus on Widening Free Speech Crackdown at Human Rights Dialogue with Kazakhstan.” Statement. https://archive.test/briefings/2013-11-eu-should-focus-on-free-speech-crackdown/.');
  });

  it('keep the publisher of a briefing by someone else, and name a person as its author', () => {
    expect(formatCitation(interview, 'chicago-author-date', 'text')).toBe('Gotev, Georgi. 2021. “Kazakh Independent Expert: Human Rights NGOs Enjoy More Influence.” Interview 2021/06. EURACTIV. https://archive.test/briefings/euractiv-interview-nazgul-yergalieva/.');
    expect(formatCitation(interview, 'apa')).toContain(`<a href="${interview.URL}">`);
  });

  it('give the year of a source dated by its year only, never “n.d.”', () => {
    expect(formatCitation(report, 'apa', 'text')).toBe('Amnesty International document EUR 57/3375/2020. (2020). Amnesty International. https://www.amnesty.org/en/documents/eur57/3375/2020/en/');
    expect(formatCitation(report, 'chicago-author-date', 'text')).toBe('“Amnesty International Document EUR 57/3375/2020.” 2020. Amnesty International. https://www.amnesty.org/en/documents/eur57/3375/2020/en/.');
  });

  it('give the month of a news source dated by its month, naming its site once', () => {
    expect(formatCitation(monthly, 'apa', 'text')).toBe('Facebook grants Kazakhstan direct access to content reporting system. (2021, November). [News article]. The Diplomat. https://thediplomat.com/2021/11/facebook/');
    expect(formatCitation(monthly, 'chicago-author-date', 'text')).toBe('“Facebook Grants Kazakhstan Direct Access to Content Reporting System.” 2021. News article. The Diplomat. November 2021. https://thediplomat.com/2021/11/facebook/.');
  });

  it('cite a news source with an author and a day, and an undated one with “n.d.” and no bare “Retrieved”', () => {
    expect(formatCitation(news, 'apa', 'text')).toBe('Ivanov, I. (2021, February 3). Radio Azattyq report on the sentencing of Askar Nurmaganov & others [News article]. Radio Azattyq (RFE/RL Kazakh service). https://rus.azattyq.org/a/31115496.html');
    expect(formatCitation(news, 'chicago-author-date', 'text')).toBe('Ivanov, Ivan. 2021. “Radio Azattyq report on the sentencing of Askar Nurmaganov & others.” News article. Radio Azattyq (RFE/RL Kazakh service). February 3, 2021. https://rus.azattyq.org/a/31115496.html.');
    expect(formatCitation(undated, 'apa', 'text')).toBe('Radio Azattyq report on the sentencing of Askar Nurmaganov. (n.d.). [News article]. Radio Azattyq (RFE/RL Kazakh service). https://rus.azattyq.org/a/31115496.html');
    expect(formatCitation({ ...undated, accessed: { 'date-parts': [[2024, 5, 1]] } }, 'apa', 'text')).toMatch(/\. Retrieved May 1, 2024, from https:\/\/rus\.azattyq\.org\/a\/31115496\.html$/);
  });

  it('keep the publisher in the files, where BibTeX’s techreport needs its institution', () => {
    expect(citationFiles.bib.write([statement])).toMatch(/institution = \{International Partnership for Human Rights\}/);
  });
});
