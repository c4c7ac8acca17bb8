import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, parsePartialDate, weekday } from '../../src/lib/dates';

describe('parsePartialDate', () => {
  it('reads the precision from the form of the date', () => {
    expect(parsePartialDate('2024')).toEqual({ year: 2024, precision: 'year', iso: '2024' });
    expect(parsePartialDate('2024-02')).toEqual({ year: 2024, month: 2, precision: 'month', iso: '2024-02' });
    expect(parsePartialDate('2024-02-27')).toMatchObject({ day: 27, precision: 'day' });
  });
  it('rejects impossible or malformed dates with a fix-it message', () => {
    expect(() => parsePartialDate('2023-02-29')).toThrow('Invalid date "2023-02-29": 2023-02 has no day 29.');
    expect(() => parsePartialDate('2024-13')).toThrow('Invalid date "2024-13": month must be 01 to 12.');
    expect(() => parsePartialDate('27 Feb 2024')).toThrow(
      'Invalid date "27 Feb 2024": write it as YYYY, YYYY-MM or YYYY-MM-DD.',
    );
  });
});

describe('formatPartialDate', () => {
  it('never shows more precision than is known', () => {
    expect(formatPartialDate(parsePartialDate('2024-02-27'))).toBe('27 Feb 2024');
    expect(formatPartialDate(parsePartialDate('2024-02'))).toBe('February 2024');
    expect(formatPartialDate(parsePartialDate('2024'))).toBe('2024');
    expect(formatPartialDate(parsePartialDate('2024-02-27'), 'long')).toBe('27 February 2024');
  });
  it('knows 27 February 2024 was a Tuesday', () => {
    expect(weekday(parsePartialDate('2024-02-27'))).toBe('Tuesday');
    expect(weekday(parsePartialDate('2024-02'))).toBeUndefined();
  });
});

describe('comparePartialDates', () => {
  it('orders coarser dates before the finer dates they contain', () => {
    const dates = ['2024-02-27', '2023', '2024-02', '2024-03-22', '2024'].map(parsePartialDate);
    expect(dates.sort(comparePartialDates).map((d) => d.iso)).toEqual([
      '2023',
      '2024',
      '2024-02',
      '2024-02-27',
      '2024-03-22',
    ]);
  });
});
