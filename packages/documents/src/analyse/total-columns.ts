import type { CheckColumn, CheckRow, TotalCheck } from './check-types.js';
import { sumAgainst } from './part-values.js';

function checksFor(
  rows: readonly CheckRow[],
  total: number,
  members: readonly number[],
  rounded: boolean,
): { checks: TotalCheck[]; score: number } {
  const checks: TotalCheck[] = [];
  let score = 0;
  rows.forEach((row, r) => {
    const parts = members.map((c) => [r, c, row.cells[c]] as const);
    const out = sumAgainst(
      'row-total',
      row.cells[total],
      [r, total],
      parts,
      parts.map(() => 1),
      rounded,
    );
    if (out.kind !== 'checked') return;
    checks.push(out.check);
    if (!out.trivial) score += out.check.outcome === 'mismatch' ? -1 : 1;
  });
  return { checks, score };
}

/**
 * Checks each total column ("Summa", "Totalt" in the header) row by row against the columns
 * it sums: the figure columns since the previous total column, or, when the figures say so,
 * all figure columns before it (a grand total beside subtotals). A total column standing first
 * sums the columns after it.
 */
export function checkTotalColumns(
  rows: readonly CheckRow[],
  columns: readonly CheckColumn[],
  rounded: boolean,
): TotalCheck[] {
  const out: TotalCheck[] = [];
  columns.forEach((column, t) => {
    if (!column.total || !column.additive) return;
    const before: number[] = [];
    const sinceLast: number[] = [];
    for (let c = 0; c < t; c += 1) {
      const other = columns[c];
      if (other === undefined || !other.additive) continue;
      if (other.total) {
        sinceLast.length = 0;
        continue;
      }
      before.push(c);
      sinceLast.push(c);
    }
    const after: number[] = [];
    for (let c = t + 1; c < columns.length && !(columns[c]?.total ?? false); c += 1)
      if (columns[c]?.additive === true) after.push(c);
    const options = [sinceLast, before, ...(before.length === 0 ? [after] : [])].filter(
      (o) => o.length > 0,
    );
    let best: { checks: TotalCheck[]; score: number } | undefined;
    for (const o of options) {
      const tried = checksFor(rows, t, o, rounded);
      if (best === undefined || tried.score > best.score) best = tried;
    }
    if (best !== undefined) out.push(...best.checks);
  });
  return out;
}
