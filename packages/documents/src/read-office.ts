import type { ReaderContext } from './context.js';
import { openZip } from './zip.js';

/*
 * The Office side of readDocument: zip containers and the Word and Excel readers with their
 * XML and inflate libraries. read.ts loads this module only when the bytes are a zip (or the
 * caller forces docx/xlsx), so reading text, Markdown, HTML or PDF does not load them.
 */
export { readDocxBytes } from './readers/docx.js';
export { readXlsxBytes } from './readers/xlsx.js';

/** Which Office format a zip container holds, from the parts it lists. */
export function zipFormat(
  bytes: Uint8Array,
  ctx: ReaderContext,
): 'docx' | 'xlsx' | 'odf' | 'other' | undefined {
  const zip = openZip(bytes, ctx.budget.limits);
  if ('kind' in zip) return undefined;
  if (zip.entries.has('word/document.xml')) return 'docx';
  if (zip.entries.has('xl/workbook.xml')) return 'xlsx';
  if (zip.entries.has('content.xml') && zip.entries.has('mimetype')) return 'odf';
  return 'other';
}
