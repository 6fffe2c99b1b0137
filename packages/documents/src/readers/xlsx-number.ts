import { exact } from '@styrkit/core';

const PLAIN = /^-?\d+(?:\.\d+)?$/;
const SCIENTIFIC = /^([+-]?)(\d+)(?:\.(\d*))?[eE]([+-]?\d{1,3})$/;

/**
 * A stored number as an exact plain decimal string, by moving the decimal point in the text:
 * "1.5E-3" → "0.0015". The value never passes through a JS number. Undefined when the text is
 * no number.
 *
 * @example
 * ```ts
 * plainDecimal('-9722.5'); // '-9722.5'
 * ```
 */
export function plainDecimal(stored: string): string | undefined {
  const text = stored.trim();
  if (PLAIN.test(text)) return text === '-0' ? '0' : text;
  const m = SCIENTIFIC.exec(text);
  if (m === null) return undefined;
  const [, sign = '', int = '', frac = '', exp = '0'] = m;
  const digits = int + frac;
  const point = int.length + Number.parseInt(exp, 10);
  let whole: string;
  let decimals: string;
  if (point <= 0) {
    whole = '0';
    decimals = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    whole = digits + '0'.repeat(point - digits.length);
    decimals = '';
  } else {
    whole = digits.slice(0, point);
    decimals = digits.slice(point);
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  decimals = decimals.replace(/0+$/, '');
  const body = decimals === '' ? whole : `${whole}.${decimals}`;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/** A number format section, reduced to what a committee table needs. */
interface Section {
  readonly prefix: string;
  readonly suffix: string;
  readonly minInt: number;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly grouping: boolean;
  readonly scale: number;
  readonly percent: boolean;
  /** A section of text only ("–" for zero): shown as it is. */
  readonly literal: boolean;
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] ?? '';
    if (c === '"') quoted = !quoted;
    if (c === '\\' && !quoted) {
      current += c + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === ';' && !quoted) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

/**
 * Parses one section; undefined for what is not a plain number format (dates, times,
 * fractions, scientific, text), so the caller shows the raw value instead of guessing.
 */
function parseSection(section: string): Section | undefined {
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let seenNumber = false;
  let percent = false;
  for (let i = 0; i < section.length; i++) {
    const c = section[i] ?? '';
    const literal = (text: string): void => {
      if (seenNumber) suffix += text;
      else prefix += text;
    };
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (c === '\\') {
      literal(section[i + 1] ?? '');
      i++;
    } else if (c === '_' || c === '*') {
      i++; // padding and fill characters take room, not text
    } else if (c === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      // [$kr-41D] is a currency text; [Red] and [$-41D] are colour and locale.
      const currency = /^\$([^-]*)/.exec(inner)?.[1];
      if (currency !== undefined) literal(currency);
      i = end < 0 ? section.length : end;
    } else if (
      '0#?,.'.includes(c) ||
      (c === ' ' && /[0#?]/.test(section[i + 1] ?? '') && /[0#?]$/.test(pattern))
    ) {
      if (seenNumber && suffix !== '') return undefined; // digits after literal text
      pattern += c;
      seenNumber = true;
    } else if (c === '%') {
      percent = true;
      literal('%');
    } else if (/[yYmMdDhHsSeE@/]/.test(c)) {
      return undefined;
    } else {
      literal(c);
    }
  }
  if (!seenNumber) {
    const literalOnly = { minInt: 0, minDecimals: 0, maxDecimals: 0, grouping: false, scale: 0 };
    return prefix === '' ? undefined : { prefix, suffix, percent, literal: true, ...literalOnly };
  }
  const trailingCommas = /,+$/.exec(pattern)?.[0].length ?? 0;
  const core = pattern.slice(0, pattern.length - trailingCommas);
  const [intPart = '', decPart = ''] = core.split('.');
  return {
    prefix,
    suffix,
    minInt: (intPart.match(/0/g) ?? []).length,
    minDecimals: (decPart.match(/0/g) ?? []).length,
    maxDecimals: (decPart.match(/[0#?]/g) ?? []).length,
    grouping: /[0#?][, ][0#?]/.test(intPart),
    scale: trailingCommas,
    percent,
    literal: false,
  };
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * Shows a stored number as a simple Excel number format would in Swedish: space for
 * thousands, comma for decimals, half-up rounding to the format's decimals, percent and
 * thousands scaling, literal text. Undefined when the format is not simple.
 *
 * @example
 * ```ts
 * formatNumber('45100', '#,##0'); // '45 100'
 * ```
 */
export function formatNumber(value: string, code: string): string | undefined {
  if (/^general$/i.test(code.trim())) return value.replace('.', ',');
  const sections = splitSections(code);
  const negative = value.startsWith('-');
  const zero = !/[1-9]/.test(value);
  let index = 0;
  if (zero && sections.length >= 3) index = 2;
  else if (negative && sections.length >= 2) index = 1;
  const section = parseSection(sections[index] ?? '');
  if (section === undefined) return undefined;
  if (section.literal) return section.prefix;
  let n = exact(negative && index === 1 ? value.slice(1) : value);
  if (section.percent) n = n.times(100);
  for (let k = 0; k < section.scale; k++) n = n.dividedBy(1000);
  const fixed = n.abs().toFixed(section.maxDecimals, 'half-up');
  let [int = '0', dec = ''] = fixed.split('.');
  while (dec.length > section.minDecimals && dec.endsWith('0')) dec = dec.slice(0, -1);
  int = int.replace(/^0+/, '');
  if (int.length < section.minInt) int = int.padStart(section.minInt, '0');
  const number = (section.grouping ? group(int) : int) + (dec === '' ? '' : `,${dec}`);
  const rounded = /[1-9]/.test(number);
  const sign = n.toString().startsWith('-') && rounded && index !== 1 ? '-' : '';
  return `${section.prefix}${sign}${number === '' ? '0' : number}${section.suffix}`;
}
