/**
 * The filter widgets of the search page: a checkbox for each value of each filter (kind, year,
 * topic...), built once the filters' values load, labelled with the count of results each would
 * give, and hidden where it would give none.
 */
import type { SearchState } from '../../lib/search/state.ts';
import type { FilterCounts } from './pagefind.ts';

/** The filters' checkboxes: none until their values have loaded. */
function checkboxes(form: HTMLFormElement): HTMLInputElement[] {
  return Array.from(form.querySelectorAll<HTMLInputElement>('.filter-options input[type="checkbox"]'));
}

/** The filter values ticked in the form, by filter; undefined while there are no checkboxes yet. */
export function tickedFilters(form: HTMLFormElement): SearchState['filters'] | undefined {
  const boxes = checkboxes(form);
  if (boxes.length === 0) return undefined;
  const filters: SearchState['filters'] = {};
  for (const box of boxes) {
    if (box.checked) (filters[box.name] ??= []).push(box.value);
  }
  return filters;
}

/** Ticks the checkboxes of the values given, and unticks the others. */
export function tickFilters(form: HTMLFormElement, filters: SearchState['filters']): void {
  for (const box of checkboxes(form)) box.checked = filters[box.name]?.includes(box.value) ?? false;
}

/** Calls `start` once, as soon as the reader heads for the filters (focus, pointer, a group opened). */
export function onFiltersApproached(form: HTMLFormElement, start: () => void): void {
  const panel = form.querySelector('.search-filters');
  for (const type of ['focusin', 'pointerover', 'toggle']) panel?.addEventListener(type, start, { capture: true, once: true });
}

/**
 * Shows every filter value with the count the current search would give it, and hides the values
 * that would give no result (unless chosen, so they can be unchosen), and the filters left with
 * none. The checkboxes are made once and then only relabelled, so keyboard focus stays where the
 * reader left it.
 */
export function renderFilterOptions(
  form: HTMLFormElement,
  available: FilterCounts,
  counts: FilterCounts | undefined,
  state: SearchState,
  valueLabel: (filter: string, value: string) => string,
): void {
  for (const group of form.querySelectorAll<HTMLDetailsElement>('.filter-group')) {
    const name = group.dataset['filter'] ?? '';
    const container = group.querySelector('.filter-options');
    if (!container) continue;
    const values = Object.entries(available[name] ?? {}).sort(([a, ca], [b, cb]) =>
      name === 'year' ? b.localeCompare(a) : cb - ca || a.localeCompare(b),
    );
    if (container.childElementCount === 0) {
      container.append(
        ...values.map(([value], i) => {
          const id = `filter-${name}-${i}`;
          const wrapper = Object.assign(document.createElement('div'), { className: 'filter-option' });
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, name, value });
          box.checked = state.filters[name]?.includes(value) ?? false;
          const label = Object.assign(document.createElement('label'), { htmlFor: id });
          label.dataset['value'] = value;
          wrapper.append(box, label);
          return wrapper;
        }),
      );
      if (state.filters[name]?.length) group.open = true;
    }
    let shown = 0;
    for (const wrapper of container.querySelectorAll<HTMLElement>('.filter-option')) {
      const box = wrapper.querySelector('input');
      const label = wrapper.querySelector('label');
      if (!box || !label) continue;
      const value = label.dataset['value'] ?? '';
      const count = counts ? (counts[name]?.[value] ?? 0) : (available[name]?.[value] ?? 0);
      label.textContent = `${valueLabel(name, value)} (${count})`;
      wrapper.hidden = count === 0 && !box.checked;
      if (!wrapper.hidden) shown++;
    }
    group.hidden = shown === 0;
  }
}
