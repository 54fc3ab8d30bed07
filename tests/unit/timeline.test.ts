import { describe, expect, it } from 'vitest';
import { compareCalendarPoints, formatCalendarPoint, isCalendarPoint, parseCalendarPoint } from '../../src/lib/timeline';

describe('calendar points', () => {
  it('reads a year, a month and a day, with their precision', () => {
    expect(parseCalendarPoint('2016')).toEqual({ year: 2016, precision: 'year' });
    expect(parseCalendarPoint('2022-02')).toEqual({ year: 2022, month: 2, precision: 'month' });
    expect(parseCalendarPoint('2025-01-20')).toEqual({ year: 2025, month: 1, day: 20, precision: 'day' });
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2022-13', '2025-02-30', '2024-00', '25', '2022/02', '2022-2', 'soon', '']) {
      expect(isCalendarPoint(bad), bad).toBe(false);
    }
    expect(isCalendarPoint('2024-02-29')).toBe(true);
  });

  it('compares on the precision both share', () => {
    expect(compareCalendarPoints('2016', '2018')).toBeLessThan(0);
    expect(compareCalendarPoints('2022-02', '2022')).toBe(0);
    expect(compareCalendarPoints('2025-01', '2025-01-24')).toBe(0);
    expect(compareCalendarPoints('2025-01-24', '2025-01-20')).toBeGreaterThan(0);
    expect(() => compareCalendarPoints('2025', 'later')).toThrow(/later/);
  });

  it('formats no more precisely than the report', () => {
    expect(formatCalendarPoint('2016')).toBe('2016');
    expect(formatCalendarPoint('2022-02')).toBe('February 2022');
    expect(formatCalendarPoint('2025-01-20')).toBe('20 January 2025');
  });
});
