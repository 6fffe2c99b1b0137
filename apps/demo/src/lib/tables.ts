import { formatDecimal, pick, type Locale, type Text } from './i18n.js';

/** A table column as the host sends it. */
export interface JsonColumn {
  readonly key: string;
  readonly title: Text;
  readonly kind: 'text' | 'money' | 'quantity' | 'percent' | 'integer' | 'date';
  readonly unit?: string;
  readonly decimals?: number;
}

/** A cell: text, bilingual text, an exact number as a string, or null (unknown/empty). */
export type JsonCell = string | Text | null;

/** A table row. */
export interface JsonRow {
  readonly id?: string;
  readonly kind?: 'data' | 'subtotal' | 'total';
  readonly cells: Readonly<Record<string, JsonCell | undefined>>;
}

/** A table as the host's `/tables?format=json` sends it (the core `Table` in JSON). */
export interface JsonTable {
  readonly id: string;
  readonly title: Text;
  readonly columns: readonly JsonColumn[];
  readonly rows: readonly JsonRow[];
  readonly notes?: readonly (Text | string)[];
}

/** Whether a column holds numbers (right-aligned, formatted per locale). */
export function isNumeric(column: JsonColumn): boolean {
  return column.kind !== 'text' && column.kind !== 'date';
}

/** A cell as text for a locale: numbers with Swedish or English separators, empty as "–". */
export function cellText(cell: JsonCell | undefined, column: JsonColumn, locale: Locale): string {
  if (cell === null || cell === undefined) return '–';
  if (typeof cell !== 'string') return pick(cell, locale);
  if (!isNumeric(column)) return cell;
  const text = formatDecimal(cell, locale, column.decimals);
  // Every share carries its sign, in both languages (a whole "33" formats to itself, so the
  // test is whether the cell is a number, not whether formatting changed it).
  return column.kind === 'percent' && /^-?\d+(\.\d+)?$/.test(cell) ? `${text}\u00a0%` : text;
}

/** A column header with its unit. */
export function headerText(column: JsonColumn, locale: Locale): string {
  const title = pick(column.title, locale);
  return column.unit === undefined || title.includes(column.unit)
    ? title
    : `${title} (${column.unit})`;
}

/** The plain value of a cell for CSV and charts ("" when empty). */
export function plainValue(cell: JsonCell | undefined, locale: Locale): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell : pick(cell, locale);
}

/** A number from a cell (undefined when empty or not a number). */
export function numberOf(cell: JsonCell | undefined): number | undefined {
  if (typeof cell !== 'string' || !/^-?\d+(\.\d+)?$/.test(cell)) return undefined;
  return Number(cell);
}

/**
 * A table as CSV the way Swedish Excel opens it (`;` and decimal comma in Swedish; `,` and a
 * decimal point in English), for tables the portal composes itself.
 */
export function tableToCsv(table: JsonTable, locale: Locale): string {
  const sep = locale === 'sv' ? ';' : ',';
  const quote = (s: string): string =>
    s.includes(sep) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  const lines = [table.columns.map((c) => quote(headerText(c, locale))).join(sep)];
  for (const row of table.rows) {
    lines.push(
      table.columns
        .map((c) => {
          const v = plainValue(row.cells[c.key], locale);
          return quote(isNumeric(c) && locale === 'sv' ? v.replace('.', ',') : v);
        })
        .join(sep),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A finding path's relation to a table row: `budget.rows.2.businessVm` → row 2, column. */
export function pathTarget(
  path: readonly (string | number)[],
): { matrix: string; row?: number; column?: string } | undefined {
  const [matrix, part, row, column] = path;
  if (typeof matrix !== 'string') return undefined;
  if (part === 'rows' && typeof row === 'number') {
    return typeof column === 'string' ? { matrix, row, column } : { matrix, row };
  }
  if (part === 'statedColumnTotals' && typeof row === 'string') return { matrix, column: row };
  return { matrix };
}
