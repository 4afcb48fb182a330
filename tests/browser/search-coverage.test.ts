import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { queryVariants } from '../../src/lib/name-folding.ts';
import { htmlPages, loadPage } from '../helpers/built-site.ts';
import { corpusData } from '../helpers/corpus-data.ts';
import { useSiteInBrowser } from '../helpers/site-in-browser.ts';

// What the index leaves out of a page (src/integrations/search-indexer.ts, excludedFromIndex) must
// never be a word a reader searches that page for: each briefing's and translation's own words,
// the words of its notes, and every spelling of the people it discusses still find it.

const site = useSiteInBrowser();
let page: Page;

/** The text's pages: briefings and their translations (`ru/briefings/…`). */
const isText = (file: string) => /^([a-z]{2}\/)?briefings\/[^/]+\/index\.html$/.test(file);
const address = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** Words worth searching for: letters only, long enough to be rare. */
const wordsOf = (text: string) => text.split(/[\s\p{P}\p{S}]+/u).filter((word) => /^\p{L}{7,}$/u.test(word));

/** Each text page's own words and its notes' words (without the sources the notes cite), as read from the built page. */
let texts: Array<{ url: string; own: string[]; notes: string[] }>;

beforeAll(async () => {
  const files = (await htmlPages(inject('siteDir'))).filter(isText);
  texts = await Promise.all(files.map(async (file) => {
    const $ = await loadPage(inject('siteDir'), file);
    const notes = $('.prose section.footnotes .footnote-note').clone();
    notes.find('.footnote-source').remove();
    const prose = $('.prose').clone();
    prose.find('section.footnotes').remove();
    return { url: address(file), own: wordsOf(`${$('h1').first().text()} ${prose.text()}`), notes: wordsOf(notes.text()) };
  }));
  page = await site.browser.newPage();
  await page.goto(`${site.server.url}search/`);
});

/**
 * Runs in the page: Pagefind's own API with every shard merged, as the search page loads it, no
 * paging. A string, so that Vitest does not rewrite its dynamic import.
 */
const FIND_IN_PAGE = `async (variants) => {
  window.coveragePagefind ??= (async () => {
    const pagefind = await import(location.origin + '/pagefind/pagefind.js');
    await pagefind.options({ baseUrl: '/', noWorker: true });
    const shards = await fetch('/pagefind/shards.json').then((response) => response.json());
    for (const shard of shards) await pagefind.mergeIndex('/pagefind/' + shard);
    await pagefind.init();
    return pagefind;
  })();
  const pagefind = await window.coveragePagefind;
  const urls = new Set();
  for (const variant of variants) {
    for (const result of (await pagefind.search(variant)).results) urls.add((await result.data()).url);
  }
  return [...urls];
}`;

/** Pages that search finds for a query, as the search page runs it (every spelling, every shard). */
async function pagesFound(query: string): Promise<string[]> {
  return page.evaluate(`(${FIND_IN_PAGE})(${JSON.stringify(queryVariants(query))})`);
}

/** Words of `words` that no other page's words hold, a few spread over the text: a search for them should find this page. */
function distinctive(words: string[], others: Set<string>, count: number): string[] {
  const own = [...new Set(words)].filter((word) => !others.has(word.toLowerCase()));
  const step = Math.max(1, Math.floor(own.length / count));
  return own.filter((_, i) => i % step === 0).slice(0, count);
}

describe('what the search index keeps of a text', () => {
  it('finds every briefing and translation by words of its own text', async () => {
    expect(texts.length).toBeGreaterThan(5);
    const missed: string[] = [];
    for (const text of texts) {
      const others = new Set(texts.filter((t) => t !== text).flatMap((t) => [...t.own, ...t.notes]).map((w) => w.toLowerCase()));
      const words = distinctive(text.own, others, 6);
      expect(words.length, text.url).toBeGreaterThan(0);
      for (const word of words) if (!(await pagesFound(word)).includes(text.url)) missed.push(`${text.url}: ${word}`);
    }
    expect(missed).toEqual([]);
  });

  it('finds every briefing by the words of its notes, though not by the sources they cite', async () => {
    const missed: string[] = [];
    let searched = 0;
    for (const text of texts) {
      // Words found only in the notes, so that the text itself cannot be what finds the page.
      const own = new Set(text.own.map((w) => w.toLowerCase()));
      for (const word of distinctive(text.notes, own, 8)) {
        searched++;
        if (!(await pagesFound(word)).includes(text.url)) missed.push(`${text.url}: ${word}`);
      }
    }
    expect(searched).toBeGreaterThan(5);
    expect(missed).toEqual([]);
  });

  it('finds every briefing by every spelling of the names of the people it discusses', async () => {
    const data = await corpusData();
    const cases = data.get('cases') ?? new Map<string, Record<string, unknown>>();
    const missed: string[] = [];
    for (const [id, briefing] of data.get('briefings') ?? []) {
      for (const caseId of (briefing['cases'] as string[] | undefined) ?? []) {
        const person = cases.get(caseId);
        for (const spelling of [String(person?.['name']), ...((person?.['aliases'] as string[] | undefined) ?? [])]) {
          if (!(await pagesFound(spelling)).includes(`/briefings/${id}/`)) missed.push(`${id}: ${spelling}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
