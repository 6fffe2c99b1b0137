import Decimal from 'decimal.js';

/**
 * How a value is rounded. Every rounding in styrkit names one of these:
 * - `half-up`: ties away from zero (2,5 → 3; −2,5 → −3), the everyday Swedish rule.
 * - `half-even`: ties to the even neighbour (banker's rounding).
 * - `truncate`: toward zero (−16,37 → −16,3), what many reports silently do.
 * - `floor`: toward minus infinity (hours reported "rounded down").
 * - `ceil`: toward plus infinity.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * exact('-16.376').round(1, 'truncate').toString(); // '-16.3'
 * ```
 */
export type RoundingMode = 'half-up' | 'half-even' | 'truncate' | 'floor' | 'ceil';

/** Every rounding mode, for validation and property tests. */
export const ROUNDING_MODES: readonly RoundingMode[] = [
  'half-up',
  'half-even',
  'truncate',
  'floor',
  'ceil',
];

const decimalModes: Record<RoundingMode, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  truncate: Decimal.ROUND_DOWN,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** Maps a named rounding mode to decimal.js's constant. Internal. */
export function toDecimalRounding(mode: RoundingMode): Decimal.Rounding {
  return decimalModes[mode];
}
