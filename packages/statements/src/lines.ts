import type { Path } from '@styrkit/core';
import type { StatementCell } from './cell.js';
import type { Statement } from './model.js';
import { requireStatement } from './parsed-guard.js';

/**
 * Every line of a statement that carries figures, in reading order: the rows of each block,
 * the block's stated subtotal, and the stated grand total. Checks walk this list so a rule
 * is written once for all three kinds of line.
 *
 * @example
 * ```ts
 * import { parseStatement, statementLines } from '@styrkit/statements';
 * const r = parseStatement({
 *   title: 'T', unit: 'tkr', columns: [{ id: 'a', label: 'A' }],
 *   blocks: [{ id: 'b', label: 'B', rows: [{ id: 'r', label: 'R', values: { a: 1 } }] }],
 * });
 * if (r.ok) statementLines(r.value).map((l) => l.kind); // ['row']
 * ```
 */
export function statementLines(statement: Statement): StatementLine[] {
  requireStatement(statement, 'statementLines');
  const lines: StatementLine[] = [];
  statement.blocks.forEach((block, b) => {
    block.rows.forEach((row, r) => {
      lines.push({
        kind: 'row',
        key: `${block.id}/${row.id}`,
        label: row.label,
        values: row.values,
        path: ['blocks', b, 'rows', r, 'values'],
      });
    });
    if (block.subtotal !== undefined) {
      lines.push({
        kind: 'subtotal',
        key: `${block.id}/subtotal`,
        label: block.subtotal.label ?? block.label,
        values: block.subtotal.values,
        path: ['blocks', b, 'subtotal', 'values'],
      });
    }
  });
  if (statement.total !== undefined) {
    lines.push({
      kind: 'total',
      key: 'total',
      label: statement.total.label ?? statement.title,
      values: statement.total.values,
      path: ['total', 'values'],
    });
  }
  return lines;
}

/**
 * One line with figures: a row, a block subtotal or the grand total, with its label and the
 * path of its values.
 *
 * @example
 * ```ts
 * import type { StatementLine } from '@styrkit/statements';
 * function isTotal(line: StatementLine): boolean { return line.kind !== 'row'; }
 * ```
 */
export interface StatementLine {
  readonly kind: 'row' | 'subtotal' | 'total';
  /** 'blockId/rowId', 'blockId/subtotal' or 'total': how versions and documents are matched. */
  readonly key: string;
  readonly label: string;
  readonly values: Readonly<Record<string, StatementCell>>;
  /** Path to the line's `values` object. */
  readonly path: Path;
}

const NONE: StatementCell = { kind: 'none' };

/**
 * The cell of a line in a column; a missing key is nothing (`none`).
 *
 * @example
 * ```ts
 * import { cellOf } from '@styrkit/statements';
 * cellOf({ values: {} }, 'y2025'); // { kind: 'none' }
 * ```
 */
export function cellOf(
  line: { readonly values: Readonly<Record<string, StatementCell>> },
  column: string,
): StatementCell {
  return line.values[column] ?? NONE;
}
