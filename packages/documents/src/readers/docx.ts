import { attachCaptions, looksLikeCaption } from '../caption.js';
import { at, report, type ReaderContext } from '../context.js';
import { openContainer, readXmlPart } from '../ooxml.js';
import { placeRows, type RawCell } from '../grid.js';
import type { DocumentBlock, Span } from '../model.js';
import { pushSpan, spanText, trimSpans } from '../spans.js';
import { child, childrenNamed, onOff, path, type XmlElement, type XmlNode } from '../xml.js';
import { readWordStyles, type WordStyle, type WordStyles } from './docx-styles.js';

// Containers whose runs are part of the paragraph's text. Deleted text (w:del) and field
// instructions are not.
const RUN_CONTAINERS = new Set([
  'hyperlink',
  'ins',
  'smartTag',
  'fldSimple',
  'sdt',
  'sdtContent',
  'customXml',
  'moveTo',
]);

interface Paragraph {
  readonly spans: Span[];
  readonly style: WordStyle | undefined;
  readonly list: boolean;
  readonly outline: number | undefined;
}

function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

function runText(run: XmlElement): string {
  let out = '';
  for (const node of run.children.filter(isElement)) {
    if (node.name === 't') out += node.children.filter((c) => typeof c === 'string').join('');
    else if (node.name === 'tab' || node.name === 'ptab') out += '\t';
    else if (node.name === 'br' || node.name === 'cr') out += '\n';
    else if (node.name === 'noBreakHyphen') out += '-';
  }
  return out;
}

function readParagraph(p: XmlElement, styles: WordStyles): Paragraph {
  const pPr = child(p, 'pPr');
  const styleId = path(pPr, 'pStyle')?.attrs['val'] ?? styles.defaultParagraph;
  const style = styleId === undefined ? undefined : styles.byId.get(styleId);
  const spans: Span[] = [];
  const visit = (node: XmlElement): void => {
    for (const c of node.children.filter(isElement)) {
      if (c.name === 'r') {
        const rPr = child(c, 'rPr');
        const charStyleId = child(rPr, 'rStyle')?.attrs['val'];
        const charStyle = charStyleId === undefined ? undefined : styles.byId.get(charStyleId);
        const bold = onOff(child(rPr, 'b')) ?? charStyle?.bold ?? style?.bold ?? false;
        const italic = onOff(child(rPr, 'i')) ?? charStyle?.italic ?? style?.italic ?? false;
        pushSpan(spans, runText(c), bold, italic);
      } else if (RUN_CONTAINERS.has(c.name)) {
        visit(c);
      }
    }
  };
  visit(p);
  const outlineValue = child(pPr, 'outlineLvl')?.attrs['val'];
  const outline = outlineValue === undefined ? undefined : Number.parseInt(outlineValue, 10);
  return {
    spans,
    style,
    list: child(pPr, 'numPr') !== undefined || style?.list === true,
    outline: outline !== undefined && outline >= 0 && outline < 9 ? outline + 1 : undefined,
  };
}

/** The body's blocks in order, looking through content controls (w:sdt). */
function bodyElements(body: XmlElement | undefined): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of body?.children.filter(isElement) ?? []) {
    if (c.name === 'p' || c.name === 'tbl') out.push(c);
    else if (c.name === 'sdt') out.push(...bodyElements(child(c, 'sdtContent')));
    else if (c.name === 'customXml') out.push(...bodyElements(c));
  }
  return out;
}

function cellSpans(tc: XmlElement, styles: WordStyles): Span[] {
  const spans: Span[] = [];
  for (const c of bodyElements(tc)) {
    const parts =
      c.name === 'p' ? readParagraph(c, styles).spans : [{ text: tableText(c, styles) }];
    if (spans.length > 0 && parts.length > 0) pushSpan(spans, '\n', false, false);
    for (const s of parts) pushSpan(spans, s.text, s.bold === true, s.italic === true);
  }
  return spans;
}

// A table nested in a cell is kept as text in that cell.
function tableText(tbl: XmlElement, styles: WordStyles): string {
  return childrenNamed(tbl, 'tr')
    .map((tr) =>
      childrenNamed(tr, 'tc')
        .map((tc) => spanText(cellSpans(tc, styles)))
        .join('\t'),
    )
    .join('\n');
}

interface MutableCell {
  spans: Span[];
  colSpan: number;
  rowSpan: number;
}

/**
 * Word marks a vertical merge with vMerge="restart" on the first cell and a bare vMerge on the
 * cells below; those continuation cells are dropped and counted into the first cell's rowSpan.
 */
function tableRows(tbl: XmlElement, styles: WordStyles, ctx: ReaderContext): RawCell[][] {
  const rows: RawCell[][] = [];
  const open = new Map<number, MutableCell>();
  for (const tr of childrenNamed(tbl, 'tr')) {
    if (ctx.budget.exhausted) break;
    const before = Number.parseInt(path(tr, 'trPr', 'gridBefore')?.attrs['val'] ?? '0', 10);
    let column = Number.isInteger(before) && before > 0 ? Math.min(before, 1000) : 0;
    const row: MutableCell[] = [];
    for (const tc of childrenNamed(tr, 'tc')) {
      const tcPr = child(tc, 'tcPr');
      const span = Number.parseInt(child(tcPr, 'gridSpan')?.attrs['val'] ?? '1', 10);
      const colSpan = Number.isInteger(span) && span > 0 ? Math.min(span, 1000) : 1;
      const vMerge = child(tcPr, 'vMerge');
      const continues = vMerge !== undefined && (vMerge.attrs['val'] ?? 'continue') === 'continue';
      const above = open.get(column);
      if (continues && above !== undefined) {
        above.rowSpan += 1;
      } else {
        const cell: MutableCell = { spans: cellSpans(tc, styles), colSpan, rowSpan: 1 };
        row.push(cell);
        if (vMerge === undefined) open.delete(column);
        else open.set(column, cell);
      }
      column += colSpan;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * Reads a Word body: heading styles become headings, runs keep bold and italic, numbered and
 * bulleted paragraphs are bullets, tables keep gridSpan and vMerge as colSpan and rowSpan, and
 * a Caption-style paragraph or a "Tabell N …" paragraph next to a table becomes its caption.
 * Every body paragraph and table is numbered in order (1-based), empty ones included, so the
 * number finds it in the file.
 */
export function readDocxParts(
  document: XmlElement,
  stylesRoot: XmlElement | undefined,
  ctx: ReaderContext,
): DocumentBlock[] {
  const styles = readWordStyles(stylesRoot);
  const blocks: DocumentBlock[] = [];
  let number = 0;
  for (const element of bodyElements(child(document, 'body'))) {
    number += 1;
    if (ctx.budget.exhausted) break;
    const base = { paragraph: number };
    if (element.name === 'tbl') {
      const rows = placeRows(ctx, tableRows(element, styles, ctx), base);
      blocks.push({ type: 'table', layout: 'grid', rows, source: at(ctx, base) });
      continue;
    }
    const p = readParagraph(element, styles);
    const spans = trimSpans(p.spans);
    const text = spanText(spans);
    if (text === '' || !ctx.budget.takeText(text.length)) continue;
    const level = p.style?.headingLevel ?? p.outline;
    if (level !== undefined && p.style?.caption !== true) {
      blocks.push({ type: 'heading', level, text, source: at(ctx, base) });
      continue;
    }
    const caption = p.style?.caption === true || looksLikeCaption(text);
    blocks.push({
      type: 'paragraph',
      text,
      spans,
      ...(caption ? { caption } : {}),
      ...(p.list && !caption ? { bullet: true } : {}),
      source: at(ctx, base),
    });
  }
  return attachCaptions(blocks);
}

/** Reads a .docx container: word/document.xml with word/styles.xml when present. */
export function readDocxBytes(bytes: Uint8Array, ctx: ReaderContext): DocumentBlock[] {
  const zip = openContainer(bytes, ctx);
  if (zip === undefined) return [];
  const document = readXmlPart(zip, 'word/document.xml', ctx);
  if (document.xml === undefined) {
    if (!document.failed) {
      report(ctx, 'documents/unreadable', { kind: 'missing-part', container: 'docx' });
    }
    return [];
  }
  const styles = readXmlPart(zip, 'word/styles.xml', ctx);
  return readDocxParts(document.xml, styles.xml, ctx);
}
