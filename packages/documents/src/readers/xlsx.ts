import { at, report, type ReaderContext } from '../context.js';
import type { DocumentBlock, DocumentCell, DocumentRow, Span } from '../model.js';
import { openContainer, readXmlPart } from '../ooxml.js';
import { allSpans, pushSpan, spanText } from '../spans.js';
import { child, childrenNamed, onOff, textOf, type XmlElement } from '../xml.js';
import type { ZipArchive } from '../zip.js';
import { formatAddress, parseAddress } from './xlsx-address.js';
import { formatNumber, plainDecimal } from './xlsx-number.js';
import { readCellStyles, type CellStyle } from './xlsx-styles.js';

interface SheetCell {
  readonly text: string;
  readonly value?: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

interface Merge {
  readonly colSpan: number;
  readonly rowSpan: number;
}

// A merged range covering more slots than this is ignored: its cells are read as they stand.
const MAX_MERGE_AREA = 100_000;

function richSpans(si: XmlElement): Span[] {
  const runs = childrenNamed(si, 'r');
  if (runs.length === 0) return [{ text: textOf(child(si, 't')) }];
  const spans: Span[] = [];
  for (const r of runs) {
    const rPr = child(r, 'rPr');
    pushSpan(
      spans,
      textOf(child(r, 't')),
      onOff(child(rPr, 'b')) ?? false,
      onOff(child(rPr, 'i')) ?? false,
    );
  }
  return spans;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function sheetParts(
  zip: ZipArchive,
  ctx: ReaderContext,
): { name: string; part: string }[] | undefined {
  const workbook = readXmlPart(zip, 'xl/workbook.xml', ctx).xml;
  if (workbook === undefined) return undefined;
  const rels = readXmlPart(zip, 'xl/_rels/workbook.xml.rels', ctx).xml;
  const targets = new Map<string, string>();
  for (const rel of childrenNamed(rels, 'Relationship')) {
    const id = rel.attrs['Id'];
    const target = rel.attrs['Target'];
    if (id !== undefined && target !== undefined) targets.set(id, resolveTarget(target));
  }
  return childrenNamed(child(workbook, 'sheets'), 'sheet').flatMap((sheet) => {
    const part = targets.get(sheet.attrs['id'] ?? '');
    return part === undefined ? [] : [{ name: sheet.attrs['name'] ?? part, part }];
  });
}

function readCell(
  c: XmlElement,
  strings: readonly (readonly Span[])[],
  styles: readonly CellStyle[],
): SheetCell | undefined {
  const style = styles[Number.parseInt(c.attrs['s'] ?? '0', 10)];
  const bold = style?.bold ?? false;
  const italic = style?.italic ?? false;
  const v = child(c, 'v');
  const raw = v === undefined ? undefined : textOf(v);
  switch (c.attrs['t']) {
    case 's': {
      const spans = strings[Number.parseInt(raw ?? '', 10)] ?? [];
      return {
        text: spanText(spans),
        bold: bold || allSpans(spans, 'bold'),
        italic: italic || allSpans(spans, 'italic'),
      };
    }
    case 'inlineStr': {
      const is = child(c, 'is');
      const spans = is === undefined ? [] : richSpans(is);
      return { text: spanText(spans), bold: bold || allSpans(spans, 'bold'), italic };
    }
    case 'b':
      return raw === undefined ? undefined : { text: raw === '1' ? 'TRUE' : 'FALSE', bold, italic };
    case 'str':
    case 'e':
    case 'd':
      return raw === undefined ? undefined : { text: raw, bold, italic };
    default: {
      if (raw === undefined) return undefined;
      const value = plainDecimal(raw);
      if (value === undefined) return { text: raw, bold, italic };
      // A format we cannot apply shows the stored value rather than a guess.
      const shown = formatNumber(value, style?.format ?? 'General') ?? value.replace('.', ',');
      return { text: shown, value, bold, italic };
    }
  }
}

function readMerges(sheet: XmlElement): { starts: Map<string, Merge>; covered: Set<string> } {
  const starts = new Map<string, Merge>();
  const covered = new Set<string>();
  for (const m of childrenNamed(child(sheet, 'mergeCells'), 'mergeCell')) {
    const [a, b] = (m.attrs['ref'] ?? '').split(':');
    const from = parseAddress(a ?? '');
    const to = parseAddress(b ?? '');
    if (from === undefined || to === undefined) continue;
    const colSpan = to.column - from.column + 1;
    const rowSpan = to.row - from.row + 1;
    if (colSpan < 1 || rowSpan < 1 || colSpan * rowSpan > MAX_MERGE_AREA) continue;
    starts.set(formatAddress(from.row, from.column), { colSpan, rowSpan });
    for (let r = from.row; r <= to.row; r++) {
      for (let col = from.column; col <= to.column; col++) {
        if (r !== from.row || col !== from.column) covered.add(formatAddress(r, col));
      }
    }
  }
  return { starts, covered };
}

/**
 * One sheet's blocks. Rows of data separated by empty rows are separate tables; a region
 * whose rows hold one cell each is text (paragraphs); a single text cell above a table's grid
 * is its caption.
 */
function readSheet(
  name: string,
  sheet: XmlElement,
  strings: readonly (readonly Span[])[],
  styles: readonly CellStyle[],
  ctx: ReaderContext,
): DocumentBlock[] {
  const rows = new Map<number, Map<number, SheetCell>>();
  // The highest row holding a cell so far: a row without `r` follows it. Kept as we go; taking
  // the maximum of the map's keys for each such row made a sheet quadratic in its rows.
  let highest = 0;
  for (const row of childrenNamed(child(sheet, 'sheetData'), 'row')) {
    let column = 0;
    const r = Number.parseInt(row.attrs['r'] ?? '', 10) || highest + 1;
    for (const c of childrenNamed(row, 'c')) {
      const address = c.attrs['r'] === undefined ? undefined : parseAddress(c.attrs['r']);
      column = address?.column ?? column + 1;
      const cell = readCell(c, strings, styles);
      if (cell === undefined || cell.text.trim() === '') continue;
      if (!ctx.budget.takeCell() || !ctx.budget.takeText(cell.text.length)) return [];
      const at = address?.row ?? r;
      let line = rows.get(at);
      if (line === undefined) {
        rows.set(at, (line = new Map<number, SheetCell>()));
        if (at > highest) highest = at;
      }
      line.set(column, cell);
    }
  }
  const merges = readMerges(sheet);
  const order = [...rows.keys()].sort((a, b) => a - b);
  const regions: number[][] = [];
  for (const r of order) {
    const last = regions[regions.length - 1];
    if (last !== undefined && (last[last.length - 1] ?? 0) + 1 === r) last.push(r);
    else regions.push([r]);
  }
  return regions.flatMap((region) => regionBlocks(name, region, rows, merges, ctx));
}

function regionBlocks(
  sheet: string,
  region: number[],
  rows: ReadonlyMap<number, ReadonlyMap<number, SheetCell>>,
  merges: ReturnType<typeof readMerges>,
  ctx: ReaderContext,
): DocumentBlock[] {
  const width = (r: number): number => rows.get(r)?.size ?? 0;
  const textBlock = (r: number): DocumentBlock[] =>
    [...(rows.get(r)?.entries() ?? [])].map(([column, cell]) => ({
      type: 'paragraph' as const,
      text: cell.text,
      spans: [
        {
          text: cell.text,
          ...(cell.bold ? { bold: true } : {}),
          ...(cell.italic ? { italic: true } : {}),
        },
      ],
      source: at(ctx, { sheet, cell: formatAddress(r, column) }),
    }));
  if (region.every((r) => width(r) <= 1)) return region.flatMap(textBlock);
  let caption: string | undefined;
  const first = region[0] ?? 0;
  const firstCell = [...(rows.get(first)?.values() ?? [])][0];
  if (width(first) === 1 && firstCell?.value === undefined && width(region[1] ?? 0) >= 2) {
    caption = firstCell?.text;
    region = region.slice(1);
  }
  let minCol = Infinity;
  let maxCol = 0;
  for (const r of region) {
    for (const column of rows.get(r)?.keys() ?? []) {
      const span = merges.starts.get(formatAddress(r, column))?.colSpan ?? 1;
      minCol = Math.min(minCol, column);
      maxCol = Math.max(maxCol, column + span - 1);
    }
  }
  const tableRows: DocumentRow[] = [];
  for (const r of region) {
    const cells: DocumentCell[] = [];
    for (let column = minCol; column <= maxCol; column++) {
      const address = formatAddress(r, column);
      if (merges.covered.has(address)) continue;
      // Empty slots keep the columns aligned; they cost the budget like any cell.
      if (!rows.get(r)?.has(column) && !ctx.budget.takeCell()) break;
      const cell = rows.get(r)?.get(column);
      const merge = merges.starts.get(address);
      cells.push({
        text: cell?.text ?? '',
        ...(cell?.bold === true ? { bold: true } : {}),
        ...(cell?.italic === true ? { italic: true } : {}),
        ...(merge !== undefined && merge.colSpan > 1 ? { colSpan: merge.colSpan } : {}),
        ...(merge !== undefined && merge.rowSpan > 1
          ? { rowSpan: Math.min(merge.rowSpan, region.length) }
          : {}),
        ...(cell?.value === undefined ? {} : { value: cell.value }),
        source: at(ctx, { sheet, cell: address }),
      });
    }
    tableRows.push({ cells, source: at(ctx, { sheet, cell: formatAddress(r, minCol) }) });
  }
  return [
    {
      type: 'table',
      layout: 'grid',
      ...(caption === undefined ? {} : { caption }),
      rows: tableRows,
      source: at(ctx, { sheet, cell: formatAddress(region[0] ?? 1, minCol) }),
    },
  ];
}

/**
 * Reads a workbook: every sheet's data as tables (numeric cells keep the stored value as an
 * exact decimal string in `value` and show the number format's text), bold and italic from
 * the cell styles, merged cells as spans, shared and inline strings.
 */
export function readXlsxBytes(bytes: Uint8Array, ctx: ReaderContext): DocumentBlock[] {
  const zip = openContainer(bytes, ctx);
  if (zip === undefined) return [];
  const sheets = sheetParts(zip, ctx);
  if (sheets === undefined) {
    if (ctx.findings.length === 0) {
      report(ctx, 'documents/unreadable', { kind: 'missing-part', container: 'xlsx' });
    }
    return [];
  }
  const shared = readXmlPart(zip, 'xl/sharedStrings.xml', ctx);
  const strings = childrenNamed(shared.xml, 'si').map(richSpans);
  const styles = readCellStyles(readXmlPart(zip, 'xl/styles.xml', ctx).xml);
  const blocks: DocumentBlock[] = [];
  for (const { name, part } of sheets) {
    if (ctx.budget.exhausted) break;
    const sheet = readXmlPart(zip, part, ctx);
    if (sheet.failed) break;
    if (sheet.xml !== undefined) blocks.push(...readSheet(name, sheet.xml, strings, styles, ctx));
  }
  return blocks;
}
