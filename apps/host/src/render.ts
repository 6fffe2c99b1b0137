import {
  formatCell,
  isExact,
  tableToCsv,
  tableToMarkdown,
  type LocalizedText,
  type NumberLocale,
  type Table,
} from '@styrkit/core';
import ExcelJS from 'exceljs';
import {
  XLSX_COLUMN_WIDTH,
  xlsxCellValue,
  xlsxColumnWidths,
  xlsxNumberFormat,
} from './xlsx-format.js';

/** Table output formats the host serves. */
export const TABLE_FORMATS = ['json', 'csv', 'md', 'html', 'xlsx'] as const;
/** One of {@link TABLE_FORMATS}. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Media type of each format. */
export const MEDIA_TYPES: Record<TableFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>'); // '&lt;b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function isNumericKind(kind: string): boolean {
  return kind !== 'text' && kind !== 'date';
}

/**
 * Renders tables as one HTML fragment (`<table>` per table, caption, numbers right-aligned).
 *
 * @example
 * ```ts
 * tablesToHtml([table], 'sv');
 * ```
 */
export function tablesToHtml(tables: readonly Table[], locale: NumberLocale): string {
  return tables
    .map((t) => {
      const head = t.columns
        .map((c) => {
          const unit = c.unit === undefined ? '' : ` (${c.unit})`;
          return `<th scope="col">${escapeHtml(c.title[locale] + unit)}</th>`;
        })
        .join('');
      const body = t.rows
        .map((r) => {
          const cells = t.columns
            .map((c) => {
              const text = escapeHtml(formatCell(r.cells[c.key] ?? null, c, locale));
              const style = isNumericKind(c.kind) ? ' style="text-align:right"' : '';
              return r.kind === 'total' || r.kind === 'subtotal'
                ? `<td${style}><strong>${text}</strong></td>`
                : `<td${style}>${text}</td>`;
            })
            .join('');
          return `<tr>${cells}</tr>`;
        })
        .join('\n');
      const notes = (t.notes ?? [])
        .map((n) => `<p><em>${escapeHtml(n[locale])}</em></p>`)
        .join('\n');
      return `<table id="${escapeHtml(t.id)}">\n<caption>${escapeHtml(t.title[locale])}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n${notes}`;
    })
    .join('\n');
}

/**
 * Wraps an HTML fragment in a minimal, self-contained page.
 *
 * @example
 * ```ts
 * htmlPage('Budget', '<p>…</p>', 'sv');
 * ```
 */
export function htmlPage(title: string, body: string, locale: NumberLocale): string {
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem}caption{font-weight:bold;text-align:left}</style>
</head><body>
<h1>${escapeHtml(title)}</h1>
${body}
</body></html>
`;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A text that is a plain number (`-16,4`, `+5`, `−1 200 kr` is not): left as it is. */
const PLAIN_NUMBER = /^[+-]?\d[\d\s.,]*%?$/;

/**
 * Makes a text safe to open in a spreadsheet: a text starting with `=`, `+`, `-`, `@`, tab or
 * carriage return, and not a plain number, gets a leading `'` so Excel and LibreOffice show it
 * as text instead of running it as a formula (`=HYPERLINK(…)`).
 *
 * @example
 * ```ts
 * neutraliseFormula('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 * ```
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A table whose text cells, titles and notes are neutralised for spreadsheet use. */
function spreadsheetSafe(table: Table): Table {
  function text(v: string): string;
  function text(v: LocalizedText): LocalizedText;
  function text(v: string | LocalizedText): string | LocalizedText {
    return typeof v === 'string'
      ? neutraliseFormula(v)
      : { sv: neutraliseFormula(v.sv), en: neutraliseFormula(v.en) };
  }
  return {
    ...table,
    columns: table.columns.map((c) => ({ ...c, title: text(c.title) })),
    rows: table.rows.map((r) => ({
      ...r,
      cells: Object.fromEntries(
        Object.entries(r.cells).map(([k, v]) => [
          k,
          v === null || isExact(v) ? v : typeof v === 'string' ? text(v) : text(v),
        ]),
      ),
    })),
    ...(table.notes === undefined ? {} : { notes: table.notes.map(text) }),
  };
}

/**
 * Renders tables as an XLSX workbook, one sheet per table, laid out for reading in Excel or
 * LibreOffice: a bold, frozen header row; number formats per column (thousands grouped, the
 * column's decimals, its unit after the number, percent as `%`, see {@link xlsxNumberFormat});
 * column widths from the content; an auto filter over the data only; and the table's notes
 * below it after an empty row, outside the data range, so sorting or filtering never mixes a
 * footnote into the figures. Exact numbers become numeric cells when they fit a double exactly
 * (15 significant digits), otherwise text, so nothing is rounded.
 *
 * @example
 * ```ts
 * const bytes = await tablesToXlsx([table], 'sv');
 * ```
 */
export async function tablesToXlsx(
  tables: readonly Table[],
  locale: NumberLocale,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'styrkit';
  const used = new Set<string>();
  for (const t of tables) {
    const sheet = workbook.addWorksheet(sheetName(t, locale, used), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const widths = xlsxColumnWidths(t, locale);
    sheet.columns = t.columns.map((c, i) => {
      const numFmt = xlsxNumberFormat(c);
      return {
        width: widths[i] ?? XLSX_COLUMN_WIDTH.min,
        ...(numFmt === undefined ? {} : { style: { numFmt } }),
      };
    });
    const header = sheet.addRow(
      t.columns.map((c) => c.title[locale] + (c.unit === undefined ? '' : ` (${c.unit})`)),
    );
    header.font = { bold: true };
    for (const r of t.rows) {
      const row = sheet.addRow(t.columns.map((c) => xlsxCellValue(r.cells[c.key], c, locale)));
      if (r.kind === 'total' || r.kind === 'subtotal') row.font = { bold: true };
    }
    if (t.columns.length > 0) {
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: t.rows.length + 1, column: t.columns.length },
      };
    }
    const notes = t.notes ?? [];
    if (notes.length > 0) sheet.addRow([]);
    for (const note of notes) {
      // A note is text: the column style (a number format) must not apply to it.
      const row = sheet.addRow([note[locale]]);
      row.getCell(1).numFmt = '@';
      row.font = { italic: true };
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** A sheet name Excel accepts (no `*?:\\/[]`, at most 31 characters), unique in the workbook. */
function sheetName(table: Table, locale: NumberLocale, used: Set<string>): string {
  const base =
    (table.title[locale] || table.id)
      .replace(/[*?:\\/[\]]/g, ' ')
      .slice(0, 28)
      .trim() || 'Sheet';
  let name = base;
  let suffix = 2;
  while (used.has(name.toLowerCase())) name = `${base.slice(0, 26)} ${suffix++}`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * Byte order mark that CSV output starts with: Excel on Windows reads a CSV without it in the
 * local 8-bit code page, which garbles å, ä and ö.
 */
export const CSV_BOM = '\uFEFF';

/**
 * Renders tables in a format: JSON (Exact as strings), CSV, Markdown, HTML page or XLSX.
 *
 * @example
 * ```ts
 * await renderTables([table], 'md', 'sv', 'Budget');
 * ```
 */
export async function renderTables(
  tables: readonly Table[],
  format: TableFormat,
  locale: NumberLocale,
  title: string,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return JSON.stringify(tables); // Exact values serialise to strings through toJSON
    case 'csv':
      return CSV_BOM + tables.map((t) => tableToCsv(spreadsheetSafe(t), { locale })).join('\r\n');
    case 'md':
      return tables.map((t) => tableToMarkdown(t, { locale })).join('\n');
    case 'html':
      return htmlPage(title, tablesToHtml(tables, locale), locale);
    case 'xlsx':
      return tablesToXlsx(tables, locale);
  }
}
