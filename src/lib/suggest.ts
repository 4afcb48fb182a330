import { closest, distance } from 'fastest-levenshtein';

/** The known value nearest to a mistyped one, or undefined when none is close enough to be a typo. */
export function suggestClosest(value: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const guess = closest(value, [...known]);
  return distance(value, guess) <= Math.max(2, Math.floor(value.length / 3)) ? guess : undefined;
}

/** "did you mean "x"? " when there is a plausible correction, otherwise nothing. */
export function didYouMean(value: string, known: readonly string[]): string {
  const guess = suggestClosest(value, known);
  return guess ? `did you mean "${guess}"? ` : '';
}
