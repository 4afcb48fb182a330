/**
 * The search page: runs Pagefind in the browser, with filters and sorting whose state lives in the
 * address (shareable, restored by the back button). Names are also searched in their folded
 * spelling, so Бокаев, Bokaev and Bokayev find the same pages in the same order. This file wires
 * the form to the search (search/query.ts) and draws the results (search/render.ts).
 */
import { isActiveSearch, searchStateFromParams, searchStateToParams, type SearchState } from '../../lib/search/state.ts';
import type { SearchPageStrings } from '../../lib/search/page-strings.ts';
import { loadIndex, type FilterCounts } from './pagefind.ts';
import { searcher, type SearchOutcome } from './query.ts';
import { renderFilterOptions, resultItem } from './render.ts';
import { ResultPager } from './paging.ts';

/** Results shown at a time: what the first screen shows, so a search downloads the data of five pages, not of every result (docs/search-at-scale.md). */
const PAGE_SIZE = 5;
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && input && sortSelect && statusLine && list) {
  // The base may be written relative to the page (offline bundles): make it an absolute path.
  const base = new URL(form.dataset['base'] ?? '/', document.baseURI).pathname;
  const { lang, strings } = JSON.parse(form.dataset['strings'] ?? '{}') as SearchPageStrings;
  const plurals = new Intl.PluralRules(lang);
  /** An interface string of the page's language, with its `{name}` marks filled in. */
  const t = (key: keyof SearchPageStrings['strings'], params: Record<string, string | number> = {}) => {
    const value = strings[key];
    const template = typeof value === 'string' ? value : (value[plurals.select(Number(params['count'] ?? 0))] ?? value.other);
    return template.replace(/\{(\w+)\}/g, (mark, name: string) => (name in params ? String(params[name]) : mark));
  };
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  /** How a filter value reads: languages are indexed as tags (en, ru) and named in the page's language. */
  const valueLabel = (filter: string, value: string) => (filter === 'language' ? (languageNames.of(value) ?? value) : value);
  let index: ReturnType<typeof loadSearch> | undefined;
  let shown = PAGE_SIZE;
  let runId = 0;

  const loadSearch = () => loadIndex(base).then((loaded) => ({ ...loaded, search: searcher(loaded) }));
  const load = () => (index ??= loadSearch());

  const checkboxes = () => Array.from(form.querySelectorAll<HTMLInputElement>('.filter-options input[type="checkbox"]'));

  const readForm = (): SearchState => {
    const boxes = checkboxes();
    // Until the filters load (see loadFilters) there are no checkboxes: the address holds them.
    const filters: SearchState['filters'] = boxes.length > 0 ? {} : searchStateFromParams(new URLSearchParams(location.search)).filters;
    for (const box of boxes) {
      if (box.checked) (filters[box.name] ??= []).push(box.value);
    }
    const sort = sortSelect.value;
    return { q: input.value, sort: sort === 'newest' || sort === 'oldest' ? sort : '', filters };
  };

  const writeForm = (state: SearchState) => {
    input.value = state.q;
    sortSelect.value = state.sort;
    for (const box of checkboxes()) box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  };

  const describe = (state: SearchState, total: number) => {
    const filters = Object.entries(state.filters).flatMap(([name, values]) => values.map((value) => valueLabel(name, value)));
    const what = state.q.trim() ? t('search.forQuery', { query: state.q.trim() }) : t('search.forFilters');
    const narrowed = filters.length > 0 && state.q.trim() ? t('search.filteredBy', { filters: filters.join(', ') }) : '';
    return `${total === 0 ? t('search.noResults') : t('search.results', { count: total })} ${what}${narrowed}.`;
  };

  let current: SearchState | undefined;
  const pager = new ResultPager({
    list,
    moreLabel: (count) => t('search.more', { count }),
    onMore: (focus) => {
      if (!current) return;
      shown += PAGE_SIZE;
      void run(current, { focus });
    },
  });

  const show = (state: SearchState, outcome: SearchOutcome, more?: { focus: boolean }) => {
    current = state;
    const items = outcome.pages.map((page) => resultItem(page, { lang, languageNames }));
    const keys = outcome.pages.map((page) => page.fragment.url);
    const remaining = outcome.total - outcome.pages.length;
    if (more) pager.append(items, keys, remaining, PAGE_SIZE, more.focus);
    else pager.show(items, keys, remaining, PAGE_SIZE);
    const count = remaining > 0 ? ` ${t('search.shown', { shown: outcome.pages.length })}` : '';
    statusLine.textContent = `${describe(state, outcome.total)}${count}`;
    statusLine.dataset['state'] = 'done';
    if (filterValues) renderFilterOptions(form, filterValues, outcome.counts, state, valueLabel);
  };

  const run = async (state: SearchState, more?: { focus: boolean }) => {
    const id = ++runId;
    if (!isActiveSearch(state)) {
      list.replaceChildren();
      statusLine.textContent = t('search.prompt');
      statusLine.dataset['state'] = 'idle';
      if (filterValues) renderFilterOptions(form, filterValues, undefined, state, valueLabel);
      return;
    }
    // A next page keeps the status as it is until it can say how many are shown.
    if (!more) statusLine.textContent = t('search.searching');
    // For tests and scripts that wait on a search, whatever the page's language.
    statusLine.dataset['state'] = 'searching';
    const { search } = await load();
    const outcome = await search(state, shown);
    if (id === runId) show(state, outcome, more);
  };

  /**
   * The filters' values and counts load when the reader first opens a filter (or arrives with
   * filters in the address), not with the first search: on a large archive they weigh more than
   * the search itself.
   */
  let filterValues: FilterCounts | undefined;
  let filtersLoading: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoading ??= load().then(async ({ pagefind }) => {
      filterValues = await pagefind.filters();
      const state = readForm();
      renderFilterOptions(form, filterValues, undefined, state, valueLabel);
      // A search that ran before the values came has counts to show now.
      if (isActiveSearch(state)) void run(state);
    }));
  // Start loading as soon as the reader heads for the filters, so they are there when a group opens.
  const filterPanel = form.querySelector('.search-filters');
  for (const type of ['focusin', 'pointerover', 'toggle']) filterPanel?.addEventListener(type, () => void loadFilters(), { capture: true, once: true });

  const go = (mode: 'push' | 'replace') => {
    const state = readForm();
    shown = PAGE_SIZE;
    const query = searchStateToParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
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
  window.addEventListener('popstate', () => {
    const state = searchStateFromParams(new URLSearchParams(location.search));
    writeForm(state);
    shown = PAGE_SIZE;
    void run(state);
  });

  for (const hidden of form.querySelectorAll<HTMLElement>('.search-options, .search-filters')) hidden.hidden = false;
  const initial = searchStateFromParams(new URLSearchParams(location.search));
  writeForm(initial);
  const hasFilters = Object.values(initial.filters).some((values) => values.length > 0);
  void (hasFilters ? loadFilters() : load())
    // Run the address's search, unless the reader already started one while the index loaded.
    .then(() => (runId === 0 ? run(initial) : undefined))
    .catch((error: unknown) => {
      statusLine.textContent = t('search.failed');
      statusLine.dataset['state'] = 'failed';
      console.error(error);
    });
}
