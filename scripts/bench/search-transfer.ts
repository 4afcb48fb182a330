/** What a reader's browser downloads to search a built archive, measured in Debian's Chromium. */
import { gzipSync } from 'node:zlib';
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

/** The fixed queries: a first search on a fresh page, then searches typed into the same page. */
export const benchQueries = ['Bokayev', 'kettling', 'Article 405', 'Семенова', 'trade union', 'Zhanaozen'];

/**
 * Serves `siteDir`, opens its search page with the first query in the address, then types each
 * following query, and adds up the bytes of the responses under /pagefind/ that each query caused,
 * as a compressing server would send them (see transferSize), by kind of file.
 */
export async function measureSearchTransfer(siteDir: string, queries: readonly string[] = benchQueries): Promise<SearchTransfer> {
  const server = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let bytes: Record<string, number> = {};
    const pending: Array<Promise<void>> = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (!pathname.startsWith('/pagefind/')) return;
      const kind = pagefindFileKind(pathname);
      pending.push(response.body().then((body) => void (bytes[kind] = (bytes[kind] ?? 0) + transferSize(pathname, body)), () => undefined));
    });
    const settle = async (query: string) => {
      await page.waitForFunction((q) => {
        const status = document.querySelector('#search-status')?.textContent ?? '';
        return status.includes(`“${q}”`) && !status.includes('Searching');
      }, query, { timeout: 120_000 });
      await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
      const spent = bytes;
      bytes = {};
      return spent;
    };
    const [first, ...rest] = queries;
    if (first === undefined) return { queries: [], bytes: [], byKind: [] };
    await page.goto(`${server.url}search/?q=${encodeURIComponent(first)}`);
    const transferred = [await settle(first)];
    for (const query of rest) {
      await page.fill('#search-query', query);
      await page.press('#search-query', 'Enter');
      transferred.push(await settle(query));
    }
    return { queries: [...queries], bytes: transferred.map((kinds) => Object.values(kinds).reduce((a, b) => a + b, 0)), byKind: transferred };
  } finally {
    await browser.close();
    await server.close();
  }
}
