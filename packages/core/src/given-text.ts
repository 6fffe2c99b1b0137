import type { LocalizedText } from './finding.js';

/** The most of a given text a message echoes: longer texts are cut and end in "…". */
export const MAX_ECHO = 60;

/** Invisible or layout-changing characters: control codes, zero-widths, bidi overrides. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const hidden = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

function escapeChar(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/**
 * @internal Text from user data made safe to echo in a message: control and invisible
 * characters written as escapes (`\n`, `\u202e`), and at most {@link MAX_ECHO} characters,
 * cut at a whole character with "…". Reads no further than it needs, so a megabyte of text
 * costs as much as sixty characters.
 */
export function echoText(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    const piece = hidden.test(ch) ? escapeChar(ch) : ch;
    if (out.length + piece.length > MAX_ECHO - 1 && i + ch.length < text.length) return `${out}…`;
    if (out.length + piece.length > MAX_ECHO) return `${out}…`;
    out += piece;
    i += ch.length;
  }
  return out;
}

/**
 * @internal What a given value is, for a message: "texten '2021'" / "the text '2021'",
 * "talet 7" / "the number 7", "en lista (3 element)" / "a list (3 items)".
 */
export function describeGiven(value: unknown): LocalizedText {
  switch (typeof value) {
    case 'string': {
      if (value === '') return { sv: 'en tom text', en: 'an empty text' };
      const shown = echoText(value);
      return { sv: `texten '${shown}'`, en: `the text '${shown}'` };
    }
    case 'number':
    case 'bigint':
      return { sv: `talet ${String(value)}`, en: `the number ${String(value)}` };
    case 'boolean':
      return { sv: `värdet ${String(value)}`, en: `the value ${String(value)}` };
    case 'undefined':
      return { sv: 'inget värde', en: 'no value' };
    case 'object': {
      if (value === null) return { sv: 'null (inget värde)', en: 'null (no value)' };
      if (Array.isArray(value)) {
        return {
          sv: `en lista (${value.length} element)`,
          en: `a list (${value.length} ${value.length === 1 ? 'item' : 'items'})`,
        };
      }
      if (value instanceof Date) return { sv: 'ett datumobjekt', en: 'a date object' };
      return { sv: 'ett objekt', en: 'an object' };
    }
    default:
      return { sv: `ett värde av typen ${typeof value}`, en: `a value of type ${typeof value}` };
  }
}

/**
 * @internal The short form of a given value for a finding's `actual`: a string in double
 * quotes, made safe and short by {@link echoText}; other scalars as text, containers by kind.
 */
export function actualText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `"${echoText(value)}"`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'undefined';
    default:
      return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  }
}
