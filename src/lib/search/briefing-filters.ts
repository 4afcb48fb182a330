/** The search filters of a briefing's pages, the original's and each translation's alike. */
import type { Case } from '../../schemas/cases.ts';
import { caseStatusLabels, currentStatus } from '../cases.ts';

/** The records a briefing links to, as far as its search filters need them. */
export interface BriefingFilterRecords {
  dialogue: { data: { title: string } } | undefined;
  topics: ReadonlyArray<{ data: { name: string } }>;
  organisations: ReadonlyArray<{ data: { name: string } }>;
  cases: ReadonlyArray<{ data: Pick<Case, 'status'> & { charges: ReadonlyArray<{ law: { id: string } }> } }>;
}

/**
 * The values a briefing's pages can be filtered by on the search page, by filter name: its
 * dialogue round, topics and organisations, the laws its cases are charged under (named by
 * `lawName`) and its cases' current statuses. Names and titles come from the English records.
 */
export function briefingSearchFilters(records: BriefingFilterRecords, lawName: (id: string) => string): Record<string, string[]> {
  const { dialogue, topics, organisations, cases } = records;
  return {
    dialogue: dialogue ? [dialogue.data.title] : [],
    topic: topics.map((topic) => topic.data.name),
    organisation: organisations.map((organisation) => organisation.data.name),
    law: cases.flatMap((c) => c.data.charges.map((charge) => lawName(charge.law.id))),
    status: cases.map((c) => caseStatusLabels[currentStatus(c.data).status]),
  };
}
