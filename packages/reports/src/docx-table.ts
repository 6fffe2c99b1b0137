import type { NumberLocale, Table as CoreTable } from '@styrkit/core';
import {
  AlignmentType,
  LineRuleType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import { run, textWidth } from './docx-styles.js';
import {
  columnHeading,
  columnMinimums,
  columnWidths,
  formattedRows,
  isNumericColumn,
} from './table-layout.js';

const CELL_SIZE = 18;
const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const borders = { top: border, bottom: border, left: border, right: border } as const;
const margins = { top: 40, bottom: 40, left: 80, right: 80 } as const;

function cell(
  text: string,
  options: { right: boolean; bold: boolean; width: number; header?: boolean; keepNext?: boolean },
): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    borders,
    margins,
    ...(options.header === true
      ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } }
      : {}),
    children: [
      new Paragraph({
        spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
        keepNext: options.keepNext ?? false,
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [run({ text, bold: options.bold, size: CELL_SIZE })],
      }),
    ],
  });
}

/** Twips per character at the 9 pt table font (an average glyph), and a cell's side margins. */
const CHAR_TWIPS = 120;
const CELL_PADDING = 200;

/**
 * Column widths in twips that fill the text width: every column first gets its longest word
 * (so words never break), the rest goes in proportion to what each column wants.
 */
function twipWidths(table: CoreTable, locale: NumberLocale, landscape: boolean): number[] {
  const width = textWidth(landscape);
  const minimums = columnMinimums(table, locale).map((c) => c * CHAR_TWIPS + CELL_PADDING);
  const wants = columnWidths(table, locale).map((c) => c * CHAR_TWIPS + CELL_PADDING);
  const base = minimums.reduce((a, b) => a + b, 0);
  if (base >= width) return minimums.map((m) => Math.floor((width * m) / base));
  // The rest in proportion to what each column wants, numbers included, so no column is left
  // at its bare minimum (a bold header needs a little more than the average glyph).
  const wantTotal = wants.reduce((a, b) => a + b, 0);
  const spare = width - base;
  return minimums.map((m, i) => Math.floor(m + (spare * (wants[i] ?? 0)) / wantTotal));
}

/**
 * @internal A core table as a real Word table: a header row repeated on every page, numbers
 * right-aligned, total and subtotal rows bold, rows that do not split across pages.
 */
export function docxTable(table: CoreTable, locale: NumberLocale, landscape: boolean): Table {
  const widths = twipWidths(table, locale, landscape);
  const right = table.columns.map(isNumericColumn);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, i) =>
      cell(columnHeading(column, locale), {
        right: right[i] ?? false,
        bold: true,
        width: widths[i] ?? 0,
        header: true,
        keepNext: true,
      }),
    ),
  });
  const texts = formattedRows(table, locale);
  // A short table stays on one page: every row but the last keeps with the next.
  const together = table.rows.length <= 15;
  const body = table.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((_, i) =>
          cell(texts[r]?.[i] ?? '', {
            right: right[i] ?? false,
            bold: row.kind === 'total' || row.kind === 'subtotal',
            width: widths[i] ?? 0,
            keepNext: together && r < table.rows.length - 1,
          }),
        ),
      }),
  );
  return new Table({
    width: { size: textWidth(landscape), type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  });
}
