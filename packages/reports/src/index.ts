/**
 * @styrkit/reports: committee documents from checked data. A small report model (title,
 * metadata, sections with paragraphs, lists, core tables and notes, an optional findings
 * appendix) rendered to Word (DOCX) and to printable standalone HTML, numbers written with
 * core's formatters in sv-SE or en. Pure: no I/O.
 *
 * @packageDocumentation
 */
export {
  textIn,
  type MetadataRow,
  type RenderOptions,
  type Report,
  type ReportBlock,
  type ReportSection,
  type ReportText,
} from './model.js';
export { reportToDocx } from './docx-export.js';
export { DOCX_MEDIA_TYPE } from './media-types.js';
export { escapeHtml, reportToPrintHtml } from './html.js';
export { findingsTable } from './findings-table.js';
export { needsLandscape } from './table-layout.js';
