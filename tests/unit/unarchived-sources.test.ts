import { describe, expect, it } from 'vitest';
import { archiveCoverage, formatArchiveCoverage } from '../../src/site/unarchived-sources.ts';

const source = (id: string, data: Record<string, string>) => ({
  id, file: `content/sources/${id}.yaml`, data: { title: `Title of ${id}`, publisher: 'Radio Azattyq', ...data },
});

const collections = {
  briefings: [{ id: '2021-11-paper', data: {}, body: 'Text.[^9] More.[^10]\n\n[^9]: See https://rus.azattyq.org/a/1.html and https://web.archive.org/web/2021/https://bureau.kz/x/\n[^10]: See https://rus.azattyq.org/a/1.html\n' }],
  cases: [{ id: 'max-bokayev', data: { timeline: [{ sources: [{ collection: 'sources', id: 'azattyq-1' }] }] } }],
  dialogues: [],
  sources: [
    source('azattyq-1', { url: 'https://rus.azattyq.org/a/1.html' }),
    source('bureau-kz-x', { url: 'https://bureau.kz/x/', archived: 'https://web.archive.org/web/2021/https://bureau.kz/x/' }),
    source('eeas-statement', {}),
  ],
};

describe('sources without an archived copy', () => {
  it('are those with an address and no archived copy, with every place that cites them', () => {
    const coverage = archiveCoverage(collections);
    expect(coverage).toEqual({
      total: 3,
      unarchived: [{
        id: 'azattyq-1',
        file: 'content/sources/azattyq-1.yaml',
        url: 'https://rus.azattyq.org/a/1.html',
        publisher: 'Radio Azattyq',
        title: 'Title of azattyq-1',
        citedIn: [
          { collection: 'briefings', id: '2021-11-paper', places: ['9', '10'] },
          { collection: 'cases', id: 'max-bokayev', places: ['timeline[0]'] },
        ],
      }],
      withoutAddress: ['eeas-statement'],
    });
  });

  it('are listed with the file to edit, the address, the publisher and where each is cited', () => {
    expect(formatArchiveCoverage(archiveCoverage(collections)).split('\n')).toEqual([
      '1 of 3 sources have a web address but no archived copy. 1 has no web address, so nothing to archive: eeas-statement.',
      'Save a copy of each page in a web archive and add its address to the record as `archived: <address>`; footnotes and source pages then show it beside the original.',
      '',
      'content/sources/azattyq-1.yaml',
      '  https://rus.azattyq.org/a/1.html',
      '  publisher: Radio Azattyq',
      '  cited in: briefings/2021-11-paper (notes 9, 10); cases/max-bokayev (timeline[0])',
    ]);
  });

  it('say so when every source with an address has a copy', () => {
    const covered = { ...collections, sources: [collections.sources[1]!] };
    expect(formatArchiveCoverage(archiveCoverage(covered))).toBe('Every one of the 1 sources with a web address has an archived copy.');
  });
});
