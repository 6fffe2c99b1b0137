import type { DecimalValue } from './decimal.js';
import { decimalOf, exactFromCents, exactFromDecimal, type Exact } from './exact.js';

/**
 * The exact sum of values. Values with at most two decimals are added as integer hundredths
 * (öre) while the running total stays a safe integer, which is exact and fast; anything else
 * falls back to decimal arithmetic, so the result is always exact.
 *
 * @example
 * ```ts
 * import { exact, sum } from '@styrkit/core';
 * sum(['5.6', '5.4', '4.2', '4.2', '3.5'].map(exact)).toString(); // '22.9'
 * ```
 */
export function sum(values: Iterable<Exact>): Exact {
  const total = new Total();
  for (const value of values) total.add(value);
  return total.value();
}

/**
 * @internal A running exact total: integer öre while they stay safe, decimals for the rest
 * (also behind {@link sumTexts}; not exported by the package).
 */
export class Total {
  cents = 0;
  rest: DecimalValue | undefined = undefined;

  add(value: Exact): void {
    const c = value.cents;
    if (c !== null) {
      const next = this.cents + c;
      if (Number.isSafeInteger(next)) {
        this.cents = next;
        return;
      }
    }
    // Exact.of: an Exact of another loaded copy of core carries that copy's decimal class.
    const decimal = decimalOf(value);
    this.rest = this.rest === undefined ? decimal : this.rest.plus(decimal);
  }

  value(): Exact {
    const centsTotal = exactFromCents(this.cents);
    return this.rest === undefined ? centsTotal : centsTotal.plus(exactFromDecimal(this.rest));
  }
}

/**
 * A sum over values some of which are unknown: the known part, and how many were unknown.
 * Unknown is never counted as zero; a report shows "6 700 kkr + 3 okända".
 *
 * @example
 * ```ts
 * import { exact, sumKnown } from '@styrkit/core';
 * const s = sumKnown([exact('1000'), null, exact('500')]);
 * s.known.toString(); // '1500'
 * s.unknownCount; // 1
 * ```
 */
export interface PartialSum {
  /** The sum of the values that are known. */
  readonly known: Exact;
  /** How many values were unknown (null or undefined). */
  readonly unknownCount: number;
  /** How many known values were estimates (only counted by {@link sumEstimated}). */
  readonly estimateCount: number;
}

/**
 * Sums values where `null` or `undefined` means unknown, keeping the unknown count.
 *
 * @example
 * ```ts
 * import { exact, sumKnown } from '@styrkit/core';
 * sumKnown([exact('2'), undefined]).unknownCount; // 1
 * ```
 */
export function sumKnown(values: Iterable<Exact | null | undefined>): PartialSum {
  const known = new Total();
  let unknownCount = 0;
  for (const value of values) {
    if (value === null || value === undefined) unknownCount += 1;
    else known.add(value);
  }
  return { known: known.value(), unknownCount, estimateCount: 0 };
}

/**
 * Sums values that may be unknown or flagged as estimates ("ca 3,5").
 *
 * @example
 * ```ts
 * import { exact, sumEstimated } from '@styrkit/core';
 * const s = sumEstimated([{ value: exact('5.6') }, { value: exact('3.5'), estimate: true }]);
 * s.estimateCount; // 1
 * ```
 */
export function sumEstimated(
  values: Iterable<{ readonly value: Exact | null | undefined; readonly estimate?: boolean }>,
): PartialSum {
  const known = new Total();
  let unknownCount = 0;
  let estimateCount = 0;
  for (const item of values) {
    if (item.value === null || item.value === undefined) {
      unknownCount += 1;
      continue;
    }
    known.add(item.value);
    if (item.estimate === true) estimateCount += 1;
  }
  return { known: known.value(), unknownCount, estimateCount };
}
