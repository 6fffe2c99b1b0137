import { addDays as addDaysFns, format, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, fromDate, toDate } from '../dates.js';

// toDate/fromDate read and write YYYY-MM-DD by hand instead of with date-fns parse/format
// (which cost about 8 kB min+gzip in every date function): the same Dates and texts.
const isoDate = fc
  .date({ min: new Date(1, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true })
  .map((d) => format(d, 'yyyy-MM-dd'));

describe('toDate and fromDate by hand', () => {
  it('property: toDate gives the Date date-fns parse gives, fromDate the text format writes', () => {
    fc.assert(
      fc.property(isoDate, (text) => {
        const date = toDate(text);
        expect(date.getTime()).toBe(parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1)).getTime());
        expect(fromDate(date)).toBe(text);
        expect(fromDate(date)).toBe(format(date, 'yyyy-MM-dd'));
      }),
      { numRuns: 3000 },
    );
  });

  it('property: addDaysIso agrees with date-fns across month, year and leap-day edges', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -800, max: 800 }), (text, days) => {
        const expected = format(
          addDaysFns(parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1)), days),
          'yyyy-MM-dd',
        );
        expect(addDaysIso(text, days)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps years below 100 as written (0050 is not 1950)', () => {
    expect(toDate('0050-03-01').getFullYear()).toBe(50);
    expect(fromDate(toDate('0050-03-01'))).toBe('0050-03-01');
    expect(addDaysIso('0099-12-31', 1)).toBe('0100-01-01');
  });
});
