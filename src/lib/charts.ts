import { dateRange, isPartialDate, yearOf } from './dates.ts';

/** One bar of a chart: a label, a count, and where the bar's text links to. */
export interface Datum {
  label: string;
  value: number;
  href?: string | undefined;
}

/** A bar laid out in an SVG: position and size in user units. */
export interface Bar extends Datum {
  y: number;
  width: number;
}

/** The geometry of a horizontal bar chart. */
export interface BarChartLayout {
  bars: Bar[];
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  max: number;
}

/** Lays out horizontal bars: one row per datum, bars scaled to the largest value. */
export function layoutBars(data: Datum[], options: { width?: number; labelWidth?: number; barHeight?: number; gap?: number } = {}): BarChartLayout {
  const { width = 640, labelWidth = 240, barHeight = 22, gap = 8 } = options;
  const max = Math.max(1, ...data.map((d) => d.value));
  const room = width - labelWidth - 48;
  const bars = data.map((d, i) => ({ ...d, y: i * (barHeight + gap), width: Math.max(d.value > 0 ? 2 : 0, Math.round((d.value / max) * room)) }));
  return { bars, width, height: Math.max(barHeight, data.length * (barHeight + gap) - gap), labelWidth, barHeight, max };
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
  ticks: Array<{ x: number; year: number }>;
}

/** The day a date starts on, counted from 1970; NaN for a date still to fill in (a draft's). */
function dayNumber(date: string): number {
  if (!isPartialDate(date)) return NaN;
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * Places a case's status periods and timeline events on a horizontal axis running from the first
 * dated item to the end of `until` (the last status runs that far: the archive's latest word on
 * the case, not today). Vague dates sit at their first day.
 */
export function layoutCaseTimeline(
  status: Array<{ status: string; since: string }>,
  events: Array<{ date: string; event: string }>,
  until: string,
  width = 640,
): TimelineLayout {
  const dates = [...status.map((s) => s.since), ...events.map((e) => e.date), dateRange(until)[1]].map(dayNumber).filter(Number.isFinite);
  if (dates.length === 0) return { width, segments: [], events: [], ticks: [] };
  const start = Math.min(...dates);
  const end = Math.max(...dates) + 1;
  const x = (date: string) => (isPartialDate(date) ? Math.round(((dayNumber(date) - start) / (end - start)) * width) : width);
  const segments = status.map((s, i) => {
    const from = x(s.since);
    const to = i + 1 < status.length ? x(status[i + 1]?.since ?? until) : width;
    return { status: s.status, since: s.since, x: from, width: Math.max(2, to - from) };
  });
  const ticks: TimelineLayout['ticks'] = [];
  const firstYear = new Date(start * 86_400_000).getUTCFullYear();
  const lastYear = new Date(end * 86_400_000).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  for (let year = firstYear; year <= lastYear; year += step) {
    const tick = x(`${year}-01-01`);
    if (tick >= 0 && tick <= width) ticks.push({ x: tick, year });
  }
  return { width, segments, events: events.map((e) => ({ x: x(e.date), date: e.date, event: e.event })), ticks };
}
