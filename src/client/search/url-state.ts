/**
 * The search in the page's address, so that a search can be shared, reloaded and gone back to.
 * How a search reads and writes as a query string is lib/search/state.ts; this is the address bar
 * and the history.
 */
import { searchStateFromParams, searchStateToParams, type SearchState } from '../../lib/search/state.ts';

/** The search the page's address holds. */
export function searchInAddress(): SearchState {
  return searchStateFromParams(new URLSearchParams(location.search));
}

/**
 * Puts a search in the page's address: as a new history entry (`push`), or in place of the current
 * one (`replace`, while the reader types). An address that already holds the search is left alone.
 */
export function putSearchInAddress(state: SearchState, mode: 'push' | 'replace'): void {
  const query = searchStateToParams(state).toString();
  const url = `${location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
}

/** Calls `restore` with the address's search whenever the reader goes back or forward. */
export function onHistoryMove(restore: (state: SearchState) => void): void {
  window.addEventListener('popstate', () => restore(searchInAddress()));
}
