import type { NumberLocale, Table } from '@styrkit/core';
import { findingsTable } from './findings-table.js';
import { reportLabels } from './labels.js';
import {
  textIn,
  type RenderOptions,
  type Report,
  type ReportBlock,
  type ReportSection,
} from './model.js';
import { PRINT_CSS } from './print-css.js';
import { columnHeading, formattedRows, isNumericColumn, needsLandscape } from './table-layout.js';

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * import { escapeHtml } from '@styrkit/reports';
 * escapeHtml('<b>"A & B"</b>'); // '&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;'
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

function tableHtml(table: Table, locale: NumberLocale, landscape: boolean): string {
  const numeric = table.columns.map(isNumericColumn);
  const cls = (i: number): string => (numeric[i] === true ? ' class="num"' : '');
  const head = table.columns
    .map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(columnHeading(c, locale))}</th>`)
    .join('');
  const texts = formattedRows(table, locale);
  const body = table.rows
    .map((row, r) => {
      const kind = row.kind === 'total' || row.kind === 'subtotal' ? ` class="${row.kind}"` : '';
      const cells = table.columns
        .map((_, i) => `<td${cls(i)}>${escapeHtml(texts[r]?.[i] ?? '')}</td>`)
        .join('');
      return `<tr${kind}>${cells}</tr>`;
    })
    .join('\n');
  const notes = (table.notes ?? [])
    .map((n) => `<p class="note">${escapeHtml(n[locale])}</p>`)
    .join('\n');
  return [
    `<div class="table-block${landscape ? ' landscape' : ''}">`,
    `<table>`,
    `<caption>${escapeHtml(table.title[locale])}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    `</table>`,
    notes,
    `</div>`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function blockHtml(block: ReportBlock, locale: NumberLocale): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${escapeHtml(textIn(block.text, locale))}</p>`;
    case 'note':
      return `<p class="note">${escapeHtml(textIn(block.text, locale))}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(textIn(i, locale))}</li>`).join('')}</ul>`;
    case 'table':
      return tableHtml(block.table, locale, block.landscape ?? needsLandscape(block.table, locale));
  }
}

function sectionHtml(section: ReportSection, depth: number, locale: NumberLocale): string {
  const level = Math.min(depth + 2, 4);
  return [
    `<section>`,
    `<h${String(level)}>${escapeHtml(textIn(section.heading, locale))}</h${String(level)}>`,
    ...section.blocks.map((b) => blockHtml(b, locale)),
    ...(section.sections ?? []).map((s) => sectionHtml(s, depth + 1, locale)),
    `</section>`,
  ].join('\n');
}

function appendixHtml(report: Report, locale: NumberLocale): string {
  if (report.findings === undefined) return '';
  const content =
    report.findings.length === 0
      ? `<p>${escapeHtml(reportLabels.noFindings[locale])}</p>`
      : tableHtml(
          findingsTable(report.findings),
          locale,
          needsLandscape(findingsTable(report.findings), locale),
        );
  return [
    `<section class="appendix">`,
    `<h2>${escapeHtml(reportLabels.appendix[locale])}</h2>`,
    content,
    `</section>`,
  ].join('\n');
}

/**
 * Writes a report as one standalone, accessible HTML page for printing or saving as PDF from
 * a browser: `lang` set, one `h1`, sections as `section` with `h2`–`h4`, the metadata as a
 * description list, tables with `caption`, `thead` and `th scope="col"`, numbers right-aligned
 * and written with core's `formatCell`, and a print stylesheet (A4, a named landscape page for
 * wide tables, header rows repeated, rows never split). Every text is escaped.
 *
 * @example
 * ```ts
 * import { reportToPrintHtml } from '@styrkit/reports';
 * const html = reportToPrintHtml({
 *   title: 'Bilaga <1>',
 *   metadata: [{ label: { sv: 'Diarienummer', en: 'Case number' }, value: 'SON 2020/123' }],
 *   sections: [{ heading: { sv: 'Beslut', en: 'Decision' }, blocks: [{ type: 'paragraph', text: 'Bifall.' }] }],
 * }, { locale: 'sv' });
 * html.includes('<h1>Bilaga &lt;1&gt;</h1>'); // true
 * ```
 */
export function reportToPrintHtml(report: Report, options: RenderOptions = {}): string {
  const locale = options.locale ?? 'sv';
  const title = escapeHtml(textIn(report.title, locale));
  const metadata =
    report.metadata === undefined || report.metadata.length === 0
      ? ''
      : [
          `<dl class="metadata" aria-label="${escapeHtml(reportLabels.metadata[locale])}">`,
          ...report.metadata.map(
            (m) =>
              `<dt>${escapeHtml(textIn(m.label, locale))}</dt><dd>${escapeHtml(textIn(m.value, locale))}</dd>`,
          ),
          `</dl>`,
        ].join('\n');
  return `${[
    '<!doctype html>',
    `<html lang="${locale === 'sv' ? 'sv' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${PRINT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${title}</h1>`,
    report.subtitle === undefined
      ? ''
      : `<p class="subtitle">${escapeHtml(textIn(report.subtitle, locale))}</p>`,
    metadata,
    '</header>',
    '<main>',
    ...report.sections.map((s) => sectionHtml(s, 0, locale)),
    appendixHtml(report, locale),
    '</main>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')}\n`;
}
