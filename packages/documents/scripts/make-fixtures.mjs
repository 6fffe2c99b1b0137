#!/usr/bin/env node
// Builds the reader fixtures from the seeds' tables: HTML written here, then DOCX and PDF by
// LibreOffice Writer and XLSX by LibreOffice Calc, headless. Run by hand (CI does not: it has
// no LibreOffice) and commit the results:
//
//   node packages/documents/scripts/make-fixtures.mjs
//
// The XLSX is converted from a flat OpenDocument spreadsheet (.fods) rather than from the HTML:
// Calc's HTML import cannot give a cell a one-decimal number format ("1,0" would show as "1"),
// and a real workbook keeps numbers as numbers with their format. The texts and figures are the
// same as in the HTML; fixture-docs.mjs holds them, each with its seed file and line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documents } from './fixture-docs.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'fixtures');
const seeds = join(here, '..', '..', '..', '..', 'shared', 'seeds');

const escape = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A seed cell: its text and whole-cell emphasis. */
function parseCell(raw) {
  let text = raw;
  let bold = false;
  let italic = false;
  for (;;) {
    const b = /^<b>(.*)<\/b>$/.exec(text);
    const i = /^<i>(.*)<\/i>$/.exec(text);
    if (b) [bold, text] = [true, b[1]];
    else if (i) [italic, text] = [true, i[1]];
    else break;
  }
  return { text, bold, italic };
}

/** Swedish number text → { value, kind } with the value as an exact decimal string. */
function numberOf(text) {
  const m = /^([-−]?)(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?( ?%)?$/.exec(text);
  if (!m) return undefined;
  const [, sign, int, dec = '', pct] = m;
  let digits = int.replace(/ /g, '') + dec;
  let point = int.replace(/ /g, '').length;
  if (pct) point -= 2;
  while (point <= 0) [digits, point] = ['0' + digits, point + 1];
  let value =
    digits.slice(0, point).replace(/^0+(?=\d)/, '') +
    (digits.length > point ? '.' + digits.slice(point) : '');
  value = value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return {
    value: (sign && /[1-9]/.test(value) ? '-' : '') + value,
    decimals: dec.length,
    grouping: int.includes(' ') || int.length <= 3,
    percent: pct === undefined ? undefined : pct,
  };
}

/** Checks a copied row against the seed line it cites. */
function checkRow(seedLines, file, [line, cells, mode]) {
  if (mode === 'reordered') return;
  const seed = seedLines[line - 1] ?? '';
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const parts = cells.split('\t').filter((c) => c !== '');
  const ok =
    seed === cells ||
    norm(seed) === norm(parts.join(' ')) ||
    norm(seed) === norm(parts.slice(1).join(' ')) ||
    (mode === 'pipes' &&
      norm(
        seed
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim())
          .join('\t'),
      ) === norm(cells));
  if (!ok)
    throw new Error(`${file}:${line} does not match the seed:\n  seed: ${seed}\n  here: ${cells}`);
}

/** The grid of a table: rows of { cell, colSpan, rowSpan } with covered slots dropped. */
function grid(block) {
  const covered = new Set();
  return block.table.map(([, cells], r) =>
    cells.split('\t').flatMap((raw, c) => {
      if (covered.has(`${r},${c}`)) return [];
      const [colSpan, rowSpan] = block.spans?.[`${r},${c}`] ?? [1, 1];
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) if (dr || dc) covered.add(`${r + dr},${c + dc}`);
      }
      return [{ ...parseCell(raw), colSpan, rowSpan, column: c }];
    }),
  );
}

function htmlCell(cell) {
  let inner = escape(cell.text);
  if (cell.italic) inner = `<i>${inner}</i>`;
  if (cell.bold) inner = `<b>${inner}</b>`;
  const attrs = [
    cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
    cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    numberOf(cell.text) ? ' align="right"' : '',
  ].join('');
  return `<td${attrs}>${inner}</td>`;
}

function html(doc) {
  const body = doc.blocks.map((b) => {
    if (b.h) return `<h${b.h}>${escape(b.text)}</h${b.h}>`;
    if (b.p) return `<p>${escape(b.p)}</p>`;
    if (b.caption) return `<p>${escape(b.caption)}</p>`;
    const rows = grid(b).map((row) => `<tr>${row.map(htmlCell).join('')}</tr>`);
    // Widths as a Word user would set them: the label column wide, figures narrow, so no cell
    // text wraps.
    const columns = Math.max(...b.table.map(([, cells]) => cells.split('\t').length));
    const widths = b.table[0][1]
      .split('\t')
      .map((_, c) => (c === 0 ? 34 : Math.floor(66 / (columns - 1))));
    const cols = widths.map((w) => `<col width="${w}%">`).join('');
    return `<table border="1" cellspacing="0" width="100%">\n<colgroup>${cols}</colgroup>\n${rows.join('\n')}\n</table>`;
  });
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${escape(doc.title)}</title>
<style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
td { font-size: 8pt; }
</style>
</head>
<body>
<!-- Built by scripts/make-fixtures.mjs from ${doc.seed}; figures as in the seed. -->
${body.join('\n')}
</body>
</html>
`;
}

// Number styles for the spreadsheet: the ones the seeds' figures need.
function numberStyle(n) {
  const name = `N${n.decimals}${n.grouping ? 'g' : ''}${n.percent === ' %' ? 'ps' : n.percent ? 'p' : ''}`;
  const number = `<number:number number:decimal-places="${n.decimals}" number:min-decimal-places="${n.decimals}" number:min-integer-digits="1"${n.grouping && !n.percent ? ' number:grouping="true"' : ''}/>`;
  const xml = n.percent
    ? `<number:percentage-style style:name="${name}">${number}<number:text>${n.percent}</number:text></number:percentage-style>`
    : `<number:number-style style:name="${name}">${number}</number:number-style>`;
  return { name, xml };
}

function fods(doc) {
  const numberStyles = new Map();
  const cellStyles = new Map();
  const styleFor = (cell, n) => {
    const ns = n ? numberStyle(n) : undefined;
    if (ns) numberStyles.set(ns.name, ns.xml);
    const key = `ce-${cell.bold ? 'b' : ''}${cell.italic ? 'i' : ''}-${ns?.name ?? 'text'}`;
    if (!cellStyles.has(key)) {
      const text = [
        cell.bold ? ' fo:font-weight="bold"' : '',
        cell.italic ? ' fo:font-style="italic"' : '',
      ].join('');
      cellStyles.set(
        key,
        `<style:style style:name="${key}" style:family="table-cell" style:parent-style-name="Default"${ns ? ` style:data-style-name="${ns.name}"` : ''}>${text ? `<style:text-properties${text}/>` : ''}</style:style>`,
      );
    }
    return key;
  };
  const tables = doc.blocks
    .filter((b) => b.table)
    .map((b) => {
      const rows = grid(b).map((row) => {
        let column = 0;
        const cells = row.flatMap((cell) => {
          const before = [];
          // Slots covered by a merge from the row above.
          while (column < cell.column) {
            before.push('<table:covered-table-cell/>');
            column++;
          }
          column += cell.colSpan;
          const n = numberOf(cell.text);
          const spans = `${cell.colSpan > 1 ? ` table:number-columns-spanned="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` table:number-rows-spanned="${cell.rowSpan}"` : ''}`;
          const type = n
            ? `office:value-type="${n.percent ? 'percentage' : 'float'}" office:value="${n.value}"`
            : cell.text
              ? 'office:value-type="string"'
              : '';
          const covered = Array.from(
            { length: cell.colSpan - 1 },
            () => '<table:covered-table-cell/>',
          );
          const p = cell.text ? `<text:p>${escape(cell.text)}</text:p>` : '';
          return [
            ...before,
            `<table:table-cell table:style-name="${styleFor(cell, n)}" ${type}${spans}>${p}</table:table-cell>`,
            ...covered,
          ];
        });
        return `<table:table-row>${cells.join('')}</table:table-row>`;
      });
      const caption = doc.blocks[doc.blocks.indexOf(b) - 1];
      const title = caption?.caption
        ? `<table:table-row><table:table-cell office:value-type="string" table:style-name="${styleFor({ bold: true }, undefined)}"><text:p>${escape(caption.caption)}</text:p></table:table-cell></table:table-row>`
        : '';
      return `<table:table table:name="${escape(b.sheet)}">${title}${rows.join('')}</table:table>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>${[...numberStyles.values()].join('')}</office:styles>
<office:automatic-styles>${[...cellStyles.values()].join('')}</office:automatic-styles>
<office:body><office:spreadsheet>${tables.join('')}</office:spreadsheet></office:body>
</office:document>
`;
}

function convert(file, format, dir) {
  mkdirSync(dir, { recursive: true });
  execFileSync('soffice', ['--headless', '--convert-to', format, '--outdir', dir, file], {
    stdio: 'inherit',
  });
}

const work = join(out, '.work');
mkdirSync(join(out, 'bad'), { recursive: true });
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const doc of documents) {
  const seedFile = join(seeds, doc.seed);
  if (existsSync(seedFile)) {
    const lines = readFileSync(seedFile, 'utf8').split('\n');
    for (const b of doc.blocks) for (const row of b.table ?? []) checkRow(lines, doc.seed, row);
  } else {
    console.warn(`seed ${doc.seed} not found: rows not checked`);
  }
  mkdirSync(join(out, 'html'), { recursive: true });
  const htmlFile = join(out, 'html', `${doc.name}.html`);
  writeFileSync(htmlFile, html(doc));
  // Formatted as the repository formats HTML, so the committed file passes the format check.
  execFileSync('npx', ['prettier', '--write', htmlFile], { stdio: 'ignore' });
  const fodsFile = join(work, `${doc.name}.fods`);
  writeFileSync(fodsFile, fods(doc));
  convert(htmlFile, 'docx:MS Word 2007 XML', join(out, 'docx'));
  // The PDF is printed from the Word file, as a committee document usually is.
  convert(join(out, 'docx', `${doc.name}.docx`), 'pdf:writer_pdf_Export', join(out, 'pdf'));
  convert(fodsFile, 'xlsx:Calc MS Excel 2007 XML', join(out, 'xlsx'));
}
// A second PDF producer: Chromium prints two of the HTML files, with its own text layout and
// border drawing, so the PDF reader is not tuned to LibreOffice alone.
mkdirSync(join(out, 'pdf-chromium'), { recursive: true });
for (const name of ['linkoping-a', 'sala']) {
  execFileSync('chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-pdf-header-footer',
    `--print-to-pdf=${join(out, 'pdf-chromium', `${name}.pdf`)}`,
    `file://${join(out, 'html', `${name}.html`)}`,
  ]);
}
// Bad input made by the same office suite: a password-protected PDF (password "hemligt") and
// the old binary formats, which the readers refuse with a clear finding.
const bad = join(out, 'bad');
convert(
  join(out, 'docx', 'goteborg.docx'),
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"hemligt"}}',
  work,
);
writeFileSync(join(bad, 'encrypted.pdf'), readFileSync(join(work, 'goteborg.pdf')));
convert(join(out, 'docx', 'goteborg.docx'), 'doc:MS Word 97', work);
writeFileSync(join(bad, 'legacy.doc'), readFileSync(join(work, 'goteborg.doc')));
convert(join(out, 'xlsx', 'goteborg.xlsx'), 'xls:MS Excel 97', work);
writeFileSync(join(bad, 'legacy.xls'), readFileSync(join(work, 'goteborg.xls')));
rmSync(work, { recursive: true, force: true });
