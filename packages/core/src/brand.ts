import type { Exact } from './exact.js';

/**
 * The brand every Exact carries, under a registry symbol: two loaded copies of core (the ESM
 * and the CJS build, or two versions in one bundle) have different classes but the same
 * `Symbol.for` key, so {@link isExact} and `instanceof Exact` recognise each other's values.
 * In a module of its own so that code which only recognises an Exact (a finding catalogue
 * writing `expected`, a test helper) does not bundle the class and its decimal engine (big.js).
 */
export const BRAND: unique symbol = Symbol.for('styrkit.exact') as never;

/**
 * Whether a value is an {@link Exact}, made by this or any other loaded copy of core (the
 * ESM and CJS builds recognise each other through a `Symbol.for('styrkit.exact')` brand).
 *
 * @example
 * ```ts
 * import { exact, isExact } from '@styrkit/core';
 * isExact(exact('1')); // true
 * isExact('1'); // false
 * ```
 */
export function isExact(value: unknown): value is Exact {
  return (
    typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
  );
}
