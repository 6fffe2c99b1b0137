import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  applyRate,
  convertUnit,
  exact,
  formatPartialSum,
  percentShare,
  roundToUnit,
  sum,
  sumKnown,
} from '../index.js';

describe('scales and rounding', () => {
  it('shows −16 376 tkr as −16,3 mnkr truncated and −16,4 mnkr half-up', () => {
    // sala-san-kallelse-2023-06-15.txt:75 (−16 376 tkr) and :81 ("-16,3 mkr")
    const v = exact('-16376');
    expect(convertUnit(v, 'tkr', 'mnkr').toString()).toBe('-16.376');
    expect(
      roundToUnit(v, { from: 'tkr', to: 'mnkr', decimals: 1, mode: 'truncate' }).toString(),
    ).toBe('-16.3');
    expect(
      roundToUnit(v, { from: 'tkr', to: 'mnkr', decimals: 1, mode: 'half-up' }).toString(),
    ).toBe('-16.4');
    expect(convertUnit(exact('12.34'), 'kr', 'öre').toString()).toBe('1234');
  });
});

describe('shares', () => {
  it('reproduces the ESF shares 67,15 % and 32,85 % from the amounts', () => {
    // sala-san-kallelse-2023-06-15.txt:775-778
    const total = exact('5549825');
    const cofinancing = exact('1823196');
    const grant = total.minus(cofinancing);
    expect(grant.toString()).toBe('3726629');
    expect(percentShare(grant, total, { decimals: 2, mode: 'half-up' })?.toString()).toBe('67.15');
    expect(percentShare(cofinancing, total, { decimals: 2, mode: 'half-up' })?.toString()).toBe(
      '32.85',
    );
    expect(percentShare(exact('1'), exact('0'), { decimals: 2, mode: 'half-up' })).toBeUndefined();
  });

  it('applies a rate without rounding the base first', () => {
    expect(applyRate(exact('1234.567'), exact('7')).toString()).toBe('86.41969');
  });
});

describe('allocate', () => {
  it('splits 100 over three equal weights without losing an öre', () => {
    expect(
      allocate(exact('100'), [exact('1'), exact('1'), exact('1')], { decimals: 2 }).map(String),
    ).toEqual(['33.34', '33.33', '33.33']);
    expect(allocate(exact('-1'), [exact('1'), exact('1')], { decimals: 0 }).map(String)).toEqual([
      '-1',
      '0',
    ]);
  });

  it('refuses programmer errors', () => {
    expect(() => allocate(exact('1'), [], { decimals: 0 })).toThrow(RangeError);
    expect(() => allocate(exact('1'), [exact('0')], { decimals: 0 })).toThrow(RangeError);
    expect(() => allocate(exact('1.005'), [exact('1')], { decimals: 2 })).toThrow(RangeError);
  });

  const cents = fc
    .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
    .map((c) => exact(c).dividedBy(100));
  const weight = fc.integer({ min: 0, max: 1_000_000 }).map((w) => exact(w).dividedBy(1000));

  it('property: parts always sum to the total and are never negative for a non-negative total', () => {
    fc.assert(
      fc.property(cents, fc.array(weight, { minLength: 1, maxLength: 20 }), (total, weights) => {
        fc.pre(weights.some((w) => !w.isZero()));
        const parts = allocate(total, weights, { decimals: 2 });
        expect(sum(parts).equals(total)).toBe(true);
        if (!total.isNegative()) expect(parts.every((p) => !p.isNegative())).toBe(true);
        weights.forEach((w, i) => {
          if (w.isZero()) expect(parts[i]?.isZero()).toBe(true);
        });
      }),
    );
  });

  it('property: deterministic, and no part is more than one step from its exact share', () => {
    fc.assert(
      fc.property(cents, fc.array(weight, { minLength: 1, maxLength: 10 }), (total, weights) => {
        fc.pre(weights.some((w) => !w.isZero()));
        const a = allocate(total, weights, { decimals: 2 });
        const b = allocate(total, weights, { decimals: 2 });
        expect(a.map(String)).toEqual(b.map(String));
        const weightSum = sum(weights);
        a.forEach((part, i) => {
          const ideal = total.times(weights[i] ?? exact(0)).dividedBy(weightSum);
          expect(part.minus(ideal).abs().lt('0.01')).toBe(true);
        });
      }),
    );
  });

  it('writes a partial sum with its unknowns', () => {
    const s = sumKnown([exact('6700'), null, null, null]);
    expect(formatPartialSum(s, { unit: 'kkr' })).toEqual({
      sv: '6\u00a0700\u00a0kkr + 3 okända',
      en: '6,700 kkr + 3 unknown',
    });
  });
});
