import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
let fragments: Array<{ url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> }>;

beforeAll(async () => {
  // The main index and any shards the search page merges (src/integrations/search-indexer.ts).
  const shards = JSON.parse(await readFile(path.join(siteDir, 'pagefind/shards.json'), 'utf8')) as string[];
  const folders = [path.join(siteDir, 'pagefind'), ...shards.map((shard) => path.join(siteDir, 'pagefind', shard))];
  fragments = (await Promise.all(folders.map(async (folder) => {
    const directory = path.join(folder, 'fragment');
    return Promise.all((await readdir(directory)).map(async (file) => JSON.parse(gunzipSync(await readFile(path.join(directory, file))).toString('utf8').replace(/^pagefind_dcd/, ''))));
  }))).flat();
});

describe('the search index', () => {
  it('holds every entry page and no directory, home or search page', () => {
    const urls = fragments.map((f) => f.url);
    expect(urls).toContain('/briefings/2021-11-key-concerns-and-recommendations/');
    expect(urls).toContain('/cases/max-bokayev/');
    expect(urls).toContain('/laws/cc-405/');
    for (const listing of ['/', '/cases/', '/briefings/', '/search/']) expect(urls).not.toContain(listing);
  });

  it('indexes main content only: no navigation, anchors, back-links or related lists', () => {
    for (const { url, content } of fragments) {
      for (const boilerplate of ['Skip to content', 'Link to the section', 'Back to reference', 'Related briefings', 'Dialogue roundsLaws', 'Contents']) {
        expect(content.includes(boilerplate), `${url} indexes "${boilerplate}"`).toBe(false);
      }
    }
  });

  it('gives every page kind, date and filters, and the papers their summary', () => {
    const paper = fragments.find((f) => f.url === '/briefings/2021-11-key-concerns-and-recommendations/');
    expect(paper?.meta).toMatchObject({ kind: 'Briefing paper', date: '2021-11', title: 'Key concerns and recommendations on the protection of fundamental rights in Kazakhstan' });
    expect(paper?.meta.summary).toMatch(/^IPHR and KIBHR find/);
    expect(paper?.filters).toMatchObject({
      kind: ['Briefing paper'], year: ['2021'], language: ['en'],
      dialogue: ['EU–Kazakhstan Human Rights Dialogue, November 2021'],
      organisation: expect.arrayContaining(['International Partnership for Human Rights']),
      topic: expect.arrayContaining(['Freedom of peaceful assembly']),
      law: expect.arrayContaining(['Criminal Code, Article 405']),
    });
    const bokayev = fragments.find((f) => f.url === '/cases/max-bokayev/');
    expect(bokayev?.filters).toMatchObject({ kind: ['Case profile'], status: ['Released'], law: expect.arrayContaining(['Criminal Code, Article 174']) });
    for (const fragment of fragments) expect(fragment.meta.kind, fragment.url).toBeTruthy();
  });

  it('indexes every spelling of a person with the pages about them', () => {
    const bokayev = fragments.find((f) => f.url === '/cases/max-bokayev/');
    for (const spelling of ['Bokaev', 'Бокаев', 'bokaev']) expect(bokayev?.content).toContain(spelling);
    const paper = fragments.find((f) => f.url === '/briefings/2021-11-key-concerns-and-recommendations/');
    expect(paper?.content).toContain('Бокаев');
  });
});
