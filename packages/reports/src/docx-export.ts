import type { RenderOptions, Report } from './model.js';

/**
 * Writes a report as a Word document (DOCX, A4): the title and headings in Word's own Title
 * and Heading styles, real Word tables (header row repeated on each page, numbers
 * right-aligned, totals bold, figures written with core's `formatCell`: "45 100", "67,15 %"),
 * a landscape page for each wide table, page numbers, and the findings appendix when the
 * report has findings. Pure apart from the timestamp the `docx` library writes into the
 * document properties.
 *
 * The `docx` library (about 120 kB min+gzip) and the renderer are loaded on the first call
 * (`import()`), not with the package: a portal or a plugin that offers a Word export carries
 * them only once someone downloads one.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { reportToDocx } from '@styrkit/reports';
 * const bytes = await reportToDocx({
 *   title: 'Objektplan 2021',
 *   sections: [{
 *     heading: { sv: 'Budget', en: 'Budget' },
 *     blocks: [{ type: 'table', table: {
 *       id: 'b', title: { sv: 'Budget (kkr)', en: 'Budget (kkr)' },
 *       columns: [
 *         { key: 'a', title: { sv: 'Aktivitet', en: 'Activity' }, kind: 'text' },
 *         { key: 'v', title: { sv: 'Belopp', en: 'Amount' }, kind: 'money', unit: 'kkr' },
 *       ],
 *       rows: [{ cells: { a: 'Summa', v: exact('45100') }, kind: 'total' }],
 *     } }],
 *   }],
 * }, { locale: 'sv' });
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // true: a ZIP (Office Open XML) package
 * ```
 */
export async function reportToDocx(
  report: Report,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const { renderDocx } = await import('./docx.js');
  return renderDocx(report, options);
}
