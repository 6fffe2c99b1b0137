import { Exact } from './exact.js';
import type { RoundingMode } from './rounding.js';

/**
 * Money scales used in Swedish municipal documents. `tkr` (tusen kronor) is the same as
 * `kkr`; use {@link parseMoneyUnit} to read either.
 *
 * @example
 * ```ts
 * import type { MoneyUnit } from '@styrkit/core';
 * const unit: MoneyUnit = 'tkr';
 * ```
 */
export type MoneyUnit = 'öre' | 'kr' | 'tkr' | 'mnkr';

/** Every money unit, smallest first. */
export const MONEY_UNITS: readonly MoneyUnit[] = ['öre', 'kr', 'tkr', 'mnkr'];

const exponent: Record<MoneyUnit, number> = { öre: -2, kr: 0, tkr: 3, mnkr: 6 };

/**
 * Reads a unit as written in documents ("kkr", "tkr", "mnkr", "Mkr", "miljoner kronor", "kr",
 * "SEK", "öre").
 * Returns undefined for anything else.
 *
 * @example
 * ```ts
 * import { parseMoneyUnit } from '@styrkit/core';
 * parseMoneyUnit('kkr'); // 'tkr'
 * ```
 */
export function parseMoneyUnit(text: string): MoneyUnit | undefined {
  const t = text.trim().toLowerCase().replace(/\.$/, '');
  if (t === 'kr' || t === 'sek' || t === 'kronor') return 'kr';
  if (t === 'tkr' || t === 'kkr' || t === 'tsek' || t === 'ksek') return 'tkr';
  if (/^(mnkr|mkr|msek|mn kr|milj kr|miljoner|miljoner kr|miljoner kronor)$/.test(t)) return 'mnkr';
  if (t === 'tusen kronor' || t === 'tusen kr') return 'tkr';
  if (t === 'öre') return 'öre';
  return undefined;
}

/**
 * Converts between money scales, exactly (no rounding).
 *
 * @example
 * ```ts
 * import { convertUnit, exact } from '@styrkit/core';
 * convertUnit(exact('-16376'), 'tkr', 'mnkr').toString(); // '-16.376'
 * ```
 */
export function convertUnit(value: Exact, from: MoneyUnit, to: MoneyUnit): Exact {
  const shift = exponent[from] - exponent[to];
  if (shift === 0) return value;
  const factor = Exact.of(`1e${Math.abs(shift)}`);
  return shift > 0 ? value.times(factor) : value.dividedBy(factor);
}

/**
 * Converts to another scale and rounds there, naming the mode: the seed's −16 376 tkr is
 * −16,3 mnkr truncated but −16,4 mnkr rounded half-up.
 *
 * @example
 * ```ts
 * import { exact, roundToUnit } from '@styrkit/core';
 * const v = exact('-16376');
 * roundToUnit(v, { from: 'tkr', to: 'mnkr', decimals: 1, mode: 'truncate' }).toString(); // '-16.3'
 * roundToUnit(v, { from: 'tkr', to: 'mnkr', decimals: 1, mode: 'half-up' }).toString(); // '-16.4'
 * ```
 */
export function roundToUnit(
  value: Exact,
  options: { from: MoneyUnit; to: MoneyUnit; decimals: number; mode: RoundingMode },
): Exact {
  return convertUnit(value, options.from, options.to).round(options.decimals, options.mode);
}
