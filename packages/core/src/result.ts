import type { Finding } from './finding.js';

/**
 * The outcome of reading user data: the value, or the findings that explain why not.
 * Parsers return this and never throw on user data (like zod's `safeParse`).
 *
 * @example
 * ```ts
 * import { parseNumber } from '@styrkit/core';
 * const r = parseNumber('45 100');
 * if (r.ok) console.log(r.value); else console.log(r.error);
 * ```
 */
export type Result<T, E = Finding[]> = { ok: true; value: T } | { ok: false; error: E };

/**
 * A successful result.
 *
 * @example
 * ```ts
 * import { ok } from '@styrkit/core';
 * ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/**
 * A failed result.
 *
 * @example
 * ```ts
 * import { err } from '@styrkit/core';
 * err(['bad']); // { ok: false, error: ['bad'] }
 * ```
 */
export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
