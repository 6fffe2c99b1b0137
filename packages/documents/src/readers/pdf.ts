import { attachCaptions } from '../caption.js';
import { report, type ReaderContext } from '../context.js';
import type { DocumentBlock, DocumentRow, DocumentTable, ParagraphBlock } from '../model.js';
import { errorDetail } from '../reader-messages.js';
import { pageBlocks, type PageContent } from './pdf-blocks.js';
import { ruledTables } from './pdf-grid.js';
import type { PdfItem, PdfRule } from './pdf-items.js';
import { bodySize, textLines } from './pdf-text.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type Matrix = [number, number, number, number, number, number];

const BOLD = /bold|black|heavy|semibold|demi/i;
const ITALIC = /italic|oblique/i;
// Path painting operators (stroke … closeEOFillStroke); endPath (a clip) draws nothing.
const PAINTS = new Set([20, 21, 22, 23, 24, 25, 26, 27]);

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function asNumbers(value: unknown): ArrayLike<number> | undefined {
  if (value instanceof Float32Array || value instanceof Float64Array) return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value;
  return undefined;
}

/**
 * The straight horizontal and vertical strokes of a page (table rules), from its operator
 * list, with the current transformation applied. pdfjs 5 gives each path as one array of
 * drawing ops: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6 numbers), 3 quadraticCurveTo (4),
 * 4 closePath.
 */
function rulesOf(
  pdfjs: PdfJs,
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  limit: number,
): PdfRule[] {
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const segment = (a: [number, number], b: [number, number]): void => {
    const dx = Math.abs(a[0] - b[0]);
    const dy = Math.abs(a[1] - b[1]);
    if (dy < 0.6 && dx >= 3)
      rules.push({
        horizontal: true,
        at: (a[1] + b[1]) / 2,
        from: Math.min(a[0], b[0]),
        to: Math.max(a[0], b[0]),
      });
    else if (dx < 0.6 && dy >= 3)
      rules.push({
        horizontal: false,
        at: (a[0] + b[0]) / 2,
        from: Math.min(a[1], b[1]),
        to: Math.max(a[1], b[1]),
      });
  };
  for (let i = 0; i < fnArray.length && rules.length < limit; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === pdfjs.OPS.save) stack.push(ctm);
    else if (fn === pdfjs.OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === pdfjs.OPS.transform && Array.isArray(args) && args.length === 6)
      ctm = multiply(ctm, args as Matrix);
    else if (
      fn === pdfjs.OPS.constructPath &&
      Array.isArray(args) &&
      PAINTS.has(args[0] as number)
    ) {
      const data = asNumbers(Array.isArray(args[1]) ? args[1][0] : undefined);
      if (data === undefined) continue;
      let current: [number, number] = [0, 0];
      let start: [number, number] = [0, 0];
      for (let k = 0; k < data.length;) {
        const op = data[k];
        if (op === 0) {
          current = start = apply(ctm, data[k + 1] ?? 0, data[k + 2] ?? 0);
          k += 3;
        } else if (op === 1) {
          const next = apply(ctm, data[k + 1] ?? 0, data[k + 2] ?? 0);
          segment(current, next);
          current = next;
          k += 3;
        } else if (op === 2) {
          current = apply(ctm, data[k + 5] ?? 0, data[k + 6] ?? 0);
          k += 7;
        } else if (op === 3) {
          current = apply(ctm, data[k + 3] ?? 0, data[k + 4] ?? 0);
          k += 5;
        } else if (op === 4) {
          segment(current, start);
          current = start;
          k += 1;
        } else break;
      }
    }
  }
  return rules;
}

async function pageContent(pdfjs: PdfJs, page: PdfPage, number: number): Promise<PageContent> {
  // The operator list loads the fonts, whose real names ("…-Bold") tell bold and italic.
  const ops = await page.getOperatorList();
  const content = await page.getTextContent();
  const items: PdfItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform as number[];
    let font = '';
    if (page.commonObjs.has(raw.fontName)) {
      const loaded: unknown = page.commonObjs.get(raw.fontName);
      if (
        typeof loaded === 'object' &&
        loaded !== null &&
        'name' in loaded &&
        typeof loaded.name === 'string'
      )
        font = loaded.name;
    }
    items.push({
      text: raw.str,
      x: e,
      y: f,
      width: raw.width,
      size: Math.hypot(c, d) || Math.hypot(a, b),
      bold: BOLD.test(font),
      italic: ITALIC.test(font),
    });
  }
  const rules = rulesOf(pdfjs, ops.fnArray, ops.argsArray, 20_000);
  const tables = ruledTables(items, rules);
  const taken = new Set(tables.flatMap((t) => [...t.taken]));
  page.cleanup();
  return { page: number, tables, lines: textLines(items.filter((i) => !taken.has(i))) };
}

/** A continued table's row, its cell addresses counted on from the rows before the break. */
function shiftRow(row: DocumentRow, offset: number): DocumentRow {
  return {
    ...row,
    cells: row.cells.map((cell) => {
      const m = /^R(\d+)C(\d+)$/.exec(cell.source.cell ?? '');
      if (m === null) return cell;
      return {
        ...cell,
        source: { ...cell.source, cell: `R${Number(m[1]) + offset}C${m[2] ?? ''}` },
      };
    }),
  };
}

/**
 * A sentence cut by a page break: the page ends in a paragraph that does not end a sentence and
 * the next page opens with one that starts in lower case. The joined paragraph keeps the first
 * page as its source.
 */
function continuesParagraph(before: ParagraphBlock, after: ParagraphBlock): boolean {
  return (
    before.caption !== true &&
    after.caption !== true &&
    !/[.!?:;]$/.test(before.text) &&
    /^[a-zåäöéü(]/.test(after.text)
  );
}

function gridWidth(table: DocumentTable): number {
  // A loop, not Math.max(...spread): a spread of 120 000+ rows overflows the call stack.
  let most = 0;
  for (const r of table.rows)
    most = Math.max(
      most,
      r.cells.reduce((n, c) => n + (c.colSpan ?? 1), 0),
    );
  return most;
}

function errorName(error: unknown): string {
  return typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    typeof error.name === 'string'
    ? error.name
    : '';
}

/**
 * Reads a PDF with pdfjs-dist (its legacy build, which runs on Node 20): text items with
 * their positions and fonts; tables from the drawn cell rules, or from column gaps where a
 * table has no rules; headings from larger text; bold and italic from font names. Pages past
 * the page limit are not read. An encrypted PDF is a `documents/encrypted` finding.
 */
export async function readPdfBytes(
  bytes: Uint8Array,
  ctx: ReaderContext,
): Promise<DocumentBlock[]> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of the buffer it is given, and refuses a Node Buffer: hand it a
  // plain Uint8Array copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    if (errorName(error) === 'PasswordException') {
      report(ctx, 'documents/encrypted', { what: 'pdf' });
    } else {
      report(ctx, 'documents/unreadable', { kind: 'pdf', ...errorDetail(error) });
    }
    return [];
  }
  try {
    const pages: PageContent[] = [];
    const last = Math.min(doc.numPages, ctx.budget.limits.maxPages);
    for (let n = 1; n <= last && !ctx.budget.exhausted; n++) {
      pages.push(await pageContent(pdfjs, await doc.getPage(n), n));
    }
    if (doc.numPages > last) ctx.budget.stopAtPages();
    if (pages.length > 0 && pages.every((p) => p.lines.length === 0 && p.tables.length === 0)) {
      report(ctx, 'documents/no-text', {});
    }
    const lines = pages.flatMap((p) => p.lines);
    const body = bodySize(lines);
    const headings = [
      ...new Set(lines.filter((l) => l.size >= body * 1.15).map((l) => Math.round(l.size * 2) / 2)),
    ].sort((a, b) => b - a);
    const blocks: DocumentBlock[] = [];
    for (const page of pages) {
      const own = pageBlocks(ctx, page, { body, headings });
      const previous = blocks[blocks.length - 1];
      const first = own[0];
      if (
        previous?.type === 'paragraph' &&
        first?.type === 'paragraph' &&
        continuesParagraph(previous, first)
      ) {
        blocks[blocks.length - 1] = {
          ...previous,
          text: `${previous.text} ${first.text}`,
          spans: [...previous.spans, { text: ' ' }, ...first.spans],
        };
        own.shift();
      } else if (
        // A table that goes on over a page break: the page's first block is a table as wide as
        // the table that ended the page before.
        previous?.type === 'table' &&
        first?.type === 'table' &&
        gridWidth(previous) === gridWidth(first)
      ) {
        blocks[blocks.length - 1] = {
          ...previous,
          rows: [...previous.rows, ...first.rows.map((row) => shiftRow(row, previous.rows.length))],
        };
        own.shift();
      }
      blocks.push(...own);
    }
    return attachCaptions(blocks);
  } finally {
    await doc.destroy();
  }
}
