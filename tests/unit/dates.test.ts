import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, isCertainlyBefore, parsePartialDate } from '../../src/lib/dates.ts';

describe('partial dates', () => {
  it('accepts a day, a month or a year', () => {
    expect(parsePartialDate('2021-11-15')).toEqual({ year: 2021, month: 11, day: 15, precision: 'day' });
    expect(parsePartialDate('2021-11')).toEqual({ year: 2021, month: 11, precision: 'month' });
    expect(parsePartialDate('2021')).toEqual({ year: 2021, precision: 'year' });
  });

  it('refuses days that do not exist, leap years included', () => {
    expect(parsePartialDate('2021-02-29')).toEqual({ error: '"2021-02-29" is not a real date: February 2021 has 28 days' });
    expect(parsePartialDate('2020-02-29')).toMatchObject({ day: 29 });
    expect(parsePartialDate('2021-13')).toEqual({ error: '"2021-13" has no month 13; months run from 01 to 12' });
    expect(parsePartialDate('15.11.2021')).toMatchObject({ error: expect.stringContaining('write it as YYYY-MM-DD') });
  });

  it('formats dates as readers write them, without inventing a day', () => {
    expect(formatPartialDate('2021-11-01')).toBe('1 November 2021');
    expect(formatPartialDate('2021-11')).toBe('November 2021');
    expect(formatPartialDate('2021')).toBe('2021');
  });

  it('orders vague dates before the precise dates they contain', () => {
    expect(['2021-11-01', '2021', '2021-11', '2019'].sort(comparePartialDates)).toEqual(['2019', '2021', '2021-11', '2021-11-01']);
  });

  it('only calls a date out of order when the vague ranges cannot overlap', () => {
    expect(isCertainlyBefore('2021-05-02', '2021-05-10')).toBe(true);
    expect(isCertainlyBefore('2021', '2021-05-10')).toBe(false);
    expect(isCertainlyBefore('2021-05', '2021-05-10')).toBe(false);
    expect(isCertainlyBefore('2020-12', '2021')).toBe(true);
  });
});
