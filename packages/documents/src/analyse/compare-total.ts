import { Exact } from '@styrkit/core';

/**
 * The outcome of comparing a stated total with the sum of its parts:
 * - `holds`: equal;
 * - `rounding`: one unit of the last shown digit apart, where the figures are rounded for
 *   display (each shown part and the total were rounded on their own, so their sum can be
 *   off by one unit without anything being wrong);
 * - `mismatch`: anything else.
 */
export type TotalComparison = 'holds' | 'rounding' | 'mismatch';

/** One figure that takes part in a comparison, with the decimals it was shown with. */
export interface ShownFigure {
  readonly value: Exact;
  readonly decimals: number;
  readonly estimate?: boolean;
}

/** The sum of the parts, the decimals it is shown with, and whether any part is an estimate. */
export interface ComparedTotal {
  readonly outcome: TotalComparison;
  readonly computed: Exact;
  readonly difference: Exact;
  readonly decimals: number;
  readonly estimate: boolean;
}

/**
 * Compares a stated figure with the sum of its parts. `rounded` says whether the figures are
 * display-rounded (money in tkr or mnkr, full-time equivalents, or figures shown with
 * decimals); counts of things (phones, people) are exact, and there a difference of one is a
 * real error.
 */
export function compareTotal(
  stated: ShownFigure,
  parts: readonly ShownFigure[],
  rounded: boolean,
  computedOverride?: Exact,
): ComparedTotal {
  let computed = Exact.ZERO;
  let decimals = stated.decimals;
  let estimate = stated.estimate === true;
  for (const p of parts) {
    computed = computed.plus(p.value);
    if (p.decimals > decimals) decimals = p.decimals;
    if (p.estimate === true) estimate = true;
  }
  if (computedOverride !== undefined) computed = computedOverride;
  const difference = stated.value.minus(computed);
  if (difference.isZero()) return { outcome: 'holds', computed, difference, decimals, estimate };
  const unit = decimals === 0 ? Exact.ONE : Exact.of(`0.${'0'.repeat(decimals - 1)}1`);
  const anyDecimals = decimals > 0;
  const oneUnit = difference.abs().equals(unit);
  const outcome =
    oneUnit && (rounded || anyDecimals) && parts.length >= 1 ? 'rounding' : 'mismatch';
  return { outcome, computed, difference, decimals, estimate };
}
