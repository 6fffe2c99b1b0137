/**
 * The one document model every reader produces (DOCX, XLSX, PDF, HTML, Markdown, plain text)
 * and the table analysis consumes. It keeps what a reader of a committee document needs to
 * judge its figures: the order of headings, paragraphs and tables, emphasis, captions, and
 * where every piece came from. It holds text as written: numbers are read later, by the
 * analysis, with core's parser.
 *
 * @module
 */
import type { Finding } from '@styrkit/core';

/**
 * The formats the readers understand.
 *
 * @example
 * ```ts
 * import type { DocumentFormat } from '@styrkit/documents';
 * const f: DocumentFormat = 'docx';
 * ```
 */
export type DocumentFormat = 'docx' | 'xlsx' | 'pdf' | 'html' | 'markdown' | 'text';

/**
 * Where a piece of a document came from. Every field is optional because each format knows
 * different things: a PDF has pages, a text file lines, a workbook sheets and cell addresses.
 *
 * @example
 * ```ts
 * import type { SourceLocation } from '@styrkit/documents';
 * const at: SourceLocation = { file: 'plan.xlsx', sheet: 'Budget', cell: 'C7' };
 * ```
 */
export interface SourceLocation {
  /** The file name the user gave, when known. */
  readonly file?: string;
  /** PDF page, 1-based. */
  readonly page?: number;
  /** Line in a text, Markdown or HTML input, 1-based. */
  readonly line?: number;
  /** Paragraph or block number in a DOCX body, 1-based. */
  readonly paragraph?: number;
  /** Worksheet name in a workbook. */
  readonly sheet?: string;
  /** Cell address: "C7" in a workbook, "R3C2" (row, column, 1-based) in other tables. */
  readonly cell?: string;
}

/**
 * A run of text with its emphasis.
 *
 * @example
 * ```ts
 * import type { Span } from '@styrkit/documents';
 * const s: Span = { text: 'Summa kostnader', bold: true };
 * ```
 */
export interface Span {
  /** The text. */
  readonly text: string;
  /** Bold (strong). */
  readonly bold?: boolean;
  /** Italic (emphasis). */
  readonly italic?: boolean;
}

/**
 * A heading, with its level (1 is the top).
 *
 * @example
 * ```ts
 * import type { HeadingBlock } from '@styrkit/documents';
 * const h: HeadingBlock = { type: 'heading', level: 2, text: '3 Budget och resurser', source: { line: 173 } };
 * ```
 */
export interface HeadingBlock {
  /** Discriminator. */
  readonly type: 'heading';
  /** 1 = top level. */
  readonly level: number;
  /** The heading text. */
  readonly text: string;
  /** Where it is. */
  readonly source: SourceLocation;
}

/**
 * A paragraph of running text; a caption ("Tabell 2 …", "Figur 7 …") is a paragraph with
 * `caption` set, and a bullet line ("•", "-", a list item) has `bullet` set.
 *
 * @example
 * ```ts
 * import type { ParagraphBlock } from '@styrkit/documents';
 * const p: ParagraphBlock = {
 *   type: 'paragraph', text: 'Tabell 1 ESF-projekt IP budget',
 *   spans: [{ text: 'Tabell 1 ESF-projekt IP budget' }], caption: true, source: { line: 770 },
 * };
 * ```
 */
export interface ParagraphBlock {
  /** Discriminator. */
  readonly type: 'paragraph';
  /** The whole text, spans joined. */
  readonly text: string;
  /** The text with its emphasis. */
  readonly spans: readonly Span[];
  /** A table or figure caption. */
  readonly caption?: boolean;
  /** A bullet or list item. */
  readonly bullet?: boolean;
  /** Where it is. */
  readonly source: SourceLocation;
}

/**
 * One cell as written. `text` is the cell's whole text with inner whitespace kept (a double
 * space in extracted text can mean an empty cell). `value` is set only where the source
 * itself stores a number (a numeric spreadsheet cell), as an exact decimal string.
 *
 * @example
 * ```ts
 * import type { DocumentCell } from '@styrkit/documents';
 * const c: DocumentCell = { text: '45 100', bold: true, source: { line: 183, cell: 'R7C6' } };
 * ```
 */
export interface DocumentCell {
  /** The text as written. */
  readonly text: string;
  /** The whole cell is bold. */
  readonly bold?: boolean;
  /** The whole cell is italic. */
  readonly italic?: boolean;
  /** Columns this cell spans (merged cells), default 1. */
  readonly colSpan?: number;
  /** Rows this cell spans, default 1. */
  readonly rowSpan?: number;
  /** A number the source stores as a number (XLSX), as an exact decimal string ("-9722.5"). */
  readonly value?: string;
  /** Where it is. */
  readonly source: SourceLocation;
}

/**
 * A row of cells.
 *
 * @example
 * ```ts
 * import type { DocumentRow } from '@styrkit/documents';
 * const r: DocumentRow = { cells: [{ text: 'Summa', source: {} }], source: { line: 183 } };
 * ```
 */
export interface DocumentRow {
  /** Cells left to right. */
  readonly cells: readonly DocumentCell[];
  /** Where the row is. */
  readonly source: SourceLocation;
}

/**
 * A table as the reader found it.
 *
 * `layout` says how far the reader could trust its columns:
 * - `grid`: the format says where each cell is (Word, Excel, HTML, Markdown pipes, tab
 *   separated text, PDF text rebuilt from positions).
 * - `spaced`: plain text whose columns are separated by spaces, where a space may also be a
 *   thousands separator ("917 0 459 0 1 376"). Each row then has the row label as its first
 *   cell and the rest of the line, untouched, as its second; the analysis decides the split,
 *   using the table's own totals.
 *
 * @example
 * ```ts
 * import type { DocumentTable } from '@styrkit/documents';
 * const t: DocumentTable = { type: 'table', layout: 'grid', rows: [], source: { page: 3 } };
 * ```
 */
export interface DocumentTable {
  /** Discriminator. */
  readonly type: 'table';
  /** How the columns were found. */
  readonly layout: 'grid' | 'spaced';
  /** The caption, when one stands right before or after the table ("Tabell 2 …"). */
  readonly caption?: string;
  /** Rows top to bottom, header rows included. */
  readonly rows: readonly DocumentRow[];
  /** Where the table starts. */
  readonly source: SourceLocation;
}

/**
 * Any block of a document, in reading order.
 *
 * @example
 * ```ts
 * import type { DocumentBlock } from '@styrkit/documents';
 * const blocks: DocumentBlock[] = [];
 * ```
 */
export type DocumentBlock = HeadingBlock | ParagraphBlock | DocumentTable;

/**
 * A whole document as read: its format, the blocks in reading order, and the reader's own
 * findings (unreadable parts, limits reached, a file that is not what its name says).
 *
 * @example
 * ```ts
 * import type { DocumentModel } from '@styrkit/documents';
 * const d: DocumentModel = { format: 'text', blocks: [], findings: [] };
 * ```
 */
export interface DocumentModel {
  /** The format the bytes turned out to be. */
  readonly format: DocumentFormat;
  /** The file name given by the caller. */
  readonly file?: string;
  /** Blocks in reading order. */
  readonly blocks: readonly DocumentBlock[];
  /** What the reader could not read, and why. */
  readonly findings: readonly Finding[];
}

/**
 * Limits every reader keeps, so a hostile or huge file gives a finding instead of a hang.
 * Defaults are in {@link DEFAULT_READ_LIMITS}; every limit is named in the package README.
 *
 * @example
 * ```ts
 * import { DEFAULT_READ_LIMITS, type ReadLimits } from '@styrkit/documents';
 * const strict: ReadLimits = { ...DEFAULT_READ_LIMITS, maxPages: 50 };
 * ```
 */
export interface ReadLimits {
  /** Largest input, in bytes. */
  readonly maxInputBytes: number;
  /** Largest total decompressed size of the parts read from a zip container (DOCX, XLSX). */
  readonly maxDecompressedBytes: number;
  /** Most entries in a zip container. */
  readonly maxZipEntries: number;
  /** Most PDF pages read. */
  readonly maxPages: number;
  /** Most table cells read in the whole document. */
  readonly maxCells: number;
  /** Most characters of text kept in the whole document. */
  readonly maxTextChars: number;
}

/**
 * The default limits: 50 MiB in, 200 MiB decompressed, 5 000 zip entries, 500 pages,
 * 500 000 cells, 20 million characters.
 *
 * @example
 * ```ts
 * import { DEFAULT_READ_LIMITS } from '@styrkit/documents';
 * DEFAULT_READ_LIMITS.maxPages; // 500
 * ```
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxInputBytes: 50 * 1024 * 1024,
  maxDecompressedBytes: 200 * 1024 * 1024,
  maxZipEntries: 5_000,
  maxPages: 500,
  maxCells: 500_000,
  maxTextChars: 20_000_000,
};

/**
 * What every reader takes besides the bytes.
 *
 * @example
 * ```ts
 * import type { ReadOptions } from '@styrkit/documents';
 * const o: ReadOptions = { file: 'kallelse.pdf' };
 * ```
 */
export interface ReadOptions {
  /** The file name, used for source locations and as a hint to the format. */
  readonly file?: string;
  /** Force a format instead of detecting it from the bytes. */
  readonly format?: DocumentFormat;
  /** Limits; missing fields take the defaults. */
  readonly limits?: Partial<ReadLimits>;
}
