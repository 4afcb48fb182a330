import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { fixAddresses } from '../../../src/lib/import/addresses.ts';
import { citedSources, languageHint } from '../../../src/lib/import/sources.ts';
import { suggestSourceId } from '../../../src/lib/integrity/citations.ts';
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
    const { created, reused } = citedSources(tree, testSnapshot(), 'draft.txt', []);
    expect(reused).toEqual([{ id: 'azattyq-31115496', url: 'https://rus.azattyq.org/a/31115496.html', notes: ['1'] }]);
    expect(created).toEqual([{
      id: 'azattyq-1', notes: ['1', '2'],
      record: {
        title: 'Document at rus.azattyq.org', publisher: 'Radio Azattyq', url: 'https://rus.azattyq.org/a/1.html', language: 'ru', kind: 'news',
        note: 'Imported from draft.txt (footnote 1); check the title, publisher and date.',
      },
    }]);
  });

  it('takes the kind from the site where it is obvious, and the host as publisher otherwise', () => {
    const { created } = citedSources(notes('https://www.facebook.com/some.one/posts/1', 'https://www.youtube.com/watch?v=x', 'https://unknown.example/a'), testSnapshot(), 'd.docx', []);
    expect(created.map((s) => [s.record.kind, s.record.publisher, s.record.language])).toEqual([
      ['social-media', 'facebook.com', 'en'], ['video', 'youtube.com', 'en'], ['news', 'unknown.example', 'en'],
    ]);
  });

  it('reads the language a note gives for its documents', () => {
    expect(languageHint('See (in Russian): x')).toBe('ru');
    expect(languageHint('See the verdict here (in Kazakh), page 160')).toBe('kk');
    expect(languageHint('See: x')).toBe('en');
  });

  it('gives a new record a file name no other record has', () => {
    expect(suggestSourceId('https://rus.azattyq.org/a/31115496.html', new Set(['azattyq-31115496', 'azattyq-31115496-2']))).toBe('azattyq-31115496-3');
    const { created } = citedSources(notes('https://rus.azattyq.org/b/31115496.html'), testSnapshot(), 'd.txt', []);
    expect(created[0]?.id).toBe('azattyq-31115496-2');
  });
});
