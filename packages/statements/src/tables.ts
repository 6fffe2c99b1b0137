import type { Exact, NumberLocale, Table, TableCell, TableColumn, TableRow } from '@styrkit/core';
import type { StatementCell } from './cell.js';
import { cellOf } from './lines.js';
import type { Statement, StatementColumn } from './model.js';
import { requireStatement } from './parsed-guard.js';

function display(cell: StatementCell): Exact | string | null {
  if (cell.kind === 'value') return cell.value;
  return cell.kind === 'unknown' ? '?' : null;
}

function columnOf(statement: Statement, column: StatementColumn): TableColumn {
  const unit = column.unit ?? (column.role === 'share' ? '%' : statement.unit);
  return {
    key: `c:${column.id}`,
    title: { sv: column.label, en: column.label },
    kind: unit === '%' ? 'percent' : 'money',
    ...(unit === '' || unit === '%' ? {} : { unit }),
  };
}

function cellsOf(
  statement: Statement,
  label: string,
  line: { readonly values: Readonly<Record<string, StatementCell>> },
): Record<string, TableCell> {
  const cells: Record<string, TableCell> = { label };
  for (const column of statement.columns)
    cells[`c:${column.id}`] = display(cellOf(line, column.id));
  return cells;
}

/**
 * The statement as a core table: a label column and one column per statement column; each
 * block's heading, its rows and its stated subtotal, then the stated grand total. Figures
 * are the stated ones ("?" stays "?", nothing is "–"); the audit says where they disagree.
 *
 * @example
 * ```ts
 * import { parseStatement, statementTable } from '@styrkit/statements';
 * import { tableToMarkdown } from '@styrkit/core';
 * const r = parseStatement({
 *   title: 'Kalkyl', unit: 'tkr', columns: [{ id: 'a', label: '2025' }],
 *   blocks: [{ id: 'k', label: 'Kostnader', rows: [{ id: 'l', label: 'Licenser', values: { a: 100 } }] }],
 * });
 * if (r.ok) tableToMarkdown(statementTable(r.value));
 * ```
 */
export function statementTable(
  statement: Statement,
  options: { locale?: NumberLocale } = {},
): Table {
  requireStatement(statement, 'statementTable');
  const locale = options.locale ?? 'sv';
  const rows: TableRow[] = [];
  for (const block of statement.blocks) {
    if (block.label !== '') rows.push({ id: `block:${block.id}`, cells: { label: block.label } });
    for (const row of block.rows) {
      rows.push({ id: `row:${block.id}:${row.id}`, cells: cellsOf(statement, row.label, row) });
    }
    if (block.subtotal !== undefined) {
      rows.push({
        id: `subtotal:${block.id}`,
        kind: 'subtotal',
        cells: cellsOf(statement, block.subtotal.label ?? block.label, block.subtotal),
      });
    }
  }
  if (statement.total !== undefined) {
    const label = statement.total.label ?? (locale === 'sv' ? 'Summa' : 'Total');
    rows.push({ id: 'total', kind: 'total', cells: cellsOf(statement, label, statement.total) });
  }
  return {
    id: 'statements/statement',
    title: { sv: statement.title, en: statement.title },
    columns: [
      { key: 'label', title: { sv: 'Post', en: 'Item' }, kind: 'text' },
      ...statement.columns.map((c) => columnOf(statement, c)),
    ],
    rows,
    notes: (statement.notes ?? []).map((n) => ({ sv: n, en: n })),
  };
}
