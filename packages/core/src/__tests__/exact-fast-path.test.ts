import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exact,
  parseNumber,
  ROUNDING_MODES,
  sum,
  sumKnown,
  type Exact,
  type NumberLocale,
} from '../index.js';

/**
 * Amounts as text, the way ledgers and the reading benchmark write them: a sign, up to 15
 * digits (past the 13 that the öre fast path takes) and 0–3 decimals (past the 2 it takes).
 */
const amountText = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^\d{1,15}$/),
    fc.constantFrom('', '.', ','),
    fc.stringMatching(/^\d{0,3}$/),
  )
  .map(([sign, whole, separator, decimals]) =>
    separator === '' ? `${sign}${whole}` : `${sign}${whole}${separator}${decimals}`,
  );

/** The same value through decimal arithmetic only (times one drops the öre). */
function viaDecimal(value: Exact): Exact {
  return value.times(1);
}

/** Same value and behaviour; the öre too unless one side computed them by another route. */
function same(a: Exact, b: Exact, compareCents = true): void {
  expect(a.toString()).toBe(b.toString());
  if (compareCents) expect(a.cents).toBe(b.cents);
  expect(a.decimalPlaces()).toBe(b.decimalPlaces());
  expect(a.isZero()).toBe(b.isZero());
  expect(a.isNegative()).toBe(b.isNegative());
  expect(a.isPositive()).toBe(b.isPositive());
  expect(a.compare(b)).toBe(0);
  expect(a.isInteger()).toBe(b.isInteger());
  for (const places of [0, 1, 2, 3]) {
    expect(a.round(places, 'half-up').toString()).toBe(b.round(places, 'half-up').toString());
    expect(a.round(places, 'truncate').toString()).toBe(b.round(places, 'truncate').toString());
  }
  expect(a.compare(b.plus('0.01'))).toBe(-1);
  expect(a.compare(b.minus('0.01'))).toBe(1);
}

describe('reading amounts without building decimals gives the same values', () => {
  it('property: exact(text) equals the general path (leading space forces it)', () => {
    fc.assert(
      fc.property(amountText, (text) => {
        let fast: Exact;
        try {
          fast = exact(text);
        } catch {
          expect(() => exact(` ${text}`)).toThrow(RangeError);
          return;
        }
        const general = exact(` ${text}`);
        same(fast, general);
        same(fast, viaDecimal(general), false);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: parseNumber gives the same value, flags and findings as the general path', () => {
    fc.assert(
      fc.property(amountText, fc.constantFrom<NumberLocale>('sv', 'en'), (text, locale) => {
        const fast = parseNumber(text, { locale });
        const general = parseNumber(` ${text} `, { locale });
        expect(fast.ok).toBe(general.ok);
        if (fast.ok && general.ok) {
          const {
            value: a,
            raw: rawA,
            ...restA
          } = fast.value as typeof fast.value & {
            value?: Exact;
          };
          const {
            value: b,
            raw: rawB,
            ...restB
          } = general.value as typeof general.value & {
            value?: Exact;
          };
          expect(rawA).toBe(text);
          expect(rawB).toBe(` ${text} `);
          expect(restA).toEqual(restB);
          if (a !== undefined && b !== undefined) same(a, b);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('property: plus, minus and sum on öre equal decimal arithmetic', () => {
    fc.assert(
      fc.property(fc.array(amountText, { minLength: 1, maxLength: 20 }), (texts) => {
        const values = texts.flatMap((t) => {
          const r = parseNumber(t, { locale: 'en' });
          return r.ok && r.value.kind === 'number' ? [r.value.value] : [];
        });
        const decimals = values.map(viaDecimal);
        const folded = values.reduce((a, v, i) => (i % 2 === 0 ? a.plus(v) : a.minus(v)), exact(0));
        const reference = decimals.reduce(
          (a, v, i) => (i % 2 === 0 ? a.plus(v) : a.minus(v)),
          viaDecimal(exact(0)),
        );
        same(folded, reference);
        same(sum(values), sum(decimals));
        same(sumKnown([...values, null]).known, sum(decimals));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: rounding a value read into öre equals rounding its decimal, every mode and step', () => {
    fc.assert(
      fc.property(
        amountText,
        fc.constantFrom(...ROUNDING_MODES),
        fc.integer({ min: -16, max: 3 }),
        (text, mode, places) => {
          const r = parseNumber(text, { locale: 'en' });
          if (!r.ok || r.value.kind !== 'number') return;
          const value = r.value.value;
          same(value.round(places, mode), viaDecimal(value).round(places, mode), false);
        },
      ),
      { numRuns: 3000 },
    );
    // Ties in both directions, and the step past safe integers.
    for (const text of ['2.5', '-2.5', '3.5', '-3.5', '0.05', '-0.05', '0.15', '-0.15']) {
      for (const mode of ROUNDING_MODES) {
        for (const places of [0, 1]) {
          const value = exact(text);
          same(value.round(places, mode), viaDecimal(value).round(places, mode), false);
        }
      }
    }
    expect(exact('12.34').round(-20, 'ceil').toString()).toBe('100000000000000000000');
  });

  it('keeps the edges: negative zero, 13 digits, the largest öre', () => {
    expect(exact('-0.00').toString()).toBe('0');
    expect(exact('-0.00').isNegative()).toBe(false);
    expect(exact('9999999999999.99').cents).toBe(999_999_999_999_999);
    expect(exact('99999999999999.99').cents).toBe(null); // past 2^53 öre: decimal path
    expect(exact('90071992547409.91').plus('0.01').toString()).toBe('90071992547409.92');
    expect(exact('4503599627370.49').plus('4503599627370.49').toString()).toBe('9007199254740.98');
    const big = exact('9999999999999.99');
    expect(big.plus(big).plus(big).toString()).toBe('29999999999999.97');
  });
});
