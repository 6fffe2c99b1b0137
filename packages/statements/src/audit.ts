import { sortFindings, type Finding } from '@styrkit/core';
import { auditBlockTotals } from './audit-blocks.js';
import { auditDerivedColumns } from './audit-derived.js';
import type { Statement } from './model.js';
import { checkStructure } from './structure.js';
import { requireStatement } from './parsed-guard.js';

/**
 * Every rule the package knows, on one statement: the structure, the derived columns on
 * every line (row totals, differences, shares) and the block and grand totals of every value
 * column. Stated totals are compared exactly; unknown parts ("?") give an info finding,
 * never a false mismatch; a `rounding: rounded` statement has its one-unit differences
 * reported as rounding differences (info). Findings give expected = computed, actual =
 * stated.
 *
 * @example
 * ```ts
 * import { parseStatement, auditStatement } from '@styrkit/statements';
 * const r = parseStatement({
 *   title: 'Kalkyl', unit: 'tkr',
 *   columns: [{ id: 'y1', label: '2025' }, { id: 'y2', label: '2026' }, { id: 'sum', label: 'Totalt', role: 'total' }],
 *   blocks: [{ id: 'k', label: 'Kostnader', rows: [{ id: 'lic', label: 'Licenser', values: { y1: 100, y2: 120, sum: 220 } }] }],
 *   total: { label: 'Summa', values: { y1: 100, y2: 120, sum: 230 } },
 * });
 * if (r.ok) auditStatement(r.value).map((f) => f.code); // ['statements/row-total-mismatch']
 * ```
 */
export function auditStatement(statement: Statement): Finding[] {
  requireStatement(statement, 'auditStatement');
  return sortFindings([
    ...checkStructure(statement),
    ...auditDerivedColumns(statement),
    ...auditBlockTotals(statement),
  ]);
}
