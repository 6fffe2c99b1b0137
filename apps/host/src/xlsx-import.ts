import type { Finding } from '@styrkit/core';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import type { HostCode, HostCodeData } from './codes.js';
import { HostError, hostFinding } from './errors.js';
import { readEnvelopes, type Envelope } from './envelope.js';
import { assertWorkbookWithinLimits, WORKBOOK_LIMITS, type WorkbookLimits } from './xlsx-limits.js';

/** The media type of an XLSX workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One sheet read from a workbook: an envelope, or the findings that stop it. */
export type WorkbookEntry =
  | { readonly ok: true; readonly sheet: string; readonly value: Envelope }
  | { readonly ok: false; readonly sheet: string; readonly error: Finding[] };

const HEADER_FIELDS = ['kind', 'schemaVersion', 'id', 'message'] as const;
type HeaderField = (typeof HEADER_FIELDS)[number];
/** Longest text Excel keeps in one cell. */
const MAX_CELL_TEXT = 32_767;

/** `sheet Name!B3`: where in the workbook a finding is (Excel's own cell notation). */
function at(sheet: string, column: 'A' | 'B', row: number): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `sheet ${name}!${column}${row}`;
}

/** The workbook convention's codes, by what follows `host/xlsx-`. */
type XlsxCode = Extract<HostCode, `host/xlsx-${string}`>;
type XlsxSuffix = XlsxCode extends `host/xlsx-${infer S}` ? S : never;

/** The code of a suffix (`missing-field` → `host/xlsx-missing-field`). */
type XlsxCodeOf<S extends XlsxSuffix> = Extract<XlsxCode, `host/xlsx-${S}`>;

function finding<S extends XlsxSuffix>(
  code: S,
  where: string,
  data: HostCodeData<XlsxCodeOf<S>>,
  extra: Partial<Pick<Finding, 'expected' | 'actual'>> = {},
): Finding {
  // A template literal of a type parameter widens to string; the suffix makes it one code.
  const full = `host/xlsx-${code}` as XlsxCodeOf<S>;
  return hostFinding(full, data, { path: [where], ...extra });
}

/** A cell as a plain value: text, number, boolean, ISO date, or undefined when empty. */
function cellValue(value: ExcelJS.CellValue): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return cellValue(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return cellValue(value.text);
  if ('error' in value) return undefined;
  if ('result' in value) {
    const result = value.result;
    return result instanceof Date || typeof result !== 'object' ? cellValue(result) : undefined;
  }
  return undefined;
}

/** Sets `value` at a dotted path (`tags.0`: numeric segments make arrays). */
function setPath(target: Record<string, unknown>, parts: readonly string[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = target;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    const key: string | number = Array.isArray(node) ? Number(part) : part;
    const nextIsIndex = /^\d+$/.test(parts[index + 1] ?? '');
    const slot = node as Record<string | number, unknown>;
    if (last) {
      slot[key] = value;
      return;
    }
    const existing = slot[key];
    if (typeof existing !== 'object' || existing === null) {
      slot[key] = nextIsIndex ? [] : {};
    }
    node = slot[key] as Record<string, unknown> | unknown[];
  }
}

function readSheet(sheet: ExcelJS.Worksheet): WorkbookEntry {
  const name = sheet.name;
  const findings: Finding[] = [];
  const header = new Map<HeaderField, { value: string | number | boolean; row: number }>();
  let documentText: { text: string; row: number } | undefined;
  const documentRows: { parts: string[]; value: unknown; row: number }[] = [];
  const seen = new Map<string, number>();

  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rawField = cellValue(row.getCell(1).value);
    if (rawField === undefined) return;
    const fieldName = String(rawField).trim();
    if (fieldName.startsWith('#')) return; // a comment row
    if (rowNumber === 1 && /^(field|fält)$/i.test(fieldName)) return; // an optional header row
    const value = cellValue(row.getCell(2).value);
    const previous = seen.get(fieldName);
    if (previous !== undefined) {
      findings.push(
        finding('duplicate-field', at(name, 'A', rowNumber), {
          field: fieldName.slice(0, 100),
          firstRow: previous,
        }),
      );
      return;
    }
    seen.set(fieldName, rowNumber);
    if ((HEADER_FIELDS as readonly string[]).includes(fieldName)) {
      if (value !== undefined) header.set(fieldName as HeaderField, { value, row: rowNumber });
      return;
    }
    if (fieldName === 'document') {
      if (typeof value !== 'string') {
        findings.push(
          finding(
            'invalid-document',
            at(name, 'B', rowNumber),
            {},
            { expected: 'JSON or YAML text', actual: value === undefined ? 'empty' : typeof value },
          ),
        );
        return;
      }
      documentText = { text: value, row: rowNumber };
      return;
    }
    if (fieldName.startsWith('document.')) {
      const parts = fieldName.slice('document.'.length).split('.');
      const bad = (p: string) =>
        p === '' ||
        p === '__proto__' ||
        p === 'constructor' ||
        p === 'prototype' ||
        /^\d{5,}$/.test(p);
      if (parts.some(bad)) {
        findings.push(
          finding(
            'invalid-field',
            at(name, 'A', rowNumber),
            { problem: 'path', path: fieldName.slice(0, 100) },
            { expected: 'document.<name>[.<name>|.<index>]…', actual: fieldName },
          ),
        );
        return;
      }
      if (value !== undefined) documentRows.push({ parts, value, row: rowNumber });
      return;
    }
    findings.push(
      finding(
        'unknown-field',
        at(name, 'A', rowNumber),
        { field: fieldName.slice(0, 100) },
        { expected: [...HEADER_FIELDS, 'document', 'document.<path>'].join(', ') },
      ),
    );
  });

  const fieldCell = (f: HeaderField | 'document'): string =>
    at(name, seen.has(f) ? 'B' : 'A', seen.get(f) ?? sheet.rowCount + 1);
  for (const required of ['kind', 'id'] as const) {
    const cell = header.get(required);
    if (cell === undefined) {
      findings.push(finding('missing-field', fieldCell(required), { field: required }));
    } else if (typeof cell.value !== 'string') {
      findings.push(
        finding(
          'invalid-field',
          at(name, 'B', cell.row),
          { problem: 'not-text', field: required },
          { expected: 'text', actual: String(cell.value) },
        ),
      );
    }
  }
  const schemaVersion = header.get('schemaVersion');
  let version: number | undefined;
  if (schemaVersion !== undefined) {
    version = Number(schemaVersion.value);
    if (!Number.isInteger(version) || version < 1) {
      findings.push(
        finding(
          'invalid-field',
          at(name, 'B', schemaVersion.row),
          { problem: 'schema-version' },
          { expected: 'positive integer', actual: String(schemaVersion.value) },
        ),
      );
    }
  }

  let document: unknown;
  if (documentText !== undefined && documentRows.length > 0) {
    findings.push(
      finding('mixed-document', at(name, 'A', documentRows[0]?.row ?? documentText.row), {}),
    );
  } else if (documentText !== undefined) {
    try {
      document = parseYaml(documentText.text, { maxAliasCount: 100 }) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
      findings.push(finding('malformed-document', at(name, 'B', documentText.row), { detail }));
    }
    if (documentText.text.length >= MAX_CELL_TEXT) {
      findings.push(
        finding('cell-too-long', at(name, 'B', documentText.row), { limit: MAX_CELL_TEXT }),
      );
    }
  } else if (documentRows.length > 0) {
    const root: Record<string, unknown> = {};
    for (const r of documentRows) setPath(root, r.parts, r.value);
    document = root;
  } else {
    findings.push(finding('missing-field', fieldCell('document'), { field: 'document' }));
  }

  if (findings.length > 0) return { ok: false, sheet: name, error: findings };
  const message = header.get('message');
  const [entry] = readEnvelopes({
    kind: header.get('kind')?.value,
    id: header.get('id')?.value,
    ...(version === undefined ? {} : { schemaVersion: version }),
    ...(message === undefined ? {} : { message: String(message.value) }),
    document,
  });
  if (entry === undefined) return { ok: false, sheet: name, error: [] };
  if (entry.ok) return { ok: true, sheet: name, value: entry.value };
  // Map envelope findings (path ['kind'] …) onto the cells they came from.
  return {
    ok: false,
    sheet: name,
    error: entry.error.map((f) => {
      const first = f.path[0];
      const row = typeof first === 'string' ? seen.get(first) : undefined;
      return row === undefined ? f : { ...f, path: [at(name, 'B', row)] };
    }),
  };
}

/**
 * Reads an XLSX workbook of documents. The convention (apps/host/README.md, docs/hosting.md):
 * every sheet is one document, with field names in column A and values in column B: `kind`,
 * `id`, optional `schemaVersion` and `message`, and the document either as JSON or YAML text in
 * one `document` cell or as rows `document.<path>` (`document.tags.0` for list items). Sheets
 * whose name starts with `_` and rows whose column A starts with `#` are ignored.
 *
 * A workbook over `limits` throws 413 (`host/xlsx-too-large`), one that cannot be read a 422
 * {@link HostError}; a sheet that breaks the
 * convention gives findings whose path names the cell (`sheet Budget!B3`).
 *
 * @example
 * ```ts
 * const entries = await readWorkbook(await readFile('plans.xlsx'));
 * ```
 */
export async function readWorkbook(
  bytes: Uint8Array,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<WorkbookEntry[]> {
  // Entries, inflated size, rows and cells are bounded before exceljs parses any XML.
  assertWorkbookWithinLimits(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer extends ArrayBuffer`; JSZip underneath reads either.
    const copy = bytes.slice().buffer;
    await workbook.xlsx.load(copy);
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    throw new HostError(422, [
      hostFinding('host/xlsx-unreadable', { problem: 'reader', detail: detail.slice(0, 200) }),
    ]);
  }
  const sheets = workbook.worksheets.filter((s) => !s.name.startsWith('_') && s.actualRowCount > 0);
  if (sheets.length === 0) {
    throw new HostError(422, [
      hostFinding(
        'host/xlsx-no-documents',
        {},
        { expected: 'at least one sheet with kind, id and document rows' },
      ),
    ]);
  }
  return sheets.map(readSheet);
}

/**
 * Whether bytes look like an XLSX (ZIP) file, for callers that only know a file name or a
 * generic media type.
 *
 * @example
 * ```ts
 * isZip(await readFile('plans.xlsx')); // true
 * ```
 */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}
