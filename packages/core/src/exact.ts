import { BRAND, isExact } from './brand.js';
import {
  decimal,
  decimalOfBigint,
  isNegativeDecimal,
  isZeroDecimal,
  placesOf,
  quotient,
  roundTo,
  type DecimalValue,
} from './decimal.js';
import { toEngineRounding, type RoundingMode } from './rounding.js';

// Re-exported here so `exact.js` stays the module of everything Exact; the check itself lives
// in brand.js, which does not bundle the class.
export { isExact };

/**
 * Anything {@link Exact.of} accepts: an Exact, a plain decimal string, a safe integer or a
 * bigint.
 *
 * @example
 * ```ts
 * import { exact, type ExactLike } from '@styrkit/core';
 * const amounts: ExactLike[] = ['45100.50', 12, 10n, exact('3')];
 * ```
 */
export type ExactLike = Exact | string | number | bigint;

/** Node's `util.inspect` hook, looked up by registry key so core needs no `node:util`. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Access to an Exact's decimal for core's own algorithms; set by the class below. */
let internals: {
  decimalOf(value: Exact): DecimalValue;
  fromDecimal(value: DecimalValue): Exact;
  fromCents(cents: number): Exact;
};

/** @internal The decimal of a value, for core's own algorithms (not exported by the package). */
export function decimalOf(value: Exact): DecimalValue {
  return internals.decimalOf(value);
}

/** @internal Wraps a decimal produced inside core (not exported by the package). */
export function exactFromDecimal(value: DecimalValue): Exact {
  return internals.fromDecimal(value);
}

/** @internal A value given in hundredths (a safe integer), as core's readers compute it. */
export function exactFromCents(cents: number): Exact {
  return internals.fromCents(cents);
}

/** 100 and 2^53 − 1 as decimals, for {@link Exact.cents} (strict big.js takes no JS numbers). */
const HUNDRED = decimal('100');
const MAX_SAFE = decimal(String(Number.MAX_SAFE_INTEGER));

const plainDecimal = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/**
 * The value in öre of text with an optional minus, 1–13 digits and at most two decimals
 * (`/^-?\d{1,13}(\.\d{1,2})?$/`, so the öre are a safe integer), read in one scan without a
 * match array; null for any other text (which then takes the general path).
 */
function centsOf(text: string): number | null {
  const n = text.length;
  let i = 0;
  let negative = false;
  if (n > 0 && text.charCodeAt(0) === 45 /* - */) {
    negative = true;
    i = 1;
  }
  const digitsFrom = i;
  let whole = 0;
  for (; i < n; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
  }
  const digits = i - digitsFrom;
  if (digits === 0 || digits > 13) return null;
  let fraction = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 /* . */ || n - i - 1 < 1 || n - i - 1 > 2) return null;
    for (let j = i + 1; j < n; j += 1) {
      const digit = text.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) return null;
      fraction = fraction * 10 + digit;
    }
    if (n - i - 1 === 1) fraction *= 10;
  }
  const cents = whole * 100 + fraction;
  return negative && cents !== 0 ? -cents : cents;
}

/** Plain decimal text of a value in öre: 123456 → "1234.56", -5 → "-0.05", 120 → "1.2". */
function centsText(cents: number): string {
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  let text = String(whole);
  if (fraction !== 0) {
    text +=
      fraction % 10 === 0 ? `.${String(fraction / 10)}` : `.${String(fraction).padStart(2, '0')}`;
  }
  return negative ? `-${text}` : text;
}

/**
 * An exact, immutable decimal number: money, full-time equivalents, hours, percentages.
 *
 * Arithmetic is exact except division, which keeps 40 significant digits; round the result
 * explicitly with {@link Exact.round}. Values cross JSON as strings ({@link Exact.toJSON}).
 *
 * Misuse fails loudly: JS operators that want a number (`a > b`, `a + 1`, `+a`, `Number(a)`)
 * throw a TypeError instead of comparing or concatenating text; use {@link Exact.compare},
 * {@link Exact.gt}, {@link Exact.plus}. Text conversion (`${a}`, `String(a)`) gives
 * {@link Exact.toString}; `console.log` shows `Exact(12.5)`.
 *
 * `structuredClone` (and `postMessage`, worker transfer) keep no class or private state: the
 * clone of an Exact is an empty object. Send `value.toJSON()` (the plain decimal string) and
 * read it back with {@link exact}.
 *
 * @example
 * ```ts
 * import { Exact } from '@styrkit/core';
 * const total = Exact.of('7100').plus('10500').plus('24500').plus('3000');
 * total.toString(); // '45100'
 * ```
 */
export class Exact {
  /** Zero. */
  static readonly ZERO: Exact = new Exact(decimal('0'), 0);
  /** One. */
  static readonly ONE: Exact = new Exact(decimal('1'), 100);

  static {
    // Core's own modules reach the decimal through these functions rather than public
    // members, so no type of the decimal engine appears in the published declarations.
    internals = {
      decimalOf: (value) => Exact.#dec(Exact.of(value)),
      fromDecimal: (value) => new Exact(value),
      fromCents: (cents) => new Exact(undefined, Object.is(cents, -0) ? 0 : cents),
    };
    // On the prototype, not in the public type: the brand and the inspect hook are looked up
    // by registry symbols, which the declarations need not name.
    Object.defineProperty(Exact.prototype, BRAND, { value: true });
    Object.defineProperty(Exact.prototype, INSPECT, {
      value(this: Exact): string {
        return `Exact(${this.toString()})`;
      },
    });
  }

  /**
   * `instanceof Exact` holds for the Exact of any loaded copy of core (see {@link isExact}).
   *
   * @example
   * ```ts
   * import { Exact, exact } from '@styrkit/core';
   * exact('1') instanceof Exact; // true
   * ```
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return isExact(value);
  }

  /**
   * The decimal, or the plain decimal text it will be made from: a value read from text with
   * at most two decimals is carried as öre (and its text) until some operation needs the
   * decimal, so reading and summing a million amounts never builds a million decimals.
   * Undefined when only the öre are known (the decimal is then made from them).
   */
  #value: DecimalValue | string | undefined;
  /** The value in hundredths (öre) when that is a safe integer; computed lazily, cached. */
  #cents: number | null | undefined;

  private constructor(value: DecimalValue | string | undefined, cents?: number | null) {
    this.#value = value;
    this.#cents = cents;
  }

  /**
   * The decimal of a value, made from its text or öre on first use. Static, not an instance
   * method: for a class with a private instance method V8 stores a brand in every instance,
   * which made each Exact 48 bytes instead of 40 (and a million of them slower to keep).
   */
  static #dec(of: Exact): DecimalValue {
    const value = of.#value;
    if (typeof value === 'object') return value;
    const made = decimal(value === undefined ? centsText(of.#cents as number) : value);
    of.#value = made;
    return made;
  }

  /**
   * Makes an Exact from a plain decimal string ("45100", "-16.3"), a safe integer or a bigint.
   * Throws RangeError for anything else: this is for program values; user text goes through
   * {@link parseNumber}, which returns findings instead. A JS number with a fraction (`1.5`)
   * or beyond ±2^53 is refused because floats are not amounts: write the amount as text
   * (`'1.5'`), or use {@link Exact.fromLiteral} for a number a data file wrote.
   * An Exact made by another loaded copy of core is read through its text.
   *
   * @example
   * ```ts
   * import { Exact } from '@styrkit/core';
   * Exact.of('1.5').times(2).toString(); // '3'
   * Exact.of(12).toString(); // '12'
   * ```
   */
  static of(value: ExactLike): Exact {
    if (typeof value === 'string') {
      const cents = centsOf(value);
      if (cents !== null) return new Exact(value, cents);
    } else if (typeof value === 'object') {
      if (#value in value) return value;
      const foreign: unknown = value;
      if (isExact(foreign)) return Exact.of(foreign.toString());
      throw new TypeError('Not an Exact');
    } else if (typeof value === 'bigint') return new Exact(decimalOfBigint(value));
    else if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) {
        throw new RangeError(
          `exact(${String(value)}): floats are not amounts; pass text ('1.5'), ` +
            "or a data file's number to Exact.fromLiteral",
        );
      }
      if (value === 0) return Exact.ZERO;
      const cents = value * 100;
      return Number.isSafeInteger(cents)
        ? new Exact(undefined, cents)
        : new Exact(decimal(String(value)), null);
    } else {
      throw new TypeError(`Not a number: ${typeof value}`);
    }
    const text = value.trim();
    if (!plainDecimal.test(text)) throw new RangeError(`Not a plain decimal number: "${value}"`);
    return Exact.#fromString(text);
  }

  /**
   * A number as a data file wrote it (YAML `1.5`, JSON `0.1`): the value of its shortest
   * decimal text, which for a literal a person typed is exactly that literal. For readers of
   * data formats only; program code passes amounts as text or integers to {@link Exact.of}.
   * Throws RangeError for NaN and infinities, and for integers beyond ±2^53 (their digits
   * are already lost).
   *
   * @example
   * ```ts
   * import { Exact } from '@styrkit/core';
   * Exact.fromLiteral(0.1).plus(Exact.fromLiteral(0.2)).toString(); // '0.3'
   * ```
   */
  static fromLiteral(value: number): Exact {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${String(value)}`);
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw new RangeError(
        `${String(value)} is beyond ±2^53: its digits are lost; write it as text`,
      );
    }
    if (Number.isSafeInteger(value)) return Exact.of(value);
    // String(n) is the shortest text that reads back as n.
    return Exact.#fromString(String(value));
  }

  /** Plain decimal text: kept as text with its öre when it has them, else a decimal now. */
  static #fromString(text: string): Exact {
    const cents = centsOf(text);
    return cents === null ? new Exact(decimal(text)) : new Exact(text, cents);
  }

  /**
   * The value in hundredths as a safe integer, or null when it has more than two decimals or
   * is too large. Used by {@link sum}'s integer fast path.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('12.34').cents; // 1234
   * ```
   */
  get cents(): number | null {
    if (this.#cents === undefined) {
      const scaled = Exact.#dec(this).times(HUNDRED);
      this.#cents =
        placesOf(scaled) === 0 && scaled.abs().lte(MAX_SAFE) ? Number(scaled.toFixed()) : null;
    }
    return this.#cents;
  }

  /**
   * Sum of this and another value.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('0.1').plus('0.2').toString(); // '0.3'
   * ```
   */
  plus(other: ExactLike): Exact {
    const that = Exact.of(other);
    const a = this.#cents;
    const b = that.#cents;
    if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b)) {
      return new Exact(undefined, a + b);
    }
    return new Exact(Exact.#dec(this).plus(Exact.#dec(that)));
  }

  /**
   * This minus another value.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('22.9').minus('22.7').toString(); // '0.2'
   * ```
   */
  minus(other: ExactLike): Exact {
    const that = Exact.of(other);
    const a = this.#cents;
    const b = that.#cents;
    if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a - b)) {
      return new Exact(undefined, a - b);
    }
    return new Exact(Exact.#dec(this).minus(Exact.#dec(that)));
  }

  /**
   * Product of this and another value (exact).
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('1.5').times('0.5').toString(); // '0.75'
   * ```
   */
  times(other: ExactLike): Exact {
    return new Exact(Exact.#dec(this).times(Exact.#dec(Exact.of(other))));
  }

  /**
   * Quotient to 40 significant digits (ties away from zero); round the result explicitly.
   * Throws RangeError on a zero divisor (a programmer error: check {@link Exact.isZero} first).
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('1').dividedBy('3').round(4, 'half-up').toString(); // '0.3333'
   * ```
   */
  dividedBy(other: ExactLike): Exact {
    const divisor = Exact.of(other);
    if (divisor.isZero()) throw new RangeError('Division by zero');
    return new Exact(quotient(Exact.#dec(this), Exact.#dec(divisor)));
  }

  /**
   * The value with its sign flipped.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('9722').negated().toString(); // '-9722'
   * ```
   */
  negated(): Exact {
    return new Exact(Exact.#dec(this).neg());
  }

  /**
   * The absolute value.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('-3').abs().toString(); // '3'
   * ```
   */
  abs(): Exact {
    return new Exact(Exact.#dec(this).abs());
  }

  /**
   * -1, 0 or 1 as this is less than, equal to or greater than the other value.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('2').compare('10'); // -1
   * ```
   */
  compare(other: ExactLike): -1 | 0 | 1 {
    const that = Exact.of(other);
    const a = this.#cents;
    const b = that.#cents;
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
    return Exact.#dec(this).cmp(Exact.#dec(that));
  }

  /**
   * Numeric equality ("1.50" equals "1.5").
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('1.50').equals('1.5'); // true
   * ```
   */
  equals(other: ExactLike): boolean {
    return this.compare(other) === 0;
  }

  /**
   * Whether this is less than the other value.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('32.85').lt('33'); // true
   * ```
   */
  lt(other: ExactLike): boolean {
    return this.compare(other) < 0;
  }

  /**
   * Whether this is less than or equal to the other value.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('7').lte('7'); // true
   * ```
   */
  lte(other: ExactLike): boolean {
    return this.compare(other) <= 0;
  }

  /**
   * Whether this is greater than the other value.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('7894').gt('6778'); // true
   * ```
   */
  gt(other: ExactLike): boolean {
    return this.compare(other) > 0;
  }

  /**
   * Whether this is greater than or equal to the other value.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('33').gte('33'); // true
   * ```
   */
  gte(other: ExactLike): boolean {
    return this.compare(other) >= 0;
  }

  /**
   * Whether the value is zero.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('0.00').isZero(); // true
   * ```
   */
  isZero(): boolean {
    const cents = this.#cents;
    if (typeof cents === 'number') return cents === 0;
    return isZeroDecimal(Exact.#dec(this));
  }

  /**
   * Whether the value is below zero.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('-1').isNegative(); // true
   * ```
   */
  isNegative(): boolean {
    const cents = this.#cents;
    if (typeof cents === 'number') return cents < 0;
    return isNegativeDecimal(Exact.#dec(this));
  }

  /**
   * Whether the value is above zero.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('0').isPositive(); // false
   * ```
   */
  isPositive(): boolean {
    const cents = this.#cents;
    if (typeof cents === 'number') return cents > 0;
    const value = Exact.#dec(this);
    return value.s > 0 && !isZeroDecimal(value);
  }

  /**
   * Whether the value is a whole number.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('7894').isInteger(); // true
   * ```
   */
  isInteger(): boolean {
    const cents = this.#cents;
    if (typeof cents === 'number') return cents % 100 === 0;
    return placesOf(Exact.#dec(this)) === 0;
  }

  /**
   * Rounds to a number of decimals with a named mode. Idempotent: rounding a rounded value
   * with the same arguments changes nothing.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('-16.376').round(1, 'half-up').toString(); // '-16.4'
   * exact('-16.376').round(1, 'truncate').toString(); // '-16.3'
   * ```
   */
  round(decimals: number, mode: RoundingMode): Exact {
    if (!Number.isInteger(decimals))
      throw new RangeError(`decimals must be an integer: ${decimals}`);
    // A value in öre already has at most two decimals: rounding to two or more changes nothing.
    if (decimals >= 2 && typeof this.#cents === 'number') return this;
    // Negative decimals round to tens, hundreds, ... (exactly: big.js rounds to a place).
    const value = Exact.#dec(this);
    return new Exact(roundTo(value, decimals, toEngineRounding(mode, value.s < 0)));
  }

  /**
   * How many decimals the value has (trailing zeros do not count).
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('67.150').decimalPlaces(); // 2
   * ```
   */
  decimalPlaces(): number {
    const cents = this.#cents;
    if (typeof cents === 'number') return cents % 100 === 0 ? 0 : cents % 10 === 0 ? 1 : 2;
    return placesOf(Exact.#dec(this));
  }

  /**
   * Plain decimal notation without exponent: "45100", "-16.3".
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('1e3').toString(); // '1000'
   * ```
   */
  toString(): string {
    const value = this.#value;
    if (typeof value === 'object') return value.toFixed();
    const cents = this.#cents;
    if (typeof cents === 'number') return centsText(cents);
    return Exact.#dec(this).toFixed();
  }

  /**
   * Plain notation with exactly `decimals` decimals after rounding with `mode`.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('67.1').toFixed(2, 'half-up'); // '67.10'
   * ```
   */
  toFixed(decimals: number, mode: RoundingMode): string {
    const value = Exact.#dec(this);
    return value.toFixed(decimals, toEngineRounding(mode, value.s < 0));
  }

  /**
   * JSON form: the plain decimal string, so amounts never become JS floats in transit.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * JSON.stringify({ total: exact('45100') }); // '{"total":"45100"}'
   * ```
   */
  toJSON(): string {
    return this.toString();
  }

  /**
   * Conversion for JS operators: text (`${value}`, `String(value)`) is the plain decimal
   * string; a number or default hint (`a > b`, `a + 1`, `+a`) throws a TypeError, so a
   * comparison or sum written with operators fails instead of comparing or joining text.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * `${exact('12.50')} kr`; // '12.5 kr'
   * ```
   */
  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    throw new TypeError(
      `Exact(${this.toString()}) cannot be used as a JS number (>, +, ==): use .compare, .plus, ` +
        '.equals, or .toString() for text',
    );
  }

  /**
   * A JS number, lossy: for chart coordinates and display ratios only, never for amounts.
   *
   * @example
   * ```ts
   * import { exact } from '@styrkit/core';
   * exact('67.15').toNumber(); // 67.15
   * ```
   */
  toNumber(): number {
    // Through the text: big.js's strict toNumber refuses a lossy conversion, which this is.
    // big.js prints minus zero as "0"; the number keeps its sign, as it always did.
    const value = Exact.#dec(this);
    const n = Number(value.toString());
    return n === 0 && value.s < 0 ? -0 : n;
  }
}

/**
 * Shorthand for {@link Exact.of}.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * exact('45100').plus(exact('2040')).toString(); // '47140'
 * ```
 */
export function exact(value: ExactLike): Exact {
  return Exact.of(value);
}
