import { Exact, parseNumber } from '@styrkit/core';
import * as z from 'zod';

/**
 * One figure of a statement. Three notations, one meaning each in this package:
 * - a number ("1 200", "-9 722", "ca 3,5") is a `value` (with `estimate` for "ca");
 * - "?" is `unknown`: it exists but is not known, so every sum over it is unknown too;
 * - "-", "–", "" or a missing key is `none`: nothing is there (not applicable), and it
 *   adds nothing to a sum.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { StatementCell } from '@styrkit/statements';
 * const cells: StatementCell[] = [
 *   { kind: 'value', value: exact('1200'), estimate: false },
 *   { kind: 'unknown' },
 *   { kind: 'none' },
 * ];
 * ```
 */
export type StatementCell =
  | { readonly kind: 'value'; readonly value: Exact; readonly estimate: boolean }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'none' };

const noneMarks = new Set(['', '-', '–', '—']);
/** Exact's JSON text: an optional minus, digits, an optional point and decimals. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a cell in the form this schema itself produces, after JSON: `{ kind: 'value', value:
 * '1000', estimate: false }`, `{ kind: 'unknown' }`, `{ kind: 'none' }`. A host that stores the
 * parsed document, or a client that sends back what it was given, must read as the same cell.
 */
function readStoredCell(input: object): StatementCell | undefined {
  const cell = input as { kind?: unknown; value?: unknown; estimate?: unknown };
  if (cell.kind === 'unknown') return { kind: 'unknown' };
  if (cell.kind === 'none') return { kind: 'none' };
  if (
    cell.kind !== 'value' ||
    (cell.estimate !== undefined && typeof cell.estimate !== 'boolean')
  ) {
    return undefined;
  }
  // The stored value is Exact's own JSON text ("1000", "-9722.5"), never Swedish notation,
  // so it is read as a plain decimal: "1.500" is one and a half here, not fifteen hundred.
  if (typeof cell.value !== 'string' || !PLAIN_DECIMAL.test(cell.value)) return undefined;
  return { kind: 'value', value: Exact.of(cell.value), estimate: cell.estimate === true };
}

/** Reads one cell as written in YAML or JSON; undefined when it is not a figure. */
function readCell(input: unknown): StatementCell | undefined {
  if (input === undefined || input === null) return { kind: 'none' };
  if (input instanceof Exact) return { kind: 'value', value: input, estimate: false };
  if (typeof input === 'object' && !Array.isArray(input)) return readStoredCell(input);
  if (typeof input === 'number') {
    // Floats are not amounts: only safe integers cross as JS numbers.
    return Number.isSafeInteger(input)
      ? { kind: 'value', value: Exact.of(input), estimate: false }
      : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (noneMarks.has(text)) return { kind: 'none' };
  if (text === '?') return { kind: 'unknown' };
  const parsed = parseNumber(text);
  // "29 %" in a share column reads as 29; the column's role says what it means.
  if (!parsed.ok || parsed.value.kind === 'unknown') return undefined;
  return { kind: 'value', value: parsed.value.value, estimate: parsed.value.estimate };
}

/**
 * The zod schema of one statement cell: a number or numeric text, "?" for unknown, "-" or
 * empty for nothing. A float JS number is refused (write "1,5" or "1.5" as text). The parsed
 * form after JSON (`{ kind: 'value', value: '1200', estimate: false }`) reads back as the same
 * cell, so a stored document parses again unchanged.
 *
 * @example
 * ```ts
 * import { statementCellSchema } from '@styrkit/statements';
 * statementCellSchema.parse('ca 3,5'); // { kind: 'value', value: Exact(3.5), estimate: true }
 * ```
 */
export const statementCellSchema: z.ZodType<StatementCell, unknown> = z
  .unknown()
  .transform((input, ctx) => {
    const cell = readCell(input);
    if (cell !== undefined) return cell;
    ctx.issues.push({
      code: 'custom',
      input,
      message: 'Expected a number, "?" (unknown) or "-" (nothing)',
      params: {
        sv: 'Förväntade ett tal, "?" (okänt) eller "-" (inget)',
        en: 'Expected a number, "?" (unknown) or "-" (nothing)',
        expected: 'number | "?" | "-"',
      },
    });
    return z.NEVER;
  });

/**
 * The cell as core's partial sums read it: a value, `null` for unknown (counted, never 0),
 * `undefined` for nothing (skipped). Named for statements: pm3's `cellForSum` reads a matrix
 * cell (`'unknown'`, `'empty'` or an Exact), a different type with the same idea.
 *
 * @example
 * ```ts
 * import { statementCellForSum } from '@styrkit/statements';
 * statementCellForSum({ kind: 'unknown' }); // null
 * ```
 */
export function statementCellForSum(cell: StatementCell): Exact | null | undefined {
  if (cell.kind === 'value') return cell.value;
  return cell.kind === 'unknown' ? null : undefined;
}

/**
 * The cell written back in the notation it was read from ("?", "-" or the number as text),
 * so drafts and diffs stay in the document's own terms.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { cellToText } from '@styrkit/statements';
 * cellToText({ kind: 'value', value: exact('3.5'), estimate: true }); // 'ca 3.5'
 * ```
 */
export function cellToText(cell: StatementCell): string {
  if (cell.kind === 'unknown') return '?';
  if (cell.kind === 'none') return '-';
  return cell.estimate ? `ca ${cell.value.toString()}` : cell.value.toString();
}

/**
 * True when two cells say the same thing (same kind, equal values, same estimate mark).
 * Named for statements: pm3's `cellsEqual` compares matrix cells, which carry no estimate mark.
 *
 * @example
 * ```ts
 * import { statementCellsEqual } from '@styrkit/statements';
 * statementCellsEqual({ kind: 'none' }, { kind: 'none' }); // true
 * ```
 */
export function statementCellsEqual(a: StatementCell, b: StatementCell): boolean {
  if (a.kind === 'value' && b.kind === 'value') {
    return a.value.equals(b.value) && a.estimate === b.estimate;
  }
  return a.kind === b.kind;
}
