import type { DocumentFormat } from './model.js';

/** What the first bytes say a file is, before any container is opened. */
export type ByteKind = 'zip' | 'pdf' | 'ole' | 'text' | 'binary' | 'empty';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Finds `%PDF-` within the first KiB, where the PDF specification lets it stand. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= end; i++) {
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return true;
  }
  return false;
}

/**
 * Text has no NUL bytes and few control characters; anything else (images, executables,
 * random bytes) is binary. UTF-16 text is recognised by its byte order mark.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return true;
  }
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return false;
    // Tab, line feed, form feed and carriage return are text; other C0 controls are not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return control <= n / 100;
}

/**
 * Classifies bytes by their magic numbers. The file name plays no part here: a file is what
 * its bytes say it is.
 *
 * @example
 * ```ts
 * detectBytes(new TextEncoder().encode('%PDF-1.7')); // 'pdf'
 * ```
 */
export function detectBytes(bytes: Uint8Array): ByteKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return 'zip';
  }
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (hasPdfHeader(bytes)) return 'pdf';
  return looksLikeText(bytes) ? 'text' : 'binary';
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|table)\b/i;
const MD_HEADING = /^#{1,6}\s+\S/m;
const MD_TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/m;

/**
 * Which text format a text is: HTML when it opens like an HTML document, Markdown when it has
 * a pipe table (with its separator row) or ATX headings, otherwise plain text. Text extracted
 * from a PDF may carry `<b>` markup inside lines: that alone does not make it HTML.
 *
 * @example
 * ```ts
 * detectTextFormat('| a | b |\n|---|---|\n| 1 | 2 |'); // 'markdown'
 * ```
 */
export function detectTextFormat(text: string): 'html' | 'markdown' | 'text' {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  if (MD_TABLE_SEPARATOR.test(text) || MD_HEADING.test(text)) return 'markdown';
  return 'text';
}

const EXTENSIONS: Readonly<Record<string, DocumentFormat>> = {
  docx: 'docx',
  docm: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  csv: 'text',
  tsv: 'text',
};

/**
 * The format a file name says, from its extension; undefined when the name says nothing we
 * know (no extension, or one like .doc that is no format we read).
 *
 * @example
 * ```ts
 * formatFromName('Kallelse SAN 2023-06-15.PDF'); // 'pdf'
 * ```
 */
export function formatFromName(file: string | undefined): DocumentFormat | undefined {
  const match = /\.([a-z0-9]+)$/i.exec(file ?? '');
  return match?.[1] === undefined ? undefined : EXTENSIONS[match[1].toLowerCase()];
}
