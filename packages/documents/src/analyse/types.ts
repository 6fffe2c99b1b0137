import type { Exact, Finding } from '@styrkit/core';
import type { SourceLocation } from '../model.js';
import type { TotalCheck } from './check-types.js';

/**
 * What a cell says: a number, nothing (empty), not applicable ("-", "–"), unknown ("?"),
 * text, a figure whose column the reader could not decide (`ambiguous`), or text that looks
 * like a figure but is not one (`unreadable`).
 *
 * @example
 * ```ts
 * import type { CellStatus } from '@styrkit/documents';
 * const s: CellStatus = 'not-applicable';
 * ```
 */
export type CellStatus =
  'number' | 'empty' | 'not-applicable' | 'unknown' | 'text' | 'ambiguous' | 'unreadable';

/**
 * One cell as the analysis read it: the text as written, what it says, and the exact value
 * when it is a number.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { AnalysedCell } from '@styrkit/documents';
 * const c: AnalysedCell = { text: '1 200', status: 'number', value: exact('1200'), decimals: 0, source: { line: 179 } };
 * ```
 */
export interface AnalysedCell {
  /** The text as written. */
  readonly text: string;
  /** What the cell says. */
  readonly status: CellStatus;
  /** The exact value, for numbers. */
  readonly value?: Exact;
  /** Decimals shown ("1,5" has 1): the precision the figure was rounded to. */
  readonly decimals: number;
  /** Marked as an estimate ("ca"). */
  readonly estimate?: boolean;
  /** A unit written in the cell ("275 tkr", "29%"). */
  readonly unit?: string;
  /** The cell is bold. */
  readonly bold?: boolean;
  /** Where it is. */
  readonly source: SourceLocation;
}

/**
 * A value column: its header label, the header path from the top row down, its unit when it
 * differs from the table's, and whether its label says it is a total.
 *
 * @example
 * ```ts
 * import type { AnalysedColumn } from '@styrkit/documents';
 * const c: AnalysedColumn = { label: 'VM', path: ['Verksamhetsnära förvaltning', 'VM'], sourceColumn: 1 };
 * ```
 */
export interface AnalysedColumn {
  /** The column's own header text. */
  readonly label: string;
  /** Header texts from the top header row down. */
  readonly path: readonly string[];
  /** A unit stated in this column's header, when it differs from the table's. */
  readonly unit?: string;
  /** The header says the column is a total ("Summa", "Totalt"). */
  readonly total?: boolean;
  /** The column in the document's table (0-based), so a reader can find the cell. */
  readonly sourceColumn: number;
}

/**
 * A body row: its label, its kind (data, block subtotal, total), its values in column order in
 * the shape recognisers read, and its cells as read.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { AnalysedRow } from '@styrkit/documents';
 * const r: AnalysedRow = {
 *   label: 'Summa', kind: 'total', values: [exact('45100')],
 *   cells: [{ text: '45 100', status: 'number', value: exact('45100'), decimals: 0, source: { line: 183 } }],
 *   source: { line: 183 },
 * };
 * ```
 */
export interface AnalysedRow {
  /** The row label as written, lines joined. */
  readonly label: string;
  /** Data row, block subtotal or total. */
  readonly kind: 'data' | 'subtotal' | 'total';
  /** One value per column: the number, `null` for nothing or not applicable, 'unknown'. */
  readonly values: readonly (Exact | null | 'unknown')[];
  /** The cells of the value columns, as read. */
  readonly cells: readonly AnalysedCell[];
  /** The row is bold. */
  readonly bold?: boolean;
  /** The row is a bullet sub-item of the row above it. */
  readonly bullet?: boolean;
  /** Where the row is. */
  readonly source: SourceLocation;
}

/**
 * How a table of space-separated figures was split into cells.
 *
 * @example
 * ```ts
 * import type { SpacedReading } from '@styrkit/documents';
 * const r: SpacedReading = { columns: 5, alternatives: 32, decidedBy: 'totals' };
 * ```
 */
export interface SpacedReading {
  /** Value columns chosen. */
  readonly columns: number;
  /** Readings that were possible before the totals decided. */
  readonly alternatives: number;
  /** `unique` (one reading only), `totals` (the table's totals chose), `ambiguous`. */
  readonly decidedBy: 'unique' | 'totals' | 'ambiguous';
}

/**
 * A table as the analysis understood it. It is a `RecognisableTable` (what recognisers in
 * domain plugins read) plus its index, number, header rows, kind and the spaced reading.
 *
 * @example
 * ```ts
 * import type { AnalysedTable } from '@styrkit/documents';
 * const t: AnalysedTable = {
 *   index: 0, kind: 'figures', headerRows: [['Post', 'Belopp']], columns: [], rows: [], checks: [], source: { line: 1 },
 * };
 * ```
 */
export interface AnalysedTable {
  /** 0-based index among the document's analysed tables (the finding paths use it). */
  readonly index: number;
  /** The number in the caption ("Tabell 2" → 2). */
  readonly number?: number;
  /** The caption ("Tabell 2 …") or the heading above the table. */
  readonly caption?: string;
  /** The unit the table states for its figures. */
  readonly unit?: string;
  /** `figures` (checked), `text` (no value columns), `contents` (a table of contents: never summed). */
  readonly kind: 'figures' | 'text' | 'contents';
  /** The header rows' texts, as written. */
  readonly headerRows: readonly (readonly string[])[];
  /** The value columns. */
  readonly columns: readonly AnalysedColumn[];
  /** The body rows. */
  readonly rows: readonly AnalysedRow[];
  /** For a table found beside another on the same rows (side by side): its part, 1-based. */
  readonly sideBySide?: { readonly part: number; readonly of: number };
  /** How a table of space-separated figures was read. */
  readonly reading?: SpacedReading;
  /** Every total, subtotal and column relation checked, holding ones included. */
  readonly checks: readonly TotalCheck[];
  /** Where the table is. */
  readonly source: SourceLocation;
}

/** What analysing one table gives: one or more tables (side by side) and findings. */
export interface TableAnalysis {
  readonly tables: AnalysedTable[];
  readonly findings: Finding[];
}
