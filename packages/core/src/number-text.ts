import { Exact, exactFromCents } from './exact.js';
import type { Finding, Path } from './finding.js';
import { err, ok, type Result } from './result.js';
import type { RoundingMode } from './rounding.js';
import { plainCents } from './plain-cents.js';
import { parseMoneyUnit, type MoneyUnit } from './units.js';

/**
 * The two locales styrkit writes and reads: Swedish (default) and English.
 *
 * @example
 * ```ts
 * import type { NumberLocale } from '@styrkit/core';
 * const locale: NumberLocale = 'sv';
 * ```
 */
export type NumberLocale = 'sv' | 'en';

/**
 * A number read from text, with what the text said around it.
 *
 * @example
 * ```ts
 * import { parseNumber } from '@styrkit/core';
 * const r = parseNumber('ca 3,5 mnkr');
 * if (r.ok && r.value.kind === 'number') r.value.estimate; // true
 * ```
 */
export interface ParsedNumber {
  /** Discriminator. */
  readonly kind: 'number';
  /** The exact value as written (a percentage stays in percent units: "67,15 %" is 67.15). */
  readonly value: Exact;
  /** Marked as an estimate ("ca", "cirka", "~"). */
  readonly estimate: boolean;
  /** Followed by a percent sign. */
  readonly percent: boolean;
  /** The unit after the number, normalised ("kkr" → "tkr"), when one was written. */
  readonly unit?: string;
  /** The text as given. */
  readonly raw: string;
}

/**
 * A cell that says the value is unknown. Never zero. Core gives every one of these marks this
 * one meaning: "?" (not known), a lone dash "-", "–", "—" or "−" (no figure given; core does
 * not tell "not applicable" from "not known"), empty text, and the statistics marks "x", "X",
 * "..", "n/a". `raw` keeps the mark as written, so a format that gives a dash a stronger
 * meaning (pm3's budget matrix: an empty cell, nothing there) can decide that before summing,
 * and documents it.
 *
 * @example
 * ```ts
 * import { parseNumber } from '@styrkit/core';
 * const r = parseNumber('?');
 * r.ok && r.value.kind; // 'unknown'
 * ```
 */
export interface UnknownNumber {
  /** Discriminator. */
  readonly kind: 'unknown';
  /** The text as given. */
  readonly raw: string;
}

const otherSpace = /\s/;

function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return (
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009 ||
    code === 0x2007 ||
    otherSpace.test(String.fromCharCode(code))
  );
}

/**
 * @internal Every run of white space (any `\s`, no-break and thin spaces) as one plain space, in one
 * pass. (A global `replace` with many short matches grew faster than the text.)
 */
export function collapseSpaces(text: string): string {
  const n = text.length;
  let i = 0;
  for (; i < n; i += 1) {
    const code = text.charCodeAt(i);
    if (isSpace(code) && (code !== 32 || (i + 1 < n && isSpace(text.charCodeAt(i + 1))))) break;
  }
  if (i === n) return text;
  const out = new Uint16Array(n);
  let k = 0;
  let inSpace = false;
  for (let j = 0; j < n; j += 1) {
    const code = text.charCodeAt(j);
    if (isSpace(code)) {
      if (!inSpace) out[k++] = 32;
      inSpace = true;
    } else {
      out[k++] = code;
      inSpace = false;
    }
  }
  const parts: string[] = [];
  for (let from = 0; from < k; from += 8192) {
    parts.push(String.fromCharCode(...out.subarray(from, Math.min(k, from + 8192))));
  }
  return parts.join('');
}
const unknownMarks = new Set(['', '?', '-', '–', '—', '−', 'x', 'X', '..', 'n/a']);
const estimatePrefix = /^(ca\.?|c:a|cirka|circa|approx\.?|about|~|≈)\s*/i;
const otherUnits = new Map<string, string>([
  ['h', 'h'],
  ['tim', 'h'],
  ['st', 'st'],
  ['år', 'år'],
  ['mån', 'mån'],
  ['eur', 'EUR'],
  ['årsarbeten', 'FTE'],
  ['årsarbete', 'FTE'],
  ['fte', 'FTE'],
  ['personer', 'personer'],
  ['timmar', 'h'],
]);
const svBody = /^(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/;
const svPointBody = /^(\d+)\.(\d{1,2}|\d{4,})$/;
const enBody = /^(\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(\d+))?$/;

function isUnitLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    code === 0xe5 || // å
    code === 0xe4 || // ä
    code === 0xf6 || // ö
    code === 0xc5 || // Å
    code === 0xc4 || // Ä
    code === 0xd6 // Ö
  );
}

const oneSpace = /\s/;

/**
 * @internal Where a trailing unit or percent sign starts: the same match as the regular
 * expression `/\s?(%|[a-zA-ZåäöÅÄÖ][a-zA-ZåäöÅÄÖ ]*\.?)$/`, found in one backward scan.
 * (That expression, tried at every start position, took quadratic time on text such as
 * `'a '.repeat(40000) + '1'`.) `start` is where the match begins (with its optional
 * whitespace), `word` where the unit itself begins.
 */
export function findSuffix(text: string): { start: number; word: number } | undefined {
  const end = text.length;
  if (end === 0) return undefined;
  let word: number;
  if (text.charCodeAt(end - 1) === 37 /* % */) {
    word = end - 1;
  } else {
    let i = end;
    if (text.charCodeAt(i - 1) === 46 /* . */) i -= 1;
    // The leftmost letter of the run of letters and spaces that ends the text.
    word = -1;
    while (i > 0) {
      const code = text.charCodeAt(i - 1);
      if (isUnitLetter(code)) word = i - 1;
      else if (code !== 32) break;
      i -= 1;
    }
    if (word < 0) return undefined;
  }
  const start = word > 0 && oneSpace.test(text.charAt(word - 1)) ? word - 1 : word;
  return { start, word };
}

/**
 * The most digits a number text may have (the decimal point aside). No amount, count or rate
 * comes near it (a division's 40 significant digits fit twice), and it bounds what a user's
 * text can cost later: multiplying two numbers takes time in the product of their digits, so
 * two 20 000-digit amounts took 1.2 s.
 */
const MAX_NUMBER_TEXT_DIGITS = 100;

function invalid(raw: string, path: Path, why: { sv: string; en: string }): Finding {
  return {
    code: 'core/invalid-number',
    severity: 'error',
    path,
    message: { sv: `"${raw}" är inget tal: ${why.sv}`, en: `"${raw}" is not a number: ${why.en}` },
    expected: 'number',
    actual: raw,
  };
}

function readUnit(word: string): string | undefined {
  const money: MoneyUnit | undefined = parseMoneyUnit(word);
  if (money !== undefined) return money;
  return otherUnits.get(word.toLowerCase());
}

function readBody(body: string, locale: NumberLocale): string | undefined {
  if (locale === 'sv') {
    const m = svBody.exec(body);
    if (m) return `${(m[1] ?? '').replace(/ /g, '')}${m[2] === undefined ? '' : `.${m[2]}`}`;
    // A decimal point in Swedish text is read only where it cannot be a thousands separator.
    const p = svPointBody.exec(body);
    if (p) return `${p[1] ?? ''}.${p[2] ?? ''}`;
    return undefined;
  }
  const m = enBody.exec(body);
  if (m) return `${(m[1] ?? '').replace(/[, ]/g, '')}${m[2] === undefined ? '' : `.${m[2]}`}`;
  return undefined;
}

/**
 * Reads a number the way Swedish (or English) documents write it: "45 100", "1,5", "−9 722",
 * "-16,3", "67,15 %", "ca 3,5", "22,7 mnkr". "?", a lone dash ("-", "–", "—", "−"), empty text
 * and "x", "..", "n/a" are all {@link UnknownNumber} (unknown, never zero: `sumKnown` counts
 * them and adds nothing); "0" is zero. Never throws: text that is not a number gives a
 * `core/invalid-number` finding (expected `number`, actual the text as written), as does a
 * number of more than 100 digits.
 *
 * @example
 * ```ts
 * import { parseNumber } from '@styrkit/core';
 * const r = parseNumber('−9 722');
 * if (r.ok && r.value.kind === 'number') r.value.value.toString(); // '-9722'
 * const dash = parseNumber('-');
 * dash.ok && dash.value.kind; // 'unknown'
 * ```
 */
export function parseNumber(
  text: string,
  options?: { locale?: NumberLocale; path?: Path },
): Result<ParsedNumber | UnknownNumber, Finding[]> {
  const locale = options?.locale ?? 'sv';
  // Small on purpose, so an engine can inline it where a million cells are read: the common
  // shapes go straight to öre, everything else to the general reader.
  const cents = plainCents(text, locale);
  if (cents === null) return readNumberText(text, locale, options?.path ?? []);
  return ok({
    kind: 'number',
    value: cents === 0 ? Exact.ZERO : exactFromCents(cents),
    estimate: false,
    percent: false,
    raw: text,
  });
}

/**
 * @internal The general reader behind {@link parseNumber}, for any text: spaces, estimate
 * marks, signs, units and percent, unknown marks, findings. Gives the same value as the fast
 * path wherever that one reads the text (a property test holds them equal).
 */
export function readNumberText(
  text: string,
  locale: NumberLocale,
  path: Path,
): Result<ParsedNumber | UnknownNumber, Finding[]> {
  const raw = text;
  let rest = collapseSpaces(text).trim();
  if (unknownMarks.has(rest)) return ok({ kind: 'unknown', raw });

  let estimate = false;
  const prefix = estimatePrefix.exec(rest);
  if (prefix) {
    estimate = true;
    rest = rest.slice(prefix[0].length);
  }

  let negative = false;
  const sign = /^([-−–+])\s?/.exec(rest);
  if (sign) {
    negative = sign[1] !== '+';
    rest = rest.slice(sign[0].length);
  }

  let percent = false;
  let unit: string | undefined;
  const suffix = findSuffix(rest);
  if (suffix !== undefined) {
    const word = rest.slice(suffix.word).trim();
    if (word === '%') percent = true;
    else {
      unit = readUnit(word);
      if (unit === undefined) {
        return err([
          invalid(raw, path, { sv: `okänd enhet "${word}"`, en: `unknown unit "${word}"` }),
        ]);
      }
    }
    rest = rest.slice(0, suffix.start).trim();
  }

  const plain = readBody(rest, locale);
  if (plain === undefined) {
    return err([
      invalid(raw, path, {
        sv: 'skriv siffror med mellanslag mellan tusental och kommatecken före decimaler',
        en: 'write digits with thousands grouped and a decimal point',
      }),
    ]);
  }
  if (plain.length - (plain.includes('.') ? 1 : 0) > MAX_NUMBER_TEXT_DIGITS) {
    // Quoted shortened: the whole text would make a message as long as the number.
    const shown = `${raw.slice(0, 24)}…`;
    return err([
      {
        ...invalid(shown, path, {
          sv: `högst ${String(MAX_NUMBER_TEXT_DIGITS)} siffror`,
          en: `at most ${String(MAX_NUMBER_TEXT_DIGITS)} digits`,
        }),
        actual: raw,
      },
    ]);
  }
  const value = Exact.of(negative ? `-${plain}` : plain);
  return ok({
    kind: 'number',
    value: value.isZero() ? Exact.ZERO : value,
    estimate,
    percent,
    ...(unit === undefined ? {} : { unit }),
    raw,
  });
}

/**
 * How to write a number: locale, and optionally an exact count of decimals with the rounding
 * mode to reach it (default half-up).
 *
 * @example
 * ```ts
 * import { formatNumber, exact, type FormatOptions } from '@styrkit/core';
 * const o: FormatOptions = { locale: 'en', decimals: 1, mode: 'truncate' };
 * formatNumber(exact('-16.376'), o); // '-16.3'
 * ```
 */
export interface FormatOptions {
  /** Swedish (default) or English. */
  readonly locale?: NumberLocale;
  /** Exactly this many decimals; by default as many as the value has. */
  readonly decimals?: number;
  /** Rounding used to reach `decimals`; default half-up. */
  readonly mode?: RoundingMode;
}

const MAX_DECIMALS = 20;

/**
 * Writes a number for people: sv "45 100", "1,5", "−16,4" (no-break space between thousands,
 * true minus sign); en "45,100", "1.5", "-16.4". The value is rounded explicitly first, so
 * the text is exact for any size (no float conversion).
 *
 * @example
 * ```ts
 * import { exact, formatNumber } from '@styrkit/core';
 * formatNumber(exact('45100')); // '45 100' (with a no-break space)
 * formatNumber(exact('1.5'), { locale: 'en' }); // '1.5'
 * ```
 */
export function formatNumber(value: Exact, options: FormatOptions = {}): string {
  const locale = options.locale ?? 'sv';
  // At most 20 decimals (what Intl in Node 20 writes); anything finer is rounded for display.
  const decimals = Math.min(options.decimals ?? value.decimalPlaces(), MAX_DECIMALS);
  const rounded =
    options.decimals === undefined && decimals === value.decimalPlaces()
      ? value
      : value.round(decimals, options.mode ?? 'half-up');
  // As Intl.NumberFormat did: a negative count of decimals is refused.
  if (decimals < 0) throw new RangeError('maximumFractionDigits value is out of range.');
  return groupedText(rounded.toString(), locale, decimals);
}

/**
 * @internal Plain decimal text ("-1234567.5") as `Intl.NumberFormat` writes it for sv-SE
 * ("−1 234 567,50") or en-GB ("-1,234,567.50") with exactly `decimals` decimals, for text
 * that already has at most that many. Written by hand because finding messages format tens of
 * thousands of figures and Intl takes microseconds each; a test holds it equal to Intl.
 */
export function groupedText(plain: string, locale: NumberLocale, decimals: number): string {
  const negative = plain.charCodeAt(0) === 45; /* - */
  const body = negative ? plain.slice(1) : plain;
  const point = body.indexOf('.');
  const whole = point < 0 ? body : body.slice(0, point);
  let fraction = point < 0 ? '' : body.slice(point + 1);
  if (fraction.length < decimals) fraction += '0'.repeat(decimals - fraction.length);
  const sv = locale === 'sv';
  let grouped = whole;
  if (whole.length > 3) {
    const separator = sv ? '\u00a0' : ',';
    const head = whole.length % 3 || 3;
    grouped = whole.slice(0, head);
    for (let i = head; i < whole.length; i += 3) grouped += separator + whole.slice(i, i + 3);
  }
  const sign = negative ? (sv ? '\u2212' : '-') : '';
  return fraction === '' ? sign + grouped : `${sign}${grouped}${sv ? ',' : '.'}${fraction}`;
}

/**
 * Writes a percentage given in percent units: sv "67,15 %", en "67.15%".
 *
 * @example
 * ```ts
 * import { exact, formatPercent } from '@styrkit/core';
 * formatPercent(exact('67.15')); // '67,15 %' (with a no-break space)
 * ```
 */
export function formatPercent(value: Exact, options: FormatOptions = {}): string {
  const number = formatNumber(value, options);
  return (options.locale ?? 'sv') === 'sv' ? `${number}\u00a0%` : `${number}%`;
}

/**
 * Writes an amount with its unit: "−16,4 mnkr", "45 100 kkr".
 *
 * @example
 * ```ts
 * import { exact, formatMoney } from '@styrkit/core';
 * formatMoney(exact('-16.376'), { unit: 'mnkr', decimals: 1, mode: 'truncate' }); // '−16,3 mnkr'
 * ```
 */
export function formatMoney(
  value: Exact,
  options: FormatOptions & { readonly unit: MoneyUnit | 'kkr' },
): string {
  return `${formatNumber(value, options)}\u00a0${options.unit}`;
}
