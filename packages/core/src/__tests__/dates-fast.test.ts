import { format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../index.js';

/** The former check, through date-fns: parse, then format back to the same text. */
function viaDateFns(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) && format(date, 'yyyy-MM-dd') === text;
}

describe('isIsoDate without Date objects', () => {
  it('property: the calendar arithmetic agrees with date-fns on any YYYY-MM-DD text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 9999 }),
          fc.constantFrom(0, 1, 100, 400, 1900, 2000, 2100),
        ),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isIsoDate(text)).toBe(viaDateFns(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('keeps the edges: leap years, year 0, other shapes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('2021-2-01')).toBe(false);
    expect(isIsoDate(' 2021-02-01')).toBe(false);
  });
});
