import { decimalOfBigint, placesOf, powerOfTen } from './decimal.js';
import { decimalOf, exactFromDecimal, type Exact } from './exact.js';

/** Turns the values into integers by a common power of ten, as bigints (exact). */
function toScaledIntegers(values: readonly Exact[]): bigint[] {
  const places = Math.max(0, ...values.map((v) => v.decimalPlaces()));
  const factor = powerOfTen(places);
  return values.map((v) => BigInt(decimalOf(v).times(factor).toFixed(0)));
}

/**
 * Splits `total` over `weights` in steps of `10^-decimals` so that the parts add up to the
 * total exactly: nothing is lost or invented. Largest-remainder method in integer arithmetic;
 * ties go to the lower index, so the result is deterministic. A negative total is split as its
 * absolute value and negated. Throws RangeError (programmer error) for no weights, a negative
 * weight, weights summing to zero, or a total with more decimals than `decimals`.
 *
 * @example
 * ```ts
 * import { allocate, exact } from '@styrkit/core';
 * allocate(exact('100'), [exact('1'), exact('1'), exact('1')], { decimals: 2 }).map(String);
 * // ['33.34', '33.33', '33.33']
 * ```
 */
export function allocate(
  total: Exact,
  weights: readonly Exact[],
  options: { decimals: number },
): Exact[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  if (weights.some((w) => w.isNegative())) throw new RangeError('weights must not be negative');
  const unitsDecimal = decimalOf(total).abs().times(powerOfTen(options.decimals));
  if (placesOf(unitsDecimal) !== 0) {
    throw new RangeError(`total ${total.toString()} has more than ${options.decimals} decimals`);
  }
  const units = BigInt(unitsDecimal.toFixed(0));
  const scaled = toScaledIntegers(weights);
  const weightSum = scaled.reduce((acc, w) => acc + w, 0n);
  if (weightSum === 0n) throw new RangeError('weights must not all be zero');

  const shares = scaled.map((w, index) => ({
    index,
    floor: (units * w) / weightSum,
    remainder: (units * w) % weightSum,
  }));
  let left = shares.reduce((acc, s) => acc - s.floor, units);
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  const extra = new Set<number>();
  for (const share of byRemainder) {
    if (left <= 0n) break;
    extra.add(share.index);
    left -= 1n;
  }
  const unit = powerOfTen(-options.decimals);
  const sign = total.isNegative() ? -1n : 1n;
  return shares.map((s) => {
    const count = extra.has(s.index) ? s.floor + 1n : s.floor;
    return exactFromDecimal(decimalOfBigint(count * sign).times(unit));
  });
}
