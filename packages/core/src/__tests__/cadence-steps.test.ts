// Regression: "var 0:e vecka" was read as every 0 weeks, and occurrences() then looped forever
// (0 days a step never passes the end of the range) until the process ran out of memory: a
// governance document with that cadence text stopped the host.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrences, parseCadence, type Cadence } from '../index.js';

const year = { start: '2026-01-01', end: '2026-12-31' } as const;

describe('cadence steps', () => {
  it.each([
    'var 0:e vecka',
    'var 00:e vecka',
    'every 0 weeks',
    'var 53:e vecka',
    'every 99999 weeks',
  ])('reads "%s" as a finding, not a cadence', (text) => {
    const r = parseCadence(text, { start: '2026-01-05', path: ['forums', 0, 'cadenceText'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]).toMatchObject({
      code: 'core/invalid-cadence',
      path: ['forums', 0, 'cadenceText'],
      actual: text,
    });
    expect(r.error[0]?.message.sv).toContain('1–52');
    expect(r.error[0]?.message.en).toContain('1–52');
  });

  it('still reads 1 and 52 weeks', () => {
    for (const text of ['var 1:a vecka', 'var 52:a vecka', 'every 52 weeks']) {
      expect(parseCadence(text, { start: '2026-01-05' }).ok).toBe(true);
    }
  });

  it('refuses a cadence built in code with a step the schema refuses, instead of looping', () => {
    const bad: Cadence[] = [
      { kind: 'every-n-weeks', weeks: 0, start: '2026-01-05' },
      { kind: 'every-n-weeks', weeks: 0.5, start: '2026-01-05' },
      { kind: 'every-n-weeks', weeks: -1, start: '2026-01-05' },
      { kind: 'times-per-year', times: 0 },
      { kind: 'times-per-year', times: Number.POSITIVE_INFINITY },
      { kind: 'times-per-year', times: 2.5 },
    ];
    for (const cadence of bad) expect(() => occurrences(cadence, year)).toThrow(RangeError);
  });

  it('every text parseCadence accepts gives dates without throwing', () => {
    const texts = fc.oneof(
      fc.integer({ min: 0, max: 400 }).map((n) => `var ${String(n)}:e vecka`),
      fc.integer({ min: 0, max: 400 }).map((n) => `every ${String(n)} weeks`),
      fc.integer({ min: 0, max: 400 }).map((n) => `${String(n)} gånger per år`),
      fc.integer({ min: 0, max: 400 }).map((n) => `minst ${String(n)} ggr/år`),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const r = parseCadence(text, { start: '2026-01-05' });
        if (r.ok) expect(occurrences(r.value, year).length).toBeLessThanOrEqual(366);
      }),
    );
  });
});
