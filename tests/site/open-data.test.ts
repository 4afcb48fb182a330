import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { corpusData } from '../helpers/corpus-data.ts';

const siteDir = inject('siteDir');
const read = (file: string) => readFile(path.join(siteDir, file), 'utf8');
let corpus: Awaited<ReturnType<typeof corpusData>>;

beforeAll(async () => {
  corpus = await corpusData();
});

describe('open data', () => {
  for (const set of ['cases', 'briefings', 'sources'] as const) {
    it(`publishes ${set}.json, valid against ${set}.schema.json and equal to the records`, async () => {
      const document = JSON.parse(await read(`data/${set}.json`)) as { count: number; records: Array<Record<string, unknown>>; licence: { url: string } };
      const schema = JSON.parse(await read(`data/${set}.schema.json`)) as Record<string, unknown>;
      const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
      expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      const records = corpus.get(set) ?? new Map();
      expect(document.count).toBe(records.size);
      expect(document.records.map((r) => r.id)).toEqual([...records.keys()].sort());
      for (const record of document.records) {
        const source = records.get(String(record.id)) as Record<string, unknown>;
        // YAML reads a year written alone as a number; the data files write every date as text.
        const asWritten = JSON.parse(JSON.stringify(source), (_key, value: unknown) => (typeof value === 'number' ? String(value) : value)) as Record<string, unknown>;
        expect(record, `${set}/${record.id}`).toMatchObject(asWritten);
        expect(record.page).toBe(`https://archive.test/${set}/${record.id}/`);
      }
      expect(document.licence.url).toContain('creativecommons.org/licenses/by/4.0');
    });
  }

  it('refuses a record that breaks the schema, so the schema is a real contract', async () => {
    const document = JSON.parse(await read('data/cases.json')) as { records: Array<Record<string, unknown>> };
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(await read('data/cases.schema.json')) as Record<string, unknown>);
    const broken = structuredClone(document);
    (broken.records[0] as Record<string, unknown>).kind = 'company';
    expect(validate(broken)).toBe(false);
    (broken.records[0] as Record<string, unknown>).kind = 'person';
    ((broken.records[0] as { status: Array<Record<string, unknown>> }).status[0] as Record<string, unknown>).since = '15.11.2021';
    expect(validate(broken)).toBe(false);
  });

  it('publishes cases.csv for spreadsheets: a byte-order mark, one row per case, Cyrillic intact', async () => {
    const csv = await readFile(path.join(siteDir, 'data/cases.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv.toString('utf8').slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(corpus.get('cases')?.size ?? -1);
    const bokayev = rows.find((r) => r.id === 'max-bokayev');
    expect(bokayev?.aliases).toContain('Макс Бокаев');
    expect(bokayev?.charges).toContain('cc-174, convicted, 2016-11');
    expect(bokayev?.status).toBe('released');
  });

  it('documents the files, their fields and the licence on a page', async () => {
    const $ = load(await read('data/index.html'));
    expect($('a[href="/data/cases.csv"]')).toHaveLength(1);
    expect($('#licence + p').text()).toContain('CC BY 4.0');
    expect($('table caption').text()).toContain('Fields of a record in cases.json');
  });
});

describe('feeds and discovery', () => {
  it('publishes an RSS feed of briefings, newest first, and one of case updates', async () => {
    const briefings = load(await read('briefings/feed.xml'), { xml: true });
    const items = briefings('item');
    expect(items).toHaveLength(corpus.get('briefings')?.size ?? -1);
    expect(items.first().find('link').text()).toBe('https://archive.test/briefings/2021-11-key-concerns-and-recommendations/');
    const dates = items.map((_, i) => new Date(briefings(i).find('pubDate').text()).getTime()).get();
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const updates = load(await read('cases/feed.xml'), { xml: true })('item');
    expect(updates.length).toBeGreaterThan(10);
    expect(updates.first().find('link').text()).toMatch(/^https:\/\/archive\.test\/cases\/[a-z0-9-]+\/#event-\d+$/);
    const links = updates.map((_, item) => load(item, { xml: true })('link').text()).get();
    expect(new Set(links).size).toBe(links.length);
  });

  it('lists every entry page in the sitemap and points robots.txt at it', async () => {
    const urls = load(await read('sitemap-0.xml'), { xml: true })('loc').map((_, l) => load(l).text()).get();
    expect(urls).toContain('https://archive.test/cases/max-bokayev/');
    expect(urls).toContain('https://archive.test/briefings/2021-11-key-concerns-and-recommendations/');
    expect(await read('robots.txt')).toContain('Sitemap: https://archive.test/sitemap-index.xml');
    const page = load(await read('index.html'));
    expect(page('link[rel="alternate"][type="application/rss+xml"]').map((_, l) => page(l).attr('href')).get()).toEqual(['/briefings/feed.xml', '/cases/feed.xml']);
  });
});
