import type { EngineRounding } from './decimal.js';

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

/**
 * Maps a named rounding mode to big.js's (0 toward zero, 1 half-up, 2 half-even, 3 away from
 * zero). big.js has no floor or ceiling: they are toward zero or away from it by the sign of
 * the value being rounded. Internal.
 */
export function toEngineRounding(mode: RoundingMode, negative: boolean): EngineRounding {
  switch (mode) {
    case 'half-up':
      return 1;
    case 'half-even':
      return 2;
    case 'truncate':
      return 0;
    case 'floor':
      return negative ? 3 : 0;
    case 'ceil':
      return negative ? 0 : 3;
  }
}
