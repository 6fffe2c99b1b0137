import Big from 'big.js';

// The exact decimal engine behind Exact: big.js (issue 15: decimal.js alone was 12.8 kB
// min+gzip, most of it trigonometry and logarithms core never calls; see docs/architecture.md).
// Every operation core needs is here, so the engine's API stays out of the other modules.

/** A decimal of the engine. Internal: no public declaration names it. */
export type DecimalValue = Big.Big;

/**
 * styrkit's own Big constructor: `Big()` makes a constructor with its own settings, so a
 * consumer who changes the global `Big.DP`, `Big.RM` or `Big.strict` never changes our
 * arithmetic. Strict: a JS number passed by mistake throws instead of entering as a float, and
 * a lossy `valueOf` cannot happen. Built in a function so a bundler can drop it when unused.
 */
function makeConstructor(): Big.BigConstructor {
  const made = Big();
  made.DP = 0; // set for each division by {@link quotient}
  made.RM = 1; // half-up, for any call that omits the mode
  made.strict = true;
  return made;
}
const D = makeConstructor();

/** The decimal of plain decimal text ("-16.3", "1e3", "+5"). Throws on anything else. */
export function decimal(text: string): DecimalValue {
  return new D(text.charCodeAt(0) === 43 /* + */ ? text.slice(1) : text);
}

/** Significant digits of a quotient, as decimal.js's precision 40 gave them before. */
const QUOTIENT_DIGITS = 40;
/** big.js's largest number of decimal places for a division. */
const MAX_DP = 1e6;

/** Whether the digits of `a` (read as 0.d1d2d3…) are below those of `b`. */
function digitsBelow(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * `a / b` to 40 significant digits, ties away from zero: the figures decimal.js gave with
 * precision 40 and ROUND_HALF_UP. big.js divides to a number of decimal places, so the places
 * come from the quotient's magnitude, which the operands' exponents and leading digits give
 * exactly. `b` must not be zero.
 */
export function quotient(a: DecimalValue, b: DecimalValue): DecimalValue {
  if (a.c[0] === 0) return new D(a.s * b.s < 0 ? '-0' : '0');
  // The quotient is 10^e × (1 … 10): e is the place of its first significant digit.
  const e = a.e - b.e - (digitsBelow(a.c, b.c) ? 1 : 0);
  const places = QUOTIENT_DIGITS - 1 - e;
  if (places > MAX_DP) {
    throw new RangeError(`Quotient below 1e-${String(MAX_DP - QUOTIENT_DIGITS)}: too small`);
  }
  if (places >= 0) {
    D.DP = places;
    D.RM = 1;
    return a.div(b);
  }
  // A quotient of more than 40 integer digits: truncate to whole units, which keeps every digit
  // the rounding looks at (the 41st decides a half-up tie), then round to 40 digits.
  D.DP = 0;
  D.RM = 0;
  const whole = a.div(b);
  D.RM = 1;
  return whole.prec(QUOTIENT_DIGITS, 1);
}

/** How a value is rounded, as big.js names it (0 down, 1 half-up, 2 half-even, 3 up). */
export type EngineRounding = Big.RoundingMode;

/** Rounds to `decimals` places (negative: to tens, hundreds …) in big.js's mode. */
export function roundTo(x: DecimalValue, decimals: number, mode: EngineRounding): DecimalValue {
  return x.round(decimals, mode);
}

/** How many decimals the value has, trailing zeros not counted (big.js keeps none). */
export function placesOf(x: DecimalValue): number {
  return Math.max(0, x.c.length - x.e - 1);
}

/** Whether the value is zero. */
export function isZeroDecimal(x: DecimalValue): boolean {
  return x.c[0] === 0;
}

/** Whether the value is below zero (minus zero is not). */
export function isNegativeDecimal(x: DecimalValue): boolean {
  return x.s < 0 && x.c[0] !== 0;
}

/** Ten to the power `n` (any integer), exactly. */
export function powerOfTen(n: number): DecimalValue {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole power of ten: ${String(n)}`);
  return new D(`1e${String(n)}`);
}

/** The decimal of a bigint, exactly. */
export function decimalOfBigint(value: bigint): DecimalValue {
  return new D(value);
}
