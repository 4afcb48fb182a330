/**
 * The pages a search found, with their data: each page's data (its Pagefind fragment) is
 * downloaded once, however often searches find it, and only for the results that are shown.
 */
import type { PagefindFragment, PagefindResult } from './pagefind.ts';

/** A page a search found, with the positions of the words it matched there. */
export interface FoundPage {
  fragment: PagefindFragment;
  words: number[];
}

/** Reads a result's page data, downloading it the first time the page is found. */
export type FragmentOf = (result: PagefindResult) => Promise<PagefindFragment>;

/** A store of page data for one loaded index, shared by every search run on it. */
export function fragmentStore(): FragmentOf {
  const fragments = new Map<string, Promise<PagefindFragment>>();
  return (result) => {
    let fragment = fragments.get(result.id);
    if (!fragment) {
      fragment = result.data();
      fragments.set(result.id, fragment);
    }
    return fragment;
  };
}

/** The results given, in their order, with their pages' data: what the results list draws. */
export function foundPages(results: readonly PagefindResult[], fragmentOf: FragmentOf): Promise<FoundPage[]> {
  return Promise.all(results.map(async (result) => ({ fragment: await fragmentOf(result), words: result.words })));
}
