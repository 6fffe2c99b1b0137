import { exact } from '@styrkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsAtPrecision } from '../precision.js';

// The audit compares a stated figure with its computed sum in öre; this holds that to
// Exact's own rounding, ties and signs included.
const amount = (maxCents: number) =>
  fc
    .tuple(fc.integer({ min: -maxCents, max: maxCents }), fc.constantFrom(0, 1, 2, 3))
    .map(([n, places]) => {
      const negative = n < 0;
      const digits = String(Math.abs(n)).padStart(places + 1, '0');
      const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
      return exact(negative ? `-${text}` : text);
    });

describe('holdsAtPrecision', () => {
  it('agrees with round(stated.decimalPlaces(), half-up).equals(stated)', () => {
    fc.assert(
      fc.property(amount(100_000), amount(100_000), (computed, stated) => {
        const expected = computed.round(stated.decimalPlaces(), 'half-up').equals(stated);
        expect(holdsAtPrecision(computed, stated)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds ties away from zero and keeps near misses apart', () => {
    const cases: [string, string, boolean][] = [
      ['12.5', '13', true],
      ['-12.5', '-13', true],
      ['12.49', '12', true],
      ['12.45', '12.5', true],
      ['-12.45', '-12.5', true],
      ['-0.4', '0', true],
      ['12.2', '12', true],
      ['12.2', '12.0', true],
      ['12.25', '12.2', false],
      ['11.5', '11', false],
      ['12.001', '12', true],
      ['9007199254740.99', '9007199254741', true],
    ];
    for (const [computed, stated, holds] of cases) {
      expect(holdsAtPrecision(exact(computed), exact(stated)), `${computed} ~ ${stated}`).toBe(
        holds,
      );
      expect(exact(computed).round(exact(stated).decimalPlaces(), 'half-up').equals(stated)).toBe(
        holds,
      );
    }
  });
});
