import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fixAddresses } from '../../../src/import/addresses.ts';
import { citedSources, languageHint } from '../../../src/import/sources.ts';
import { suggestSourceId } from '../../../src/check/rules/citations.ts';
import { testSnapshot } from './helpers.ts';

function notes(...texts: string[]): Root {
  const tree: Root = {
    type: 'root',
    children: texts.map((text, i) => ({ type: 'footnoteDefinition', identifier: String(i + 1), label: String(i + 1), children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] })),
  };
  fixAddresses(tree, []);
  return tree;
}

describe('source records for the addresses notes cite', () => {
  it('reuses the record whose url is the address, and creates one per new address', () => {
    const tree = notes('See (in Russian): https://rus.azattyq.org/a/31115496.html and https://rus.azattyq.org/a/1.html', 'Again https://rus.azattyq.org/a/1.html');
    const { created, reused } = citedSources(tree, testSnapshot(), []);
    expect(reused).toEqual([{ id: 'azattyq-31115496', url: 'https://rus.azattyq.org/a/31115496.html', notes: ['1'] }]);
    expect(created).toEqual([{
      id: 'azattyq-1', notes: ['1', '2'], titleFrom: 'none',
      record: {
        draft: true, title: 'TO FILL IN: the title of the document at rus.azattyq.org, in English', publisher: 'Radio Azattyq',
        url: 'https://rus.azattyq.org/a/1.html', language: 'ru', kind: 'news',
      },
    }]);
  });

  it('takes the kind from the site where it is obvious, and leaves a publisher nobody names to fill in', () => {
    const { created } = citedSources(notes('https://www.facebook.com/some.one/posts/1', 'https://www.youtube.com/watch?v=x', 'https://unknown.example/a'), testSnapshot(), []);
    expect(created.map((s) => [s.record.kind, s.record.publisher, s.record.language])).toEqual([
      ['social-media', 'TO FILL IN: who published it (the address is on facebook.com)', 'en'],
      ['video', 'TO FILL IN: who published it (the address is on youtube.com)', 'en'],
      ['news', 'TO FILL IN: who published it (the address is on unknown.example)', 'en'],
    ]);
  });

  it('takes the title, publisher and date a note gives, and never a day it does not give', () => {
    const { created } = citedSources(notes(
      'Adil Soz, "Journalist fined for post", 12 March 2021, https://adilsoz.kz/news/show/id/3284',
      'See Radio Azattyq, «Суд приговорил Аскара Нурмаганова к шести годам», February 2021: https://rus.azattyq.org/a/31115497.html',
      'See KIBHR\'s and IPHR\'s report on the elections here: https://www.iphronline.org/elections.pdf and the appeal https://www.iphronline.org/appeal.html',
      'See (in Russian): https://tengrinews.kz/kazakhstan_news/402783/',
    ), testSnapshot(), []);
    expect(created.map((s) => ({ from: s.titleFrom, ...s.record }))).toEqual([
      {
        from: 'quote', draft: true, title: 'Journalist fined for post', publisher: 'Adil Soz', date: '2021-03-12',
        url: 'https://adilsoz.kz/news/show/id/3284', language: 'en', kind: 'news',
      },
      {
        from: 'none', draft: true, title: 'TO FILL IN: the title in English: a translation of the original title below',
        titleOriginal: 'Суд приговорил Аскара Нурмаганова к шести годам', publisher: 'Radio Azattyq', date: '2021-02',
        url: 'https://rus.azattyq.org/a/31115497.html', language: 'ru', kind: 'news',
      },
      {
        from: 'words', draft: true, title: 'KIBHR\'s and IPHR\'s report on the elections',
        publisher: 'TO FILL IN: who published it (the address is on iphronline.org)', url: 'https://www.iphronline.org/elections.pdf', language: 'en', kind: 'news',
      },
      {
        from: 'none', draft: true, title: 'TO FILL IN: the title of the document at iphronline.org, in English',
        publisher: 'TO FILL IN: who published it (the address is on iphronline.org)', url: 'https://www.iphronline.org/appeal.html', language: 'en', kind: 'news',
      },
      {
        from: 'none', draft: true, title: 'TO FILL IN: the title of the document at tengrinews.kz, in English',
        publisher: 'TO FILL IN: who published it (the address is on tengrinews.kz)', url: 'https://tengrinews.kz/kazakhstan_news/402783/', language: 'ru', kind: 'news',
      },
    ]);
  });

  it('reads the language a note gives for its documents', () => {
    expect(languageHint('See (in Russian): x')).toBe('ru');
    expect(languageHint('See the verdict here (in Kazakh), page 160')).toBe('kk');
    expect(languageHint('See: x')).toBe('en');
  });

  it('gives a new record a file name no other record has', () => {
    expect(suggestSourceId('https://rus.azattyq.org/a/31115496.html', new Set(['azattyq-31115496', 'azattyq-31115496-2']))).toBe('azattyq-31115496-3');
    const { created } = citedSources(notes('https://rus.azattyq.org/b/31115496.html'), testSnapshot(), []);
    expect(created[0]?.id).toBe('azattyq-31115496-2');
  });

  it('gives a new record a file name of lower-case ASCII words, whatever its address', () => {
    expect(suggestSourceId('https://www.ilo.org/wcmsp5/groups/public/---ed_norm/documents/meetingdocument/wcms_804447.pdf')).toBe('ilo-wcms-804447');
    expect(suggestSourceId('https://www.europarl.europa.eu/doceo/document/TA-9-2021-0056_EN.pdf')).toBe('europa-ta-9-2021-0056-en');
    expect(suggestSourceId('https://пример.рф/статья/Новость')).toBe('xn-e1afmkfd-novost');
  });

  it('makes one record of a document its notes cite over http:// and https://, with the https:// address, keeping each note as written', () => {
    const warnings: string[] = [];
    const tree = notes('See http://bureau.kz/novosti/new-report/', 'See https://bureau.kz/novosti/new-report', 'Again http://bureau.kz/novosti/new-report/');
    const { created, reused } = citedSources(tree, testSnapshot(), [], warnings);
    expect(reused).toEqual([]);
    expect(created.map((s) => [s.id, s.record.url, s.notes])).toEqual([['bureau-new-report', 'https://bureau.kz/novosti/new-report', ['1', '2', '3']]]);
    expect(JSON.stringify(tree)).toContain('http://bureau.kz/novosti/new-report/');
    expect(warnings).toEqual([
      'footnotes 1 and 3 write the address of content/sources/bureau-new-report.yaml as http://bureau.kz/novosti/new-report/, and its url is https://bureau.kz/novosti/new-report (the same document): they cite that record, and their words were kept as written. A reader who follows an http:// address can be watched on the way: write https:// in the note if you can.',
    ]);
  });

  it('reuses an existing record for its document cited over http:// or with a slash at the end', () => {
    const warnings: string[] = [];
    const { created, reused } = citedSources(notes('See http://rus.azattyq.org/a/31115496.html', 'And https://rus.azattyq.org/a/31115496.html/'), testSnapshot(), [], warnings);
    expect(created).toEqual([]);
    expect(reused).toEqual([{ id: 'azattyq-31115496', url: 'https://rus.azattyq.org/a/31115496.html', notes: ['1', '2'] }]);
    expect(warnings).toEqual([
      'footnote 1 writes the address of content/sources/azattyq-31115496.yaml as http://rus.azattyq.org/a/31115496.html, and its url is https://rus.azattyq.org/a/31115496.html (the same document): it cites that record, and its words were kept as written. A reader who follows an http:// address can be watched on the way: write https:// in the note if you can.',
      'footnote 2 writes the address of content/sources/azattyq-31115496.yaml as https://rus.azattyq.org/a/31115496.html/, and its url is https://rus.azattyq.org/a/31115496.html (the same document): it cites that record, and its words were kept as written.',
    ]);
  });

  it('keeps two records for addresses that differ by www., which can be another site, and asks to check', () => {
    const warnings: string[] = [];
    const { created } = citedSources(notes('See https://www.rus.azattyq.org/a/31115496.html', 'See http://adilsoz.kz/a/1', 'See https://www.adilsoz.kz/a/1'), testSnapshot(), [], warnings);
    expect(created.map((s) => s.record.url)).toEqual(['https://www.rus.azattyq.org/a/31115496.html', 'http://adilsoz.kz/a/1', 'https://www.adilsoz.kz/a/1']);
    expect(warnings).toEqual([
      `content/sources/${created[0]?.id ?? ''}.yaml (https://www.rus.azattyq.org/a/31115496.html, footnote 1) and content/sources/azattyq-31115496.yaml (https://rus.azattyq.org/a/31115496.html) differ only by www.: if they are the same document, cite one record and delete the other file.`,
      `content/sources/${created[2]?.id ?? ''}.yaml (https://www.adilsoz.kz/a/1, footnote 3) and content/sources/${created[1]?.id ?? ''}.yaml (http://adilsoz.kz/a/1) differ only by www.: if they are the same document, cite one record and delete the other file.`,
    ]);
  });
});
