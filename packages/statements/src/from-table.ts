import type { RecognisableCell, RecognisableTable } from '@styrkit/plugin';
import type { StatementInput } from './model.js';

/** A readable, unique id from a label ("Summa SEK (Kkr)" → "summa-sek-kkr"). */
function idMaker(): (label: string, fallback: string) => string {
  const used = new Set<string>();
  return (label, fallback) => {
    const base =
      label
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || fallback;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${String(n)}`;
    used.add(id);
    return id;
  };
}

function cellText(cell: RecognisableCell | undefined): string {
  if (cell === undefined || cell === null) return '-';
  if (cell === 'unknown') return '?';
  return cell.toString();
}

/** Money shown in thousands or millions is rounded from finer amounts. */
function roundingOf(unit: string | undefined): 'exact' | 'rounded' {
  return unit !== undefined && /^(tkr|kkr|mnkr|mkr)$/i.test(unit.trim()) ? 'rounded' : 'exact';
}

/**
 * A statement draft from a table found in a document: every value column becomes a column
 * (a total column keeps its role), data rows fill blocks, a subtotal row closes its block and
 * a total row becomes the grand total. Figures are copied as the document states them; the
 * audit of the draft then checks them like any statement. Figures in tkr or mnkr are marked
 * as rounded, since they are shown rounded from finer amounts.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { statementFromTable } from '@styrkit/statements';
 * const draft = statementFromTable({
 *   caption: 'Tabell 1', unit: 'tkr',
 *   columns: [{ label: '2025', path: ['2025'] }],
 *   rows: [
 *     { label: 'Licenser', kind: 'data', values: [exact('100')] },
 *     { label: 'Summa', kind: 'total', values: [exact('100')] },
 *   ],
 * });
 * draft.total?.values; // { '2025': '100' }
 * ```
 */
export function statementFromTable(table: RecognisableTable): StatementInput {
  const columnId = idMaker();
  const columns = table.columns.map((column, index) => {
    const id = columnId(column.path.join(' ') || column.label, `c${String(index + 1)}`);
    const unit = column.unit?.trim();
    return {
      id,
      label: column.path.join(' – ') || column.label,
      role: column.total === true ? ('total' as const) : ('value' as const),
      ...(unit === undefined || unit === '' || unit === table.unit ? {} : { unit }),
    };
  });
  // A total column adds up the value columns before it, not other total columns.
  columns.forEach((column, index) => {
    if (column.role !== 'total') return;
    Object.assign(column, {
      of: columns
        .slice(0, index)
        .filter((c) => c.role === 'value')
        .map((c) => c.id),
    });
  });
  const valuesOf = (values: readonly RecognisableCell[]) =>
    Object.fromEntries(columns.map((c, i) => [c.id, cellText(values[i])]));

  const blockId = idMaker();
  const rowIds = idMaker();
  type Block = NonNullable<StatementInput['blocks']>[number];
  const blocks: Block[] = [];
  let open: { rows: NonNullable<Block['rows']> } | undefined;
  let total: StatementInput['total'];
  for (const [index, row] of table.rows.entries()) {
    if (row.kind === 'data') {
      open ??= { rows: [] };
      open.rows.push({
        id: rowIds(row.label, `r${String(index + 1)}`),
        label: row.label,
        values: valuesOf(row.values),
      });
      continue;
    }
    if (row.kind === 'subtotal') {
      const label = row.label.replace(/^(summa|s:a|totalt?)\s+/i, '');
      blocks.push({
        id: blockId(label, `b${String(blocks.length + 1)}`),
        label,
        rows: open?.rows ?? [],
        subtotal: { label: row.label, values: valuesOf(row.values) },
      });
      open = undefined;
      continue;
    }
    total = { label: row.label, values: valuesOf(row.values) };
  }
  if (open !== undefined)
    blocks.push({
      id: blockId('rader', `b${String(blocks.length + 1)}`),
      label: '',
      rows: open.rows,
    });
  return {
    title: table.caption ?? 'Tabell',
    unit: table.unit ?? '',
    rounding: roundingOf(table.unit),
    columns,
    blocks,
    ...(total === undefined ? {} : { total }),
    ...(table.source?.file === undefined && table.source?.line === undefined
      ? {}
      : {
          source: {
            ...(table.source.file === undefined ? {} : { file: table.source.file }),
            ...(table.source.line === undefined ? {} : { line: table.source.line }),
          },
        }),
  };
}
