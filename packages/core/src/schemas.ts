import * as z from 'zod';
import { Exact, isExact } from './exact.js';
import { describeGiven } from './given-text.js';
import { parseNumber } from './number-text.js';

type ReadOutcome =
  { kind: 'value'; value: Exact } | { kind: 'unknown' } | { kind: 'invalid'; why: string };

function readExact(input: unknown): ReadOutcome {
  if (isExact(input)) return { kind: 'value', value: Exact.of(input) };
  if (input === null) return { kind: 'unknown' };
  if (typeof input === 'number') {
    // A number in the file is the literal its author typed (YAML 1.5 is 1.5); integers
    // beyond ±2^53 have lost digits already and are refused.
    return Number.isFinite(input) && (!Number.isInteger(input) || Number.isSafeInteger(input))
      ? { kind: 'value', value: Exact.fromLiteral(input) }
      : { kind: 'invalid', why: String(input) };
  }
  if (typeof input === 'string') {
    const parsed = parseNumber(input);
    if (!parsed.ok) return { kind: 'invalid', why: input };
    if (parsed.value.kind === 'unknown') return { kind: 'unknown' };
    return { kind: 'value', value: parsed.value.value };
  }
  return { kind: 'invalid', why: typeof input };
}

const numberInput = z.union([z.string(), z.number(), z.custom<Exact>((v) => isExact(v))]);

/**
 * zod schema for an exact number in the data format: a string in plain ("45100.5") or Swedish
 * ("45 100", "1,5", "−9 722") notation, a finite number, or an {@link Exact}. Unknown ("?",
 * empty) is rejected: use {@link maybeExactSchema} where a value may be unknown.
 *
 * @example
 * ```ts
 * import { exactSchema } from '@styrkit/core';
 * exactSchema.parse('45 100').toString(); // '45100'
 * ```
 */
export const exactSchema: z.ZodType<Exact, string | number | Exact> = numberInput.transform(
  (input, ctx) => {
    const read = readExact(input);
    if (read.kind === 'value') return read.value;
    const given = describeGiven(input);
    ctx.issues.push({
      code: 'custom',
      input,
      message: 'Expected a number',
      params: {
        sv:
          read.kind === 'unknown'
            ? `ett känt tal krävs här, fick ${given.sv} (okänt)`
            : `förväntade ett tal, fick ${given.sv}`,
        en:
          read.kind === 'unknown'
            ? `a known number is required here, got ${given.en} (unknown)`
            : `expected a number, got ${given.en}`,
        expected: 'number',
      },
    });
    return z.NEVER;
  },
);

/**
 * zod schema for a number that may be unknown: like {@link exactSchema}, plus `null`, "?",
 * "-", "–" and "" which all become `null`. Unknown is never zero.
 *
 * @example
 * ```ts
 * import { maybeExactSchema } from '@styrkit/core';
 * maybeExactSchema.parse('?'); // null
 * ```
 */
export const maybeExactSchema: z.ZodType<Exact | null, string | number | Exact | null> = z
  .union([numberInput, z.null()])
  .transform((input, ctx) => {
    const read = readExact(input);
    if (read.kind === 'value') return read.value;
    if (read.kind === 'unknown') return null;
    ctx.issues.push({
      code: 'custom',
      input,
      message: 'Expected a number or an unknown mark',
      params: {
        sv: `förväntade ett tal eller "?" för okänt, fick ${describeGiven(input).sv}`,
        en: `expected a number or "?" for unknown, got ${describeGiven(input).en}`,
        expected: 'number | null',
      },
    });
    return z.NEVER;
  });
