import type { Finding } from '@styrkit/core';
import { compareWithParts, type SignedPart } from './compare.js';
import { cellOf } from './lines.js';
import type { Statement } from './model.js';
import { requireStatement } from './parsed-guard.js';

/**
 * The column-wise rules for value columns: a block's stated subtotal equals the sum of its
 * rows, and the stated grand total equals the sum of every block's rows (a `sign: minus`
 * block subtracted). The grand total is computed from the rows, not from stated subtotals,
 * so a wrong subtotal is reported once, at the subtotal. Columns in % are not summed.
 *
 * @example
 * ```ts
 * import { parseStatement, auditBlockTotals } from '@styrkit/statements';
 * const r = parseStatement({
 *   title: 'T', unit: 'tkr', columns: [{ id: 'a', label: '2025' }],
 *   blocks: [{
 *     id: 'k', label: 'Kostnader',
 *     rows: [{ id: 'x', label: 'X', values: { a: 10 } }, { id: 'y', label: 'Y', values: { a: 20 } }],
 *     subtotal: { label: 'Summa kostnader', values: { a: 31 } },
 *   }],
 * });
 * if (r.ok) auditBlockTotals(r.value)[0]?.actual; // '31'
 * ```
 */
export function auditBlockTotals(statement: Statement): Finding[] {
  requireStatement(statement, 'auditBlockTotals');
  const findings: Finding[] = [];
  const rounded = statement.rounding === 'rounded';
  // Percentages do not add up down a column (28 % of one row and 16 % of the next is not
  // 44 % of both), so a value column in % has no block or grand total rule.
  const valueColumns = statement.columns.filter(
    (c) => c.role === 'value' && (c.unit ?? statement.unit).trim() !== '%',
  );
  for (const column of valueColumns) {
    const place = { column: column.label, unit: column.unit ?? statement.unit, rounded };
    const everyRow: SignedPart[] = [];
    statement.blocks.forEach((block, b) => {
      const parts = block.rows.map((row) => ({ cell: cellOf(row, column.id) }));
      everyRow.push(...parts.map((p) => ({ ...p, negate: block.sign === 'minus' })));
      if (block.subtotal === undefined) return;
      findings.push(
        ...compareWithParts(cellOf(block.subtotal, column.id), parts, {
          ...place,
          code: 'statements/block-total-mismatch',
          path: ['blocks', b, 'subtotal', 'values', column.id],
          row: block.subtotal.label ?? block.label,
        }),
      );
    });
    if (statement.total === undefined) continue;
    findings.push(
      ...compareWithParts(cellOf(statement.total, column.id), everyRow, {
        ...place,
        code: 'statements/grand-total-mismatch',
        path: ['total', 'values', column.id],
        row: statement.total.label ?? statement.title,
      }),
    );
  }
  return findings;
}
