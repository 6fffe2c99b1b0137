import { looksLikeCaption } from '../caption.js';
import { at, gridAddress, type ReaderContext } from '../context.js';
import type { DocumentBlock, DocumentCell, DocumentRow, Span } from '../model.js';
import { pushSpan } from '../spans.js';
import type { RuledTable } from './pdf-grid.js';
import type { PdfItem } from './pdf-items.js';
import { columnBands, segmentText, type TextLine } from './pdf-text.js';

/** One page's content as found: ruled tables and lines of running text. */
export interface PageContent {
  readonly page: number;
  readonly tables: readonly RuledTable[];
  readonly lines: readonly TextLine[];
}

/** What the whole document says about text sizes: body size and heading sizes, largest first. */
export interface SizeScale {
  readonly body: number;
  readonly headings: readonly number[];
}

const HEADING_RATIO = 1.15;

function isHeading(line: TextLine, scale: SizeScale): boolean {
  return line.size >= scale.body * HEADING_RATIO && line.segments.length === 1;
}

function spansOf(items: readonly PdfItem[]): Span[] {
  const spans: Span[] = [];
  let end = -Infinity;
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    if (spans.length > 0 && item.x - end > item.size * 0.2)
      pushSpan(spans, ' ', item.bold, item.italic);
    pushSpan(spans, item.text, item.bold, item.italic);
    end = item.x + item.width;
  }
  return spans;
}

function ruledBlock(ctx: ReaderContext, page: number, table: RuledTable): DocumentBlock {
  const rows: DocumentRow[] = [];
  table.rows.forEach((row, r) => {
    const cells: DocumentCell[] = [];
    for (const cell of row) {
      if (!ctx.budget.takeCell() || !ctx.budget.takeText(cell.text.length)) break;
      cells.push({
        text: cell.text,
        ...(cell.bold ? { bold: true } : {}),
        ...(cell.italic ? { italic: true } : {}),
        ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
        ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
        source: at(ctx, { page, cell: gridAddress(r, cell.column) }),
      });
    }
    rows.push({ cells, source: at(ctx, { page }) });
  });
  return { type: 'table', layout: 'grid', rows, source: at(ctx, { page }) };
}

/** A table without rules: each line a row, each segment placed in the column band it covers. */
function unruledBlock(ctx: ReaderContext, page: number, lines: readonly TextLine[]): DocumentBlock {
  const bands = columnBands(lines);
  const rows: DocumentRow[] = lines.map((line, r) => {
    const cells: DocumentCell[] = [];
    let column = 0;
    for (const segment of line.segments) {
      const from = segment[0]?.x ?? 0;
      const to = Math.max(...segment.map((i) => i.x + i.width));
      const hit = bands.map((b, i) => (b[1] >= from && b[0] <= to ? i : -1)).filter((i) => i >= 0);
      const first = Math.max(column, hit[0] ?? column);
      const last = Math.max(first, hit[hit.length - 1] ?? first);
      for (; column < first; column++)
        cells.push({ text: '', source: at(ctx, { page, cell: gridAddress(r, column) }) });
      const text = segmentText(segment);
      if (!ctx.budget.takeCell() || !ctx.budget.takeText(text.length)) break;
      const visible = segment.filter((i) => i.text.trim() !== '');
      cells.push({
        text,
        ...(visible.every((i) => i.bold) ? { bold: true } : {}),
        ...(visible.every((i) => i.italic) ? { italic: true } : {}),
        ...(last > first ? { colSpan: last - first + 1 } : {}),
        source: at(ctx, { page, cell: gridAddress(r, first) }),
      });
      column = last + 1;
    }
    return { cells, source: at(ctx, { page }) };
  });
  return { type: 'table', layout: 'grid', rows, source: at(ctx, { page }) };
}

/**
 * Turns a page's lines into blocks: lines larger than the body text are headings (level by
 * size rank), runs of lines with column gaps are tables, other lines join into paragraphs
 * while they follow each other at line spacing with the same size.
 */
export function pageBlocks(
  ctx: ReaderContext,
  content: PageContent,
  scale: SizeScale,
): DocumentBlock[] {
  type Piece = { top: number; table: RuledTable } | { top: number; line: TextLine };
  const pieces: Piece[] = [
    ...content.tables.map((table) => ({ top: table.top, table })),
    ...content.lines.map((line) => ({ top: line.top, line })),
  ].sort((a, b) => b.top - a.top);
  const blocks: DocumentBlock[] = [];
  const page = content.page;
  let group: TextLine[] = [];
  let kind: 'heading' | 'paragraph' | 'table' = 'paragraph';

  const flush = (): void => {
    if (group.length === 0) return;
    const lines = group;
    group = [];
    if (kind === 'table' && lines.length >= 2) {
      blocks.push(unruledBlock(ctx, page, lines));
      return;
    }
    const spans: Span[] = [];
    for (const line of lines) {
      if (spans.length > 0) pushSpan(spans, ' ', false, false);
      for (const s of spansOf(line.segments.flat()))
        pushSpan(spans, s.text, s.bold === true, s.italic === true);
    }
    const text = spans
      .map((s) => s.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text === '' || !ctx.budget.takeText(text.length)) return;
    if (kind === 'heading') {
      const size = Math.round((lines[0]?.size ?? 0) * 2) / 2;
      const level = Math.max(1, scale.headings.indexOf(size) + 1);
      blocks.push({ type: 'heading', level, text, source: at(ctx, { page }) });
      return;
    }
    blocks.push({
      type: 'paragraph',
      text,
      spans,
      ...(looksLikeCaption(text) ? { caption: true } : {}),
      ...(/^[•·▪◦‣-]\s/.test(text) ? { bullet: true } : {}),
      source: at(ctx, { page }),
    });
  };

  let previous: TextLine | undefined;
  for (const piece of pieces) {
    if ('table' in piece) {
      flush();
      previous = undefined;
      blocks.push(ruledBlock(ctx, page, piece.table));
      continue;
    }
    const line = piece.line;
    const lineKind = isHeading(line, scale)
      ? 'heading'
      : line.segments.length > 1
        ? 'table'
        : 'paragraph';
    const pitch = previous === undefined ? Infinity : previous.y - line.y;
    const sameSize = previous !== undefined && Math.abs(previous.size - line.size) < 0.5;
    const continues =
      lineKind === kind &&
      (kind === 'table' ? pitch <= line.size * 3 : sameSize && pitch <= line.size * 1.6) &&
      !(kind === 'paragraph' && looksLikeCaption(segmentText(line.items)));
    if (!continues) flush();
    kind = lineKind;
    group.push(line);
    previous = line;
  }
  flush();
  return blocks;
}
