import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  cadenceSchema,
  dateRangeSchema,
  describeCadence,
  eachMonth,
  exact,
  fiscalYear,
  isoDateSchema,
  monthsBetween,
  occurrences,
  parseCadence,
  parseIsoDate,
  periodBudget,
  quarterRange,
  type Cadence,
} from '../index.js';

const year2021 = fiscalYear(2021);

describe('dates', () => {
  it('rejects impossible dates with a finding', () => {
    expect(parseIsoDate('2021-02-29').ok).toBe(false);
    expect(parseIsoDate('2024-02-29').ok).toBe(true);
    const r = parseIsoDate('15/6 2023', ['meeting', 'date']);
    expect(!r.ok && r.error[0]).toMatchObject({
      code: 'core/invalid-date',
      path: ['meeting', 'date'],
    });
    expect(isoDateSchema.safeParse('2021-13-01').success).toBe(false);
    expect(dateRangeSchema.safeParse({ start: '2022-01-01', end: '2021-01-01' }).success).toBe(
      false,
    );
  });

  it('computes periods and months', () => {
    expect(fiscalYear(2021, 7)).toEqual({ start: '2021-07-01', end: '2022-06-30' });
    expect(quarterRange(2021, 4)).toEqual({ start: '2021-10-01', end: '2021-12-31' });
    // sala-san-kallelse-2023-06-15.txt: phases 2 + 13 + 1 months, 2022-01..2023-04
    expect(monthsBetween({ start: '2022-01-01', end: '2022-02-28' })).toBe(2);
    expect(monthsBetween({ start: '2022-03-01', end: '2023-03-31' })).toBe(13);
    expect(monthsBetween({ start: '2023-04-01', end: '2023-04-30' })).toBe(1);
    expect(monthsBetween({ start: '2021-01-15', end: '2021-02-14' })).toBe(0);
    expect(eachMonth({ start: '2021-11-15', end: '2022-01-10' })).toHaveLength(3);
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('period budget = annual × months / 12 (DOMAIN §6)', () => {
    expect(periodBudget(exact('62353'), 5).round(0, 'half-up').toString()).toBe('25980');
    expect(periodBudget(exact('1200'), 12).toString()).toBe('1200');
  });
});

describe('cadences', () => {
  it('counts the Linköping forums in 2021 from stated first meetings', () => {
    expect(
      occurrences({ kind: 'every-n-weeks', weeks: 6, start: '2021-01-12' }, year2021),
    ).toHaveLength(9);
    expect(occurrences({ kind: 'weekly', weekday: 2 }, year2021)).toHaveLength(52);
    expect(occurrences({ kind: 'times-per-year', times: 4 }, year2021)).toEqual([
      '2021-01-01',
      '2021-04-01',
      '2021-07-01',
      '2021-10-01',
    ]);
    expect(
      occurrences({ kind: 'times-per-year', times: 6, start: '2021-02-10' }, year2021),
    ).toHaveLength(6);
    expect(occurrences({ kind: 'monthly', day: 31 }, year2021)[1]).toBe('2021-02-28');
    expect(occurrences({ kind: 'quarterly', firstMonth: 2 }, year2021)).toEqual([
      '2021-02-01',
      '2021-05-01',
      '2021-08-01',
      '2021-11-01',
    ]);
    expect(occurrences({ kind: 'times-per-year', times: 5 }, year2021)).toHaveLength(5);
  });

  it('reads the cadences written in the seeds', () => {
    // linkoping-vso-objektplan-2021.txt (forums) and goteborg-avo-digitaliseringsplan-2024.txt
    expect(parseCadence('var 6:e vecka', { start: '2021-01-12' })).toEqual({
      ok: true,
      value: { kind: 'every-n-weeks', weeks: 6, start: '2021-01-12' },
    });
    expect(parseCadence('var sjätte vecka', { start: '2021-01-12' }).ok).toBe(true);
    expect(parseCadence('varannan vecka', { start: '2021-01-12' }).ok).toBe(true);
    expect(parseCadence('Varje vecka')).toEqual({ ok: true, value: { kind: 'weekly' } });
    expect(parseCadence('4 ggr/år')).toEqual({
      ok: true,
      value: { kind: 'times-per-year', times: 4 },
    });
    expect(parseCadence('sex gånger per år')).toEqual({
      ok: true,
      value: { kind: 'times-per-year', times: 6 },
    });
    expect(parseCadence('månadsvis')).toEqual({ ok: true, value: { kind: 'monthly' } });
    expect(parseCadence('kvartalsvis')).toEqual({ ok: true, value: { kind: 'quarterly' } });
    expect(parseCadence('minst 3 gånger per år (mars, augusti, november)')).toEqual({
      ok: true,
      value: { kind: 'in-months', months: [3, 8, 11], minimum: true },
    });
    expect(parseCadence('every 6 weeks', { start: '2021-01-12' }).ok).toBe(true);
  });

  it('reports unreadable or incomplete cadences as findings', () => {
    const noStart = parseCadence('var 6:e vecka', { path: ['forums', 0, 'cadence'] });
    expect(!noStart.ok && noStart.error[0]).toMatchObject({
      code: 'core/invalid-cadence',
      path: ['forums', 0, 'cadence'],
    });
    expect(parseCadence('när det behövs').ok).toBe(false);
    expect(cadenceSchema.safeParse({ kind: 'in-months', months: [3, 3] }).success).toBe(false);
    expect(
      cadenceSchema.safeParse({ kind: 'every-n-weeks', weeks: 0, start: '2021-01-01' }).success,
    ).toBe(false);
  });

  it('describes cadences in Swedish and English', () => {
    expect(describeCadence({ kind: 'every-n-weeks', weeks: 6, start: '2021-01-12' })).toBe(
      'var 6:e vecka',
    );
    expect(describeCadence({ kind: 'in-months', months: [3, 8, 11], minimum: true }, 'en')).toBe(
      'at least 3 times a year (March, August, November)',
    );
  });

  const isoDay = fc.integer({ min: 0, max: 365 * 6 }).map((n) => addDaysIso('2020-01-01', n));
  const cadence: fc.Arbitrary<Cadence> = fc.oneof(
    fc.record({
      kind: fc.constant('weekly' as const),
      weekday: fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const),
    }),
    fc.record({
      kind: fc.constant('every-n-weeks' as const),
      weeks: fc.integer({ min: 1, max: 52 }),
      start: isoDay,
    }),
    fc.record({ kind: fc.constant('monthly' as const), day: fc.integer({ min: 1, max: 31 }) }),
    fc.record({
      kind: fc.constant('quarterly' as const),
      day: fc.integer({ min: 1, max: 31 }),
      firstMonth: fc.integer({ min: 1, max: 12 }),
    }),
    fc.record({
      kind: fc.constant('times-per-year' as const),
      times: fc.integer({ min: 1, max: 52 }),
      start: isoDay,
    }),
    fc.record({
      kind: fc.constant('in-months' as const),
      months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    }),
  );

  it('property: occurrences are sorted, unique, inside the range and spaced as declared', () => {
    fc.assert(
      fc.property(cadence, isoDay, fc.integer({ min: 0, max: 800 }), (c, start, length) => {
        const range = { start, end: addDaysIso(start, length) };
        const dates = occurrences(c, range);
        dates.forEach((d, i) => {
          expect(d >= range.start && d <= range.end).toBe(true);
          if (i > 0) expect(d > (dates[i - 1] ?? '')).toBe(true);
        });
        if (c.kind === 'weekly' || c.kind === 'every-n-weeks') {
          const step = c.kind === 'weekly' ? 7 : c.weeks * 7;
          dates.slice(1).forEach((d, i) => {
            expect(addDaysIso(dates[i] ?? '', step)).toBe(d);
          });
          if (length >= step - 1 && (c.kind === 'weekly' || c.start <= range.start)) {
            expect(dates.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });
});
