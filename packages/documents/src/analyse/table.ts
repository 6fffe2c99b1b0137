import { mentionsMoney, type NumberLocale } from '@styrkit/core';
import type { DocumentTable } from '../model.js';
import { readCellValue } from './cell-value.js';
import type { CheckColumn, CheckRow, TotalCheck, UnknownItems } from './check-types.js';
import { columnRoles, labelColumn, sideBySideStarts } from './columns.js';
import { toGrid, type GridCell, type GridRow } from './grid.js';
import { headerPaths, headerRowCount } from './header.js';
import { inferRelations } from './relations.js';
import { checkRowTotals } from './row-totals.js';
import { spacedColumnPaths } from './spaced-labels.js';
import type { SpacedGrid } from './spaced-reading.js';
import { checkTotalColumns } from './total-columns.js';
import { isPartLabel, isTotalLabel } from './total-labels.js';
import type { AnalysedCell, AnalysedColumn, AnalysedRow, AnalysedTable } from './types.js';
import { isAdditiveUnit, isRoundedUnit, normaliseUnit, unitIn } from './units.js';

/** What the document around a table tells its analysis. */
export interface TableContext {
  readonly locale: NumberLocale;
  /** The index the first table found here gets. */
  readonly firstIndex: number;
  /** The heading the table stands under, for tables without a caption. */
  readonly heading?: string;
  /** The table follows a "Innehåll"/"Innehållsförteckning" heading. */
  readonly contents: boolean;
}

/** A table analysed, with what its checks found, before the findings are worded. */
export interface AnalysedPart {
  readonly table: AnalysedTable;
  readonly unknowns: readonly UnknownItems[];
  readonly spaced?: SpacedGrid;
  /** Spaced rows (body indexes) the reader left ambiguous or could not split. */
  readonly ambiguousRows: readonly number[];
  readonly unreadableRows: readonly number[];
}

const BULLET_LABEL = /^\s*(?:[•▪◦‣●○■□➢►*]|[-–](?=\s))/u;
const DOT_LEADERS = /\.{4,}|…{2,}|(?:\. ){3,}/;
const CAPTION_NUMBER = /^(?:\*\*)?(?:tabell|table|tab\.)\s*(\d+)/i;

function analysedCell(
  cell: GridCell | undefined,
  row: GridRow,
  locale: NumberLocale,
): AnalysedCell {
  const source = cell?.source ?? row.source;
  const text = cell?.text ?? '';
  const bold = cell?.bold === true ? { bold: true } : {};
  if (cell?.unreadable === true)
    return { text, status: 'unreadable', decimals: 0, ...bold, source };
  if (cell?.ambiguous === true && text.trim() !== '')
    return { text, status: 'ambiguous', decimals: 0, ...bold, source };
  const v = readCellValue(text, locale);
  const unit = normaliseUnit(v.unit);
  return {
    text,
    status: v.status,
    ...(v.value === undefined ? {} : { value: v.value }),
    decimals: v.decimals,
    ...(v.estimate === true ? { estimate: true } : {}),
    ...(unit === undefined ? {} : { unit }),
    ...bold,
    source,
  };
}

function recognisable(cell: AnalysedCell): AnalysedRow['values'][number] {
  if (cell.status === 'number' && cell.value !== undefined) return cell.value;
  if (cell.status === 'empty' || cell.status === 'not-applicable') return null;
  return 'unknown';
}

/** The unit every value column states, if they all state the same one. */
function everyColumn(units: readonly (string | undefined)[]): string | undefined {
  if (units.length === 0 || units.some((u) => u === undefined || u === '·')) return undefined;
  return commonUnit(units);
}

function commonUnit(units: readonly (string | undefined)[]): string | undefined {
  const set = new Set(units.filter((u): u is string => u !== undefined));
  return set.size === 1 ? [...set][0] : undefined;
}

/**
 * Analyses one table of the document: finds its header rows, label column and value columns,
 * splits tables that stand side by side on one row set, reads every cell with core's parser,
 * finds the table's unit, and checks its total rows, total columns and the relations between
 * its columns. A table of contents is recognised and never summed.
 */
export function analyseTable(source: DocumentTable, ctx: TableContext): AnalysedPart[] {
  const { locale } = ctx;
  const grid = toGrid(source, locale);
  if (grid.rows.length === 0) return [];
  const hc = headerRowCount(grid.rows, locale);
  const header = grid.rows.slice(0, hc);
  const body = grid.rows.slice(hc);
  const width = Math.max(
    0,
    ...body.map((r) => r.cells.length),
    ...header.filter((r) => r.headerLine !== true).map((r) => r.cells.length),
  );
  const roles = columnRoles(body, width, locale);
  const label = labelColumn(roles);
  const starts = sideBySideStarts(roles, label, header, body);
  const gridHeader = header.filter((r) => r.headerLine !== true);
  const paths =
    grid.spaced === undefined
      ? headerPaths(gridHeader, width, label + 1)
      : [
          [],
          ...spacedColumnPaths(
            header.map((r) => r.cells[0]?.text ?? ''),
            grid.spaced.columns,
          ).map((p) => p ?? []),
        ];
  const caption = source.caption ?? ctx.heading;
  const number =
    source.caption === undefined ? undefined : CAPTION_NUMBER.exec(source.caption)?.[1];
  const captionUnit = source.caption === undefined ? undefined : unitIn(source.caption);
  const out: AnalysedPart[] = [];

  starts.forEach((start, p) => {
    const end = starts[p + 1] ?? width;
    const valueCols: number[] = [];
    for (let c = start + 1; c < end; c += 1) if (roles[c] === 'figures') valueCols.push(c);
    const rowsHere = body
      .map((row, b) => ({ row, b }))
      .filter(
        ({ row }) =>
          (row.cells[start]?.text.trim() ?? '') !== '' ||
          valueCols.some((c) => (row.cells[c]?.text.trim() ?? '') !== ''),
      );
    const headerText = (c: number): string => (paths[c] ?? []).join(' ');
    const headerUnits = valueCols.map((c) => unitIn(headerText(c)));
    const totalCol = valueCols.findIndex(
      (c) => isTotalLabel((paths[c] ?? []).at(-1) ?? headerText(c)) || isTotalLabel(headerText(c)),
    );
    const labelHeaderUnit = unitIn(headerText(start));
    const cellsByCol = valueCols.map((c) =>
      rowsHere.map(({ row }) => analysedCell(row.cells[c], row, locale)),
    );
    const cellUnits = cellsByCol.map((cells) =>
      commonUnit(cells.filter((x) => x.status === 'number').map((x) => x.unit ?? '·')),
    );
    const unit =
      captionUnit ??
      (totalCol >= 0 ? headerUnits[totalCol] : undefined) ??
      everyColumn(headerUnits) ??
      labelHeaderUnit ??
      everyColumn(cellUnits) ??
      commonUnit(
        rowsHere
          .map(({ row }) => row.cells[start]?.text ?? '')
          .filter(isTotalLabel)
          .map(unitIn),
      );
    const columns: AnalysedColumn[] = valueCols.map((c, i) => {
      const path = paths[c] ?? [];
      const colUnit = headerUnits[i] ?? (cellUnits[i] === '·' ? undefined : cellUnits[i]);
      const total = isTotalLabel(path.at(-1) ?? '') || isTotalLabel(path.join(' '));
      return {
        label: path.at(-1) ?? `${locale === 'sv' ? 'Kolumn' : 'Column'} ${i + 1}`,
        path,
        ...(colUnit !== undefined && colUnit !== unit ? { unit: colUnit } : {}),
        ...(total ? { total: true } : {}),
        sourceColumn: grid.sourceColumns[c] ?? c,
      };
    });
    const labels = rowsHere.map(({ row }) => row.cells[start]?.text.trim() ?? '');
    const rowBold = rowsHere.map(({ row }) => {
      const visible = [start, ...valueCols]
        .map((c) => row.cells[c])
        .filter((x) => x !== undefined && x.text.trim() !== '');
      return (
        (row.cells[start]?.bold ?? false) ||
        (visible.length > 0 && visible.every((x) => x?.bold === true))
      );
    });
    const emphasisOn = rowBold.some((b) => !b);
    const dotted = labels.filter((l) => DOT_LEADERS.test(l)).length;
    const kind: AnalysedTable['kind'] =
      ctx.contents || (labels.length > 0 && dotted * 2 >= labels.length)
        ? 'contents'
        : valueCols.length === 0
          ? 'text'
          : 'figures';
    const moneyText = [
      caption ?? '',
      ...columns.map((c) => c.path.join(' ')),
      ...labels,
      headerText(start),
    ].join(' ');
    // A table about money is shown rounded (tkr, kr from öre): core's words, shared with statements.
    const rounded = isRoundedUnit(unit) || mentionsMoney(moneyText);

    const checkRows: CheckRow[] = rowsHere.map((_, r) => ({
      label: labels[r] ?? '',
      cells: cellsByCol.map((cells) => cells[r] as AnalysedCell),
      labelTotal: isTotalLabel(labels[r] ?? ''),
      emphasised: emphasisOn && (rowBold[r] ?? false),
      bullet: BULLET_LABEL.test(labels[r] ?? ''),
      part: isPartLabel(labels[r] ?? ''),
      hasValues: cellsByCol.some(
        (cells) => (cells[r]?.status ?? 'empty') !== 'empty' && cells[r]?.status !== 'text',
      ),
    }));
    const checkColumns: CheckColumn[] = columns.map((c, i) => ({
      label: c.label,
      additive:
        isAdditiveUnit(c.unit ?? unit) &&
        !/%|procent|andel/i.test(c.path.join(' ')) &&
        cellUnits[i] !== '%',
      total: c.total === true,
    }));
    let checks: TotalCheck[] = [];
    let kinds: AnalysedRow['kind'][] = checkRows.map(() => 'data');
    let unknowns: UnknownItems[] = [];
    if (kind === 'figures') {
      const rowTotals = checkRowTotals(checkRows, checkColumns, rounded);
      kinds = rowTotals.kinds;
      unknowns = rowTotals.unknowns;
      checks = [
        ...rowTotals.checks,
        ...checkTotalColumns(checkRows, checkColumns, rounded),
        ...inferRelations(checkRows, checkColumns, rounded),
      ];
    }
    const rows: AnalysedRow[] = rowsHere.map(({ row }, r) => {
      const cells = cellsByCol.map((cs) => cs[r] as AnalysedCell);
      return {
        label: labels[r] ?? '',
        kind: kinds[r] ?? 'data',
        values: cells.map(recognisable),
        cells,
        ...(rowBold[r] === true ? { bold: true } : {}),
        ...(checkRows[r]?.bullet === true ? { bullet: true } : {}),
        source: row.cells[start]?.source ?? row.source,
      };
    });
    const index = ctx.firstIndex + p;
    const spaced = grid.spaced;
    const table: AnalysedTable = {
      index,
      ...(number === undefined ? {} : { number: Number(number) }),
      ...(caption === undefined ? {} : { caption }),
      ...(unit === undefined ? {} : { unit }),
      kind,
      headerRows: header.map((h) => h.cells.map((c) => c.text)),
      columns,
      rows,
      ...(starts.length > 1 ? { sideBySide: { part: p + 1, of: starts.length } } : {}),
      ...(spaced === undefined
        ? {}
        : {
            reading: {
              columns: spaced.columns,
              alternatives: spaced.alternatives,
              decidedBy: spaced.decidedBy,
            },
          }),
      checks,
      source: source.source,
    };
    const bodyIndex = new Map(rowsHere.map(({ b }, r) => [b, r]));
    const ambiguousRows: number[] = [];
    const unreadableRows: number[] = [];
    spaced?.body.forEach((b, i) => {
      const r = bodyIndex.get(i);
      if (r === undefined) return;
      if (b.cells === undefined) unreadableRows.push(r);
      else if (b.ambiguous) ambiguousRows.push(r);
    });
    out.push({
      table,
      unknowns,
      ...(spaced === undefined ? {} : { spaced }),
      ambiguousRows,
      unreadableRows,
    });
  });
  return out;
}
