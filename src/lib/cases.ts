import { dateRange, formatPartialDate, isCertainlyBefore, type PartialDate } from './dates.ts';
import type { Case, caseStatuses } from '../schemas/cases.ts';

/** Readable names of the statuses. */
export const caseStatusLabels: Record<(typeof caseStatuses)[number], string> = {
  'under-investigation': 'Under investigation',
  'pre-trial-detention': 'Pre-trial detention',
  'house-arrest': 'House arrest',
  'travel-ban': 'Banned from travel',
  'on-trial': 'On trial',
  imprisoned: 'Imprisoned',
  'restricted-freedom': 'Restricted freedom',
  probation: 'Probation',
  fined: 'Fined',
  'administrative-detention': 'Administrative detention',
  'forced-psychiatric-treatment': 'Forced psychiatric treatment',
  suspended: 'Activities suspended',
  sued: 'Sued',
  released: 'Released',
  'in-exile': 'In exile',
  deceased: 'Deceased',
  'charges-dropped': 'Charges dropped',
  acquitted: 'Acquitted',
};

type Status = Case['status'][number];
type TimelineEvent = Case['timeline'][number];

/** Statuses nothing can follow: a profile's events dated after one are about other people. */
export const finalStatuses: ReadonlySet<Status['status']> = new Set(['deceased']);

/** A case's current status: the last entry of its status history. */
export function currentStatus(data: Pick<Case, 'status'>): Status {
  const last = data.status[data.status.length - 1];
  if (!last) throw new Error('A case reached the page without a status; the schema requires one');
  return last;
}

/** The date a final status (death) began, if the case has one. */
function endOfNews(data: Pick<Case, 'status'>): PartialDate | undefined {
  return data.status.find((s) => finalStatuses.has(s.status))?.since;
}

/**
 * True when a timeline event is news of this case, and false for an event a profile shows only
 * for context: one marked `about` another case (the group trial a member's profile mentions), or
 * one dated after the person's death (a later trial of the people who helped the family).
 */
export function concernsCase(event: Pick<TimelineEvent, 'date' | 'about'>, data: Pick<Case, 'status'>): boolean {
  if (event.about) return false;
  const death = endOfNews(data);
  return !(death && isCertainlyBefore(death, event.date));
}

/** A timeline event with its position in the timeline (for its `#event-n` anchor). */
export interface NumberedEvent {
  event: TimelineEvent;
  index: number;
}

/**
 * A case's most recent timeline event that is news of the case itself (see concernsCase): the last
 * such event in the timeline, which runs oldest first, so that of "2021-02" and a later "2021" the
 * later one wins.
 */
export function latestEvent(data: Pick<Case, 'status' | 'timeline'>): NumberedEvent | undefined {
  for (let index = data.timeline.length - 1; index >= 0; index--) {
    const event = data.timeline[index];
    if (event && concernsCase(event, data)) return { event, index };
  }
  return undefined;
}

/** The later of two partial dates by the last day each can mean ("2021" ends after "2021-02"); of two ending the same day, the more precise. */
function laterReport(a: PartialDate, b: PartialDate): PartialDate {
  const [startA, endA] = dateRange(a);
  const [startB, endB] = dateRange(b);
  return endB > endA || (endB === endA && startB > startA) ? b : a;
}

/**
 * The date of the archive's latest word on a case: the latest of its status entries and of its
 * latest event that is news of the case. A status is shown "as of" this date, so that a status
 * reported years ago does not read as current.
 */
export function lastReportDate(data: Pick<Case, 'status' | 'timeline'>): PartialDate {
  const latest = latestEvent(data)?.event.date;
  return [...data.status.map((s) => s.since), ...(latest ? [latest] : [])].reduce(laterReport);
}

/** The latest report date across cases: the "as of" of figures about all of them. */
export function latestReportDate(cases: Array<Pick<Case, 'status' | 'timeline'>>): PartialDate | undefined {
  const dates = cases.map(lastReportDate);
  return dates.length === 0 ? undefined : dates.reduce(laterReport);
}

/** What a reader is told about a case's status: which, since when, and as of which report. */
export interface StatusReport {
  status: Status['status'];
  label: string;
  since: PartialDate;
  /** The last report's date; undefined for a final status (death), which no report can change. */
  asOf: PartialDate | undefined;
}

/** A case's current status with its dates (see lastReportDate). */
export function statusReport(data: Pick<Case, 'status' | 'timeline'>): StatusReport {
  const status = currentStatus(data);
  return {
    status: status.status,
    label: caseStatusLabels[status.status],
    since: status.since,
    asOf: finalStatuses.has(status.status) ? undefined : lastReportDate(data),
  };
}

/** A status in words, never without its date: "Under investigation since November 2013, as of October 2021", "Deceased (2020)". */
export function statusPhrase(report: StatusReport): string {
  const since = formatPartialDate(report.since);
  return report.asOf === undefined ? `${report.label} (${since})` : `${report.label} since ${since}, as of ${formatPartialDate(report.asOf)}`;
}
