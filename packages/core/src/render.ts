import { Exact } from './exact.js';
import type { NumberLocale } from './number-text.js';
import { columnHeader, formatCell, isNumeric, plainCell, type Table } from './table.js';

function escapeMarkdown(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Renders a table as GitHub-flavoured Markdown: caption as a bold line, numbers right-aligned,
 * total rows in bold, notes below.
 *
 * @example
 * ```ts
 * import { exact, tableToMarkdown } from '@styrkit/core';
 * tableToMarkdown({
 *   id: 't', title: { sv: 'Summa', en: 'Total' },
 *   columns: [{ key: 'v', title: { sv: 'Värde', en: 'Value' }, kind: 'money' }],
 *   rows: [{ cells: { v: exact('45100') } }],
 * });
 * ```
 */
export function tableToMarkdown(table: Table, options: { locale?: NumberLocale } = {}): string {
  const locale = options.locale ?? 'sv';
  const header = table.columns.map((c) => escapeMarkdown(columnHeader(c, locale)));
  const align = table.columns.map((c) => (isNumeric(c) ? '---:' : ':---'));
  const lines = [
    `**${escapeMarkdown(table.title[locale])}**`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${align.join(' | ')} |`,
  ];
  for (const row of table.rows) {
    const strong = row.kind === 'total' || row.kind === 'subtotal';
    const cells = table.columns.map((c) => {
      const text = escapeMarkdown(formatCell(row.cells[c.key] ?? null, c, locale));
      return strong && text !== '' && text !== '–' ? `**${text}**` : text;
    });
    lines.push(`| ${cells.join(' | ')} |`);
  }
  for (const note of table.notes ?? []) lines.push('', `_${escapeMarkdown(note[locale])}_`);
  return `${lines.join('\n')}\n`;
}

function csvField(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders a table as CSV (RFC 4180 quoting). Numbers are written exactly in plain notation
 * ("45100", "-16.3") so spreadsheets and scripts read them without locale guessing; the sv
 * locale uses `;` as separator by default, as Swedish Excel expects, and a decimal comma.
 *
 * @example
 * ```ts
 * import { exact, tableToCsv } from '@styrkit/core';
 * tableToCsv({
 *   id: 't', title: { sv: 'T', en: 'T' },
 *   columns: [{ key: 'v', title: { sv: 'Värde', en: 'Value' }, kind: 'quantity' }],
 *   rows: [{ cells: { v: exact('1.5') } }],
 * }, { locale: 'en' }); // 'Value\r\n1.5\r\n'
 * ```
 */
export function tableToCsv(
  table: Table,
  options: { locale?: NumberLocale; separator?: string } = {},
): string {
  const locale = options.locale ?? 'sv';
  const separator = options.separator ?? (locale === 'sv' ? ';' : ',');
  const decimalComma = locale === 'sv';
  const lines = [
    table.columns.map((c) => csvField(columnHeader(c, locale), separator)).join(separator),
  ];
  for (const row of table.rows) {
    lines.push(
      table.columns
        .map((c) => {
          const cell = row.cells[c.key];
          const plain = plainCell(cell, locale);
          const text = decimalComma && cell instanceof Exact ? plain.replace('.', ',') : plain;
          return csvField(text, separator);
        })
        .join(separator),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
