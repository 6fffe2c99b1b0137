import { isExact, Exact, parseNumber } from '@styrkit/core';
import * as z from 'zod';

/**
 * One cell of a budget or FTE matrix. Three states, because a blank is not a zero and a zero
 * is not an unknown:
 * - an {@link Exact} amount (0 included);
 * - `'empty'`: nothing entered ("–", blank, omitted). It adds nothing to a sum and shows as –;
 * - `'unknown'`: an amount exists but is not known ("?"). Every sum that includes it is
 *   reported as known part + count of unknowns.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { MatrixCell } from '@styrkit/pm3';
 * const cells: MatrixCell[] = [exact('1200'), 'empty', 'unknown'];
 * ```
 */
export type MatrixCell = Exact | 'empty' | 'unknown';

const emptyMarks = new Set(['', '-', '–', '—', 'empty']);

/**
 * A number as the data file wrote it (YAML `1.5`), or undefined for what no literal can mean
 * exactly (NaN, infinities, integers past ±2^53): those become findings, never a throw.
 */
function fromNumber(input: number): Exact | undefined {
  if (!Number.isFinite(input) || (Number.isInteger(input) && !Number.isSafeInteger(input))) {
    return undefined;
  }
  return Exact.fromLiteral(input);
}

/** @internal A cell as `matrixCellSchema` reads it, or undefined when it is not one. */
export function readCell(input: unknown): MatrixCell | undefined {
  if (input === undefined || input === null) return 'empty';
  if (isExact(input)) return input;
  if (typeof input === 'number') return fromNumber(input);
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (emptyMarks.has(text)) return 'empty';
  if (text === '?' || text === 'unknown') return 'unknown';
  const parsed = parseNumber(text);
  if (!parsed.ok || parsed.value.kind === 'unknown' || parsed.value.percent) return undefined;
  return parsed.value.value;
}

/**
 * The zod schema of a {@link MatrixCell}: accepts a number, a Swedish or plain number text
 * ("10 200", "1,5"), `null`, "", "-", "–" or an omitted key (empty), and "?" (unknown).
 *
 * @example
 * ```ts
 * import { matrixCellSchema } from '@styrkit/pm3';
 * matrixCellSchema.parse('10 200').toString(); // '10200'
 * matrixCellSchema.parse(null); // 'empty'
 * ```
 */
export const matrixCellSchema: z.ZodType<MatrixCell, unknown> = z
  .unknown()
  .optional()
  .transform((input, ctx) => {
    const cell = readCell(input);
    if (cell !== undefined) return cell;
    ctx.issues.push({
      code: 'custom',
      input,
      message: 'Expected a number, "?" (unknown) or "–" (empty)',
      params: {
        sv: 'Förväntade ett tal, "?" (okänt) eller "–" (tomt)',
        en: 'Expected a number, "?" (unknown) or "–" (empty)',
        expected: 'number | "?" | "–"',
      },
    });
    return z.NEVER;
  });

/**
 * A figure as people write it in plans: a value that may be unknown ("?", `value` null) and
 * may be an estimate ("ca 3,5", "cirka 12").
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { StatedAmount } from '@styrkit/pm3';
 * const a: StatedAmount = { value: exact('3.5'), estimate: true };
 * ```
 */
export interface StatedAmount {
  /** The amount, or null when unknown. */
  readonly value: Exact | null;
  /** True when written as an estimate ("ca", "cirka", "~"). */
  readonly estimate: boolean;
}

/**
 * The zod schema of a {@link StatedAmount}: a number, a number text with an optional "ca"
 * prefix, or "?" for unknown; also the object form `{ value, estimate }`.
 *
 * @example
 * ```ts
 * import { statedAmountSchema } from '@styrkit/pm3';
 * statedAmountSchema.parse('ca 3,5').estimate; // true
 * ```
 */
export const statedAmountSchema: z.ZodType<StatedAmount, unknown> = z
  .unknown()
  .transform((input, ctx) => {
    const read = readStatedAmount(input);
    if (read !== undefined) return read;
    ctx.issues.push({
      code: 'custom',
      input,
      message: 'Expected a number, "ca <number>" or "?"',
      params: {
        sv: 'Förväntade ett tal, "ca <tal>" eller "?"',
        en: 'Expected a number, "ca <number>" or "?"',
        expected: 'number',
      },
    });
    return z.NEVER;
  });

/** @internal A figure as `statedAmountSchema` reads it, or undefined when it is not one. */
export function readStatedAmount(input: unknown): StatedAmount | undefined {
  if (typeof input === 'object' && input !== null && !isExact(input)) {
    const record = input as { value?: unknown; estimate?: unknown };
    const inner = readStatedAmount(record.value);
    if (inner === undefined) return undefined;
    return { value: inner.value, estimate: record.estimate === true || inner.estimate };
  }
  if (input === null) return { value: null, estimate: false };
  if (isExact(input)) return { value: input, estimate: false };
  if (typeof input === 'number') {
    const value = fromNumber(input);
    return value === undefined ? undefined : { value, estimate: false };
  }
  if (typeof input !== 'string') return undefined;
  const parsed = parseNumber(input);
  if (!parsed.ok) return undefined;
  if (parsed.value.kind === 'unknown') return { value: null, estimate: false };
  return { value: parsed.value.value, estimate: parsed.value.estimate };
}

/**
 * The numeric value of a cell for summing: an amount, `undefined` for empty (adds nothing)
 * or `null` for unknown (counted as unknown by `sumKnown`).
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { cellForSum } from '@styrkit/pm3';
 * cellForSum('unknown'); // null
 * cellForSum(exact('5'))?.toString(); // '5'
 * ```
 */
export function cellForSum(cell: MatrixCell): Exact | null | undefined {
  if (cell === 'empty') return undefined;
  if (cell === 'unknown') return null;
  return cell;
}

/**
 * True when two cells hold the same state and, for amounts, the same value.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { cellsEqual } from '@styrkit/pm3';
 * cellsEqual(exact('1.0'), exact('1')); // true
 * cellsEqual('empty', exact('0')); // false
 * ```
 */
export function cellsEqual(a: MatrixCell, b: MatrixCell): boolean {
  if (isExact(a) && isExact(b)) return a.equals(b);
  return a === b;
}
