/**
 * What a reader's browser downloads to search a built site through the site's own search page,
 * measured in Debian's Chromium: the archive's search page, Starlight's search dialog, and the
 * Pagefind CLI's default UI (on the Hugo build).
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, serveSite } from '../../tests/helpers/browser.ts';
import type { SearchTransfer } from './report.ts';

/** What a file under /pagefind/ (or one of its shards) is for: code, index metadata, word index, filters, or result fragments. */
export function pagefindFileKind(pathname: string): string {
  // The extra shards of the index (src/integrations/search-indexer.ts) are folders of the main one.
  const file = pathname.slice(pathname.lastIndexOf('/pagefind/') + '/pagefind/'.length).replace(/^shard-\d+\//, '');
  if (file.startsWith('fragment/')) return 'fragments';
  if (file.startsWith('index/')) return 'index';
  if (file.startsWith('filter/')) return 'filters';
  if (/\.(js|css)$|^wasm\./.test(file)) return 'code';
  return 'metadata';
}

/**
 * Bytes a compressing web server sends for a response: Pagefind's own files (.pf_*, wasm) are
 * gzipped already; its JavaScript and JSON are gzipped here as a server would.
 */
export function transferSize(pathname: string, body: Buffer): number {
  return /\.(js|css|json)$/.test(pathname) ? gzipSync(body).length : body.length;
}

/**
 * The fixed queries, the same on every site: a name in three spellings (as the archive writes it,
 * in another Latin spelling, in Cyrillic), a law article, a Russian word (from the Russian
 * translation of the 2021 paper, which the peers get too), and a two-word phrase.
 */
export const benchQueries = ['Bokayev', 'Bokaev', 'Бокаев', 'Article 405', 'оцеплении', 'trade union'];

/** How the bench drives one site's own search page. */
export interface SearchUi {
  /** Opens the search with the first query, as a reader would arrive at it. */
  start(page: Page, siteUrl: string, query: string): Promise<void>;
  /** Types a following query into the same page. */
  next(page: Page, query: string): Promise<void>;
  /** Waits until the results for `query` are shown; gives the number of results the page announces. */
  settled(page: Page, query: string): Promise<number>;
}

const TIMEOUT = 120_000;

/** The archive's search page: the query in the address, then typed into its box. */
export const archiveSearch: SearchUi = {
  start: async (page, siteUrl, query) => void (await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`)),
  next: async (page, query) => {
    await page.fill('#search-query', query);
    await page.press('#search-query', 'Enter');
  },
  settled: async (page, query) => {
    await page.waitForFunction((q) => {
      const status = document.querySelector<HTMLElement>('#search-status');
      return status?.dataset['state'] === 'done' && (status.textContent ?? '').includes(`“${q}”`);
    }, query, { timeout: TIMEOUT });
    return Number(/^(\d+)/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);
  },
};

/** Pagefind's default UI (pagefind-ui.js): results appear as the reader types; "N results for …". */
async function pagefindUiSettled(page: Page, query: string): Promise<number> {
  await page.waitForFunction((q) => {
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    return message.endsWith(`for ${q}`) && !message.startsWith('Searching');
  }, query, { timeout: TIMEOUT });
  return Number(/^(\d+)/.exec((await page.locator('.pagefind-ui__message').textContent()) ?? '')?.[1] ?? 0);
}

/** The Pagefind CLI's default UI on a page of its own (`/search/`, see peers.ts). */
export const pagefindDefaultUi: SearchUi = {
  start: async (page, siteUrl, query) => {
    await page.goto(`${siteUrl}search/`);
    await page.fill('.pagefind-ui__search-input', query);
  },
  next: async (page, query) => void (await page.fill('.pagefind-ui__search-input', query)),
  settled: pagefindUiSettled,
};

/** Starlight's search: a button in the header opens a dialog with Pagefind's default UI. */
export const starlightSearch: SearchUi = {
  start: async (page, siteUrl, query) => {
    await page.goto(siteUrl);
    await page.click('button[data-open-modal]');
    await page.fill('.pagefind-ui__search-input', query);
  },
  next: async (page, query) => void (await page.fill('.pagefind-ui__search-input', query)),
  settled: pagefindUiSettled,
};

/**
 * Serves `siteDir`, opens its search through `ui` with the first query, then types each following
 * query, and adds up the requests and bytes of the responses under /pagefind/ that each query
 * caused, as a compressing server would send them (see transferSize), by kind of file.
 */
export async function measureSearchTransfer(siteDir: string, ui: SearchUi = archiveSearch, queries: readonly string[] = benchQueries): Promise<SearchTransfer> {
  const server = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes: Record<string, number> = {};
    let requests = 0;
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (!pathname.includes('/pagefind/')) return;
      requests++;
      const kind = pagefindFileKind(pathname);
      pending.push(response.body().then((body) => void (bytes[kind] = (bytes[kind] ?? 0) + transferSize(pathname, body)), () => undefined));
    });
    const settle = async (query: string) => {
      const results = await ui.settled(page, query);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
      const spent = { kinds: bytes, requests, results };
      bytes = {};
      requests = 0;
      return spent;
    };
    const [first, ...rest] = queries;
    if (first === undefined) return { queries: [], bytes: [], byKind: [], requests: [], results: [] };
    await ui.start(page, server.url, first);
    const measured = [await settle(first)];
    for (const query of rest) {
      await ui.next(page, query);
      measured.push(await settle(query));
    }
    return {
      queries: [...queries],
      bytes: measured.map(({ kinds }) => Object.values(kinds).reduce((a, b) => a + b, 0)),
      byKind: measured.map(({ kinds }) => kinds),
      requests: measured.map((m) => m.requests),
      results: measured.map((m) => m.results),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
