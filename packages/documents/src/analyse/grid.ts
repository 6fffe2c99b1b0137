import type { NumberLocale } from '@styrkit/core';
import type { DocumentTable, SourceLocation } from '../model.js';
import { readSpacedTable, type SpacedGrid } from './spaced-reading.js';

/** A cell of the normalised grid every table becomes before it is analysed. */
export interface GridCell {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** The spaced reader could not decide this cell's figures. */
  readonly ambiguous?: boolean;
  /** The spaced reader could not split this row into the table's columns. */
  readonly unreadable?: boolean;
  /**
   * The slot is covered by a cell of a row above that spans down over it (rowSpan): empty
   * here, its text belongs to the row where the cell starts.
   */
  readonly covered?: boolean;
  readonly source: SourceLocation;
}

/** A row of the grid. */
export interface GridRow {
  readonly cells: GridCell[];
  readonly source: SourceLocation;
  /** A header line of a spaced table, kept whole. */
  readonly headerLine?: boolean;
}

/** The grid of a table, and for a spaced table how it was read. */
export interface Grid {
  readonly rows: GridRow[];
  /** For each grid column, the column of the document's table it came from (0-based). */
  readonly sourceColumns: readonly number[];
  readonly spaced?: SpacedGrid;
}

/** Widest span the grid lays out; a hostile colspan cannot widen every row. */
const MAX_SPAN = 64;

/**
 * Lays a grid table's rows out on its columns. The readers leave out the slots a cell from a
 * row above still covers (an HTML or Word cell with rowspan, a merged spreadsheet range, a PDF
 * cell with no rule below it), as the formats themselves do; each such slot becomes an empty,
 * covered cell, so the cells after it keep their columns ("Huvudaktivitet" spanning two header
 * rows pushes "VM VU VM VU" one column right). A merged cell keeps its place: the columns it
 * covers follow as empty cells.
 */
function placeCells(table: DocumentTable): GridRow[] {
  /** Per column, the first row no longer covered from above and the covering cell's source. */
  const above: { until: number; source: SourceLocation }[] = [];
  return table.rows.map((r, i) => {
    const cells: GridCell[] = [];
    const skipCovered = (): void => {
      for (let a = above[cells.length]; a !== undefined && a.until > i; a = above[cells.length])
        cells.push({ text: '', bold: false, italic: false, covered: true, source: a.source });
    };
    for (const c of r.cells) {
      skipCovered();
      const span = clampSpan(c.colSpan);
      const rowSpan = clampSpan(c.rowSpan, table.rows.length - i);
      if (rowSpan > 1)
        for (let k = 0; k < span; k += 1)
          above[cells.length + k] = { until: i + rowSpan, source: c.source };
      cells.push({
        text: c.text,
        bold: c.bold === true,
        italic: c.italic === true,
        source: c.source,
      });
      const filler: GridCell = { text: '', bold: false, italic: false, source: c.source };
      for (let k = 1; k < span; k += 1) cells.push(filler);
    }
    skipCovered();
    return { cells, source: r.source };
  });
}

function clampSpan(n: number | undefined, max = MAX_SPAN): number {
  return n !== undefined && Number.isInteger(n) && n > 1 ? Math.min(n, Math.max(1, max)) : 1;
}

function blank(cell: GridCell | undefined): boolean {
  return cell === undefined || cell.text.trim() === '';
}

/**
 * Turns a table into a rectangular grid: a grid table as written (each cell at its tab or
 * pipe position, so merged cells keep their place), a spaced table split by
 * `readSpacedTable`. Empty rows and columns empty in every row are dropped.
 */
export function toGrid(table: DocumentTable, locale: NumberLocale): Grid {
  let rows: GridRow[];
  let spaced: SpacedGrid | undefined;
  if (table.layout === 'spaced') {
    spaced = readSpacedTable(table, locale);
    const k = spaced.columns;
    rows = spaced.header.map((r) => ({
      cells: [
        {
          text: r.cells.map((c) => c.text).join(' '),
          bold: false,
          italic: false,
          source: r.cells[0]?.source ?? r.source,
        },
      ],
      source: r.source,
      headerLine: true,
    }));
    for (const b of spaced.body) {
      const label = b.row.cells[0];
      const figures = b.row.cells[1];
      const source = figures?.source ?? b.row.source;
      const cells: GridCell[] = [
        { text: b.label, bold: false, italic: false, source: label?.source ?? b.row.source },
      ];
      for (let c = 0; c < k; c += 1) {
        const line = source.line;
        const at: SourceLocation = {
          ...source,
          ...(line === undefined ? {} : { line }),
          cell: `R${rows.length + 1}C${c + 2}`,
        };
        if (b.cells === undefined)
          cells.push({
            text: figures?.text ?? '',
            bold: false,
            italic: false,
            unreadable: true,
            source: at,
          });
        else
          cells.push({
            text: b.cells[c] ?? '',
            bold: false,
            italic: false,
            ...(b.ambiguous ? { ambiguous: true } : {}),
            source: at,
          });
      }
      rows.push({ cells, source: b.row.source });
    }
  } else {
    rows = placeCells(table);
  }
  rows = rows.filter((r) => r.cells.some((c) => !blank(c)));
  // A loop, not Math.max(...spread): a spread of 120 000+ rows overflows the call stack.
  const width = rows.reduce((most, r) => (r.cells.length > most ? r.cells.length : most), 0);
  const keep: number[] = [];
  for (let c = 0; c < width; c += 1) if (rows.some((r) => !blank(r.cells[c]))) keep.push(c);
  const padded = rows.map((r) => ({
    ...r,
    cells:
      r.headerLine === true
        ? r.cells
        : keep.map((c) => r.cells[c] ?? { text: '', bold: false, italic: false, source: r.source }),
  }));
  return { rows: padded, sourceColumns: keep, ...(spaced === undefined ? {} : { spaced }) };
}
