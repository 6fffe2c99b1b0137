// Differential tests of the decimal engine (big.js since issue 15) against decimal.js, the
// engine it replaced: every operation Exact uses, on random decimals with negatives, many
// digits, large and tiny exponents and '1e3'-style text. Division and everything that does not
// compute keep decimal.js's figures exactly (precision 40, half-up); plus, minus and times are
// now exact, so they are compared with decimal.js at a precision that makes it exact too.
import Big from 'big.js';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../allocate.js';
import { Exact, ROUNDING_MODES, exact, sum, type RoundingMode } from '../index.js';

/** The engine before: the `D` clone core used with decimal.js. */
const Old = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
/** decimal.js with precision enough that these operands' sums and products are exact. */
const Wide = Decimal.clone({ precision: 2000, rounding: Decimal.ROUND_HALF_UP });

const oldModes: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  truncate: Decimal.ROUND_DOWN,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** Digits with a point somewhere, a sign, and sometimes an exponent; text Exact.of accepts. */
const decimalText = fc
  .record({
    sign: fc.constantFrom('', '', '-', '+'),
    digits: fc.oneof(
      fc.stringMatching(/^[0-9]{1,6}$/),
      fc.stringMatching(/^[0-9]{1,60}$/),
      fc.constantFrom('0', '1', '5', '25', '45', '95', '995', '100', '9999999999999999999'),
    ),
    point: fc.nat({ max: 61 }),
    exponent: fc.oneof(
      { weight: 4, arbitrary: fc.constant(null) },
      fc.integer({ min: -60, max: 60 }),
      fc.integer({ min: -400, max: 400 }),
    ),
    upper: fc.boolean(),
  })
  .map(({ sign, digits, point, exponent, upper }) => {
    const at = Math.min(point, digits.length);
    const body =
      at === digits.length ? digits : `${digits.slice(0, at) || '0'}.${digits.slice(at)}`;
    const tail = exponent === null ? '' : `${upper ? 'E' : 'e'}${String(exponent)}`;
    return `${sign}${body}${tail}`;
  });
/** Amounts as readers make them: at most two decimals, taking the integer-öre path. */
const centsText = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 2 }))
  .map(([units, places]) => new Decimal(units.toString()).dividedBy(10 ** places).toFixed());
const anyText = fc.oneof(decimalText, centsText);
const nonZero = anyText.filter((t) => !new Decimal(t).isZero());
const mode = fc.constantFrom(...ROUNDING_MODES);
const places = fc.integer({ min: -8, max: 45 });
const runs = { numRuns: 400 };

const wide = (text: string): Decimal => new Wide(text);
const old = (text: string): Decimal => new Old(text);

describe('decimal engine against decimal.js', () => {
  it('reads text to the same value, with or without exponent or sign', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        expect(exact(t).toString()).toBe(wide(t).toFixed());
        expect(exact(t).toJSON()).toBe(wide(t).toFixed());
      }),
      runs,
    );
    expect(exact('1e3').toString()).toBe('1000');
    expect(exact('+2.5E-3').toString()).toBe('0.0025');
    expect(exact('-.5').toString()).toBe('-0.5');
    expect(exact('5.').toString()).toBe('5');
  });

  it('plus, minus and times are exact (decimal.js at a precision where it is exact too)', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        expect(exact(a).plus(b).toString()).toBe(wide(a).plus(b).toFixed());
        expect(exact(a).minus(b).toString()).toBe(wide(a).minus(b).toFixed());
        expect(exact(a).times(b).toString()).toBe(wide(a).times(b).toFixed());
      }),
      runs,
    );
  });

  it('plus, minus and times give decimal.js precision-40 figures when those were exact', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        for (const [mine, exactFigure, before] of [
          [exact(a).plus(b), wide(a).plus(b), old(a).plus(b)],
          [exact(a).minus(b), wide(a).minus(b), old(a).minus(b)],
          [exact(a).times(b), wide(a).times(b), old(a).times(b)],
        ] as const) {
          if (exactFigure.sd() <= 40) expect(mine.toString()).toBe(before.toFixed());
        }
      }),
      runs,
    );
  });

  it('dividedBy gives exactly the figures of decimal.js at precision 40, half-up', () => {
    fc.assert(
      fc.property(anyText, nonZero, (a, b) => {
        expect(exact(a).dividedBy(b).toString()).toBe(old(a).dividedBy(b).toFixed());
      }),
      runs,
    );
    // Quotients whose 41st digit is a 5 with nothing after it, or a 4 followed by nines.
    const cases: [string, string][] = [
      ['1', '3'],
      ['2', '3'],
      ['-2', '3'],
      ['1', '8e-40'],
      ['123456789012345678901234567890123456789.5', '1'],
      ['123456789012345678901234567890123456789.5', '-1'],
      ['1234567890123456789012345678901234567894999', '10'],
      ['99999999999999999999999999999999999999995', '1'],
      ['1e100', '3'],
      ['7e-300', '9'],
      ['0', '-7'],
      // Divisors of more than 14 digits take the BigInt route.
      ['1', '3.000000000000000000001'],
      ['2', '-7.0000000000000001'],
      ['-1e-300', '33333333333333333333333333.3'],
      ['99999999999999999999999999999999999999995', '1.00000000000000000000000000000000000000001'],
      ['1e45', '99999999999999999999999999999999999999999'],
    ];
    for (const [a, b] of cases) {
      expect(exact(a).dividedBy(b).toString()).toBe(old(a).dividedBy(b).toFixed());
    }
    expect(() => exact('1').dividedBy('0.000')).toThrow(RangeError);
  });

  it('round gives decimal.js figures in all five modes, to places or to tens', () => {
    fc.assert(
      fc.property(anyText, places, mode, (t, d, m) => {
        const expected =
          d >= 0
            ? wide(t).toDecimalPlaces(d, oldModes[m])
            : wide(t)
                .dividedBy(new Wide(10).pow(-d))
                .toDecimalPlaces(0, oldModes[m])
                .times(new Wide(10).pow(-d));
        expect(exact(t).round(d, m).toString()).toBe(expected.toFixed());
        if (d >= 0 && wide(t).sd() <= 40) {
          expect(exact(t).round(d, m).toString()).toBe(
            old(t).toDecimalPlaces(d, oldModes[m]).toFixed(),
          );
        }
      }),
      runs,
    );
  });

  it('toFixed gives decimal.js text in all five modes, minus zero included', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 45 }), mode, (t, d, m) => {
        expect(exact(t).toFixed(d, m)).toBe(old(t).toFixed(d, oldModes[m]));
      }),
      runs,
    );
    expect(exact('-0.001').toFixed(2, 'half-up')).toBe(old('-0.001').toFixed(2));
    expect(exact('-0.000').toFixed(2, 'floor')).toBe(old('-0.000').toFixed(2));
  });

  it('compare, decimalPlaces, isInteger, signs, cents and toNumber agree', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const x = exact(a);
        const d = old(a);
        expect(x.compare(b)).toBe(d.comparedTo(b));
        expect(x.equals(b)).toBe(d.equals(b));
        expect(x.decimalPlaces()).toBe(d.decimalPlaces());
        expect(x.isInteger()).toBe(d.isInteger());
        expect(x.isZero()).toBe(d.isZero());
        expect(x.isNegative()).toBe(d.lt(0));
        expect(x.isPositive()).toBe(d.gt(0));
        expect(x.negated().toString()).toBe(wide(a).negated().toFixed());
        expect(x.abs().toString()).toBe(wide(a).abs().toFixed());
        expect(x.toNumber()).toBe(wide(a).toNumber());
        const scaled = wide(a).times(100);
        const cents =
          scaled.isInteger() && scaled.abs().lte(Number.MAX_SAFE_INTEGER)
            ? scaled.toNumber() + 0 // the engine before could give −0; an integer öre is 0
            : null;
        expect(exact(a).cents).toBe(cents);
      }),
      runs,
    );
  });

  it('sum and allocate give the same figures through the new engine', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 30 }), (texts) => {
        const expected = texts.reduce((acc, t) => acc.plus(t), new Wide(0));
        expect(sum(texts.map((t) => exact(t))).toString()).toBe(expected.toFixed());
      }),
      runs,
    );
    expect(
      allocate(exact('-100'), [exact('1'), exact('1'), exact('1')], { decimals: 2 }).map(String),
    ).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(
      allocate(exact('10'), [exact('0.5'), exact('1.25')], { decimals: 0 }).map(String),
    ).toEqual(['3', '7']);
  });

  it('is not affected by a consumer changing the global big.js settings', () => {
    const quotient = exact('2').dividedBy('3').toString();
    const saved = { DP: Big.DP, RM: Big.RM, strict: Big.strict };
    Big.DP = 2;
    Big.RM = 0;
    Big.strict = false;
    try {
      expect(exact('2').dividedBy('3').toString()).toBe(quotient);
      expect(exact('1.005').round(2, 'half-up').toString()).toBe('1.01');
      expect(exact('0.125').toFixed(2, 'half-even')).toBe('0.12');
      expect(Exact.of('1e-50').dividedBy('7').toString()).toBe(old('1e-50').dividedBy(7).toFixed());
    } finally {
      Big.DP = saved.DP;
      Big.RM = saved.RM;
      Big.strict = saved.strict;
    }
    // And our division settings do not leak into a consumer's Big.
    expect(new Big(2).div(3).toString()).toBe('0.66666666666666666667');
  });
});
