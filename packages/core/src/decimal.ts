import Decimal from 'decimal.js';

/**
 * styrkit's own Decimal constructor. A clone, so that a consumer who changes the global
 * `Decimal.set(...)` (precision, rounding) never changes our arithmetic.
 *
 * 40 significant digits hold any municipal amount in öre with room for rates; divisions are
 * the only inexact operation and every caller rounds their result explicitly.
 */
export const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** The instance type of {@link D}. */
export type DecimalValue = InstanceType<typeof D>;
