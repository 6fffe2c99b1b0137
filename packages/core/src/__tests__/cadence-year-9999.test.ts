// Regression: dates were compared as text, and past 9999-12-31 a date has five year digits
// ('10000-01-04' sorts before '9999-12-31'). A weekly cadence over a range ending in year 9999
// stepped on to year 99999 (five million dates, seconds of processor time, for one year of
// meetings), and a cadence of n times a year in 9999 threw on the 1 January after it.
import { describe, expect, it } from 'vitest';
import { occurrences, type Cadence } from '../index.js';

const lastYear = { start: '9999-01-01', end: '9999-12-31' } as const;

describe('cadences in the last year a date can write', () => {
  it.each<[Cadence, number]>([
    [{ kind: 'weekly' }, 52],
    [{ kind: 'every-n-weeks', weeks: 2, start: '9999-01-04' }, 26],
    [{ kind: 'every-n-weeks', weeks: 1, start: '1000-01-06' }, 52],
    [{ kind: 'times-per-year', times: 5 }, 5],
    [{ kind: 'times-per-year', times: 366, start: '9999-12-01' }, 31],
    [{ kind: 'monthly' }, 12],
  ])('%j gives %i dates, all in 9999', (cadence, count) => {
    const dates = occurrences(cadence, lastYear);
    expect(dates).toHaveLength(count);
    expect(dates.every((d) => /^9999-\d\d-\d\d$/.test(d))).toBe(true);
  });

  it('spreads n times a year over a leap year and a common year as before', () => {
    const cadence: Cadence = { kind: 'times-per-year', times: 5 };
    expect(occurrences(cadence, { start: '2024-01-01', end: '2024-12-31' })).toEqual([
      '2024-01-01',
      '2024-03-14',
      '2024-05-26',
      '2024-08-07',
      '2024-10-19',
    ]);
    expect(occurrences(cadence, { start: '2025-01-01', end: '2025-12-31' })).toEqual([
      '2025-01-01',
      '2025-03-15',
      '2025-05-27',
      '2025-08-08',
      '2025-10-20',
    ]);
  });
});
