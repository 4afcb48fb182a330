/**
 * How search results are ranked: the metadata fields that hold the names a page is found by, the
 * weights Pagefind gives them, and how the results of a query's spellings are combined.
 */
import { searchForm } from '../name-folding.ts';

/**
 * Hidden metadata fields of the index (written by SearchFacets.astro) that hold names, with every
 * spelling of them: Pagefind searches metadata (https://pagefind.app/docs/ranking/#configuring-metadata-weights),
 * so these find a page without ever showing in an excerpt.
 */
export const nameFields = {
  /** A case profile's own name and aliases. */
  names: 'names',
  /** The members a group case lists. */
  members: 'members',
  /** The names of the cases a briefing discusses. */
  people: 'people',
} as const;

/**
 * Pagefind's ranking options for the archive.
 * - pageLength 0.1: short pages (a source record naming a person) would otherwise outrank the
 *   papers that discuss the person at length.
 * - names 20: a match on a case's own name outweighs everything else a page can score (a page's
 *   text scores at most about 2.4 times a word's rarity), so a person's profile comes first for
 *   every spelling of their name.
 * - people 3, members 2: briefings tagged with the case, and group cases listing the person,
 *   come before pages that only mention the name.
 * - title 2 (Pagefind's default is 5): a source whose title names the person would otherwise
 *   come before the briefings that discuss them; titles already count as headings in the text.
 */
export const searchRanking = {
  pageLength: 0.1,
  metaWeights: { title: 2, [nameFields.names]: 20, [nameFields.people]: 3, [nameFields.members]: 2 },
};

/**
 * The results with the pages whose own names (the `names` field) hold every word of the query
 * moved to the front, each group in its order. Pagefind matches a word's extensions and stems
 * the query in English, so `Maks` also finds `Makhambet`, and a profile that names Makhambet
 * throughout could outscore Max Bokayev's for it; this puts the profile a query names exactly
 * first. Applied to the results whose data is loaded (the ones shown), in best-match order only.
 */
export function namedPagesFirst<T>(results: readonly T[], query: string, namesOf: (result: T) => string | undefined): T[] {
  const wanted = searchForm(query).split(' ').filter(Boolean);
  if (wanted.length === 0) return [...results];
  const named = (result: T) => {
    const names = new Set(searchForm(namesOf(result) ?? '').split(' '));
    return wanted.every((word) => names.has(word));
  };
  return [...results.filter(named), ...results.filter((result) => !named(result))];
}

/** A search result as Pagefind gives it, before its data is loaded. */
export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * One result per page from the searches of a query's spellings (see queryVariants): the folded
 * spelling's result where it found the page, otherwise the typed one's, best score first. Every
 * spelling of a name has the same folded form, and every page that names the person holds that
 * form once for each mention, so Bokayev, Bokaev and Бокаев give the same order.
 */
export function combineSpellings<T extends ScoredResult>(typed: readonly T[], folded: readonly T[] | undefined): T[] {
  const byPage = new Map<string, T>();
  for (const result of folded ?? []) byPage.set(result.id, result);
  for (const result of typed) if (!byPage.has(result.id)) byPage.set(result.id, result);
  return [...byPage.values()].sort((a, b) => b.score - a.score);
}
