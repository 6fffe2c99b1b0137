import type { z } from 'zod';
import type { Finding } from './finding.js';
import { ok, type Result } from './result.js';
import { safeParseWith, type ZodFindingOptions } from './zod-findings.js';

/** The phantom brand key: exists in types only, never at run time. */
declare const parsedBrand: unique symbol;

/**
 * A value that came out of a parser, as a type: `Parsed<Objektplan>` is an `Objektplan` a
 * `parse*` function returned, so a calculation typed to take `Parsed<T>` does not compile
 * when handed `yaml.parse` output (which would fail later: a RangeError from `exact` for a YAML
 * float or an amount written with a comma, a TypeError for a missing or mistyped field).
 * A phantom brand: nothing is added to the value, and it reads like a `T` everywhere.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseWithBrand, type Parsed } from '@styrkit/core';
 * const schema = z.object({ name: z.string() });
 * const greet = (p: Parsed<{ name: string }>): string => `Hej ${p.name}`;
 * const r = parseWithBrand(schema, { name: 'Ada' });
 * r.ok && greet(r.value); // 'Hej Ada'
 * // greet({ name: 'Ada' }) does not compile: a plain object is not Parsed.
 * ```
 */
export type Parsed<T> = T & { readonly [parsedBrand]: true };

/**
 * Marks a value as parsed, for `parse*` functions only: call it on what a schema returned,
 * never on unchecked data (the mark is a promise the type system cannot check).
 *
 * @example
 * ```ts
 * import { markParsed } from '@styrkit/core';
 * const p = markParsed({ name: 'Ada' });
 * p.name; // 'Ada'
 * ```
 */
export function markParsed<T>(value: T): Parsed<T> {
  return value as Parsed<T>;
}

/**
 * {@link safeParseWith} whose value is {@link Parsed}: the one-line body of a `parse*`
 * function that hands its result to branded calculations.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseWithBrand } from '@styrkit/core';
 * parseWithBrand(z.object({ year: z.number() }), { year: '2021' }).ok; // false
 * ```
 */
export function parseWithBrand<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: Omit<ZodFindingOptions, 'input'> = {},
): Result<Parsed<T>, Finding[]> {
  const r = safeParseWith(schema, input, options);
  return r.ok ? ok(markParsed(r.value)) : r;
}
