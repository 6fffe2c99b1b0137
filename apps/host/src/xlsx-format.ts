import {
  formatCell,
  isExact,
  type NumberLocale,
  type Table,
  type TableColumn,
} from '@styrkit/core';

/**
 * How a table column is written as spreadsheet cells: Excel number format codes and widths.
 *
 * Number formats use Excel's own codes (`#,##0`, `0.00%`), which Excel and LibreOffice show with
 * the reader's locale separators, so a Swedish reader sees `45 100` and an English one `45,100`
 * from the same file. Percent cells hold the fraction (67,15 % is stored as 0.6715) because that
 * is what a `%` format means in a spreadsheet; the fraction is computed exactly from the text.
 */

/** Widest and narrowest column a sheet gets, in characters. */
export const XLSX_COLUMN_WIDTH = { min: 8, max: 60 } as const;

/** Decimals shown when a column does not say: money and integers whole, quantities one. */
function defaultDecimals(column: TableColumn): number {
  if (column.decimals !== undefined) return column.decimals;
  switch (column.kind) {
    case 'quantity':
      return 1;
    case 'percent':
      return 2;
    default:
      return 0;
  }
}

/**
 * The Excel number format code of a column, or `undefined` for text and date columns.
 * Thousands are grouped; a money or quantity unit (kkr, tkr, åa) follows the number in the cell.
 *
 * @example
 * ```ts
 * xlsxNumberFormat({ key: 'k', title: { sv: 'B', en: 'B' }, kind: 'money', unit: 'kkr' }); // '#,##0" kkr"'
 * xlsxNumberFormat({ key: 'p', title: { sv: 'A', en: 'S' }, kind: 'percent' }); // '0.00%'
 * ```
 */
export function xlsxNumberFormat(column: TableColumn): string | undefined {
  if (column.kind === 'text' || column.kind === 'date') return undefined;
  const decimals = defaultDecimals(column);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  if (column.kind === 'percent') return `0${fraction}%`;
  // Units are quoted so letters such as "h" or "m" are not read as date codes.
  const unit = column.unit === undefined ? '' : `" ${column.unit.replace(/"/g, '')}"`;
  return `#,##0${fraction}${unit}`;
}

/** Moves the decimal point of a plain decimal text two places left (67.15 → 0.6715), exactly. */
function percentTextToFraction(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const padded = whole.padStart(3, '0');
  const intPart = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  const digits = `${padded.slice(-2)}${fraction}`.replace(/0+$/, '');
  return `${negative ? '-' : ''}${intPart}${digits === '' ? '' : `.${digits}`}`;
}

/** Significant digits a double holds exactly; longer numbers are written as text. */
const DOUBLE_DIGITS = 15;

/**
 * The value a spreadsheet cell gets: a number when the exact value fits a double without
 * rounding (at most 15 significant digits), otherwise its exact text, so nothing is rounded.
 * Percent values become fractions for the `%` format.
 *
 * @example
 * ```ts
 * xlsxCellValue(exact('67.15'), { key: 'p', title: { sv: 'A', en: 'S' }, kind: 'percent' }, 'sv'); // 0.6715
 * xlsxCellValue(exact('45100'), { key: 'k', title: { sv: 'B', en: 'B' }, kind: 'money' }, 'sv'); // 45100
 * ```
 */
export function xlsxCellValue(
  cell: Table['rows'][number]['cells'][string] | undefined,
  column: TableColumn,
  locale: NumberLocale,
): string | number | null {
  if (cell === null || cell === undefined) return null;
  if (isExact(cell)) {
    const text =
      column.kind === 'percent' ? percentTextToFraction(cell.toString()) : cell.toString();
    const digits = text.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
    return digits <= DOUBLE_DIGITS ? Number(text) : text;
  }
  return typeof cell === 'string' ? cell : cell[locale];
}

/**
 * Column widths in characters, from the longest header or formatted cell, kept between
 * {@link XLSX_COLUMN_WIDTH}.min and max.
 *
 * @example
 * ```ts
 * xlsxColumnWidths({ id: 't', title: { sv: 'T', en: 'T' }, columns: [{ key: 'a', title: { sv: 'Aktivitet', en: 'Activity' }, kind: 'text' }], rows: [] }, 'sv'); // [11]
 * ```
 */
export function xlsxColumnWidths(table: Table, locale: NumberLocale): number[] {
  return table.columns.map((column) => {
    const header = column.title[locale] + (column.unit === undefined ? '' : ` (${column.unit})`);
    let widest = header.length;
    for (const row of table.rows) {
      const text = formatCell(row.cells[column.key] ?? null, column, locale);
      if (text.length > widest) widest = text.length;
    }
    return Math.min(XLSX_COLUMN_WIDTH.max, Math.max(XLSX_COLUMN_WIDTH.min, widest + 2));
  });
}
