/**
 * The search page's script (SearchPage.astro imports it): runs Pagefind in the browser, with
 * filters and sorting whose state lives in the address (shareable, restored by the back button).
 * Names are also searched in their folded spelling, so Бокаев, Bokaev and Bokayev find the same
 * pages in the same order. This file only wires the page together: loading the index and its
 * shards (pagefind.ts), running searches (query.ts; sorted.ts merges date-sorted shards,
 * fragments.ts downloads the pages' data), the form (search-form.ts) and its filter widgets
 * (filters.ts), drawing the results (results.ts), the address (url-state.ts) and the page's strings
 * (page-text.ts).
 */
import { isActiveSearch, type SearchState } from '../../lib/search/state.ts';
import { onFiltersApproached, renderFilterOptions } from './filters.ts';
import { pageText } from './page-text.ts';
import { loadIndex, type FilterCounts } from './pagefind.ts';
import { searcher } from './query.ts';
import { resultsView } from './results.ts';
import { readSearchForm, writeSearchForm } from './search-form.ts';
import { onHistoryMove, putSearchInAddress, searchInAddress } from './url-state.ts';

const PAGE_SIZE = 20;
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && input && sortSelect && statusLine && list) {
  // The base may be written relative to the page (offline bundles): make it an absolute path.
  const base = new URL(form.dataset['base'] ?? '/', document.baseURI).pathname;
  const text = pageText(form.dataset['strings']);
  const results = resultsView(list, statusLine, text);
  let index: ReturnType<typeof loadSearch> | undefined;
  let shown = PAGE_SIZE;
  let runId = 0;

  const loadSearch = () => loadIndex(base).then((loaded) => ({ ...loaded, search: searcher(loaded) }));
  const load = () => (index ??= loadSearch());

  const fields = { form, input, sortSelect };
  const readForm = () => readSearchForm(fields);
  const writeForm = (state: SearchState) => writeSearchForm(fields, state);

  /**
   * The filters' values and counts load when the reader first opens a filter (or arrives with
   * filters in the address), not with the first search: on a large archive they weigh more than
   * the search itself.
   */
  let filterValues: FilterCounts | undefined;
  let filtersLoading: Promise<void> | undefined;
  /** Shows the filters' counts for a search (for no search: every page's), once their values have loaded. */
  const showFilters = (state: SearchState, counts?: FilterCounts) => {
    if (filterValues) renderFilterOptions(form, filterValues, counts, state, text.valueLabel);
  };

  const run = async (state: SearchState) => {
    const id = ++runId;
    if (!isActiveSearch(state)) {
      results.idle();
      showFilters(state);
      return;
    }
    results.searching();
    const { search } = await load();
    const outcome = await search(state, shown);
    if (id !== runId) return;
    const more = outcome.total > shown ? Math.min(PAGE_SIZE, outcome.total - shown) : 0;
    results.show(state, outcome, more, () => {
      shown += PAGE_SIZE;
      void run(state);
    });
    showFilters(state, outcome.counts);
  };

  const loadFilters = () =>
    (filtersLoading ??= load().then(async ({ pagefind }) => {
      filterValues = await pagefind.filters();
      const state = readForm();
      showFilters(state);
      // A search that ran before the values came has counts to show now.
      if (isActiveSearch(state)) void run(state);
    }));
  // Start loading as soon as the reader heads for the filters, so they are there when a group opens.
  onFiltersApproached(form, () => void loadFilters());

  /** Runs the search the form describes, and puts it in the address. */
  const go = (mode: 'push' | 'replace') => {
    const state = readForm();
    shown = PAGE_SIZE;
    putSearchInAddress(state, mode);
    void run(state);
  };

  let typing: number | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    go('push');
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => go('replace'), 300);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) go('push');
  });
  onHistoryMove((state) => {
    writeForm(state);
    shown = PAGE_SIZE;
    void run(state);
  });

  for (const hidden of form.querySelectorAll<HTMLElement>('.search-options, .search-filters')) hidden.hidden = false;
  const initial = searchInAddress();
  writeForm(initial);
  const hasFilters = Object.values(initial.filters).some((values) => values.length > 0);
  void (hasFilters ? loadFilters() : load())
    // Run the address's search, unless the reader already started one while the index loaded.
    .then(() => (runId === 0 ? run(initial) : undefined))
    .catch((error: unknown) => {
      results.failed();
      console.error(error);
    });
}
