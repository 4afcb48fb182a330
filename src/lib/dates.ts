/**
 * Dates as NGO documents give them: a full day (`2021-11-15`), a month (`2021-11`) or a year
 * (`2021`). Seed documents often say only "November 2021", and the archive must not invent a day.
 * A draft may hold a date still to fill in (a placeholder, `TO FILL IN: ...`): only staff see it
 * (`npm run dev`, a preview with drafts), where it is shown as written and sorts after every date.
 */
import { isPlaceholder } from './placeholders.ts';

/** A date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** How precise a partial date is. */
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Parsed parts of a partial date. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** Parses a partial date, or returns an explanation of why it is not a real date. */
export function parsePartialDate(value: string): DateParts | { error: string } {
  const match = PARTIAL_DATE.exec(value);
  if (!match) {
    return { error: `"${value}" is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2021-11-15)` };
  }
  const year = Number(match[1]);
  if (year < 1900 || year > 2100) return { error: `"${value}" has an unlikely year ${year}` };
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${value}" has no month ${month}; months run from 01 to 12` };
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return { error: `"${value}" is not a real date: ${MONTHS[month - 1]} ${year} has ${daysInMonth} days` };
  }
  return { year, month, day, precision: 'day' };
}

/** True when the value parses as a real partial date. */
export function isPartialDate(value: string): boolean {
  return !('error' in parsePartialDate(value));
}

function partsOf(value: PartialDate): DateParts {
  const parts = parsePartialDate(value);
  if ('error' in parts) throw new Error(`Invalid date reached the renderer: ${parts.error}`);
  return parts;
}

/** Orders two partial dates; a less precise date sorts before the more precise dates it contains, and a date still to fill in after every date. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (isPlaceholder(a) || isPlaceholder(b)) return Number(isPlaceholder(a)) - Number(isPlaceholder(b));
  const pa = partsOf(a);
  const pb = partsOf(b);
  return pa.year - pb.year || (pa.month ?? 0) - (pb.month ?? 0) || (pa.day ?? 0) - (pb.day ?? 0);
}

/** The year of a partial date. */
export function yearOf(value: PartialDate): number {
  return partsOf(value).year;
}

/**
 * Formats a partial date for readers in a language: `15 November 2021`, `November 2021` or
 * `2021` in English; other languages as Intl writes them (`15 ноября 2021 г.`).
 */
export function formatPartialDate(value: PartialDate, lang = 'en'): string {
  if (isPlaceholder(value)) return value;
  const { year, month, day } = partsOf(value);
  if (month === undefined) return String(year);
  if (lang === 'en') return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${day} ${MONTHS[month - 1]} ${year}`;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const format = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day === undefined ? {} : { day: 'numeric' }) });
  return format.format(date);
}

/** Today's date as `YYYY-MM-DD` in UTC. */
export function today(): PartialDate {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Today's date where it is latest on Earth (UTC+14, Kiribati's Line Islands) as `YYYY-MM-DD`: a
 * date counts as in the future only once it has not begun anywhere, so a paper published today in
 * Almaty is never refused because it is still yesterday in London.
 */
export function todayAnywhere(now: Date = new Date()): PartialDate {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A date still to fill in, as a range: after every real date. */
const UNFILLED_RANGE: [string, string] = ['9999-12-31', '9999-12-31'];

/** The first and last day a partial date can mean, as `YYYY-MM-DD` strings that sort correctly (a date still to fill in: after every date). */
export function dateRange(value: PartialDate): [string, string] {
  if (isPlaceholder(value)) return [...UNFILLED_RANGE];
  const { year, month, day } = partsOf(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === undefined) return [`${year}-01-01`, `${year}-12-31`];
  if (day === undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [`${year}-${pad(month)}-01`, `${year}-${pad(month)}-${pad(last)}`];
  }
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return [iso, iso];
}

/** The key search results are sorted by: the first day a page's date can mean, `0000-00-00` for a page without one. */
export function dateSortKey(date: PartialDate | undefined): string {
  return date ? dateRange(date)[0] : '0000-00-00';
}

/** True when `later` certainly comes before `earlier`, allowing for vague dates that overlap. */
export function isCertainlyBefore(later: PartialDate, earlier: PartialDate): boolean {
  if (isPlaceholder(later) || isPlaceholder(earlier)) return false;
  return dateRange(later)[1] < dateRange(earlier)[0];
}

/** True when a real partial date lies wholly after `today` (`YYYY-MM-DD`): `2027-03` only once its first day, 1 March 2027, is after today. */
export function isInTheFuture(value: PartialDate, today: PartialDate): boolean {
  if (isPlaceholder(value) || !isPartialDate(value)) return false;
  return dateRange(value)[0] > today;
}
