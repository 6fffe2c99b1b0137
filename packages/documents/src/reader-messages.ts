import type { NumberLocale } from '@styrkit/core';
import type { DocumentFormat } from './model.js';

/*
 * The data each reader finding is worded from, and the wording helpers the reader codes'
 * templates share (reader-codes.ts). Readers pass these data objects; only the catalogue and
 * this file hold sentences, so English output cannot pick up Swedish. Kept apart from the
 * audit's messages so reading a file does not load the audit's wording.
 */

/** Data of a code whose message needs nothing but the code (`documents/empty`, `documents/no-text`). */
export type DocumentNoData = Readonly<Record<string, never>>;

/** Data of `documents/too-large`: which limit the file is over. */
export type DocumentTooLargeData =
  | { readonly kind: 'input'; readonly size: number; readonly limit: number }
  | { readonly kind: 'zip-entries'; readonly count: number }
  | { readonly kind: 'unpacked' };

/** Data of `documents/truncated`: the limit that was reached. */
export interface DocumentTruncatedData {
  readonly limit: 'cells' | 'characters' | 'pages';
  readonly count: number;
}

/**
 * Data of `documents/unreadable`: why the file cannot be read. `detail` is the library's own
 * error text (English, from the XML, zip or PDF library), left out when there is none.
 */
export type DocumentUnreadableData =
  | { readonly kind: 'zip-corrupt'; readonly detail: string }
  | { readonly kind: 'xml-part'; readonly part: string; readonly detail?: string }
  | { readonly kind: 'missing-part'; readonly container: 'docx' | 'xlsx' }
  | { readonly kind: 'pdf'; readonly detail?: string }
  | { readonly kind: 'odf' }
  | { readonly kind: 'other-zip' }
  | { readonly kind: 'binary'; readonly what?: string }
  | { readonly kind: 'failed'; readonly detail?: string };

/** Data of `documents/encrypted`: what is encrypted. */
export interface DocumentEncryptedData {
  readonly what: 'zip-parts' | 'office' | 'pdf';
}

/** Data of `documents/legacy-format`: the old extension the file has (".doc", ".xls"). */
export interface DocumentLegacyFormatData {
  readonly extension: '.doc' | '.xls' | '.doc/.xls';
}

/** Data of `documents/format-mismatch`: what the name says and what the content is. */
export interface DocumentFormatMismatchData {
  readonly named: DocumentFormat;
  /** A readable format, or another kind of file the bytes show (PNG, JPEG …). */
  readonly actual: string;
}

const FORMAT_NAMES: Readonly<Record<DocumentFormat, string>> = {
  docx: 'Word (.docx)',
  xlsx: 'Excel (.xlsx)',
  pdf: 'PDF',
  html: 'HTML',
  markdown: 'Markdown',
  text: 'text',
};

/** A format as a message names it: "Word (.docx)", "PDF"; another kind of file as it is. */
export function formatName(format: string): string {
  return format in FORMAT_NAMES ? FORMAT_NAMES[format as DocumentFormat] : format;
}

/** An error text from a library, or the words for an unknown one. */
function detailOf(detail: string | undefined, locale: NumberLocale, unknown: boolean): string {
  if (detail !== undefined) return detail;
  if (!unknown) return locale === 'sv' ? 'fel' : 'error';
  return locale === 'sv' ? 'okänt fel' : 'unknown error';
}

/** The message of `documents/too-large`. */
export function tooLarge(d: DocumentTooLargeData, locale: NumberLocale): string {
  const sv = locale === 'sv';
  switch (d.kind) {
    case 'input':
      return sv
        ? `Filen är ${d.size} byte, större än läsgränsen ${d.limit} byte; den lästes inte.`
        : `The file is ${d.size} bytes, more than the read limit of ${d.limit} bytes; it was not read.`;
    case 'zip-entries':
      return sv
        ? `Zip-behållaren har ${d.count} delar, fler än läsgränsen; filen lästes inte.`
        : `The zip container has ${d.count} entries, more than the read limit; the file was not read.`;
    case 'unpacked':
      return sv
        ? 'Filen packas upp till mer än läsgränsen för uppackad storlek; den lästes inte.'
        : 'The file unpacks to more than the decompressed size limit; it was not read.';
  }
}

const LIMIT_WORD: Readonly<Record<DocumentTruncatedData['limit'], { sv: string; en: string }>> = {
  cells: { sv: 'celler', en: 'cells' },
  characters: { sv: 'tecken', en: 'characters' },
  pages: { sv: 'sidor', en: 'pages' },
};

/** The message of `documents/truncated`. */
export function truncated(d: DocumentTruncatedData, locale: NumberLocale): string {
  const limit = `${d.count} ${LIMIT_WORD[d.limit][locale]}`;
  return locale === 'sv'
    ? `Läsgränsen ${limit} nåddes; resten av dokumentet lästes inte.`
    : `The read limit of ${limit} was reached; the rest of the document was not read.`;
}

/** The message of `documents/unreadable`. */
export function unreadable(d: DocumentUnreadableData, locale: NumberLocale): string {
  const sv = locale === 'sv';
  switch (d.kind) {
    case 'zip-corrupt':
      return sv
        ? `Zip-behållaren är trasig eller avkortad (${d.detail}).`
        : `The zip container is damaged or truncated (${d.detail}).`;
    case 'xml-part':
      return sv
        ? `Delen ${d.part} är inte giltig XML (${detailOf(d.detail, locale, false)}).`
        : `The part ${d.part} is not valid XML (${detailOf(d.detail, locale, false)}).`;
    case 'missing-part':
      if (d.container === 'docx')
        return sv
          ? 'Word-filen saknar word/document.xml.'
          : 'The Word file has no word/document.xml.';
      return sv ? 'Arbetsboken saknar xl/workbook.xml.' : 'The workbook has no xl/workbook.xml.';
    case 'pdf':
      return sv
        ? `PDF-filen kan inte läsas (${detailOf(d.detail, locale, true)}).`
        : `The PDF cannot be read (${detailOf(d.detail, locale, true)}).`;
    case 'odf':
      return sv
        ? 'Filen är ett OpenDocument-dokument (.odt/.ods); spara den som .docx eller .xlsx.'
        : 'The file is an OpenDocument file (.odt/.ods); save it as .docx or .xlsx.';
    case 'other-zip':
      return sv
        ? 'Filen är ett zip-arkiv men varken ett Word- eller Excel-dokument.'
        : 'The file is a zip archive but neither a Word nor an Excel document.';
    case 'binary':
      if (d.what === undefined)
        return sv
          ? 'Filen är inte text och inte ett dokumentformat som kan läsas (Word, Excel, PDF, HTML, Markdown, text).'
          : 'The file is neither text nor a readable document format (Word, Excel, PDF, HTML, Markdown, text).';
      return sv
        ? `Filen är en ${d.what}-fil, inte ett dokument som kan läsas.`
        : `The file is a ${d.what} file, not a document that can be read.`;
    case 'failed':
      return sv
        ? `Filen kunde inte läsas (${detailOf(d.detail, locale, true)}).`
        : `The file could not be read (${detailOf(d.detail, locale, true)}).`;
  }
}

/** The message of `documents/encrypted`. */
export function encrypted(d: DocumentEncryptedData, locale: NumberLocale): string {
  const sv = locale === 'sv';
  switch (d.what) {
    case 'zip-parts':
      return sv
        ? 'Filen innehåller krypterade delar och kan inte läsas.'
        : 'The file has encrypted parts and cannot be read.';
    case 'office':
      return sv
        ? 'Office-filen är lösenordsskyddad (krypterad); spara den utan lösenord och försök igen.'
        : 'The Office file is password-protected (encrypted); save it without a password and try again.';
    case 'pdf':
      return sv
        ? 'PDF-filen är lösenordsskyddad; spara den utan lösenord och försök igen.'
        : 'The PDF is password-protected; save it without a password and try again.';
  }
}

/** The message of `documents/format-mismatch`. */
export function formatMismatch(d: DocumentFormatMismatchData, locale: NumberLocale): string {
  const named = formatName(d.named);
  const is = formatName(d.actual);
  return locale === 'sv'
    ? `Filnamnet säger ${named}, men innehållet är ${is}; filen lästes som ${is}.`
    : `The file name says ${named}, but the content is ${is}; it was read as ${is}.`;
}

/** The text of an error a library threw, if it has one. */
export function errorDetail(error: unknown): { readonly detail?: string } {
  return error instanceof Error ? { detail: error.message } : {};
}
