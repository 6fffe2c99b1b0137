import type { Finding } from '@styrkit/core';
import { report, type ReaderContext } from './context.js';
import { decodeText } from './decode.js';
import { detectBytes, detectTextFormat, formatFromName } from './detect.js';
import { ReadBudget, resolveLimits } from './limits.js';
import type { DocumentBlock, DocumentFormat, DocumentModel, ReadOptions } from './model.js';
import { binaryKind, oleKind } from './ole.js';
import { errorDetail } from './reader-messages.js';
import { readMarkdown } from './readers/markdown.js';
import { readText } from './readers/text.js';

const TEXT_FAMILY = new Set<DocumentFormat>(['text', 'markdown']);

function model(
  format: DocumentFormat,
  ctx: ReaderContext,
  blocks: readonly DocumentBlock[],
  extra: readonly Finding[] = [],
): DocumentModel {
  const findings = [...ctx.findings, ...extra];
  if (ctx.budget.finding !== undefined) findings.push(ctx.budget.finding);
  return { format, ...(ctx.file === undefined ? {} : { file: ctx.file }), blocks, findings };
}

function warnMismatch(ctx: ReaderContext, named: DocumentFormat | undefined, actual: string): void {
  if (named === undefined) return;
  if (named === actual || (TEXT_FAMILY.has(named) && TEXT_FAMILY.has(actual as DocumentFormat)))
    return;
  report(ctx, 'documents/format-mismatch', { named, actual });
}

/*
 * The HTML, PDF and Office readers (and htmlparser2, pdf.js, saxes, fflate with them) are
 * loaded when a document of their format is read, not when the package is: an application
 * that reads only text, or only Word files, does not download the other readers.
 */

/** Reads a PDF, loading its reader on first use. */
async function readPdf(bytes: Uint8Array, ctx: ReaderContext): Promise<DocumentModel> {
  const { readPdfBytes } = await import('./readers/pdf.js');
  return model('pdf', ctx, await readPdfBytes(bytes, ctx));
}

/** Reads a Word or Excel container, loading the Office readers on first use. */
async function readOffice(
  format: 'docx' | 'xlsx',
  bytes: Uint8Array,
  ctx: ReaderContext,
): Promise<DocumentModel> {
  const office = await import('./read-office.js');
  const read = format === 'docx' ? office.readDocxBytes : office.readXlsxBytes;
  return model(format, ctx, read(bytes, ctx));
}

async function readTextFormat(
  text: string,
  format: 'html' | 'markdown' | 'text',
  options: ReadOptions,
  ctx: ReaderContext,
): Promise<DocumentModel> {
  if (format === 'html') {
    const { readHtmlText } = await import('./readers/html.js');
    return model('html', ctx, readHtmlText(text, ctx));
  }
  const read = format === 'markdown' ? readMarkdown(text, options) : readText(text, options);
  return model(read.format, ctx, read.blocks, read.findings);
}

async function readBytes(
  bytes: Uint8Array,
  options: ReadOptions,
  ctx: ReaderContext,
): Promise<DocumentModel> {
  const named = formatFromName(options.file);
  const kind = detectBytes(bytes);
  const fallback = named ?? 'text';
  switch (kind) {
    case 'empty':
      report(ctx, 'documents/empty', {});
      return model(fallback, ctx, []);
    case 'pdf':
      warnMismatch(ctx, named, 'pdf');
      return readPdf(bytes, ctx);
    case 'ole': {
      const ole = oleKind(bytes);
      if (ole === 'encrypted') {
        report(ctx, 'documents/encrypted', { what: 'office' });
      } else {
        const extension = ole === 'doc' ? '.doc' : ole === 'xls' ? '.xls' : '.doc/.xls';
        report(ctx, 'documents/legacy-format', { extension });
      }
      return model(named === 'xlsx' || ole === 'xls' ? 'xlsx' : 'docx', ctx, []);
    }
    case 'zip': {
      const { zipFormat } = await import('./read-office.js');
      const inside = zipFormat(bytes, ctx);
      if (inside === 'docx' || inside === 'xlsx') {
        warnMismatch(ctx, named, inside);
        return readOffice(inside, bytes, ctx);
      }
      if (inside === undefined) {
        // Let the reader the name points to report what is wrong with the container.
        return readOffice(named === 'xlsx' ? 'xlsx' : 'docx', bytes, ctx);
      }
      report(ctx, 'documents/unreadable', { kind: inside === 'odf' ? 'odf' : 'other-zip' });
      return model(fallback, ctx, []);
    }
    case 'binary': {
      const what = binaryKind(bytes);
      if (what !== undefined) warnMismatch(ctx, named, what);
      report(
        ctx,
        'documents/unreadable',
        what === undefined ? { kind: 'binary' } : { kind: 'binary', what },
      );
      return model(fallback, ctx, []);
    }
    case 'text':
      return readString(decodeText(bytes), options, ctx);
  }
}

function readString(
  text: string,
  options: ReadOptions,
  ctx: ReaderContext,
): Promise<DocumentModel> {
  const named = formatFromName(options.file);
  let format = detectTextFormat(text);
  // Plain text named .md is Markdown without tables or headings: the name decides.
  if (format === 'text' && named === 'markdown') format = 'markdown';
  warnMismatch(ctx, named, format);
  return readTextFormat(text, format, options, ctx);
}

async function readForced(
  input: Uint8Array | string,
  format: DocumentFormat,
  options: ReadOptions,
  ctx: ReaderContext,
): Promise<DocumentModel> {
  if (format === 'html' || format === 'markdown' || format === 'text') {
    return readTextFormat(
      typeof input === 'string' ? input : decodeText(input),
      format,
      options,
      ctx,
    );
  }
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (format === 'pdf') return readPdf(bytes, ctx);
  return readOffice(format, bytes, ctx);
}

/**
 * Reads a document into the one document model. The format is detected from the bytes (a zip
 * with word/document.xml or xl/workbook.xml, %PDF, an OLE container, HTML, Markdown, text);
 * the file name is only a hint, and a file that is not what its name says is read as what it
 * is, with a `documents/format-mismatch` warning. Text is decoded as UTF-8, or windows-1252
 * when it is not valid UTF-8. Never throws on user data and keeps every limit in
 * `options.limits`: what it cannot read is a finding (`documents/unreadable`,
 * `documents/encrypted`, `documents/too-large`, `documents/truncated` …).
 *
 * @example
 * ```ts
 * import { readDocument } from '@styrkit/documents';
 * const doc = await readDocument('<table><tr><td>Summa</td><td>45 100</td></tr></table>', { file: 'budget.html' });
 * doc.blocks[0]?.type; // 'table'
 * ```
 */
export async function readDocument(
  input: Uint8Array | string,
  options: ReadOptions = {},
): Promise<DocumentModel> {
  const limits = resolveLimits(options.limits);
  const ctx: ReaderContext = { file: options.file, budget: new ReadBudget(limits), findings: [] };
  const size = typeof input === 'string' ? input.length : input.length;
  const fallback = options.format ?? formatFromName(options.file) ?? 'text';
  if (size > limits.maxInputBytes) {
    report(ctx, 'documents/too-large', { kind: 'input', size, limit: limits.maxInputBytes });
    return model(fallback, ctx, []);
  }
  try {
    if (options.format !== undefined) return await readForced(input, options.format, options, ctx);
    return typeof input === 'string'
      ? await readString(input, options, ctx)
      : await readBytes(input, options, ctx);
  } catch (error) {
    // A reader bug or a library failure on hostile input is a finding, never a crash.
    const ctxAfter: ReaderContext = { ...ctx, findings: [] };
    report(ctxAfter, 'documents/unreadable', { kind: 'failed', ...errorDetail(error) });
    return model(fallback, { ...ctx, findings: [...ctx.findings, ...ctxAfter.findings] }, []);
  }
}
