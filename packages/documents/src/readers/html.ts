import { Parser } from 'htmlparser2';
import { attachCaptions, looksLikeCaption } from '../caption.js';
import { at, type ReaderContext } from '../context.js';
import { placeRows, type RawCell } from '../grid.js';
import type { DocumentBlock, SourceLocation, Span } from '../model.js';
import { pushSpan, spanText, trimSpans } from '../spans.js';

const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
// Elements whose start or end ends a paragraph of running text.
const BREAKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'pre',
  'hr',
  'body',
  'address',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'caption',
  'tr',
  'td',
  'th',
]);
const SKIP = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'math', 'object']);

interface TableBuild {
  readonly line: number;
  readonly rows: RawCell[][];
  caption: Span[] | undefined;
}

interface CellBuild {
  readonly spans: Span[];
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly header: boolean;
  readonly line: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function isBoldStyle(style: string | undefined): boolean {
  return /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i.test(style ?? '');
}

function isItalicStyle(style: string | undefined): boolean {
  return /font-style\s*:\s*(?:italic|oblique)/i.test(style ?? '');
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) ? n : 1;
}

/**
 * Reads HTML with htmlparser2 (a forgiving streaming parser that closes what authors leave
 * open): h1–h6 become headings, p and li paragraphs (li as bullets), tables with
 * colspan/rowspan become grid tables, b/strong/th and font-weight bold, i/em italic. Lines are
 * 1-based lines of the HTML source.
 */
export function readHtmlText(html: string, ctx: ReaderContext): DocumentBlock[] {
  const starts = lineStarts(html);
  const blocks: DocumentBlock[] = [];
  const emphasis: { tag: string; bold: boolean; italic: boolean }[] = [];
  const tables: TableBuild[] = [];
  let cell: CellBuild | undefined;
  let row: RawCell[] | undefined;
  let inCaption = false;
  let heading: number | undefined;
  let listDepth = 0;
  let skipDepth = 0;
  let spans: Span[] = [];
  let spansLine = 1;
  // `parser` is declared below; the callbacks only run once it exists.
  const line = (): number => lineAt(starts, parser.startIndex);
  const bold = (): boolean => emphasis.some((e) => e.bold);
  const italic = (): boolean => emphasis.some((e) => e.italic);

  const flush = (): void => {
    const trimmed = trimSpans(spans);
    spans = [];
    const text = spanText(trimmed);
    if (text === '' || !ctx.budget.takeText(text.length)) return;
    const source: SourceLocation = at(ctx, { line: spansLine });
    if (heading !== undefined) {
      blocks.push({ type: 'heading', level: heading, text, source });
      return;
    }
    blocks.push({
      type: 'paragraph',
      text,
      spans: trimmed,
      ...(looksLikeCaption(text) ? { caption: true } : {}),
      ...(listDepth > 0 ? { bullet: true } : {}),
      source,
    });
  };

  const closeCell = (): void => {
    if (cell !== undefined && row !== undefined) {
      row.push({
        spans: cell.spans,
        colSpan: cell.colSpan,
        rowSpan: cell.rowSpan,
        header: cell.header,
        location: { line: cell.line },
      });
    }
    cell = undefined;
  };

  const closeRow = (): void => {
    closeCell();
    const table = tables[tables.length - 1];
    if (row !== undefined && table !== undefined) table.rows.push(row);
    row = undefined;
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth > 0 || SKIP.has(name)) {
          if (SKIP.has(name)) skipDepth++;
          return;
        }
        const inTable = tables.length > 0;
        if (BREAKS.has(name) && !inTable) flush();
        if (
          cell !== undefined &&
          (name === 'p' || name === 'div' || name === 'li' || name === 'br')
        ) {
          if (cell.spans.length > 0) pushSpan(cell.spans, '\n', false, false);
        } else if (name === 'br') {
          pushSpan(
            inCaption ? (tables[tables.length - 1]?.caption ?? []) : spans,
            '\n',
            bold(),
            italic(),
          );
        }
        if (name in HEADINGS && !inTable) heading = HEADINGS[name];
        if (name === 'ul' || name === 'ol') listDepth++;
        if (name === 'table') tables.push({ line: line(), rows: [], caption: undefined });
        if (name === 'caption' && inTable) {
          inCaption = true;
          const table = tables[tables.length - 1];
          if (table !== undefined) table.caption = [];
        }
        if (name === 'tr' && inTable) {
          closeRow();
          row = [];
        }
        if ((name === 'td' || name === 'th') && inTable) {
          closeCell();
          row ??= [];
          cell = {
            spans: [],
            colSpan: span(attrs['colspan']),
            rowSpan: span(attrs['rowspan']),
            header: name === 'th',
            line: line(),
          };
        }
        const isBold = name === 'b' || name === 'strong' || isBoldStyle(attrs['style']);
        const isItalic = name === 'i' || name === 'em' || isItalicStyle(attrs['style']);
        if (isBold || isItalic) emphasis.push({ tag: name, bold: isBold, italic: isItalic });
        if (spans.length === 0) spansLine = line();
      },
      ontext(raw) {
        if (skipDepth > 0) return;
        // HTML collapses runs of white space to one space.
        const text = raw.replace(/[ \t\n\r\f]+/g, ' ');
        if (cell !== undefined) pushSpan(cell.spans, text, bold(), italic());
        else if (inCaption)
          pushSpan(tables[tables.length - 1]?.caption ?? [], text, bold(), italic());
        else if (tables.length === 0) {
          if (spans.length === 0 && text.trim() !== '') spansLine = line();
          pushSpan(spans, text, bold(), italic());
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (SKIP.has(name)) skipDepth--;
          return;
        }
        const index = emphasis.findLastIndex((e) => e.tag === name);
        if (index >= 0) emphasis.splice(index, 1);
        if (name === 'td' || name === 'th') closeCell();
        if (name === 'tr') closeRow();
        if (name === 'caption') inCaption = false;
        if (name === 'table') {
          closeRow();
          const table = tables.pop();
          if (table !== undefined) blocks.push(toTable(ctx, table));
        }
        if (name === 'ul' || name === 'ol') listDepth = Math.max(0, listDepth - 1);
        if (BREAKS.has(name) && tables.length === 0) flush();
        if (name in HEADINGS) heading = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // Fed in slices so the budget can stop a huge document early.
  for (let i = 0; i < html.length && !ctx.budget.exhausted; i += 65536) {
    parser.write(html.slice(i, i + 65536));
  }
  parser.end();
  flush();
  return attachCaptions(blocks);
}

function toTable(ctx: ReaderContext, table: TableBuild): DocumentBlock {
  const base = { line: table.line };
  const caption = table.caption === undefined ? '' : spanText(trimSpans(table.caption));
  return {
    type: 'table',
    layout: 'grid',
    ...(caption === '' ? {} : { caption }),
    rows: placeRows(ctx, table.rows, base),
    source: at(ctx, base),
  };
}
