import type { PdfItem, PdfRule } from './pdf-items.js';
import { itemMiddle, joinLine, toLines } from './pdf-items.js';

/** A cell found from the drawn rules: its slot, spans and the items inside it. */
export interface GridCell {
  readonly row: number;
  readonly column: number;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** A ruled table on a page. */
export interface RuledTable {
  readonly top: number;
  readonly rows: readonly (readonly GridCell[])[];
  /** The items it took, so they are not read again as running text. */
  readonly taken: ReadonlySet<PdfItem>;
}

const TOUCH = 2;
const SAME = 1.5;

function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || v - last > SAME) out.push(v);
  }
  return out;
}

function touches(h: PdfRule, v: PdfRule): boolean {
  return (
    v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH
  );
}

/** Connected sets of rules: each set that crosses itself is one table's frame. */
function frames(rules: readonly PdfRule[]): PdfRule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let i = 0; i < rules.length; i++) {
    for (let k = i + 1; k < rules.length; k++) {
      const a = rules[i];
      const b = rules[k];
      if (a === undefined || b === undefined || a.horizontal === b.horizontal) continue;
      if (touches(a.horizontal ? a : b, a.horizontal ? b : a)) parent[find(i)] = find(k);
    }
  }
  const groups = new Map<number, PdfRule[]>();
  rules.forEach((rule, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), rule]);
  });
  return [...groups.values()];
}

function covered(
  rules: readonly PdfRule[],
  horizontal: boolean,
  at: number,
  middle: number,
): boolean {
  return rules.some(
    (r) =>
      r.horizontal === horizontal &&
      Math.abs(r.at - at) <= SAME &&
      middle >= r.from - 0.5 &&
      middle <= r.to + 0.5,
  );
}

/**
 * pdfjs joins glyphs that follow each other in the content stream into one item, even across
 * a cell border ("5 Periodbudget" from two narrow cells). An item that crosses a column rule is
 * split at the space nearest the rule, with glyph positions estimated from the item's width.
 */
function splitAtRules(item: PdfItem, xs: readonly number[]): PdfItem[] {
  const rule = xs.find((x) => x > item.x + 1 && x < item.x + item.width - 1);
  if (rule === undefined || item.text.length < 2) return [item];
  const perChar = item.width / item.text.length;
  const target = (rule - item.x) / perChar;
  let best = -1;
  for (let i = 0; i < item.text.length; i++) {
    if (
      /\s/.test(item.text[i] ?? '') &&
      (best < 0 || Math.abs(i - target) < Math.abs(best - target))
    )
      best = i;
  }
  if (best < 0) return [item];
  const left = item.text.slice(0, best);
  const right = item.text.slice(best + 1);
  const rightX = item.x + (best + 1) * perChar;
  return [
    { ...item, text: left, width: best * perChar },
    ...splitAtRules(
      { ...item, text: right, x: Math.max(rightX, rule + 0.5), width: right.length * perChar },
      xs,
    ),
  ].filter((i) => i.text.trim() !== '');
}

/**
 * Finds tables drawn with rules (cell borders, as Word and LibreOffice draw them): the row and
 * column lines give the slots, a missing line between two slots is a merge (colSpan, rowSpan),
 * and each text item goes to the cell its middle is in. Text that wraps inside a cell is
 * joined with a space. At most `maxRules` rules are looked at, so a page of hatching cannot
 * make this slow.
 */
export function ruledTables(
  items: readonly PdfItem[],
  rules: readonly PdfRule[],
  maxRules = 4000,
): RuledTable[] {
  const tables: RuledTable[] = [];
  for (const frame of frames(rules.slice(0, maxRules))) {
    const ys = distinct(frame.filter((r) => r.horizontal).map((r) => r.at)).reverse();
    const xs = distinct(frame.filter((r) => !r.horizontal).map((r) => r.at));
    if (ys.length < 2 || xs.length < 2) continue;
    const slots = (ys.length - 1) * (xs.length - 1);
    if (slots > 100_000) continue;
    const owner: (number | undefined)[] = new Array<number | undefined>(slots).fill(undefined);
    const cells: {
      row: number;
      column: number;
      colSpan: number;
      rowSpan: number;
      items: PdfItem[];
    }[] = [];
    const columns = xs.length - 1;
    for (let r = 0; r < ys.length - 1; r++) {
      for (let c = 0; c < columns; c++) {
        if (owner[r * columns + c] !== undefined) continue;
        const yMid = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
        let colSpan = 1;
        while (c + colSpan < columns && !covered(frame, false, xs[c + colSpan] ?? 0, yMid))
          colSpan++;
        const xMid = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
        let rowSpan = 1;
        while (r + rowSpan < ys.length - 1 && !covered(frame, true, ys[r + rowSpan] ?? 0, xMid))
          rowSpan++;
        for (let dr = 0; dr < rowSpan; dr++) {
          for (let dc = 0; dc < colSpan; dc++) owner[(r + dr) * columns + c + dc] = cells.length;
        }
        cells.push({ row: r, column: c, colSpan, rowSpan, items: [] });
      }
    }
    const taken = new Set<PdfItem>();
    const top = ys[0] ?? 0;
    const bottom = ys[ys.length - 1] ?? 0;
    for (const original of items) {
      for (const item of splitAtRules(original, xs.slice(1, -1))) {
        const m = itemMiddle(item);
        if (m.y > top || m.y < bottom || m.x < (xs[0] ?? 0) || m.x > (xs[xs.length - 1] ?? 0))
          continue;
        const r = ys.findIndex((y, i) => i < ys.length - 1 && m.y <= y && m.y >= (ys[i + 1] ?? 0));
        const c = xs.findIndex((x, i) => i < xs.length - 1 && m.x >= x && m.x <= (xs[i + 1] ?? 0));
        const cell = r < 0 || c < 0 ? undefined : cells[owner[r * columns + c] ?? -1];
        if (cell === undefined) continue;
        cell.items.push(item);
        taken.add(original);
      }
    }
    if (taken.size === 0) continue;
    const rows: GridCell[][] = ys.slice(1).map(() => []);
    for (const cell of cells) {
      const visible = cell.items.filter((i) => i.text.trim() !== '');
      rows[cell.row]?.push({
        row: cell.row,
        column: cell.column,
        colSpan: cell.colSpan,
        rowSpan: cell.rowSpan,
        text: toLines(cell.items).map(joinLine).join(' ').replace(/\s+/g, ' ').trim(),
        bold: visible.length > 0 && visible.every((i) => i.bold),
        italic: visible.length > 0 && visible.every((i) => i.italic),
      });
    }
    // A thin slot row of only empty cells is the gap of a double rule, not a table row; a
    // slot row that every cell above spans over (a short stroke, an underline, marked it) is
    // no row either. A cell spanning down counts only the rows that are kept.
    const keep = rows.map(
      (row, r) =>
        row.length > 0 &&
        (row.some((cell) => cell.text !== '') || (ys[r] ?? 0) - (ys[r + 1] ?? 0) >= 4),
    );
    const keptBefore: number[] = [0];
    keep.forEach((k, r) => keptBefore.push((keptBefore[r] ?? 0) + (k ? 1 : 0)));
    const kept = rows
      .filter((_, r) => keep[r])
      .map((row) =>
        row.map((cell) => {
          const rowSpan = (keptBefore[cell.row + cell.rowSpan] ?? 0) - (keptBefore[cell.row] ?? 0);
          return rowSpan === cell.rowSpan ? cell : { ...cell, rowSpan };
        }),
      );
    tables.push({ top, rows: kept, taken });
  }
  return tables;
}
