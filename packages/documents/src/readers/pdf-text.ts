import type { PdfItem } from './pdf-items.js';
import { joinLine, toLines } from './pdf-items.js';

/** A line of running text (not in a ruled table) with what decides its role. */
export interface TextLine {
  readonly top: number;
  readonly y: number;
  readonly size: number;
  readonly items: readonly PdfItem[];
  /** Pieces separated by wide gaps: more than one means columns. */
  readonly segments: readonly (readonly PdfItem[])[];
}

/** A gap this many font sizes wide separates columns, not words. */
const COLUMN_GAP = 1.5;

function segmentsOf(items: readonly PdfItem[]): PdfItem[][] {
  const visible = items.filter((i) => i.text.trim() !== '');
  const out: PdfItem[][] = [];
  let end = -Infinity;
  for (const item of visible) {
    const current = out[out.length - 1];
    if (current === undefined || item.x - end > item.size * COLUMN_GAP) out.push([item]);
    else current.push(item);
    end = item.x + item.width;
  }
  return out;
}

/**
 * The page's running text as lines, top to bottom, with the column segments of each line.
 *
 * @example
 * ```ts
 * const item = (text: string, x: number, y: number) =>
 *   ({ text, x, y, width: text.length * 5, size: 10, bold: false, italic: false });
 * const lines = textLines([
 *   item('Summa', 50, 680),
 *   item('45 100', 300, 680),
 *   item('Driften beräknas', 50, 700),
 *   item('uppgå till 22,7 miljoner kr.', 133, 700),
 * ]);
 * // Top to bottom; a gap of more than 1,5 font sizes separates columns, a smaller one words.
 * lines.map((l) => l.segments.length); // [1, 2]
 * lines.map((l) => l.segments.map(segmentText)); // [['Driften beräknas uppgå till 22,7 miljoner kr.'], ['Summa', '45 100']]
 * ```
 */
export function textLines(items: readonly PdfItem[]): TextLine[] {
  return toLines(items)
    .map((line) => {
      const size = Math.max(...line.map((i) => i.size));
      const y = line[0]?.y ?? 0;
      return { top: y + size, y, size, items: line, segments: segmentsOf(line) };
    })
    .filter((line) => line.segments.length > 0);
}

/** The text of a segment or line. */
export function segmentText(items: readonly PdfItem[]): string {
  return joinLine(items).replace(/\s+/g, ' ').trim();
}

/**
 * The body text size of a document: the size that most characters have. Larger lines are
 * headings.
 */
export function bodySize(lines: readonly TextLine[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    for (const item of line.items) {
      const key = Math.round(item.size * 2) / 2;
      weight.set(key, (weight.get(key) ?? 0) + item.text.length);
    }
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) [best, bestWeight] = [size, w];
  }
  return best;
}

/**
 * Column bands of a borderless table: the union of its cells' horizontal extents, taken from
 * the rows with the most cells (a header cell spanning two columns would otherwise join them).
 */
export function columnBands(rows: readonly TextLine[]): [number, number][] {
  const most = Math.max(...rows.map((r) => r.segments.length));
  const extents = rows
    .filter((r) => r.segments.length === most)
    .flatMap((r) =>
      r.segments.map(
        (s) => [s[0]?.x ?? 0, Math.max(...s.map((i) => i.x + i.width))] as [number, number],
      ),
    )
    .sort((a, b) => a[0] - b[0]);
  const bands: [number, number][] = [];
  for (const [from, to] of extents) {
    const last = bands[bands.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else bands.push([from, to]);
  }
  return bands;
}
