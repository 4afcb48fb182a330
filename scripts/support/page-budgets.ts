/** The most compressed bytes (HTML + CSS + JS) a page of each kind may weigh, and which page stands for it. */
export const pageBudgets: Array<{ kind: string; page: string; total: number; js: number }> = [
  { kind: 'briefing', page: 'briefings/2021-11-key-concerns-and-recommendations/index.html', total: 40 * 1024, js: 3 * 1024 },
  { kind: 'case', page: 'cases/max-bokayev/index.html', total: 20 * 1024, js: 0 },
  { kind: 'cases directory', page: 'cases/index.html', total: 30 * 1024, js: 3 * 1024 },
  { kind: 'home', page: 'index.html', total: 15 * 1024, js: 0 },
  { kind: 'briefings list', page: 'briefings/index.html', total: 15 * 1024, js: 0 },
  { kind: 'dialogue round', page: 'dialogues/2015-11-astana/index.html', total: 15 * 1024, js: 0 },
  { kind: 'law', page: 'laws/cc-405/index.html', total: 15 * 1024, js: 0 },
  // Under 0.5 KB: the copy buttons of "Cite this" (src/client/cite-this.ts).
  { kind: 'source', page: 'sources/azattyq-31115496/index.html', total: 15 * 1024, js: 1024 },
  { kind: 'sources list', page: 'sources/index.html', total: 30 * 1024, js: 0 },
  // 13.9 KB: Pagefind's loader, the filters, name folding, merging the shards of a large archive's
  // index, and the excerpts, dates and ranking of the results (about 2 KB of that).
  { kind: 'search page', page: 'search/index.html', total: 25 * 1024, js: 15 * 1024 },
];
