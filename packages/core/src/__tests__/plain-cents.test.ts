import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NumberLocale } from '../index.js';
import { parseNumber, readNumberText } from '../number-text.js';
import { plainCents } from '../plain-cents.js';

const locales = fc.constantFrom<NumberLocale>('sv', 'en');

/** Characters that steer the reader: digits, separators, signs, spaces, units, marks. */
const piece = fc.constantFrom(
  ...['0', '1', '2', '5', '9', '12', '345', '000', ',', '.', ' ', '\u00a0', '\u202f', '\u2009'],
  ...['\t', '  ', '-', '−', '–', '+', '%', ' %', ' kr', ' tkr', 'mnkr', ' h', 'ca ', '~', '?'],
  ...['x', 'e', 'E3', '\u2007'],
);
const anyText = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

/** Amounts in the shapes the fast path is for, grouped or not, with any grouping space. */
const amountText = fc
  .tuple(
    fc.constantFrom('', '-', '−', '–', '+'),
    fc.stringMatching(/^\d{1,3}$/),
    fc.array(fc.stringMatching(/^\d{3}$/), { maxLength: 5 }),
    fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009', ',', ''),
    fc.constantFrom('', ',', '.'),
    fc.stringMatching(/^\d{0,3}$/),
  )
  .map(([sign, head, groups, group, point, decimals]) => {
    const whole = [head, ...groups].join(group);
    return point === '' ? `${sign}${whole}` : `${sign}${whole}${point}${decimals}`;
  });

/** Everything a caller can see of a result, with the Exact as its text and its öre. */
function seen(result: ReturnType<typeof parseNumber>): unknown {
  if (!result.ok) return result;
  if (result.value.kind === 'unknown') return result;
  const { value, ...rest } = result.value;
  return { ...rest, value: value.toString(), cents: value.cents, zero: value.isZero() };
}

describe('the fast path of parseNumber gives what the general reader gives', () => {
  it('property: on random texts of digits, separators, signs, spaces and units', () => {
    fc.assert(
      fc.property(anyText, locales, (text, locale) => {
        expect(seen(parseNumber(text, { locale }))).toEqual(seen(readNumberText(text, locale, [])));
      }),
      { numRuns: 5000 },
    );
  });

  it('property: on amounts in the shapes it is for, and it reads most of them', () => {
    let fast = 0;
    fc.assert(
      fc.property(amountText, locales, (text, locale) => {
        const cents = plainCents(text, locale);
        if (cents !== null) fast += 1;
        const general = readNumberText(text, locale, []);
        expect(seen(parseNumber(text, { locale }))).toEqual(seen(general));
        if (cents !== null) {
          // Whenever the fast path reads a value, the general reader reads the same one.
          expect(general.ok && general.value.kind === 'number').toBe(true);
          if (general.ok && general.value.kind === 'number') {
            expect(general.value.value.cents).toBe(cents === 0 ? 0 : cents);
          }
        }
      }),
      { numRuns: 5000 },
    );
    // The generator is mostly the fast path's shapes; it must not quietly read none of them.
    expect(fast).toBeGreaterThan(1500);
  });

  it('reads the common shapes into öre and leaves the rest to the general reader', () => {
    expect(plainCents('1234,56', 'sv')).toBe(123456);
    expect(plainCents('1 234,56', 'sv')).toBe(123456);
    expect(plainCents('1\u00a0234\u00a0567,5', 'sv')).toBe(123456750);
    expect(plainCents('−9\u202f722', 'sv')).toBe(-972200);
    expect(plainCents('-12.5', 'sv')).toBe(-1250);
    expect(plainCents('1,234.56', 'en')).toBe(123456);
    expect(plainCents('1 234.56', 'en')).toBe(123456);
    // Left to the general reader: it decides these (three decimals, a Swedish point after
    // groups, a short group, spaces around, a unit, fourteen digits).
    for (const text of ['1,234', '1 234.56', '1 23', ' 12', '12 ', '12 kr', '12345678901234']) {
      expect(plainCents(text, 'sv')).toBeNull();
    }
    expect(plainCents('1,5', 'en')).toBeNull();
    expect(plainCents('12,345,6', 'en')).toBeNull();
  });
});
