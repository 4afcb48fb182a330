import { dateRange, formatPartialDate, isPartialDate, yearOf } from './dates.ts';

/** One bar of a chart: what it counts (`key`, matched by the cases directory's filter), its label, its count, and where its label links to. */
export interface Datum {
  key?: string | undefined;
  label: string;
  value: number;
  href?: string | undefined;
}

/** The length of each bar as a percentage of the longest (the largest value), rounded; a non-zero value always shows. */
export function barLengths(values: readonly number[]): number[] {
  const max = Math.max(1, ...values);
  return values.map((value) => (value <= 0 ? 0 : Math.max(1, Math.round((value / max) * 100))));
}

/** Counts items per key, largest first, then by label. An item may have several keys. */
export function countBy<T>(items: T[], keys: (item: T) => string[]): Array<{ key: string; value: number }> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(keys(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, value]) => ({ key, value })).sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
}

/** The minimal shape of a case that the statistics need. */
export interface CaseFacts {
  status: Array<{ status: string; since: string }>;
  charges: Array<{ law: { id: string }; date?: string | undefined }>;
}

/** Cases per current status. */
export function casesByStatus(cases: CaseFacts[]): Array<{ key: string; value: number }> {
  return countBy(cases, (c) => [c.status[c.status.length - 1]?.status ?? 'unknown']);
}

/** Cases per law article they were charged under (a case charged under two articles counts for both). */
export function casesByLaw(cases: CaseFacts[]): Array<{ key: string; value: number }> {
  return countBy(cases, (c) => c.charges.map((charge) => charge.law.id));
}

/** The years in which a case has a dated charge. */
export function prosecutionYears(facts: CaseFacts): number[] {
  return [...new Set(facts.charges.flatMap((charge) => (charge.date && isPartialDate(charge.date) ? [yearOf(charge.date)] : [])))].sort();
}

/** Cases with a charge dated in each year, every year from the first to the last shown (zeros included). */
export function prosecutionsByYear(cases: CaseFacts[]): Array<{ key: string; value: number }> {
  const counts = countBy(cases, (c) => prosecutionYears(c).map(String));
  if (counts.length === 0) return [];
  const years = counts.map((c) => Number(c.key));
  const result: Array<{ key: string; value: number }> = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    result.push({ key: String(year), value: counts.find((c) => c.key === String(year))?.value ?? 0 });
  }
  return result;
}

/** A period of a case's status history, or a dated event, placed on a time axis. */
export interface TimelineLayout {
  width: number;
  segments: Array<{ status: string; x: number; width: number; since: string }>;
  events: Array<{ x: number; date: string; event: string }>;
  /** Year marks on the axis; a span within one year gets its first date instead, at the start. */
  ticks: Array<{ x: number; label: string; anchor: 'start' | 'middle' }>;
  /** Where the last day of `until` (the last report) ends. */
  reportX: number;
}

/** The day a date starts on, counted from 1970; NaN for a date still to fill in (a draft's). */
function dayNumber(date: string): number {
  if (!isPartialDate(date)) return NaN;
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Places a case's status periods and timeline events on a horizontal axis running from the first
 * dated item to the last day any of them, or `until` (the case's last report), can mean: the
 * archive's latest word, not today. `reportX` marks the end of the last report, which events kept
 * for context (after a death) may pass. Vague dates sit at their first day.
 * Year ticks are spaced for the width, about one per 80 units, so a narrow chart stays legible.
 */
export function layoutCaseTimeline(
  status: Array<{ status: string; since: string }>,
  events: Array<{ date: string; event: string }>,
  until: string,
  width = 640,
): TimelineLayout {
  // A draft's dates may still be placeholders: they are left off the axis.
  const dates = [...status.map((s) => s.since), ...events.map((e) => e.date)].filter(isPartialDate);
  const ends = [until, ...dates].filter(isPartialDate).map((date) => dayNumber(dateRange(date)[1]));
  if (dates.length === 0 || ends.length === 0) return { width, segments: [], events: [], ticks: [], reportX: width };
  const start = Math.min(...dates.map(dayNumber));
  const end = Math.max(...ends) + 1;
  const x = (date: string) => (isPartialDate(date) ? Math.round(((dayNumber(date) - start) / (end - start)) * width) : width);
  const segments = status.map((s, i) => {
    const from = x(s.since);
    const next = status[i + 1];
    const to = next ? x(next.since) : width;
    return { status: s.status, since: s.since, x: from, width: Math.max(2, to - from) };
  });
  const ticks: TimelineLayout['ticks'] = [];
  const firstYear = new Date(start * 86_400_000).getUTCFullYear();
  const lastYear = new Date((end - 1) * 86_400_000).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / Math.max(2, Math.floor(width / 80))));
  for (let year = firstYear; year <= lastYear; year += step) {
    const tick = x(`${year}-01-01`);
    if (tick >= 0 && tick <= width) ticks.push({ x: tick, label: String(year), anchor: 'middle' });
  }
  const first = [...dates].sort((a, b) => dayNumber(a) - dayNumber(b))[0];
  if (ticks.length === 0 && first) ticks.push({ x: 0, label: formatPartialDate(first), anchor: 'start' });
  const reportX = isPartialDate(until) ? Math.round(((dayNumber(dateRange(until)[1]) + 1 - start) / (end - start)) * width) : width;
  return { width, segments, events: events.map((e) => ({ x: x(e.date), date: e.date, event: e.event })), ticks, reportX };
}
