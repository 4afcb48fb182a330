/** The search form as a search: the words typed, the order chosen and the filter values ticked, read and written. */
import type { SearchState } from '../../lib/search/state.ts';
import { tickedFilters, tickFilters } from './filters.ts';
import { searchInAddress } from './url-state.ts';

/** The form's fields that make up a search. */
export interface SearchFields {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sortSelect: HTMLSelectElement;
}

/** The search the form describes. */
export function readSearchForm({ form, input, sortSelect }: SearchFields): SearchState {
  // Until the filters load (see loadFilters in main.ts) there are no checkboxes: the address holds them.
  const filters = tickedFilters(form) ?? searchInAddress().filters;
  const sort = sortSelect.value;
  return { q: input.value, sort: sort === 'newest' || sort === 'oldest' ? sort : '', filters };
}

/** Sets the form to a search (one from the address, on arrival or going back). */
export function writeSearchForm({ form, input, sortSelect }: SearchFields, state: SearchState): void {
  input.value = state.q;
  sortSelect.value = state.sort;
  tickFilters(form, state.filters);
}
