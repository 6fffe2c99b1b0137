/** A piece of text on a PDF page, in page coordinates (points, y upwards). */
export interface PdfItem {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly width: number;
  /** Font size: the height of the text matrix. */
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** A straight horizontal or vertical stroke: a table rule. */
export interface PdfRule {
  readonly horizontal: boolean;
  /** y of a horizontal rule, x of a vertical one. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** The vertical middle of an item's glyphs, which decides the cell it is in. */
export function itemMiddle(item: PdfItem): { x: number; y: number } {
  return { x: item.x + item.width / 2, y: item.y + item.size * 0.3 };
}

/**
 * Joins items on one line into text, left to right: a gap wider than a fifth of the font size
 * is a space unless the text already has one there.
 */
export function joinLine(items: readonly PdfItem[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let out = '';
  let end = -Infinity;
  for (const item of sorted) {
    const gap = item.x - end;
    if (out !== '' && gap > item.size * 0.2 && !/\s$/.test(out) && !/^\s/.test(item.text))
      out += ' ';
    out += item.text;
    end = item.x + item.width;
  }
  return out;
}

/**
 * Groups items into lines by baseline, top to bottom; items whose baselines are within 40 %
 * of the font size are on one line.
 */
export function toLines(items: readonly PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (
      line !== undefined &&
      first !== undefined &&
      Math.abs(first.y - item.y) <= Math.max(first.size, item.size) * 0.4
    ) {
      line.push(item);
    } else {
      lines.push([item]);
    }
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}
