import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact, ROUNDING_MODES, exact, isExact, sum, sumEstimated, sumKnown } from '../index.js';

const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
    const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return negative ? `-${text}` : text;
  });

describe('Exact', () => {
  it('adds decimals exactly where floats do not', () => {
    expect(exact('0.1').plus('0.2').toString()).toBe('0.3');
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('takes JS numbers only as safe integers; fromLiteral reads a data file literal', () => {
    expect(exact(12).toString()).toBe('12');
    expect(exact(-0).toString()).toBe('0');
    expect(() => exact(1.5)).toThrow(/floats are not amounts/);
    expect(() => exact(2 ** 53)).toThrow(RangeError);
    expect(Exact.fromLiteral(1.5).toString()).toBe('1.5');
    expect(Exact.fromLiteral(0.1).plus(Exact.fromLiteral(0.2)).toString()).toBe('0.3');
    expect(() => Exact.fromLiteral(2 ** 60)).toThrow(/beyond/);
    expect(() => Exact.fromLiteral(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(exact(45100n).toString()).toBe('45100');
    expect(() => exact(Number.NaN)).toThrow(RangeError);
    expect(() => exact('45 100')).toThrow(RangeError);
  });

  it('is not affected by a consumer changing the global Decimal settings', () => {
    const before = exact('2').dividedBy('3').toString();
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
    try {
      expect(exact('2').dividedBy('3').toString()).toBe(before);
      expect(exact('1.005').round(2, 'half-up').toString()).toBe('1.01');
    } finally {
      Decimal.set({ precision: 20, rounding: Decimal.ROUND_HALF_UP });
    }
  });

  it('rounds with every named mode', () => {
    const v = exact('-16.35');
    expect(v.round(1, 'half-up').toString()).toBe('-16.4');
    expect(v.round(1, 'half-even').toString()).toBe('-16.4');
    expect(exact('-16.25').round(1, 'half-even').toString()).toBe('-16.2');
    expect(v.round(1, 'truncate').toString()).toBe('-16.3');
    expect(v.round(1, 'floor').toString()).toBe('-16.4');
    expect(v.round(1, 'ceil').toString()).toBe('-16.3');
    expect(exact('8246.4').round(-3, 'half-up').toString()).toBe('8000');
  });

  it('serialises to JSON as a string', () => {
    expect(JSON.stringify({ a: exact('45100.50') })).toBe('{"a":"45100.5"}');
  });

  it('compares numerically', () => {
    expect(exact('32.85').lt('33')).toBe(true);
    expect(exact('1.50').equals('1.5')).toBe(true);
    expect(isExact(exact('1'))).toBe(true);
    expect(isExact(1)).toBe(false);
  });

  it('property: rounding is idempotent for every mode', () => {
    fc.assert(
      fc.property(
        decimalText,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        (text, d, mode) => {
          const once = exact(text).round(d, mode);
          expect(once.round(d, mode).equals(once)).toBe(true);
          expect(once.decimalPlaces()).toBeLessThanOrEqual(d);
        },
      ),
    );
  });

  it('property: sum equals a left fold of plus, whatever the decimals', () => {
    fc.assert(
      fc.property(fc.array(decimalText, { maxLength: 50 }), (texts) => {
        const values = texts.map(exact);
        const folded = values.reduce((acc, v) => acc.plus(v), Exact.ZERO);
        expect(sum(values).equals(folded)).toBe(true);
      }),
    );
  });

  it('sum stays exact past the safe-integer range of the öre fast path', () => {
    const big = exact('90000000000000.01');
    expect(sum([big, big, big]).toString()).toBe('270000000000000.03');
  });

  it('keeps unknowns out of a sum and counts them (seed: 6 700 kkr + 3 unknown)', () => {
    // linkoping-vso-objektplan-2021.txt:100-111, strategic project costs with three "?"
    const s = sumKnown([exact('2000'), exact('1000'), null, undefined]);
    expect(s.known.toString()).toBe('3000');
    expect(s.unknownCount).toBe(2);
    const e = sumEstimated([
      { value: exact('5.6') },
      { value: exact('3.5'), estimate: true },
      { value: null },
    ]);
    expect(e).toMatchObject({ unknownCount: 1, estimateCount: 1 });
    expect(e.known.toString()).toBe('9.1');
  });
});
