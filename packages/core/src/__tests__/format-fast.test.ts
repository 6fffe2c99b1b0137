import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exact, formatNumber, type NumberLocale } from '../index.js';
import { groupedText } from '../number-text.js';

/** The reference: Intl.NumberFormat as formatNumber used it, on the same plain text. */
function viaIntl(plain: string, locale: NumberLocale, decimals: number): string {
  return new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: true,
  }).format(plain as `${number}`);
}

const values = fc
  .tuple(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.integer({ min: 0, max: 8 }))
  .map(([n, places]) => exact(n).dividedBy(10 ** places));

describe('number formatting by hand equals Intl.NumberFormat', () => {
  it('property: every value, locale and count of decimals', () => {
    fc.assert(
      fc.property(
        values,
        fc.constantFrom<NumberLocale>('sv', 'en'),
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        (value, locale, decimals) => {
          const places = Math.min(decimals ?? value.decimalPlaces(), 20);
          const plain = value.round(places, 'half-up').toString();
          expect(groupedText(plain, locale, places)).toBe(viaIntl(plain, locale, places));
          const options = decimals === undefined ? { locale } : { locale, decimals };
          expect(formatNumber(value, options)).toBe(viaIntl(plain, locale, places));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('keeps the edges: small numbers, four digits, zero and rounding to zero', () => {
    for (const [text, decimals] of [
      ['0', 0],
      ['0', 2],
      ['-0.004', 2],
      ['999', 0],
      ['1000', 0],
      ['-1234.5', 1],
      ['123456789012345678901234.5', 1],
    ] as const) {
      for (const locale of ['sv', 'en'] as const) {
        const plain = exact(text).round(decimals, 'half-up').toString();
        expect(formatNumber(exact(text), { locale, decimals })).toBe(
          viaIntl(plain, locale, decimals),
        );
      }
    }
  });
});
