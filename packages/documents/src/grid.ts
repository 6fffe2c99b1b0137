import type { ReaderContext } from './context.js';
import { at, gridAddress } from './context.js';
import type { DocumentCell, DocumentRow, SourceLocation, Span } from './model.js';
import { allSpans, spanText, trimSpans } from './spans.js';

/** A cell as a reader collected it, before it is placed on the table's grid. */
export interface RawCell {
  readonly spans: readonly Span[];
  readonly colSpan: number;
  readonly rowSpan: number;
  /** A header cell (HTML th), bold as browsers and word processors show it. */
  readonly header?: boolean;
  /** Where the cell itself is (an HTML line), added to the table's location. */
  readonly location?: SourceLocation;
}

// Browsers cap spans at these values; a hostile file cannot make us walk a huge grid.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/**
 * Places rows of cells on a grid, skipping the slots that row spans from above still cover,
 * and gives each cell its R/C address. Each spanned slot costs one cell of the budget.
 */
export function placeRows(
  ctx: ReaderContext,
  rawRows: readonly (readonly RawCell[])[],
  base: SourceLocation,
): DocumentRow[] {
  const busyUntil: number[] = [];
  const rows: DocumentRow[] = [];
  for (let r = 0; r < rawRows.length && !ctx.budget.exhausted; r++) {
    const cells: DocumentCell[] = [];
    let column = 0;
    for (const raw of rawRows[r] ?? []) {
      while ((busyUntil[column] ?? 0) > r) column++;
      const colSpan = clamp(raw.colSpan, MAX_COLSPAN);
      const rowSpan = clamp(raw.rowSpan, Math.min(MAX_ROWSPAN, rawRows.length - r));
      let room = true;
      for (let k = 0; k < colSpan && room; k++) room = ctx.budget.takeCell();
      if (!room) break;
      for (let k = 0; k < colSpan; k++) busyUntil[column + k] = r + rowSpan;
      cells.push(
        toCell(ctx, raw, colSpan, rowSpan, {
          ...base,
          ...raw.location,
          cell: gridAddress(r, column),
        }),
      );
      column += colSpan;
    }
    rows.push({ cells, source: at(ctx, base) });
  }
  return rows;
}

function clamp(n: number, max: number): number {
  return Number.isInteger(n) && n >= 1 ? Math.min(n, Math.max(1, max)) : 1;
}

/** A placed cell: trimmed text, whole-cell emphasis, spans when more than one. */
export function toCell(
  ctx: ReaderContext,
  raw: RawCell,
  colSpan: number,
  rowSpan: number,
  location: SourceLocation,
): DocumentCell {
  const spans = trimSpans(raw.spans);
  const text = spanText(spans);
  ctx.budget.takeText(text.length);
  const bold = raw.header === true || allSpans(spans, 'bold');
  const italic = allSpans(spans, 'italic');
  return {
    text,
    ...(bold && text !== '' ? { bold } : {}),
    ...(italic ? { italic } : {}),
    ...(colSpan > 1 ? { colSpan } : {}),
    ...(rowSpan > 1 ? { rowSpan } : {}),
    source: at(ctx, location),
  };
}
