import type { Finding } from '@styrkit/core';
import { HostError, fail, hostFinding } from './errors.js';

/** The largest version, offset or limit the database holds (PostgreSQL `integer`). */
export const MAX_INT = 2_147_483_647;

/**
 * Reads a whole number from a query or path parameter: digits only, within `min`..`max`
 * (default 1..2^31−1). Anything else (`-1`, `1.5`, `1e3`, 2^31) is a 400 with a finding.
 *
 * @example
 * ```ts
 * intParam('3', 'version'); // 3
 * ```
 */
export function intParam(
  text: string | undefined,
  name: string,
  range: { min?: number; max?: number } = {},
): number {
  const min = range.min ?? 1;
  const max = range.max ?? MAX_INT;
  const n = /^\d{1,10}$/.test(text ?? '') ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    fail(
      400,
      'host/invalid-request',
      { problem: 'integer-range', field: name, min, max },
      { path: [name], expected: `integer ${min}..${max}`, actual: String(text).slice(0, 40) },
    );
  }
  return n;
}

/** NUL, or a UTF-16 surrogate without its partner: text PostgreSQL cannot store. */
const BAD_TEXT_UNITS =
  // eslint-disable-next-line no-control-regex -- finding NUL is the point
  /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether a text holds NUL or a lone surrogate.
 *
 * @example
 * ```ts
 * hasBadText('a\u0000b'); // true
 * ```
 */
export function hasBadText(text: string): boolean {
  return BAD_TEXT_UNITS.test(text);
}

function badText(path: (string | number)[], text: string): Finding {
  const at = text.search(BAD_TEXT_UNITS);
  const code = text.charCodeAt(at);
  return hostFinding(
    'host/invalid-text',
    { problem: code === 0 ? 'nul' : 'lone-surrogate', position: at },
    {
      path,
      expected: 'Unicode text without U+0000 or unpaired surrogates',
      actual: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    },
  );
}

/**
 * Throws 400 `host/invalid-text` when any string or key in a value holds NUL or a lone
 * surrogate (up to 20 findings, each with its path).
 *
 * @example
 * ```ts
 * assertCleanText({ title: 'ok' });
 * ```
 */
export function assertCleanText(value: unknown, basePath: (string | number)[] = []): void {
  const findings: Finding[] = [];
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: basePath }];
  while (stack.length > 0 && findings.length < 20) {
    const { v, path } = stack.pop() ?? { v: undefined, path: [] };
    if (typeof v === 'string') {
      if (BAD_TEXT_UNITS.test(v)) findings.push(badText(path, v));
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, item] of Object.entries(v)) {
        if (BAD_TEXT_UNITS.test(key)) findings.push(badText([...path, key], key));
        stack.push({ v: item, path: [...path, key] });
      }
    }
  }
  if (findings.length > 0) throw new HostError(400, findings);
}

/** A decimal number as sign, significant digits and exponent, for exact comparison. */
function canonical(text: string): string {
  const m = /^(-?)\+?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return text;
  const digits = `${m[2] ?? ''}${m[3] ?? ''}`;
  let exponent = Number(m[4] ?? 0) - (m[3] ?? '').length;
  const trimmedStart = digits.replace(/^0+/, '');
  if (trimmedStart === '') return '0';
  const trimmed = trimmedStart.replace(/0+$/, '');
  exponent += trimmedStart.length - trimmed.length;
  return `${m[1] ?? ''}${trimmed}e${exponent}`;
}

/** The number tokens of a JSON text, outside strings, in order. */
function numberTokens(text: string): string[] {
  const out: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
  for (const m of text.matchAll(re)) {
    if (!m[0].startsWith('"')) out.push(m[0]);
  }
  return out;
}

/** The path of the first number in a value equal to `n` (for the finding). */
function pathOfNumber(value: unknown, n: number): (string | number)[] {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.shift() ?? { v: undefined, path: [] };
    if (typeof v === 'number' && Object.is(v, n)) return path;
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ v: item, path: [...path, i] }));
    else if (typeof v === 'object' && v !== null) {
      for (const [key, item] of Object.entries(v)) stack.push({ v: item, path: [...path, key] });
    }
  }
  return [];
}

/**
 * Findings for the number texts (as written, in order) that a JavaScript number cannot hold
 * exactly: `host/inexact-number` at the path of the value they became (at most 20).
 *
 * @example
 * ```ts
 * inexactNumbers(['1e-400'], { a: 0 }, 'JSON')[0]?.path; // ['a']
 * ```
 */
export function inexactNumbers(
  tokens: readonly string[],
  value: unknown,
  format: 'JSON' | 'YAML',
): Finding[] {
  const findings: Finding[] = [];
  for (const token of tokens) {
    const n = Number(token.replace(/^\+/, ''));
    if (Number.isFinite(n) && canonical(String(n)) === canonical(token)) continue;
    // 0x1F, 0o17: exact whenever the value is a safe integer.
    if (/^[-+]?0[xo]/i.test(token) && Number.isSafeInteger(n)) continue;
    const shown = token.slice(0, 60);
    findings.push(
      hostFinding(
        'host/inexact-number',
        { number: shown, becomes: String(n), format },
        {
          path: pathOfNumber(value, yamlNumber(token)),
          expected: 'a number held exactly, or the amount as a string',
          actual: shown,
        },
      ),
    );
    if (findings.length >= 20) break;
  }
  return findings;
}

/** The value a number text becomes (YAML's `.inf` and `.nan` included), to find its path. */
function yamlNumber(token: string): number {
  const t = token.toLowerCase();
  if (/^[-+]?\.inf$/.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (t === '.nan') return NaN;
  return Number(token.replace(/^\+/, ''));
}

/**
 * Parses a JSON text once (no exactness check yet): 400 `host/malformed-json` when it is not
 * JSON. {@link assertExactJson} then checks what it became against the text.
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1}'); // { a: 1 }
 * ```
 */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    fail(400, 'host/malformed-json', { detail: detail.slice(0, 200) });
  }
}

/**
 * Findings for the numbers of a JSON text that its parsed value does not hold exactly
 * (`host/inexact-number`, at the path of the value they became).
 *
 * @example
 * ```ts
 * inexactJsonNumbers('{"a": 1e-400}', { a: 0 })[0]?.path; // ['a']
 * ```
 */
export function inexactJsonNumbers(text: string, value: unknown): Finding[] {
  return inexactNumbers(numberTokens(text), value, 'JSON');
}

/**
 * Throws 400 when a parsed JSON value is not what its text says (a number rounded, see
 * {@link parseJsonExact}) or holds text the database cannot store (NUL, a lone surrogate).
 *
 * @example
 * ```ts
 * assertExactJson('{"a": 1}', { a: 1 });
 * ```
 */
export function assertExactJson(text: string, value: unknown): void {
  const findings = inexactJsonNumbers(text, value);
  if (findings.length > 0) throw new HostError(400, findings);
  assertCleanText(value);
}

/**
 * Parses JSON and refuses any number a JavaScript number cannot hold exactly as written
 * (`12345678901234567890123`, `1e-400`, `0.1000000000000000055511`): the transport never rounds
 * money. Send such amounts as strings (`"12345678901234567890123"`). Also refuses NUL and lone
 * surrogates in any string. Throws 400 with findings.
 *
 * @example
 * ```ts
 * parseJsonExact('{"amount": 45100.5}'); // { amount: 45100.5 }
 * ```
 */
export function parseJsonExact(text: string): unknown {
  const value = parseJsonText(text);
  assertExactJson(text, value);
  return value;
}
