/**
 * @styrkit/core/testing: test helpers for code that computes with {@link Exact}.
 *
 * An Exact keeps its value in private fields, so a structural `toEqual` sees two empty
 * objects and `expect({ a: exact('1') }).toEqual({ a: exact('2') })` passes. Register
 * {@link exactEquality} once per test setup and Exacts compare by value:
 *
 * ```ts
 * // vitest.setup.ts (or jest's setupFilesAfterEach)
 * import { expect } from 'vitest';
 * import { exactEquality, exactSnapshotSerializer } from '@styrkit/core/testing';
 * expect.addEqualityTesters([exactEquality]);
 * expect.addSnapshotSerializer(exactSnapshotSerializer);
 * ```
 *
 * @packageDocumentation
 */
import { isExact } from './brand.js';

/**
 * An equality tester for vitest's and jest's `expect.addEqualityTesters`: two Exacts are
 * equal when their values are ("1.50" equals "1.5"); an Exact never equals anything else (a
 * string, a number, a plain object); for other pairs it returns undefined so the default
 * comparison decides. Recognises the Exact of any loaded copy of core (ESM and CJS).
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { exactEquality } from '@styrkit/core/testing';
 * exactEquality(exact('1.50'), exact('1.5')); // true
 * exactEquality(exact('1'), exact('2')); // false
 * exactEquality(exact('1'), '1'); // false
 * exactEquality('a', 'a'); // undefined
 * ```
 */
export function exactEquality(a: unknown, b: unknown): boolean | undefined {
  const left = isExact(a);
  const right = isExact(b);
  if (left && right) return a.equals(b);
  if (left || right) return false;
  return undefined;
}

/**
 * A snapshot serializer (pretty-format plugin) that writes an Exact as `Exact(12.5)` instead
 * of `Exact {}`: register it with `expect.addSnapshotSerializer`.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { exactSnapshotSerializer } from '@styrkit/core/testing';
 * exactSnapshotSerializer.test(exact('1')); // true
 * exactSnapshotSerializer.serialize(exact('12.50')); // 'Exact(12.5)'
 * ```
 */
export const exactSnapshotSerializer: {
  readonly test: (value: unknown) => boolean;
  readonly serialize: (value: unknown) => string;
} = {
  test: (value) => isExact(value),
  serialize: (value) => (isExact(value) ? `Exact(${value.toString()})` : String(value)),
};
