import { isExact } from './brand.js';

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Throws a TypeError that names the parser to call when `value` is not what that parser
 * returns (typically `yaml.parse` output handed straight to a calculation), instead of a
 * RangeError (`exact` refusing a YAML float or "12,5") or TypeError from deep inside the
 * calculation, or silently wrong figures.
 * Calculations call it at their entry; a hand-built value of the right type passes.
 *
 * @example
 * ```ts
 * import { requireParsed, notList } from '@styrkit/core';
 * const probe = (plan: { rows?: unknown }) => notList(plan.rows, 'rows');
 * requireParsed({ rows: [] }, probe, 'sumRows', 'parsePlan'); // passes
 * let message = '';
 * try {
 *   requireParsed({}, probe, 'sumRows', 'parsePlan');
 * } catch (e) {
 *   message = (e as TypeError).message;
 * }
 * message.startsWith('sumRows: rows is missing: this is not what parsePlan returns.'); // true
 * ```
 */
export function requireParsed<T>(
  value: T,
  probe: (value: T) => string | undefined,
  calculation: string,
  parser: string,
): void {
  const problem =
    typeof value === 'object' && value !== null ? probe(value) : `the input is ${describe(value)}`;
  if (problem === undefined) return;
  throw new TypeError(
    `${calculation}: ${problem}: this is not what ${parser} returns. Pass the data through ` +
      `${parser} first (yaml.parse or JSON.parse output is not parsed data: the parser reads ` +
      `amounts such as "10 200" exactly and fills defaults).`,
  );
}

/**
 * A probe step: why `value` at `path` is not an exact amount, or undefined when it is one
 * (or absent, when `optional`).
 *
 * @example
 * ```ts
 * import { exact, notExact } from '@styrkit/core';
 * notExact(exact('1'), 'amount'); // undefined
 * notExact('1 000', 'amount'); // 'amount is the text "1 000", not an exact amount'
 * ```
 */
export function notExact(value: unknown, path: string, optional = false): string | undefined {
  if (isExact(value) || (optional && value === undefined)) return undefined;
  return `${path} is ${describe(value)}, not an exact amount`;
}

/**
 * A probe step: why `value` at `path` is not a list (a parser fills omitted lists with []),
 * or undefined when it is one.
 *
 * @example
 * ```ts
 * import { notList } from '@styrkit/core';
 * notList([], 'goals'); // undefined
 * notList(undefined, 'goals'); // 'goals is missing'
 * ```
 */
export function notList(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) return undefined;
  return value === undefined ? `${path} is missing` : `${path} is ${describe(value)}, not a list`;
}

/**
 * A probe step: why `value` at `path` is not of the `typeof` a parser fills in (a default
 * such as `'open'` or `false`), or undefined when it is.
 *
 * @example
 * ```ts
 * import { notOfType } from '@styrkit/core';
 * notOfType('open', 'status', 'string'); // undefined
 * notOfType(undefined, 'status', 'string'); // 'status is missing'
 * ```
 */
export function notOfType(
  value: unknown,
  path: string,
  type: 'string' | 'number' | 'boolean' | 'object',
): string | undefined {
  if (typeof value === type && value !== null) return undefined;
  return value === undefined
    ? `${path} is missing`
    : `${path} is ${describe(value)}, not a ${type}`;
}
