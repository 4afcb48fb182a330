/**
 * The cases directory's filter: narrows the grouped list by name, status, article, region and
 * year, and redraws the charts for the cases shown. Its state lives in the address
 * (src/lib/case-filter-state.ts), so a filtered list can be shared, reloaded and gone back to.
 * Names match in every spelling (name-folding.ts, loaded only once a name is typed). Without
 * JavaScript the form stays hidden and the full grouped list is shown.
 */
import { barLengths } from '../lib/charts.ts';
import { caseFilterFromParams, caseFilterNames, caseFilterToParams, caseMatches, type CaseFilterFacts, type CaseFilterState } from '../lib/case-filter-state.ts';

const form = document.querySelector<HTMLFormElement>('#case-filter');
if (form) {
  const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
  const items = Array.from(document.querySelectorAll<HTMLLIElement>('.case-group li[data-status]'), (item) => ({
    item,
    facts: {
      status: item.dataset.status ?? '',
      articles: words(item.dataset.articles),
      region: item.dataset.region ?? '',
      years: words(item.dataset.years),
      names: words(item.dataset.names),
    } satisfies CaseFilterFacts,
  }));
  const groups = Array.from(document.querySelectorAll<HTMLElement>('.case-group'));
  const charts = Array.from(document.querySelectorAll<HTMLElement>('figure[data-count-by]'));
  const count = form.querySelector<HTMLElement>('.filter-count');
  const scope = document.querySelector<HTMLElement>('#chart-scope');
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  let folding: Promise<typeof import('../lib/name-folding.ts')> | undefined;
  let run = 0;

  const readForm = (): CaseFilterState => {
    const params = new URLSearchParams();
    for (const name of caseFilterNames) params.set(name, control(name)?.value ?? '');
    return caseFilterFromParams(params);
  };
  const writeForm = (state: CaseFilterState) => {
    for (const name of caseFilterNames) {
      const field = control(name);
      if (field) field.value = state[name];
    }
  };

  /** Redraws one chart's bars and counts for the cases shown. */
  const redraw = (chart: HTMLElement, shown: CaseFilterFacts[]) => {
    const field = chart.dataset.countBy as 'status' | 'articles' | 'years';
    const counts = new Map<string, number>();
    for (const facts of shown) {
      const keys = field === 'status' ? [facts.status] : facts[field];
      for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const rows = Array.from(chart.querySelectorAll<HTMLTableRowElement>('tr[data-key]'));
    const values = rows.map((row) => counts.get(row.dataset.key ?? '') ?? 0);
    barLengths(values).forEach((length, i) => {
      const row = rows[i];
      row?.querySelector('rect')?.setAttribute('width', String(length));
      const value = row?.querySelector('.bar-value');
      if (value) value.textContent = String(values[i]);
    });
  };

  const apply = async (state: CaseFilterState) => {
    const thisRun = ++run;
    const nameWords = state.name ? (await (folding ??= import('../lib/name-folding.ts'))).nameQueryWords(state.name) : [];
    // A later change may have finished first while the name folding loaded.
    if (thisRun !== run) return;
    const shown: CaseFilterFacts[] = [];
    for (const { item, facts } of items) {
      item.hidden = !caseMatches(facts, state, nameWords);
      if (!item.hidden) shown.push(facts);
    }
    for (const group of groups) group.hidden = !group.querySelector('li[data-status]:not([hidden])');
    for (const chart of charts) redraw(chart, shown);
    if (count) count.textContent = `${shown.length} of ${items.length} cases shown.`;
    if (scope) scope.textContent = shown.length === items.length ? `The charts count all ${items.length} cases.` : `The charts count the ${shown.length} of ${items.length} cases the filters show.`;
  };

  /** Puts the form's state in the address (a new history entry, or in place while typing) and applies it. */
  const go = (mode: 'push' | 'replace') => {
    const state = readForm();
    const query = caseFilterToParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void apply(state);
  };

  let typing: number | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    go('push');
  });
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    window.clearTimeout(typing);
    typing = window.setTimeout(() => go('replace'), 250);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) go('push');
  });
  // The reset event comes before the form's fields are reset.
  form.addEventListener('reset', () => window.setTimeout(() => go('push')));
  window.addEventListener('popstate', () => {
    const state = caseFilterFromParams(new URLSearchParams(location.search));
    writeForm(state);
    void apply(readForm());
  });

  form.hidden = false;
  writeForm(caseFilterFromParams(new URLSearchParams(location.search)));
  // Values the form does not offer (an article no case is charged under any more) are dropped.
  go('replace');
}
