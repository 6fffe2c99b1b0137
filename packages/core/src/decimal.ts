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
  made.RM = 1; // half-up, for any call that omits the mode (core names the mode everywhere)
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
 * precision 40 and ROUND_HALF_UP. The quotient's first digit is at 10^e, which the operands'
 * exponents and leading digits give exactly; then its first 41 digits, and the 41st rounds the
 * 40th. Not big.js's `div`: that divides to a number of decimal places, digit by digit with
 * arrays, about 6× decimal.js's time for a 40-digit quotient; this takes about decimal.js's
 * time (a JS-number division for the usual short divisor, a BigInt one for a long one).
 * `b` must not be zero.
 */
export function quotient(a: DecimalValue, b: DecimalValue): DecimalValue {
  const result = new D('0');
  result.s = a.s * b.s < 0 ? -1 : 1;
  if (a.c[0] === 0) return result;
  const e = a.e - b.e - (digitsBelow(a.c, b.c) ? 1 : 0);
  const digits = b.c.length <= 14 ? shortDivision(a.c, b.c) : longDivision(a, b, e);
  // Half-up on the 41st digit (the digits are truncated, so a 5 there is a tie or above it).
  let first = e;
  if (digits.length > QUOTIENT_DIGITS) {
    const next = digits.pop() as number;
    if (next >= 5) {
      let k = digits.length - 1;
      while (k >= 0 && digits[k] === 9) {
        digits[k] = 0;
        k -= 1;
      }
      if (k >= 0) digits[k] = (digits[k] as number) + 1;
      else {
        digits.unshift(1); // 999…9 rounded up: 1000…0, one place higher
        first += 1;
      }
    }
  }
  while (digits.length > 1 && digits[digits.length - 1] === 0) digits.pop();
  result.c = digits;
  result.e = first;
  return result;
}

/**
 * The first 41 significant digits of a / b (truncated; fewer when the division ends), for a
 * divisor of at most 14 digits: schoolbook division in JS numbers, whose remainders stay below
 * 10^15 and so exact.
 */
function shortDivision(a: readonly number[], b: readonly number[]): number[] {
  let divisor = 0;
  for (const digit of b) divisor = divisor * 10 + digit;
  const digits: number[] = [];
  let rest = 0;
  for (let i = 0; digits.length <= QUOTIENT_DIGITS; i += 1) {
    if (i >= a.length && rest === 0) break;
    rest = rest * 10 + (a[i] ?? 0);
    let digit = Math.floor(rest / divisor);
    if (digit * divisor > rest) digit -= 1;
    else if (rest - digit * divisor >= divisor) digit += 1;
    rest -= digit * divisor;
    if (digits.length > 0 || digit > 0) digits.push(digit);
  }
  return digits;
}

/** The same for any divisor: one BigInt division scaled to end at the 41st digit. */
function longDivision(a: DecimalValue, b: DecimalValue, e: number): number[] {
  const last = e - QUOTIENT_DIGITS; // the place of the 41st digit
  // a = A × 10^(a.e − |A| + 1), b likewise; A / B × 10^shift is the quotient in units of 10^last.
  const shift = a.e - a.c.length + 1 - (b.e - b.c.length + 1) - last;
  let num = BigInt(a.c.join(''));
  let den = BigInt(b.c.join(''));
  if (shift >= 0) num *= tenTo(shift);
  else den *= tenTo(-shift);
  const text = (num / den).toString();
  const digits: number[] = new Array<number>(text.length);
  for (let i = 0; i < text.length; i += 1) digits[i] = text.charCodeAt(i) - 48;
  return digits;
}

/** Powers of ten as bigints, made once: a quotient's scale is below 100 for amounts. */
const tensCache: bigint[] = [];
function tenTo(n: number): bigint {
  if (n >= 100) return 10n ** BigInt(n);
  let power = tensCache[n];
  if (power === undefined) {
    power = 10n ** BigInt(n);
    tensCache[n] = power;
  }
  return power;
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
