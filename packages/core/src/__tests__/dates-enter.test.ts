import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  dateRangeSchema,
  eachMonth,
  fiscalYear,
  isoDateSchema,
  monthRange,
  parseFiscalYear,
  parseIsoDate,
  safeParseWith,
  yearSchema,
} from '../index.js';

describe('dates are checked where they enter (issue 15)', () => {
  it('2021-02-30 is a finding from the schema and the reader, and an error in the helpers', () => {
    expect(isoDateSchema.safeParse('2021-02-30').success).toBe(false);
    const r = safeParseWith(dateRangeSchema, { start: '2021-02-30', end: '2021-12-31' });
    expect(!r.ok && r.error[0]).toMatchObject({
      path: ['start'],
      expected: 'YYYY-MM-DD',
      actual: '"2021-02-30"',
    });
    expect(parseIsoDate('2021-02-30')).toMatchObject({ ok: false });
    expect(() => addDaysIso('2021-02-30', 1)).toThrow(/Not a calendar date/);
    expect(() => eachMonth({ start: '2021-02-30', end: '2021-04-01' })).toThrow(RangeError);
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('fiscalYear(20210) is refused; parseFiscalYear gives a finding', () => {
    expect(() => fiscalYear(20210)).toThrow(/Not a year from 1000 to 9999: 20210/);
    expect(() => fiscalYear(2021.5)).toThrow(RangeError);
    expect(() => fiscalYear(2021, 13)).toThrow(/month/);
    expect(() => monthRange(2021, 0)).toThrow(RangeError);
    expect(fiscalYear(9999)).toEqual({ start: '9999-01-01', end: '9999-12-31' });
    expect(fiscalYear(2021, 7)).toEqual({ start: '2021-07-01', end: '2022-06-30' });

    const bad = parseFiscalYear(20210, { path: ['year'] });
    expect(bad).toEqual({
      ok: false,
      error: [
        {
          code: 'core/invalid-year',
          severity: 'error',
          path: ['year'],
          message: {
            sv: 'förväntade ett år från 1000 till 9999, fick talet 20210',
            en: 'expected a year from 1000 to 9999, got the number 20210',
          },
          expected: '1000..9999',
          actual: '20210',
        },
      ],
    });
    const text = parseFiscalYear('2021');
    expect(!text.ok && text.error[0]?.message.en).toBe(
      "expected a year from 1000 to 9999, got the text '2021'",
    );
    expect(parseFiscalYear(2021, { startMonth: 13 }).ok).toBe(false);
    expect(parseFiscalYear(2021)).toEqual({
      ok: true,
      value: { start: '2021-01-01', end: '2021-12-31' },
    });
  });

  it('yearSchema makes 20210 a finding in a document', () => {
    const r = safeParseWith(z.object({ year: yearSchema }), { year: 20210 });
    expect(!r.ok && r.error[0]?.message.en).toBe(
      'year: expected a year from 1000 to 9999, got the number 20210',
    );
    expect(safeParseWith(z.object({ year: yearSchema }), { year: 2021 }).ok).toBe(true);
  });
});
