import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, serveSite, type SiteServer } from '../helpers/browser.ts';
import { htmlPages, loadPage } from '../helpers/built-site.ts';
import { runAstro } from '../helpers/run.ts';
import { dateSortKey } from '../../src/lib/dates.ts';

// The bundled corpus indexed in two shards, as a large archive's index is
// (src/integrations/search-indexer.ts), against the same corpus in one index. Shards of a real
// archive hold thousands of pages; two of 90 keep the sample large enough for rankings to agree.
let shardedDir: string;
let sharded: SiteServer;
let single: SiteServer;
let browser: Browser;

beforeAll(async () => {
  shardedDir = await mkdtemp(path.join(tmpdir(), 'briefings-shards-'));
  const result = runAstro(['build', '--outDir', shardedDir, '--silent'], { BRIEFINGS_SEARCH_SHARD_CHARACTERS: '250000' });
  if (result.status !== 0) throw new Error(`sharded build failed:\n${result.stdout}\n${result.stderr}`);
  [sharded, single, browser] = await Promise.all([serveSite(shardedDir), serveSite(inject('siteDir')), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([sharded?.close(), single?.close()]);
  await rm(shardedDir, { recursive: true, force: true });
});

async function fragmentUrls(folder: string): Promise<string[]> {
  const directory = path.join(folder, 'fragment');
  return Promise.all((await readdir(directory)).map(async (file) => (JSON.parse(gunzipSync(await readFile(path.join(directory, file))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string }).url));
}

/** The search page's results for a query, as addresses, with the dates shown. */
async function searchPage(server: SiteServer, query: string, sort = ''): Promise<{ urls: string[]; dates: string[]; status: string }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}${sort ? `&sort=${sort}` : ''}`);
    await page.waitForSelector('#search-status[data-state="done"]');
    const urls = await page.locator('#search-results > li h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    const dates = (await page.locator('#search-results > li .meta').evaluateAll((metas) => metas.map((meta) => meta.querySelector('time')?.dateTime ?? ''))).map((date) => dateSortKey(date || undefined));
    return { urls, dates, status: await page.locator('#search-status').innerText() };
  } finally {
    await page.close();
  }
}

describe('a search index written in shards', () => {
  it('puts every searchable page in exactly one shard, and lists the shards for the search page', async () => {
    const shards = JSON.parse(await readFile(path.join(shardedDir, 'pagefind/shards.json'), 'utf8')) as string[];
    expect(shards.length).toBe(1);
    const folders = [path.join(shardedDir, 'pagefind'), ...shards.map((shard) => path.join(shardedDir, 'pagefind', shard))];
    for (const folder of folders) expect(existsSync(path.join(folder, 'pagefind-entry.json')), folder).toBe(true);
    const indexed = (await Promise.all(folders.map(fragmentUrls))).flat();
    const searchable: string[] = [];
    for (const file of await htmlPages(shardedDir)) {
      const $ = await loadPage(shardedDir, file);
      if ($('[data-pagefind-body]').length > 0) searchable.push(`/${file.replace(/index\.html$/, '')}`);
    }
    expect(indexed.length).toBe(new Set(indexed).size);
    expect(indexed.toSorted()).toEqual(searchable.toSorted());
  });

  it('holds briefings, cases and sources in every shard, so that each shard is a sample of the archive', async () => {
    const shards = JSON.parse(await readFile(path.join(shardedDir, 'pagefind/shards.json'), 'utf8')) as string[];
    for (const folder of [path.join(shardedDir, 'pagefind'), ...shards.map((shard) => path.join(shardedDir, 'pagefind', shard))]) {
      const urls = await fragmentUrls(folder);
      for (const section of ['briefings', 'cases', 'sources']) expect(urls.some((url) => url.startsWith(`/${section}/`)), `${path.relative(shardedDir, folder)} holds ${section}`).toBe(true);
    }
  });

  it('finds every page the single index finds, with the person first', async () => {
    for (const [query, first] of [['Bokayev', '/cases/max-bokayev/'], ['Бокаев', '/cases/max-bokayev/'], ['Utepova', '/cases/aigul-utepova/']] as const) {
      const [one, many] = [await searchPage(single, query), await searchPage(sharded, query)];
      expect(many.urls[0], query).toBe(first);
      expect(one.urls.filter((url) => !many.urls.includes(url)), query).toEqual([]);
    }
  });

  it('sorts by date across shards as the single index does (pages of the same day in any order)', async () => {
    for (const sort of ['newest', 'oldest']) {
      const [one, many] = [await searchPage(single, 'Kazakhstan', sort), await searchPage(sharded, 'Kazakhstan', sort)];
      expect(many.status).toBe(one.status);
      expect(many.dates.length).toBe(20);
      expect(many.dates, sort).toEqual(one.dates);
    }
  });
});
