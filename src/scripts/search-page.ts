/**
 * The search page: runs Pagefind in the browser, with filters and sorting whose state lives in the
 * address (shareable, restored by the back button). Names are also searched in their folded
 * spelling, so Бокаев, Bokaev and Bokayev find the same person.
 */
import { queryVariants } from '../lib/name-folding.ts';
import { mergeSorted } from '../lib/search-merge.ts';
import { isActiveSearch, searchStateFromParams, searchStateToParams, type SearchState } from '../lib/search-state.ts';
import type { SearchPageStrings } from '../lib/search-page-strings.ts';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult { id: string; score: number; data(): Promise<PagefindData> }
interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  options(options: { baseUrl: string; ranking?: Record<string, number>; noWorker?: boolean; mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: { ranking?: Record<string, number>; mergeFilter?: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch>;
}

const PAGE_SIZE = 20;
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && input && sortSelect && statusLine && list) {
  // The base may be written relative to the page (offline bundles): make it an absolute path.
  const base = new URL(form.dataset.base ?? '/', document.baseURI).pathname;
  const { lang, strings } = JSON.parse(form.dataset.strings ?? '{}') as SearchPageStrings;
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
  let pagefind: Promise<Pagefind> | undefined;
  /** The names the index's shards are tagged with (a `shard` filter), when it has more than one. */
  let shardTags: string[] = [];
  let shown = PAGE_SIZE;
  let runId = 0;

  // Short pages (a source record naming a person) would otherwise outrank the person's own
  // profile; a small page-length factor lets the profile and the papers come first.
  const ranking = { pageLength: 0.1 };
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      // A large archive's index is built in shards (src/integrations/search-indexer.ts), merged
      // here; they share the main index's code and WebAssembly. Each is tagged with a `shard`
      // filter, so that a sorted search can read each shard's results in order (see run).
      const shards = await fetch(`${base}pagefind/shards.json`).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []));
      shardTags = shards.length > 0 ? ['1', ...shards.map((_, i) => String(i + 2))] : [];
      // noWorker: Pagefind 1.6 otherwise fetches a second copy of its code for a web worker
      // (43 KB); searching an index of this size on the page's own thread takes milliseconds.
      await module.options({ baseUrl: base, ranking, noWorker: true, ...(shards.length > 0 ? { mergeFilter: { shard: '1' } } : {}) });
      await Promise.all(shards.map((shard, i) => module.mergeIndex(`${base}pagefind/${shard}`, { ranking, mergeFilter: { shard: String(i + 2) } })));
      await module.init();
      return module;
    }));
  const fragments = new Map<string, Promise<PagefindData>>();
  /** A result's data (its fragment), downloaded once however often it is asked for. */
  const dataOf = (result: PagefindResult) => {
    let data = fragments.get(result.id);
    if (!data) {
      data = result.data();
      fragments.set(result.id, data);
    }
    return data;
  };

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

  /**
   * Shows every filter value with the count the current search would give it. The checkboxes are
   * made once and then only relabelled, so keyboard focus stays where the reader left it.
   */
  const renderFilterOptions = (available: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>> | undefined, state: SearchState) => {
    for (const group of form.querySelectorAll<HTMLDetailsElement>('.filter-group')) {
      const name = group.dataset.filter ?? '';
      const container = group.querySelector('.filter-options');
      if (!container) continue;
      const values = Object.entries(available[name] ?? {}).sort(([a, ca], [b, cb]) =>
        name === 'year' ? b.localeCompare(a) : cb - ca || a.localeCompare(b),
      );
      group.hidden = values.length === 0;
      if (container.childElementCount === 0) {
        container.append(
          ...values.map(([value], i) => {
            const id = `filter-${name}-${i}`;
            const wrapper = document.createElement('div');
            const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, name, value });
            box.checked = state.filters[name]?.includes(value) ?? false;
            const label = Object.assign(document.createElement('label'), { htmlFor: id });
            label.dataset.value = value;
            wrapper.append(box, label);
            return wrapper;
          }),
        );
        if (state.filters[name]?.length) group.open = true;
      }
      for (const label of container.querySelectorAll<HTMLLabelElement>('label')) {
        const value = label.dataset.value ?? '';
        const count = counts ? (counts[name]?.[value] ?? 0) : (available[name]?.[value] ?? 0);
        label.textContent = `${valueLabel(name, value)} (${count})`;
      }
    }
  };

  const resultItem = (data: PagefindData): HTMLLIElement => {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title ?? data.url });
    heading.append(link);
    const meta = Object.assign(document.createElement('p'), { className: 'meta', textContent: [data.meta.kind, data.meta.date].filter(Boolean).join(' · ') });
    const excerpt = document.createElement('p');
    // Results in another language than the page's say so, for screen readers and hyphenation.
    const textLang = data.meta.lang;
    if (textLang && textLang !== document.documentElement.lang) {
      link.lang = textLang;
      excerpt.lang = textLang;
      meta.append(` · ${languageNames.of(textLang) ?? textLang}`);
    }
    // Pagefind builds excerpts from this site's own pages and marks matches with <mark>.
    excerpt.innerHTML = data.excerpt;
    item.append(heading, meta, excerpt);
    const sections = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, 3);
    if (sections.length > 0) {
      const sub = Object.assign(document.createElement('ul'), { className: 'sub-results' });
      for (const section of sections) {
        const li = document.createElement('li');
        li.append(Object.assign(document.createElement('a'), { href: section.url, textContent: section.title }));
        sub.append(li);
      }
      item.append(sub);
    }
    return item;
  };

  const describe = (state: SearchState, total: number) => {
    const filters = Object.entries(state.filters).flatMap(([name, values]) => values.map((value) => valueLabel(name, value)));
    const what = state.q.trim() ? t('search.forQuery', { query: state.q.trim() }) : t('search.forFilters');
    const narrowed = filters.length > 0 && state.q.trim() ? t('search.filteredBy', { filters: filters.join(', ') }) : '';
    return `${total === 0 ? t('search.noResults') : t('search.results', { count: total })} ${what}${narrowed}.`;
  };

  const run = async (state: SearchState) => {
    const id = ++runId;
    if (!isActiveSearch(state)) {
      list.replaceChildren();
      statusLine.textContent = t('search.prompt');
      statusLine.dataset.state = 'idle';
      return;
    }
    statusLine.textContent = t('search.searching');
    // For tests and scripts that wait on a search, whatever the page's language.
    statusLine.dataset.state = 'searching';
    const module = await load();
    const sort = state.sort ? { date: state.sort === 'newest' ? ('desc' as const) : ('asc' as const) } : undefined;
    const queries: Array<string | null> = state.q.trim() ? queryVariants(state.q) : [null];
    const searches = await Promise.all(queries.map((query) => module.search(query, { filters: state.filters, ...(sort ? { sort } : {}) })));
    if (id !== runId) return;
    const merged = new Map<string, PagefindResult>();
    for (const search of searches) {
      for (const result of search.results) {
        const known = merged.get(result.id);
        if (!known || known.score < result.score) merged.set(result.id, result);
      }
    }
    let ordered: PagefindData[];
    if (sort) {
      // Pagefind returns each index's results in date order, but merges indexes by score; so a
      // sharded index is searched one shard at a time, and the sorted lists (one per shard and
      // spelling of the query) are merged by their dates, downloading only the results shown.
      const lists = shardTags.length > 0
        ? (await Promise.all(queries.flatMap((query) => shardTags.map((shard) => module.search(query, { filters: { ...state.filters, shard: [shard] }, sort }))))).map((search) => search.results)
        : searches.map((search) => search.results);
      const direction = state.sort === 'newest' ? -1 : 1;
      // The key Pagefind sorted by, also kept as a meta value (SearchFacets.astro).
      const first = await mergeSorted(lists, shown, async (result) => (await dataOf(result)).meta.sortkey ?? '', (result) => result.id, direction);
      ordered = await Promise.all(first.map(dataOf));
    } else {
      ordered = await Promise.all([...merged.values()].sort((a, b) => b.score - a.score).slice(0, shown).map(dataOf));
    }
    if (id !== runId) return;
    list.replaceChildren(...ordered.map(resultItem));
    if (merged.size > shown) {
      const more = Object.assign(document.createElement('button'), { type: 'button', className: 'more-results', textContent: t('search.more', { count: Math.min(PAGE_SIZE, merged.size - shown) }) });
      more.addEventListener('click', () => {
        shown += PAGE_SIZE;
        void run(state);
      });
      const li = document.createElement('li');
      li.className = 'more';
      li.append(more);
      list.append(li);
    }
    statusLine.textContent = describe(state, merged.size);
    statusLine.dataset.state = 'done';
    if (filterValues) renderFilterOptions(filterValues, searches[0]?.filters, state);
  };

  /**
   * The filters' values and counts load when the reader first opens a filter (or arrives with
   * filters in the address), not with the first search: on a large archive they weigh more than
   * the search itself.
   */
  let filterValues: Record<string, Record<string, number>> | undefined;
  let filtersLoading: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoading ??= load().then(async (module) => {
      filterValues = await module.filters();
      const state = readForm();
      renderFilterOptions(filterValues, undefined, state);
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
      statusLine.dataset.state = 'failed';
      console.error(error);
    });
}
