/** The filters a search can narrow by, in the order the search page shows them. */
export const searchFilterNames = ['kind', 'year', 'dialogue', 'topic', 'organisation', 'status', 'law', 'language'] as const;

/** Orders a search can sort results by, besides best match. */
export type SearchSort = '' | 'newest' | 'oldest';

/** Everything that defines a search: kept in the page address so it can be shared and restored. */
export interface SearchState {
  q: string;
  sort: SearchSort;
  filters: Record<string, string[]>;
}

/** Reads a search from an address's query string. */
export function searchStateFromParams(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const name of searchFilterNames) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = values;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', sort: sort === 'newest' || sort === 'oldest' ? sort : '', filters };
}

/** Writes a search as a query string, in a stable order so equal searches have equal addresses. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of searchFilterNames) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  }
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** True when the search asks for something: words or at least one filter. */
export function isActiveSearch(state: SearchState): boolean {
  return state.q.trim() !== '' || Object.values(state.filters).some((values) => values.length > 0);
}
