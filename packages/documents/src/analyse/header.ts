import type { NumberLocale } from '@styrkit/core';
import { readCellValue } from './cell-value.js';
import type { GridRow } from './grid.js';
import { isTotalLabel } from './total-labels.js';

/** Most header rows a table is taken to have. */
const MAX_HEADER_ROWS = 4;
/** A year or a period number in a header ("2023", "12"), not a figure to add up. */
const YEARISH = /^(?:19|20)\d{2}$/;

function counts(
  row: GridRow,
  locale: NumberLocale,
): { numbers: number; years: number; text: number } {
  let numbers = 0;
  let years = 0;
  let text = 0;
  row.cells.forEach((cell, c) => {
    const t = cell.text.trim();
    if (t === '') return;
    const v = readCellValue(t, locale);
    if (v.status === 'number') {
      if (c > 0) numbers += 1;
      if (YEARISH.test(t)) years += 1;
    } else if (v.status === 'text') text += 1;
  });
  return { numbers, years, text };
}

function emphasis(row: GridRow): string {
  const visible = row.cells.filter((c) => c.text.trim() !== '');
  if (visible.length > 0 && visible.every((c) => c.bold)) return 'bold';
  if (visible.length > 0 && visible.every((c) => c.italic)) return 'italic';
  return '';
}

/**
 * How many rows at the top are header rows: rows of text (a first row may hold years or
 * period numbers: "Period 12 5 Periodbudget …"), or a first row set apart by emphasis. A
 * spaced table's header lines are header rows. A table of text only has one header row.
 */
export function headerRowCount(rows: readonly GridRow[], locale: NumberLocale): number {
  let n = 0;
  while (n < rows.length && rows[n]?.headerLine === true) n += 1;
  if (n > 0) return n;
  const all = rows.map((r) => counts(r, locale));
  if (all.every((c) => c.numbers === 0)) return rows.length > 1 ? 1 : 0;
  for (let i = 0; i < rows.length && i < MAX_HEADER_ROWS; i += 1) {
    const row = rows[i];
    const c = all[i];
    if (row === undefined || c === undefined) break;
    if (isTotalLabel(row.cells[0]?.text ?? '')) break;
    const next = rows[i + 1];
    const setApart =
      i === 0 && next !== undefined && emphasis(row) !== '' && emphasis(row) !== emphasis(next);
    const textual = c.numbers === 0 || (i === 0 && (c.text > c.numbers || c.years === c.numbers));
    if (!(textual || setApart)) break;
    n = i + 1;
  }
  return n >= rows.length ? Math.max(0, rows.length - 1) : n;
}

/**
 * The header path of each column: texts from the top header row down. In every header row but
 * the last, an empty cell belongs to the group label on its left when the row below labels it
 * ("Verksamhetsnära förvaltning | (empty)" over "VM | VU"). A slot covered by a cell spanning
 * down from a row above ("Summa" over two header rows) adds nothing: the cell above named it.
 */
export function headerPaths(
  header: readonly GridRow[],
  width: number,
  firstValue: number,
): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  header.forEach((row, h) => {
    const last = h === header.length - 1;
    let group = '';
    for (let c = 0; c < width; c += 1) {
      const cell = row.cells[c];
      // A slot a cell above spans down over is that cell's, not part of a group on its left.
      if (cell?.covered === true) {
        group = '';
        continue;
      }
      const text = (cell?.text ?? '').trim();
      if (text !== '') group = c >= firstValue ? text : '';
      const below = header[h + 1]?.cells[c]?.text.trim() ?? '';
      const label = text !== '' ? text : !last && c >= firstValue && below !== '' ? group : '';
      const path = paths[c];
      if (label !== '' && path !== undefined && path[path.length - 1] !== label) path.push(label);
    }
  });
  return paths;
}
