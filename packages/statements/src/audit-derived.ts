import type { Finding } from '@styrkit/core';
import { compareShare, compareWithParts } from './compare.js';
import { cellOf, statementLines } from './lines.js';
import type { Statement, StatementColumn } from './model.js';
import { requireStatement } from './parsed-guard.js';

/** The columns a total column adds up: its `of`, or every value column before it. */
function summedColumns(statement: Statement, column: StatementColumn, index: number): string[] {
  if (column.of !== undefined) return column.of;
  return statement.columns
    .slice(0, index)
    .filter((c) => c.role === 'value')
    .map((c) => c.id);
}

/**
 * The row-wise rules: on every row, subtotal and total line, each total column equals the
 * sum of the columns it adds up, each difference column equals `of[0]` − `of[1]`, and each
 * share column equals `of[0]` / `of[1]` × 100 at its shown decimals. Derived columns are
 * checked against the stated figures of their operands, so one wrong cell is reported once,
 * where it is.
 *
 * @example
 * ```ts
 * import { parseStatement, auditDerivedColumns } from '@styrkit/statements';
 * const r = parseStatement({
 *   title: 'T', unit: 'tkr',
 *   columns: [{ id: 'a', label: '2025' }, { id: 'b', label: '2026' }, { id: 's', label: 'Summa', role: 'total' }],
 *   blocks: [{ id: 'k', label: 'Kostnader', rows: [{ id: 'r', label: 'Licenser', values: { a: 1, b: 2, s: 4 } }] }],
 * });
 * if (r.ok) auditDerivedColumns(r.value)[0]?.code; // 'statements/row-total-mismatch'
 * ```
 */
export function auditDerivedColumns(statement: Statement): Finding[] {
  requireStatement(statement, 'auditDerivedColumns');
  const findings: Finding[] = [];
  const rounded = statement.rounding === 'rounded';
  const known = new Set(statement.columns.map((c) => c.id));
  for (const line of statementLines(statement)) {
    statement.columns.forEach((column, index) => {
      if (column.role === 'value') return;
      const operands =
        column.role === 'total' ? summedColumns(statement, column, index) : (column.of ?? []);
      // A derived column with a broken definition is a structure finding, not a figure to check.
      if (operands.some((id) => !known.has(id))) return;
      const stated = cellOf(line, column.id);
      const place = {
        path: [...line.path, column.id],
        row: line.label,
        column: column.label,
        unit: column.unit ?? (column.role === 'share' ? '%' : statement.unit),
        rounded,
      };
      if (column.role === 'total') {
        findings.push(
          ...compareWithParts(
            stated,
            operands.map((id) => ({ cell: cellOf(line, id) })),
            { ...place, code: 'statements/row-total-mismatch' },
          ),
        );
        return;
      }
      const [first, second] = operands;
      if (first === undefined || second === undefined || operands.length !== 2) return;
      if (column.role === 'difference') {
        findings.push(
          ...compareWithParts(
            stated,
            [{ cell: cellOf(line, first) }, { cell: cellOf(line, second), negate: true }],
            { ...place, code: 'statements/difference-mismatch' },
          ),
        );
        return;
      }
      findings.push(
        ...compareShare(stated, cellOf(line, first), cellOf(line, second), column.decimals ?? 0, {
          ...place,
          code: 'statements/share-mismatch',
        }),
      );
    });
  }
  return findings;
}
