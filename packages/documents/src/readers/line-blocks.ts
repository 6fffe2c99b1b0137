import { looksLikeCaption } from '../caption.js';
import { ReadBudget } from '../limits.js';
import type {
  DocumentBlock,
  DocumentCell,
  DocumentRow,
  DocumentTable,
  SourceLocation,
} from '../model.js';
import { allSpans } from '../spans.js';
import { readInlineMarkup } from './inline-markup.js';
import { splitSpacedLine } from './spaced-line.js';

/** What the line reader may recognise: Markdown has no space-separated columns to guess. */
export type LineMode = 'text' | 'markdown';

const MARKDOWN_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
/** "2.1 Syfte och målgrupp": a section number and a capitalised title, as PDF text gives it. */
const NUMBERED_HEADING = /^\s*(\d{1,2}(?:\.\d{1,2}){0,4})\s+(\p{Lu}.*)$/u;
const BULLET = /^\s*(?:[•▪◦‣●○■□➢►*]|[-–](?=\s)|\d{1,2}[.)](?=\s))\s*(.*)$/u;
const PIPE_ROW = /^\s*\|/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** Longest line taken as a header or a broken row label beside space-separated figures. */
const SHORT_LINE = 80;
/** Most lines a broken row label or a header may span beside space-separated figures. */
const MAX_LABEL_LINES = 3;
const MAX_HEADER_LINES = 8;

/** Shared state of one reading: the file for source locations and the limits. */
export interface LineContext {
  readonly file: string | undefined;
  readonly budget: ReadBudget;
}

function at(ctx: LineContext, location: SourceLocation): SourceLocation {
  return ctx.file === undefined ? location : { file: ctx.file, ...location };
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function plain(line: string): string {
  return readInlineMarkup(line).text.trim();
}

function isNumberedHeading(line: string): boolean {
  const text = plain(line);
  return (
    text.length <= 90 &&
    NUMBERED_HEADING.test(text) &&
    !/[.:;,]$/.test(text) &&
    splitSpacedLine(text) === undefined
  );
}

function isStructural(line: string, mode: LineMode): boolean {
  return (
    MARKDOWN_HEADING.test(line) ||
    PIPE_ROW.test(line) ||
    line.includes('\t') ||
    BULLET.test(line) ||
    looksLikeCaption(plain(line)) ||
    (mode === 'text' && isNumberedHeading(line))
  );
}

function cell(
  ctx: LineContext,
  raw: string,
  line: number,
  row: number,
  column: number,
): DocumentCell {
  const inline = readInlineMarkup(raw);
  const bold = allSpans(inline.spans, 'bold');
  const italic = allSpans(inline.spans, 'italic');
  return {
    text: inline.text.trim(),
    ...(bold ? { bold } : {}),
    ...(italic ? { italic } : {}),
    source: at(ctx, { line, cell: `R${row}C${column}` }),
  };
}

function pipeCells(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  return text.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));
}

/** A grid table from tab-separated or pipe rows; each cell keeps its line and R/C address. */
function gridTable(
  ctx: LineContext,
  lines: readonly string[],
  from: number,
  to: number,
  split: (line: string) => string[],
): DocumentTable {
  const rows: DocumentRow[] = [];
  for (let i = from; i < to; i += 1) {
    const line = lines[i] ?? '';
    if (PIPE_SEPARATOR.test(line) && line.includes('-')) continue;
    const cells: DocumentCell[] = [];
    const raws = split(line);
    for (let c = 0; c < raws.length; c += 1) {
      if (!ctx.budget.takeCell()) break;
      cells.push(cell(ctx, raws[c] ?? '', i + 1, rows.length + 1, c + 1));
    }
    rows.push({ cells, source: at(ctx, { line: i + 1 }) });
  }
  return { type: 'table', layout: 'grid', rows, source: at(ctx, { line: from + 1 }) };
}

interface SpacedRange {
  readonly from: number;
  readonly to: number;
  readonly table: DocumentTable;
}

/** A line that may be part of a header or a broken row label beside spaced figures. */
function isShortText(line: string, mode: LineMode): boolean {
  const text = plain(line);
  return (
    text.length > 0 &&
    text.length <= SHORT_LINE &&
    !isStructural(line, mode) &&
    splitSpacedLine(text) === undefined
  );
}

/**
 * Finds the tables of space-separated figures: at least two lines that end in a run of
 * figures, with the blank lines and broken row labels between them, and the short header lines
 * right above. Rows keep the label as one cell and the figures, untouched, as the other.
 */
function findSpacedTables(
  ctx: LineContext,
  lines: readonly string[],
  mode: LineMode,
): SpacedRange[] {
  const out: SpacedRange[] = [];
  if (mode !== 'text') return out;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.includes('\t') || PIPE_ROW.test(line) || splitSpacedLine(plain(line)) === undefined) {
      i += 1;
      continue;
    }
    const found = spacedTableFrom(ctx, lines, i, mode);
    if (found === undefined) {
      i += 1;
      continue;
    }
    out.push(found);
    i = found.to;
  }
  return out;
}

interface PendingRow {
  readonly labelLines: { readonly text: string; readonly line: number }[];
  readonly rest: string;
  readonly line: number;
}

function spacedTableFrom(
  ctx: LineContext,
  lines: readonly string[],
  first: number,
  mode: LineMode,
): SpacedRange | undefined {
  const found: PendingRow[] = [];
  let pending: { text: string; line: number }[] = [];
  let blanks = 0;
  let end = first;
  for (let j = first; j < lines.length; j += 1) {
    const line = lines[j] ?? '';
    if (isBlank(line)) {
      blanks += 1;
      if (blanks > 3) break;
      continue;
    }
    const spaced = line.includes('\t') ? undefined : splitSpacedLine(plain(line));
    if (spaced !== undefined) {
      const labelLines = [...pending];
      if (spaced.label !== '') labelLines.push({ text: spaced.label, line: j + 1 });
      found.push({ labelLines, rest: spaced.rest, line: j + 1 });
      pending = [];
      blanks = 0;
      end = j + 1;
      continue;
    }
    if (isShortText(line, mode) && pending.length < MAX_LABEL_LINES) {
      pending.push({ text: plain(line), line: j + 1 });
      continue;
    }
    break;
  }
  if (found.length < 2) return undefined;

  // Header lines: short text right above the first row, blank lines allowed between.
  const header: { text: string; line: number }[] = [];
  for (let k = first - 1; k >= 0 && header.length < MAX_HEADER_LINES; k -= 1) {
    const line = lines[k] ?? '';
    if (isBlank(line)) continue;
    const text = plain(line);
    if (!isShortText(line, mode) || /[.:]$/.test(text)) break;
    header.unshift({ text, line: k + 1 });
  }
  const firstRow = found[0];
  if (firstRow !== undefined && firstRow.labelLines.length === 0 && header.length > 0) {
    // A first row of figures alone: its label is the last group of lines above it.
    const label: { text: string; line: number }[] = [];
    while (header.length > 0) {
      const last = header[header.length - 1];
      if (last === undefined) break;
      const next = label[0];
      if (next !== undefined && next.line - last.line > 1 && label.length > 0) break;
      label.unshift(last);
      header.pop();
      if (label.length >= MAX_LABEL_LINES) break;
    }
    found[0] = { ...firstRow, labelLines: label };
  }

  const rows: DocumentRow[] = [];
  for (const h of header) {
    if (!ctx.budget.takeCell()) break;
    rows.push({
      cells: [{ text: h.text, source: at(ctx, { line: h.line, cell: `R${rows.length + 1}C1` }) }],
      source: at(ctx, { line: h.line }),
    });
  }
  for (const row of found) {
    if (!ctx.budget.takeCell() || !ctx.budget.takeCell()) break;
    const labelLine = row.labelLines[0]?.line ?? row.line;
    const r = rows.length + 1;
    rows.push({
      cells: [
        {
          text: row.labelLines.map((l) => l.text).join(' '),
          source: at(ctx, { line: labelLine, cell: `R${r}C1` }),
        },
        { text: row.rest, source: at(ctx, { line: row.line, cell: `R${r}C2` }) },
      ],
      source: at(ctx, { line: labelLine }),
    });
  }
  const from = (header[0]?.line ?? found[0]?.labelLines[0]?.line ?? first + 1) - 1;
  return {
    from,
    to: end,
    table: { type: 'table', layout: 'spaced', rows, source: at(ctx, { line: from + 1 }) },
  };
}

/**
 * Reads lines into blocks: Markdown headings, numbered headings (text only), pipe tables,
 * tab-separated tables, tables of space-separated figures (text only), captions, bullets and
 * paragraphs of wrapped lines. Never throws.
 */
export function readLineBlocks(
  ctx: LineContext,
  lines: readonly string[],
  mode: LineMode,
): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  const spaced = findSpacedTables(ctx, lines, mode);
  let nextSpaced = 0;
  let paragraph: { raw: string[]; line: number; bullet: boolean } | undefined;

  const flush = (): void => {
    if (paragraph === undefined) return;
    const inline = readInlineMarkup(paragraph.raw.map((l) => l.trim()).join(' '));
    const text = inline.text.trim();
    if (text !== '' && ctx.budget.takeText(text.length)) {
      blocks.push({
        type: 'paragraph',
        text,
        spans: inline.spans,
        ...(paragraph.bullet ? { bullet: true } : {}),
        source: at(ctx, { line: paragraph.line }),
      });
    }
    paragraph = undefined;
  };

  let i = 0;
  while (i < lines.length && !ctx.budget.exhausted) {
    let range = spaced[nextSpaced];
    while (range !== undefined && range.from < i) range = spaced[(nextSpaced += 1)];
    if (range !== undefined && i === range.from) {
      flush();
      blocks.push(range.table);
      nextSpaced += 1;
      i = range.to;
      continue;
    }
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      flush();
      i += 1;
      continue;
    }
    const heading = MARKDOWN_HEADING.exec(line);
    if (heading !== null) {
      flush();
      blocks.push({
        type: 'heading',
        level: heading[1]?.length ?? 1,
        text: plain(heading[2] ?? '')
          .replace(/^\*+|\*+$/g, '')
          .trim(),
        source: at(ctx, { line: i + 1 }),
      });
      i += 1;
      continue;
    }
    if (PIPE_ROW.test(line) || line.includes('\t')) {
      flush();
      const pipes = PIPE_ROW.test(line);
      let j = i;
      while (
        j < lines.length &&
        (pipes ? PIPE_ROW.test(lines[j] ?? '') : (lines[j] ?? '').includes('\t'))
      ) {
        j += 1;
      }
      blocks.push(gridTable(ctx, lines, i, j, pipes ? pipeCells : (l) => l.split('\t')));
      i = j;
      continue;
    }
    const text = plain(line);
    if (looksLikeCaption(text)) {
      flush();
      blocks.push({
        type: 'paragraph',
        text,
        spans: readInlineMarkup(line.trim()).spans,
        caption: true,
        source: at(ctx, { line: i + 1 }),
      });
      i += 1;
      continue;
    }
    if (mode === 'text' && isNumberedHeading(line)) {
      flush();
      const m = NUMBERED_HEADING.exec(text);
      blocks.push({
        type: 'heading',
        level: (m?.[1] ?? '1').split('.').length,
        text,
        source: at(ctx, { line: i + 1 }),
      });
      i += 1;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet !== null) {
      flush();
      paragraph = { raw: [bullet[1] ?? ''], line: i + 1, bullet: true };
      i += 1;
      continue;
    }
    if (paragraph === undefined) paragraph = { raw: [], line: i + 1, bullet: false };
    paragraph.raw.push(line);
    i += 1;
  }
  flush();
  return blocks;
}
