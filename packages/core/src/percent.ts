import { Exact } from './exact.js';
import type { RoundingMode } from './rounding.js';

/**
 * The share of `part` in `whole` in percent, rounded to `decimals` with `mode`. Undefined when
 * `whole` is zero. Store the amounts and derive shares from them, never the other way round.
 *
 * @example
 * ```ts
 * import { exact, percentShare } from '@styrkit/core';
 * percentShare(exact('1823196'), exact('5549825'), { decimals: 2, mode: 'half-up' })?.toString(); // '32.85'
 * ```
 */
export function percentShare(
  part: Exact,
  whole: Exact,
  options: { decimals: number; mode: RoundingMode },
): Exact | undefined {
  if (whole.isZero()) return undefined;
  return part.times(100).dividedBy(whole).round(options.decimals, options.mode);
}

/**
 * `base × percent / 100`, unrounded: round the result explicitly. Never round the base first.
 *
 * @example
 * ```ts
 * import { applyRate, exact } from '@styrkit/core';
 * applyRate(exact('100000'), exact('7')).toString(); // '7000'
 * ```
 */
export function applyRate(base: Exact, percent: Exact): Exact {
  return base.times(percent).dividedBy(100);
}
