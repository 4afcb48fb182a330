import { formatPartialDate, isCertainlyBefore } from '../../lib/dates.ts';
import { formatFieldPath, type Problem } from '../../lib/problems.ts';
import type { ContentIndex } from './content-index.ts';

/** Lists whose items must run oldest first, and the date field of their items, per collection. */
const datedLists: Record<string, Array<{ list: string; date: string }>> = {
  cases: [{ list: 'status', date: 'since' }, { list: 'timeline', date: 'date' }],
  briefings: [{ list: 'corrections', date: 'date' }],
};

/** Status histories, timelines and corrections run oldest first. */
export function checkChronology(index: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of index.entries) {
    for (const { list, date } of datedLists[file.collection] ?? []) {
      const items = data[list];
      if (!Array.isArray(items)) continue;
      for (let i = 1; i < items.length; i++) {
        const previous = (items[i - 1] as Record<string, string>)[date];
        const current = (items[i] as Record<string, string>)[date];
        if (previous && current && isCertainlyBefore(current, previous)) {
          const path = [list, i, date];
          problems.push({
            file: file.path, line: file.lineOf(path), field: formatFieldPath(path), rule: 'chronology',
            message: `${formatPartialDate(current)} comes after ${formatPartialDate(previous)} in the list; ${list} must run oldest first, so move this item up`,
          });
        }
      }
    }
  }
  return problems;
}
