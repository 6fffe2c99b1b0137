import type { NumberLocale } from '@styrkit/core';
import { analyseDocument, type DocumentAudit } from './analyse-document.js';
import type { ReadOptions } from './model.js';
import { readDocument } from './read.js';
import { readMarkdown } from './readers/markdown.js';
import { readText } from './readers/text.js';

/**
 * Options of an audit: the read options and the locale numbers are written in.
 *
 * @example
 * ```ts
 * import type { AuditOptions } from '@styrkit/documents';
 * const o: AuditOptions = { file: 'plan.txt', locale: 'sv' };
 * ```
 */
export type AuditOptions = ReadOptions & { readonly locale?: NumberLocale };

/**
 * Audits a document given as text (plain text as PDF extraction gives it, or Markdown with
 * `format: 'markdown'`): reads it and analyses it, the reader's findings included.
 *
 * @example
 * ```ts
 * import { auditText } from '@styrkit/documents';
 * const audit = auditText('Post\tAntal\nA\t2\nB\t3\nSumma\t5\n');
 * audit.findings.length; // 0
 * ```
 */
export function auditText(text: string, options: AuditOptions = {}): DocumentAudit {
  const model =
    options.format === 'markdown' ? readMarkdown(text, options) : readText(text, options);
  return analyseDocument(model, options.locale === undefined ? {} : { locale: options.locale });
}

/**
 * Audits a document as the user has it (DOCX, XLSX, PDF, HTML, Markdown or extracted text,
 * as bytes or text): `readDocument` and then `analyseDocument`, the reader's findings
 * included. Never throws on user data; what cannot be read is a finding.
 *
 * @example
 * ```ts
 * import { auditDocument } from '@styrkit/documents';
 * const audit = await auditDocument('Post\tAntal\nA\t2\nB\t3\nSumma\t6\n', { file: 'lista.txt' });
 * audit.findings.map((f) => f.code); // ['documents/column-total-mismatch']
 * ```
 */
export async function auditDocument(
  input: Uint8Array | string,
  options: AuditOptions = {},
): Promise<DocumentAudit> {
  const model = await readDocument(input, options);
  return analyseDocument(model, options.locale === undefined ? {} : { locale: options.locale });
}
