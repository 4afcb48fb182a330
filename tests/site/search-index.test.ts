import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readableWords } from '../../src/lib/search/excerpt.ts';
import { withoutSpellingMarks } from '../../src/lib/search/spelling-marks.ts';

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
    expect(paper?.meta).toMatchObject({ kind: 'Briefing paper', date: '2021-11' });
    expect(withoutSpellingMarks(paper?.meta.title ?? '')).toBe('Key concerns and recommendations on the protection of fundamental rights in Kazakhstan');
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

  it('gives a translation’s page the filters of its original, in the translation’s language', () => {
    const paper = fragments.find((f) => f.url === '/briefings/2021-11-key-concerns-and-recommendations/');
    for (const lang of ['ru', 'kk']) {
      const translation = fragments.find((f) => f.url === `/${lang}/briefings/2021-11-key-concerns-and-recommendations/`);
      expect(translation?.filters, lang).toEqual({ ...paper?.filters, language: [lang] });
    }
    expect(Object.keys(paper?.filters ?? {}).sort()).toEqual(['dialogue', 'kind', 'language', 'law', 'organisation', 'status', 'topic', 'year']);
  });

  it('indexes every spelling of a person with the pages about them, in hidden fields, not in the text', () => {
    const bokayev = fragments.find((f) => f.url === '/cases/max-bokayev/');
    for (const spelling of ['Bokaev', 'Бокаев', 'bokaev', 'maks']) expect(bokayev?.meta.names?.split(' '), spelling).toContain(spelling);
    const paper = fragments.find((f) => f.url === '/briefings/2021-11-key-concerns-and-recommendations/');
    expect(paper?.meta.people?.split(' ')).toContain('Бокаев');
    for (const fragment of [bokayev, paper]) {
      expect(fragment?.content).not.toContain(fragment?.meta.names ?? fragment?.meta.people);
      expect(readableWords(fragment?.content ?? '').words.join(' ')).not.toMatch(/\bbokaev\b/);
    }
  });

  it('marks every mention of a name with its folded spelling, so each spelling counts every mention', () => {
    const paper = fragments.find((f) => f.url === '/briefings/2021-11-key-concerns-and-recommendations/');
    const words = paper?.content.split(' ') ?? [];
    const mentions = words.filter((word) => /^(Bokayev|Бокаев)/.test(word)).length;
    expect(mentions).toBeGreaterThan(3);
    expect(words.filter((word) => word.startsWith('^bokaev^_')).length).toBe(mentions);
  });

  it('keeps the fields of a record and the dates of a timeline apart in the indexed text', () => {
    const joined: string[] = [];
    for (const { url, content } of fragments) {
      for (const word of readableWords(content).words) {
        if (/[\p{Ll})][a-z]*https?:\/\/|^\d{4}\p{Lu}\p{Ll}/u.test(word)) joined.push(`${url}: ${word}`);
      }
    }
    expect(joined).toEqual([]);
    const source = fragments.find((f) => f.url === '/sources/azattyq-31110144/');
    expect(readableWords(source?.content ?? '').words.join(' ')).toMatch(/\(RFE\/RL Kazakh service\) \S.* https:\/\/rus\.azattyq\.org\//);
  });
});
