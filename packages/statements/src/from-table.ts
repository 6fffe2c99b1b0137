import type { RecognisableCell, RecognisableTable } from '@styrkit/plugin';
import { mentionsMoney } from '@styrkit/core';
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

const ROUNDED_UNITS = /^(tkr|kkr|mnkr|mkr|mdkr|årsarbeten|fte)$/i;

/**
 * Whether the table's figures are shown rounded, the way the document audit judges it: money
 * in thousands or millions, full-time equivalents, figures with decimals, or a table about
 * money (budget, utfall, kostnad …). Counts of things (45 phones) are exact.
 */
function roundingOf(table: RecognisableTable): 'exact' | 'rounded' {
  const words = [table.caption ?? '', ...table.columns.flatMap((c) => c.path)].join(' ');
  const decimals = table.rows.some((r) =>
    r.values.some((v) => v !== null && v !== 'unknown' && !v.isInteger()),
  );
  const unit = table.unit?.trim() ?? '';
  return ROUNDED_UNITS.test(unit) || decimals || mentionsMoney(words) ? 'rounded' : 'exact';
}

function cellText(cell: RecognisableCell | undefined): string {
  if (cell === undefined || cell === null) return '-';
  if (cell === 'unknown') return '?';
  return cell.toString();
}

/**
 * A statement draft from a table found in a document: every value column becomes a column
 * (a total column keeps its role), data rows fill blocks, a subtotal row closes its block and
 * a total row (or a subtotal right after other subtotals) becomes the grand total. Rows after
 * the grand total build on it (a running result) and are left out, named in a note. Figures
 * are copied as the document states them; the statement is marked rounded where the document
 * audit would judge it so (money in tkr or mnkr, decimals, a table about money). The audit of
 * the draft then checks it like any statement.
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
  let open: NonNullable<Block['rows']> = [];
  let total: StatementInput['total'];
  const leftOut: string[] = [];
  for (const [index, row] of table.rows.entries()) {
    // Rows after the grand total build on it (Fastställd ram, RESULTAT, RESULTAT inkl …): a
    // running total the statement model does not express, so they stay out of the draft.
    if (total !== undefined) {
      leftOut.push(row.label);
      continue;
    }
    if (row.kind === 'data') {
      open.push({
        id: rowIds(row.label, `r${String(index + 1)}`),
        label: row.label,
        values: valuesOf(row.values),
      });
      continue;
    }
    if (row.kind === 'subtotal' && open.length > 0) {
      const label = row.label.replace(/^(summa|s:a|totalt?)\s+/i, '');
      blocks.push({
        id: blockId(label, `b${String(blocks.length + 1)}`),
        label,
        rows: open,
        subtotal: { label: row.label, values: valuesOf(row.values) },
      });
      open = [];
      continue;
    }
    // A total row, or a subtotal right after other subtotals (Nettokostnad under Summa
    // intäkter and Summa kostnader), adds up everything above it.
    if (open.length > 0) {
      blocks.push({ id: blockId('rader', `b${String(blocks.length + 1)}`), label: '', rows: open });
      open = [];
    }
    total = { label: row.label, values: valuesOf(row.values) };
  }
  if (open.length > 0)
    blocks.push({ id: blockId('rader', `b${String(blocks.length + 1)}`), label: '', rows: open });
  const notes =
    leftOut.length === 0
      ? []
      : [`Rader efter totalsumman, som bygger på den: ${leftOut.join(', ')}`];
  return {
    title: table.caption ?? 'Tabell',
    unit: table.unit ?? '',
    rounding: roundingOf(table),
    columns,
    blocks,
    ...(total === undefined ? {} : { total }),
    ...(notes.length === 0 ? {} : { notes }),
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
