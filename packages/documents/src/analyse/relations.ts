import type { CheckColumn, CheckRow, TotalCheck } from './check-types.js';
import { partValue, sumAgainst } from './part-values.js';

/**
 * Fewest rows a relation between columns must hold in before a row breaking it is a finding.
 *
 * @example
 * ```ts
 * import { MIN_RELATION_ROWS } from '@styrkit/documents';
 * MIN_RELATION_ROWS; // 3
 * ```
 */
export const MIN_RELATION_ROWS = 3;
/**
 * Share of the rows with all three figures in which a relation must hold (or round).
 *
 * @example
 * ```ts
 * import { RELATION_SHARE } from '@styrkit/documents';
 * RELATION_SHARE; // 0.75
 * ```
 */
export const RELATION_SHARE = 0.75;

interface Form {
  readonly derived: number;
  readonly left: number;
  readonly right: number;
  readonly sign: 1 | -1;
}

function figure(row: CheckRow, c: number): boolean {
  const p = partValue(row.cells[c]);
  return p !== 'nothing' && p !== 'unknown';
}

function isZero(row: CheckRow, c: number): boolean {
  const p = partValue(row.cells[c]);
  return typeof p === 'object' && p.value.isZero();
}

/**
 * Infers relations between columns from the data: a column that equals the sum or the
 * difference of two columns to its left in most rows ("Avvikelse = Periodutfall −
 * Periodbudget"). A relation counts only if it holds, or differs by rounding, in at least
 * {@link MIN_RELATION_ROWS} rows and {@link RELATION_SHARE} of the rows that have all three
 * figures, and is not degenerate (an operand that is zero throughout, a column equal to an
 * operand). The rows that break it are returned as failing checks.
 */
export function inferRelations(
  rows: readonly CheckRow[],
  columns: readonly CheckColumn[],
  rounded: boolean,
): TotalCheck[] {
  const usable = columns.map((c, i) => (c.additive && !c.total ? i : -1)).filter((i) => i >= 0);
  const out: TotalCheck[] = [];
  for (const z of usable) {
    let best: { form: Form; checks: TotalCheck[]; good: number } | undefined;
    for (const x of usable) {
      if (x >= z) continue;
      for (const y of usable) {
        if (y >= z || y === x) continue;
        for (const sign of [1, -1] as const) {
          if (sign === 1 && y < x) continue; // x + y = y + x
          const form: Form = { derived: z, left: x, right: y, sign };
          const evidence = rows
            .map((row, r) => ({ row, r }))
            .filter(({ row }) => figure(row, x) && figure(row, y) && figure(row, z));
          if (evidence.length < MIN_RELATION_ROWS) continue;
          if (
            evidence.every(({ row }) => isZero(row, x)) ||
            evidence.every(({ row }) => isZero(row, y))
          )
            continue;
          const name = `${columns[z]?.label ?? ''} = ${columns[x]?.label ?? ''} ${sign === 1 ? '+' : '−'} ${columns[y]?.label ?? ''}`;
          const checks: TotalCheck[] = [];
          let good = 0;
          let trivial = 0;
          for (const { row, r } of evidence) {
            const result = sumAgainst(
              'relation',
              row.cells[z],
              [r, z],
              [
                [r, x, row.cells[x]],
                [r, y, row.cells[y]],
              ],
              [1, sign],
              rounded,
              name,
            );
            if (result.kind !== 'checked') continue;
            checks.push(result.check);
            if (result.trivial || isZero(row, x) || isZero(row, y)) trivial += 1;
            else if (result.check.outcome !== 'mismatch') good += 1;
          }
          const informative = checks.length - trivial;
          if (good < MIN_RELATION_ROWS || good < RELATION_SHARE * informative) continue;
          if (best === undefined || good > best.good) best = { form, checks, good };
        }
      }
    }
    if (best !== undefined) out.push(...best.checks);
  }
  return out;
}
