/** The filters of the cases directory, in the order the page shows them and the address lists them. */
export const caseFilterNames = ['status', 'article', 'region', 'year', 'name'] as const;

/** One of the cases directory's filters. */
export type CaseFilterName = (typeof caseFilterNames)[number];

/** What the cases directory is narrowed to: kept in the page address, so it can be shared and restored. Empty means any. */
export type CaseFilterState = Record<CaseFilterName, string>;

/** Reads the directory's filters from an address's query string; other parameters are ignored. */
export function caseFilterFromParams(params: URLSearchParams): CaseFilterState {
  const state = {} as CaseFilterState;
  for (const name of caseFilterNames) state[name] = (params.get(name) ?? '').trim();
  return state;
}

/** Writes the directory's filters as a query string, only those set, in a stable order. */
export function caseFilterToParams(state: Partial<CaseFilterState>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of caseFilterNames) {
    const value = (state[name] ?? '').trim();
    if (value) params.set(name, value);
  }
  return params;
}

/** True when at least one filter is set. */
export function isActiveCaseFilter(state: Partial<CaseFilterState>): boolean {
  return caseFilterNames.some((name) => (state[name] ?? '').trim() !== '');
}

/** What the filter compares about one case, as the directory writes it on the case's list item. */
export interface CaseFilterFacts {
  status: string;
  articles: string[];
  region: string;
  years: string[];
  /** The words of the case's names, aliases and members: as written in lower case, and folded (see name-folding.ts). */
  names: string[];
}

/**
 * True when a case passes the filters. `nameWords` are the words of the name filter, each in lower
 * case and folded; a case matches when every word starts one of its name words in either form,
 * so "bokaev", "Bokayev" and "Бокаев" all find Max Bokayev.
 */
export function caseMatches(facts: CaseFilterFacts, state: CaseFilterState, nameWords: Array<{ written: string; folded: string }>): boolean {
  return (
    (!state.status || facts.status === state.status) &&
    (!state.article || facts.articles.includes(state.article)) &&
    (!state.region || facts.region === state.region) &&
    (!state.year || facts.years.includes(state.year)) &&
    nameWords.every(({ written, folded }) => facts.names.some((name) => name.startsWith(written) || (folded !== '' && name.startsWith(folded))))
  );
}
