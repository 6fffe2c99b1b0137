import { Exact } from './exact.js';
import type { LocalizedText } from './finding.js';
import { formatNumber, formatPercent, type NumberLocale } from './number-text.js';

/**
 * What a column holds, which decides how a renderer writes and aligns it.
 *
 * @example
 * ```ts
 * import type { ColumnKind } from '@styrkit/core';
 * const kind: ColumnKind = 'money';
 * ```
 */
export type ColumnKind = 'text' | 'money' | 'quantity' | 'percent' | 'integer' | 'date';

/**
 * A column: a key into each row's cells, a bilingual title, its kind, unit and decimals.
 *
 * @example
 * ```ts
 * import type { TableColumn } from '@styrkit/core';
 * const c: TableColumn = { key: 'itVm', title: { sv: 'IT VM', en: 'IT maint.' }, kind: 'money', unit: 'kkr' };
 * ```
 */
export interface TableColumn {
  /** Key into {@link TableRow.cells}. */
  readonly key: string;
  /** Header text. */
  readonly title: LocalizedText;
  /** What the column holds. */
  readonly kind: ColumnKind;
  /** Unit shown in the header ("kkr", "årsarbeten", "%"). */
  readonly unit?: string;
  /** Decimals to show; by default as many as each value has. */
  readonly decimals?: number;
}

/**
 * A cell: text (the same in every locale), bilingual text, an exact number, or null for
 * unknown/empty (shown as "–", never as 0).
 *
 * @example
 * ```ts
 * import { exact, type TableCell } from '@styrkit/core';
 * const cells: TableCell[] = ['Användarstöd', { sv: 'Hög', en: 'High' }, exact('2000'), null];
 * ```
 */
export type TableCell = string | LocalizedText | Exact | null;

/**
 * A row of cells by column key; `kind` marks subtotal and total rows for renderers.
 *
 * @example
 * ```ts
 * import { exact, type TableRow } from '@styrkit/core';
 * const r: TableRow = { cells: { name: 'Summa', total: exact('45100') }, kind: 'total' };
 * ```
 */
export interface TableRow {
  /** Cells by column key; a missing key is an empty cell. */
  readonly cells: Readonly<Record<string, TableCell>>;
  /** Data (default), subtotal or total. */
  readonly kind?: 'data' | 'subtotal' | 'total';
  /** Stable id, so findings and UIs can point at the row. */
  readonly id?: string;
}

/**
 * The plain table model every package produces and every renderer (Markdown, CSV, HTML,
 * XLSX, the web UI) consumes.
 *
 * @example
 * ```ts
 * import { exact, tableToMarkdown, type Table } from '@styrkit/core';
 * const t: Table = {
 *   id: 'demo',
 *   title: { sv: 'Budget', en: 'Budget' },
 *   columns: [
 *     { key: 'row', title: { sv: 'Aktivitet', en: 'Activity' }, kind: 'text' },
 *     { key: 'kkr', title: { sv: 'Belopp', en: 'Amount' }, kind: 'money', unit: 'kkr' },
 *   ],
 *   rows: [{ cells: { row: 'Användarstöd', kkr: exact('2200') } }],
 * };
 * tableToMarkdown(t);
 * ```
 */
export interface Table {
  /** Stable id ("pm3/budget-matrix"). */
  readonly id: string;
  /** Caption. */
  readonly title: LocalizedText;
  /** Columns in order. */
  readonly columns: readonly TableColumn[];
  /** Rows in order. */
  readonly rows: readonly TableRow[];
  /** Notes under the table (sources, rounding, unknowns). */
  readonly notes?: readonly LocalizedText[];
}

/**
 * Writes one cell for people in a locale: numbers grouped, unknown as "–".
 *
 * @example
 * ```ts
 * import { exact, formatCell } from '@styrkit/core';
 * formatCell(exact('67.15'), { key: 'p', title: { sv: 'Andel', en: 'Share' }, kind: 'percent' }); // '67,15 %'
 * formatCell(null, { key: 'x', title: { sv: 'X', en: 'X' }, kind: 'money' }); // '–'
 * ```
 */
export function formatCell(
  cell: TableCell,
  column: TableColumn,
  locale: NumberLocale = 'sv',
): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  if (!(cell instanceof Exact)) return cell[locale];
  const options =
    column.decimals === undefined ? { locale } : { locale, decimals: column.decimals };
  if (column.kind === 'percent') return formatPercent(cell, options);
  return formatNumber(cell, options);
}

/** @internal Header text of a column with its unit. */
export function columnHeader(column: TableColumn, locale: NumberLocale): string {
  const title = column.title[locale];
  return column.unit === undefined ? title : `${title} (${column.unit})`;
}

/** @internal Whether a column is right-aligned (numbers). */
export function isNumeric(column: TableColumn): boolean {
  return column.kind !== 'text' && column.kind !== 'date';
}

/**
 * The plain value of a cell for machines and tests: numbers exact in plain notation ("45100",
 * "-16.3"), text in the locale, unknown or missing as "".
 *
 * @example
 * ```ts
 * import { exact, plainCell } from '@styrkit/core';
 * plainCell(exact('45100.50')); // '45100.5'
 * plainCell({ sv: 'Hög', en: 'High' }, 'en'); // 'High'
 * ```
 */
export function plainCell(cell: TableCell | undefined, locale: NumberLocale = 'sv'): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell;
  return cell instanceof Exact ? cell.toString() : cell[locale];
}
