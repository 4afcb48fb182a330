import { comparePartialDates, yearOf, type PartialDate } from './dates.ts';

type Round = { id: string; data: { date: PartialDate } };

function oldestFirst<R extends Round>(rounds: readonly R[]): R[] {
  return [...rounds].sort((a, b) => comparePartialDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
}

/** The rounds just before and just after one, by date. */
export function adjacentRounds<R extends Round>(rounds: readonly R[], id: string): { previous: R | undefined; next: R | undefined } {
  const sorted = oldestFirst(rounds);
  const at = sorted.findIndex((round) => round.id === id);
  if (at === -1) throw new Error(`No dialogue round "${id}" in content/dialogues/; known rounds: ${sorted.map((r) => r.id).join(', ')}`);
  return { previous: sorted[at - 1], next: sorted[at + 1] };
}

/** Calendar years with no round in the archive between two rounds that it has. */
export interface RoundGap<R extends Round> {
  /** The round before the gap. */
  before: R;
  /** The round after the gap. */
  after: R;
  firstYear: number;
  lastYear: number;
  years: number;
}

/**
 * The gaps in the series: the rounds are meant to be yearly, so every calendar year between two
 * consecutive rounds of the archive without one of its own is a gap ("no round in 2016–2020").
 */
export function roundGaps<R extends Round>(rounds: readonly R[]): Array<RoundGap<R>> {
  const sorted = oldestFirst(rounds);
  const gaps: Array<RoundGap<R>> = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as R;
    const after = sorted[i] as R;
    const firstYear = yearOf(before.data.date) + 1;
    const lastYear = yearOf(after.data.date) - 1;
    if (lastYear >= firstYear) gaps.push({ before, after, firstYear, lastYear, years: lastYear - firstYear + 1 });
  }
  return gaps;
}

/** A gap in words: "No round in the archive in 2012", "No round in the archive in 2016–2020 (5 years)". */
export function gapPhrase(gap: Pick<RoundGap<Round>, 'firstYear' | 'lastYear' | 'years'>): string {
  return gap.years === 1 ? `No round in the archive in ${gap.firstYear}` : `No round in the archive in ${gap.firstYear}–${gap.lastYear} (${gap.years} years)`;
}
