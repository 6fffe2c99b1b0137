import { formatCell, type NumberLocale, type Table, type TableColumn } from '@styrkit/core';

/** @internal Header text of a column: its title, and its unit in parentheses. */
export function columnHeading(column: TableColumn, locale: NumberLocale): string {
  const title = column.title[locale];
  return column.unit === undefined ? title : `${title} (${column.unit})`;
}

/** @internal Numbers are right-aligned; text and dates are not. */
export function isNumericColumn(column: TableColumn): boolean {
  return column.kind !== 'text' && column.kind !== 'date';
}

/** @internal Every body cell as people read it, with core's `formatCell`. */
export function formattedRows(table: Table, locale: NumberLocale): string[][] {
  return table.rows.map((row) =>
    table.columns.map((column) => formatCell(row.cells[column.key] ?? null, column, locale)),
  );
}

/**
 * The largest of some numbers, at least `floor`. A loop, not `Math.max(...spread)`: spreading
 * passes every value as an argument, which overflows the call stack at about 120 000 (a table
 * of that many rows, or a cell of that many words).
 */
function largest(values: Iterable<number>, floor = 0): number {
  let most = floor;
  for (const value of values) if (value > most) most = value;
  return most;
}

/** Longest word a column must fit: wrapping can shorten a line, not a word. */
function longestWord(text: string): number {
  return largest(text.split(/\s+/).map((word) => word.length));
}

/** @internal The longest word of each column (header and cells): less than that breaks words. */
export function columnMinimums(table: Table, locale: NumberLocale): number[] {
  const rows = formattedRows(table, locale);
  return table.columns.map((column, i) => {
    const texts = rows.map((r) => r[i] ?? '');
    const words = largest([columnHeading(column, locale), ...texts].map(longestWord));
    return isNumericColumn(column)
      ? largest(
          texts.map((t) => t.length),
          words,
        )
      : words;
  });
}

/**
 * @internal Width each column wants, in characters: numbers do not wrap, text wraps at words
 * but wants room for a readable line (capped at 28 characters).
 */
export function columnWidths(table: Table, locale: NumberLocale): number[] {
  const rows = formattedRows(table, locale);
  return table.columns.map((column, i) => {
    const texts = rows.map((r) => r[i] ?? '');
    const header = columnHeading(column, locale);
    if (isNumericColumn(column)) {
      return largest(
        texts.map((t) => t.length),
        Math.max(longestWord(header), 4),
      );
    }
    const line = Math.min(
      28,
      largest(
        texts.map((t) => t.length),
        4,
      ),
    );
    return largest(texts.map(longestWord), Math.max(line, longestWord(header)));
  });
}

/** Characters that fit across an A4 portrait text column at the report's body size. */
const PORTRAIT_CHARACTERS = 95;

/**
 * Whether a table needs a landscape page: more than six columns, or wider than a portrait
 * A4 text column at the body font size.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { needsLandscape } from '@styrkit/reports';
 * needsLandscape({
 *   id: 't', title: { sv: 'T', en: 'T' },
 *   columns: [{ key: 'v', title: { sv: 'Värde', en: 'Value' }, kind: 'money' }],
 *   rows: [{ cells: { v: exact('45100') } }],
 * }); // false
 * ```
 */
export function needsLandscape(table: Table, locale: NumberLocale = 'sv'): boolean {
  if (table.columns.length > 6) return true;
  const widths = columnWidths(table, locale);
  return widths.reduce((a, b) => a + b + 2, 0) > PORTRAIT_CHARACTERS;
}
