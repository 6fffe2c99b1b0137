// The data host codes are worded from, and the wording families several codes share
// (issue 15): a raise site passes figures, labels and names; src/codes.ts owns the sentences.
import { messageTemplate, type LocalizedText, type MessageTemplate } from '@styrkit/core';

/**
 * A language of a host message.
 *
 * @example
 * ```ts
 * const lang: HostMessageLanguage = 'sv';
 * ```
 */
export type HostMessageLanguage = keyof LocalizedText;

/**
 * Data of a code that says what went wrong and passes on the reason a parser, a library or a
 * tool gave, as it gave it (such reasons are their own, usually English, words).
 *
 * @example
 * ```ts
 * const d: HostDetailData = { detail: 'Unexpected token } in JSON at position 9' };
 * ```
 */
export interface HostDetailData {
  /** The reason as the parser, library or tool worded it. */
  readonly detail: string;
}

/**
 * The family "<what went wrong>: <reason>": one template for every code that passes on a
 * parser's or a tool's reason.
 *
 * @example
 * ```ts
 * because('Ogiltig JSON', 'Malformed JSON').en({ detail: 'x' }); // 'Malformed JSON: x'
 * ```
 */
export function because(sv: string, en: string): MessageTemplate<HostDetailData> {
  return messageTemplate<HostDetailData>({
    sv: (d) => `${sv}: ${d.detail}`,
    en: (d) => `${en}: ${d.detail}`,
  });
}

/**
 * The same sentence whatever the data.
 *
 * @example
 * ```ts
 * fixed('Begäran saknar innehåll', 'The request has no body').en({}); // 'The request has no body'
 * ```
 */
export function fixed(sv: string, en: string): MessageTemplate<Record<string, never>> {
  return messageTemplate<Record<string, never>>({ sv: () => sv, en: () => en });
}

/** A whole number with thousands grouped as each language writes them (32 767, 32,767). */
function grouped(n: number, lang: HostMessageLanguage): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'sv' ? ' ' : ',');
}

/** Request fields a host message names: their words, the API name follows in brackets. */
const REQUEST_FIELDS: Readonly<Record<string, LocalizedText>> = {
  name: { sv: 'Namnet', en: 'The name' },
  expiresInDays: { sv: 'Giltighetstiden i dagar', en: 'The validity in days' },
  version: { sv: 'Versionen', en: 'The version' },
  limit: { sv: 'Antalet', en: 'The limit' },
  offset: { sv: 'Startpositionen', en: 'The offset' },
};

/** A request field as a sentence names it: its words and API name, or the API name alone. */
function requestField(field: string, lang: HostMessageLanguage): string {
  const words = REQUEST_FIELDS[field];
  return words === undefined ? field : `${words[lang]} (${field})`;
}

/**
 * Why a request was refused as `host/invalid-request` when the host says it itself (schema
 * refusals are worded by @styrkit/core from the schema): a field outside its whole-number
 * range, a field over its length limit, a save without the version it builds on, or a body
 * the HTTP layer could not read (with its reason).
 *
 * @example
 * ```ts
 * const d: HostInvalidRequestData = { problem: 'too-long', field: 'name', max: 200 };
 * ```
 */
export type HostInvalidRequestData =
  | {
      readonly problem: 'integer-range';
      readonly field: string;
      readonly min: number;
      readonly max: number;
    }
  | { readonly problem: 'too-long'; readonly field: string; readonly max: number }
  | { readonly problem: 'base-version-missing' }
  | { readonly problem: 'unreadable'; readonly detail: string };

/**
 * The wording of `host/invalid-request`, one sentence family per problem.
 *
 * @example
 * ```ts
 * invalidRequest({ problem: 'too-long', field: 'name', max: 200 }, 'en'); // 'The name (name) may be at most 200 characters'
 * ```
 */
export function invalidRequest(d: HostInvalidRequestData, lang: HostMessageLanguage): string {
  const sv = lang === 'sv';
  switch (d.problem) {
    case 'integer-range':
      return sv
        ? `${requestField(d.field, lang)} ska vara ett heltal från ${d.min} till ${d.max}`
        : `${requestField(d.field, lang)} must be a whole number from ${d.min} to ${d.max}`;
    case 'too-long':
      return sv
        ? `${requestField(d.field, lang)} får vara högst ${d.max} tecken`
        : `${requestField(d.field, lang)} may be at most ${d.max} characters`;
    case 'base-version-missing':
      return sv
        ? 'baseVersion (versionen du redigerat) saknas; en sparning anger alltid vilken version den bygger på'
        : 'baseVersion (the version you edited) is missing; a save always names the version it builds on';
    case 'unreadable':
      return sv ? `Begäran kan inte läsas: ${d.detail}` : `The request cannot be read: ${d.detail}`;
  }
}

/**
 * Text the database cannot store: a NUL or a lone surrogate at a position of a string, or a
 * path segment whose %-escape is broken.
 *
 * @example
 * ```ts
 * const d: HostInvalidTextData = { problem: 'nul', position: 3 };
 * ```
 */
export type HostInvalidTextData =
  | { readonly problem: 'nul' | 'lone-surrogate'; readonly position: number }
  | { readonly problem: 'broken-escape' };

/**
 * The wording of `host/invalid-text`.
 *
 * @example
 * ```ts
 * invalidText({ problem: 'broken-escape' }, 'en'); // 'The path has a broken %-escape'
 * ```
 */
export function invalidText(d: HostInvalidTextData, lang: HostMessageLanguage): string {
  const sv = lang === 'sv';
  if (d.problem === 'broken-escape') {
    return sv ? 'Sökvägen har en trasig %-kodning' : 'The path has a broken %-escape';
  }
  const what = sv
    ? d.problem === 'nul'
      ? 'ett NUL-tecken (U+0000)'
      : 'ett ensamt surrogattecken'
    : d.problem === 'nul'
      ? 'a NUL character (U+0000)'
      : 'a lone surrogate';
  return sv
    ? `Texten innehåller ${what} på position ${d.position}, som inte kan lagras`
    : `The text contains ${what} at position ${d.position}, which cannot be stored`;
}

/**
 * A number of a JSON or YAML text that its parsed value does not hold exactly: the number as
 * written (shortened), what it would become, and the format.
 *
 * @example
 * ```ts
 * const d: HostInexactNumberData = { number: '0.1000000000000000055', becomes: '0.1', format: 'JSON' };
 * ```
 */
export interface HostInexactNumberData {
  /** The number as the text writes it (at most 60 characters). */
  readonly number: string;
  /** The number it would become as a double. */
  readonly becomes: string;
  /** The format of the text. */
  readonly format: 'JSON' | 'YAML';
}

/**
 * Why a workbook (a ZIP container) cannot be read: something the host's own check of the
 * container found, or the reason the workbook reader gave.
 *
 * @example
 * ```ts
 * const d: HostXlsxUnreadableData = { problem: 'compression-method', method: 12 };
 * ```
 */
export type HostXlsxUnreadableData =
  | {
      readonly problem:
        | 'no-central-directory'
        | 'zip64'
        | 'central-directory-out-of-range'
        | 'broken-central-directory';
    }
  | { readonly problem: 'broken-entry' | 'entry-not-inflatable'; readonly entry: string }
  | { readonly problem: 'compression-method'; readonly method: number }
  | { readonly problem: 'reader'; readonly detail: string };

/**
 * The wording of `host/xlsx-unreadable`.
 *
 * @example
 * ```ts
 * xlsxUnreadable({ problem: 'zip64' }, 'en'); // 'The file cannot be read as an XLSX workbook: ZIP64 is not supported'
 * ```
 */
export function xlsxUnreadable(d: HostXlsxUnreadableData, lang: HostMessageLanguage): string {
  const sv = lang === 'sv';
  const reason = ((): string => {
    switch (d.problem) {
      case 'no-central-directory':
        return sv ? 'ZIP-katalogen saknas' : 'no ZIP central directory';
      case 'zip64':
        return sv ? 'ZIP64 stöds inte' : 'ZIP64 is not supported';
      case 'central-directory-out-of-range':
        return sv ? 'ZIP-katalogen ligger utanför filen' : 'central directory out of range';
      case 'broken-central-directory':
        return sv ? 'ZIP-katalogen är trasig' : 'broken central directory';
      case 'broken-entry':
        return sv ? `posten ${d.entry} är trasig` : `broken entry ${d.entry}`;
      case 'entry-not-inflatable':
        return sv
          ? `posten ${d.entry} går inte att packa upp`
          : `entry ${d.entry} cannot be inflated`;
      case 'compression-method':
        return sv ? `komprimeringsmetod ${d.method}` : `compression method ${d.method}`;
      case 'reader':
        return d.detail;
    }
  })();
  return sv
    ? `Filen går inte att läsa som en XLSX-arbetsbok: ${reason}`
    : `The file cannot be read as an XLSX workbook: ${reason}`;
}

/**
 * A workbook measure over its host limit: ZIP entries, inflated bytes, rows or cells.
 *
 * @example
 * ```ts
 * const d: HostXlsxTooLargeData = { measure: 'rows', limit: 100000 };
 * ```
 */
export interface HostXlsxTooLargeData {
  /** What is over the limit. */
  readonly measure: 'entries' | 'inflated-bytes' | 'rows' | 'cells';
  /** The limit. */
  readonly limit: number;
}

const XLSX_MEASURES: Readonly<Record<HostXlsxTooLargeData['measure'], LocalizedText>> = {
  entries: { sv: 'antalet poster', en: 'entries' },
  'inflated-bytes': { sv: 'uppackade byte', en: 'inflated bytes' },
  rows: { sv: 'antalet rader', en: 'rows' },
  cells: { sv: 'antalet celler', en: 'cells' },
};

/**
 * The wording of `host/xlsx-too-large`.
 *
 * @example
 * ```ts
 * xlsxTooLarge({ measure: 'rows', limit: 10 }, 'sv'); // 'Arbetsboken är för stor: antalet rader överstiger gränsen 10'
 * ```
 */
export function xlsxTooLarge(d: HostXlsxTooLargeData, lang: HostMessageLanguage): string {
  const what = XLSX_MEASURES[d.measure][lang];
  return lang === 'sv'
    ? `Arbetsboken är för stor: ${what} överstiger gränsen ${d.limit}`
    : `The workbook is too large: ${what} exceeds the limit of ${d.limit}`;
}

/**
 * A field of a workbook sheet that is missing: `kind` or `id` (a header field), or the document.
 *
 * @example
 * ```ts
 * const d: HostXlsxMissingFieldData = { field: 'kind' };
 * ```
 */
export interface HostXlsxMissingFieldData {
  /** The missing field, as column A names it. */
  readonly field: 'kind' | 'id' | 'document';
}

/**
 * The wording of `host/xlsx-missing-field`.
 *
 * @example
 * ```ts
 * xlsxMissingField({ field: 'id' }, 'en'); // 'Field id is missing or empty (column A: id, column B: its value)'
 * ```
 */
export function xlsxMissingField(d: HostXlsxMissingFieldData, lang: HostMessageLanguage): string {
  const sv = lang === 'sv';
  if (d.field === 'document') {
    return sv
      ? 'Dokumentet saknas: en rad document (JSON/YAML-text) eller rader document.<fält>'
      : 'The document is missing: a document row (JSON/YAML text) or document.<field> rows';
  }
  return sv
    ? `Fältet ${d.field} saknas eller är tomt (kolumn A: ${d.field}, kolumn B: värdet)`
    : `Field ${d.field} is missing or empty (column A: ${d.field}, column B: its value)`;
}

/**
 * A field of a workbook sheet with a value the convention refuses: a `document.` row whose
 * path is not allowed, `kind` or `id` that is not text, or a schemaVersion that is not a
 * positive whole number.
 *
 * @example
 * ```ts
 * const d: HostXlsxInvalidFieldData = { problem: 'path', path: 'document..x' };
 * ```
 */
export type HostXlsxInvalidFieldData =
  | { readonly problem: 'path'; readonly path: string }
  | { readonly problem: 'not-text'; readonly field: 'kind' | 'id' }
  | { readonly problem: 'schema-version' };

/**
 * The wording of `host/xlsx-invalid-field`.
 *
 * @example
 * ```ts
 * xlsxInvalidField({ problem: 'not-text', field: 'id' }, 'sv'); // 'Fältet id ska vara text'
 * ```
 */
export function xlsxInvalidField(d: HostXlsxInvalidFieldData, lang: HostMessageLanguage): string {
  const sv = lang === 'sv';
  switch (d.problem) {
    case 'path':
      return sv ? `Ogiltig sökväg "${d.path}"` : `Invalid path "${d.path}"`;
    case 'not-text':
      return sv ? `Fältet ${d.field} ska vara text` : `Field ${d.field} must be text`;
    case 'schema-version':
      return sv
        ? 'Fältet schemaVersion ska vara ett positivt heltal'
        : 'Field schemaVersion must be a positive whole number';
  }
}

/**
 * A workbook cell's limit, in characters.
 *
 * @example
 * ```ts
 * const d: HostCellLimitData = { limit: 32767 };
 * ```
 */
export interface HostCellLimitData {
  /** Characters a cell holds. */
  readonly limit: number;
}

/**
 * The wording of `host/xlsx-cell-too-long`.
 *
 * @example
 * ```ts
 * cellTooLong({ limit: 32767 }, 'sv'); // 'Cellen är full (32 767 tecken); dela upp dokumentet på rader document.<fält>'
 * ```
 */
export function cellTooLong(d: HostCellLimitData, lang: HostMessageLanguage): string {
  const n = grouped(d.limit, lang);
  return lang === 'sv'
    ? `Cellen är full (${n} tecken); dela upp dokumentet på rader document.<fält>`
    : `The cell is full (${n} characters); split the document into document.<field> rows`;
}

/**
 * Why LibreOffice made no PDF: it ran past the time limit, wrote no PDF (its exit code and
 * what it wrote on stderr), or could not be started (the system's reason).
 *
 * @example
 * ```ts
 * const d: HostPdfFailedData = { problem: 'timeout', timeoutMs: 60000 };
 * ```
 */
export type HostPdfFailedData =
  | { readonly problem: 'timeout'; readonly timeoutMs: number }
  | { readonly problem: 'no-output'; readonly exitCode: number | null; readonly stderr: string }
  | { readonly problem: 'start'; readonly detail: string };

/**
 * The wording of `host/pdf-conversion-failed`.
 *
 * @example
 * ```ts
 * pdfFailed({ problem: 'timeout', timeoutMs: 300 }, 'en'); // 'LibreOffice could not turn the document into PDF: timed out after 300 ms'
 * ```
 */
export function pdfFailed(d: HostPdfFailedData, lang: HostMessageLanguage): string {
  const sv = lang === 'sv';
  const reason = ((): string => {
    switch (d.problem) {
      case 'timeout':
        return sv ? `tog längre än ${d.timeoutMs} ms` : `timed out after ${d.timeoutMs} ms`;
      case 'no-output': {
        const said = d.stderr === '' ? '' : `: ${d.stderr}`;
        return sv
          ? `ingen PDF skrevs (slutkod ${String(d.exitCode)}${said})`
          : `no PDF written (exit ${String(d.exitCode)}${said})`;
      }
      case 'start':
        return d.detail;
    }
  })();
  return sv
    ? `LibreOffice kunde inte göra PDF av dokumentet: ${reason}`
    : `LibreOffice could not turn the document into PDF: ${reason}`;
}

/**
 * A check that threw for a recognised draft: the kind that could not read the draft, or the
 * check that threw, with the error's own words.
 *
 * @example
 * ```ts
 * const d: HostCheckFailedData = { check: 'pm3/totals', detail: 'boom' };
 * ```
 */
export type HostCheckFailedData =
  | { readonly kind: string; readonly detail: string }
  | { readonly check: string; readonly detail: string };

/**
 * The wording of `host/check-failed`.
 *
 * @example
 * ```ts
 * checkFailed({ check: 'c', detail: 'boom' }, 'en'); // 'Check c threw for the draft: boom'
 * ```
 */
export function checkFailed(d: HostCheckFailedData, lang: HostMessageLanguage): string {
  const sv = lang === 'sv';
  if ('kind' in d) {
    return sv
      ? `Typen ${d.kind} kunde inte läsa utkastet: ${d.detail}`
      : `Kind ${d.kind} could not read the draft: ${d.detail}`;
  }
  return sv
    ? `Kontrollen ${d.check} kastade ett fel för utkastet: ${d.detail}`
    : `Check ${d.check} threw for the draft: ${d.detail}`;
}

/**
 * A byte limit a text passed.
 *
 * @example
 * ```ts
 * const d: HostLimitData = { limit: 2097152 };
 * ```
 */
export interface HostLimitData {
  /** The limit, in bytes. */
  readonly limit: number;
}

/**
 * A time limit a piece of work passed.
 *
 * @example
 * ```ts
 * const d: HostTimeLimitData = { timeoutMs: 2000 };
 * ```
 */
export interface HostTimeLimitData {
  /** The limit, in milliseconds. */
  readonly timeoutMs: number;
}

/**
 * Which form lacks a file: the document audit's or the import's.
 *
 * @example
 * ```ts
 * const d: HostNoFileData = { for: 'audit' };
 * ```
 */
export interface HostNoFileData {
  /** The route whose form it is. */
  readonly for: 'audit' | 'import';
}

/**
 * What keeps the server busy: document audits or large YAML texts.
 *
 * @example
 * ```ts
 * const d: HostBusyData = { with: 'yaml' };
 * ```
 */
export interface HostBusyData {
  /** The work at its concurrency limit. */
  readonly with: 'audits' | 'yaml';
}

/**
 * A version whose checks report errors, and how many.
 *
 * @example
 * ```ts
 * const d: HostOpenErrorsData = { version: 3, errors: 2 };
 * ```
 */
export interface HostOpenErrorsData {
  /** The version asked to be approved. */
  readonly version: number;
  /** Errors its checks report. */
  readonly errors: number;
}

/**
 * An exporter of a kind, by id.
 *
 * @example
 * ```ts
 * const d: HostExporterData = { exporter: 'objektplan-docx' };
 * ```
 */
export interface HostExporterData {
  /** The exporter's id, as asked for. */
  readonly exporter: string;
}

/**
 * A portfolio over its document limit.
 *
 * @example
 * ```ts
 * const d: HostPortfolioSizeData = { documents: 1200, limit: 1000 };
 * ```
 */
export interface HostPortfolioSizeData {
  /** Documents the portfolio covers. */
  readonly documents: number;
  /** The most the host summarises at once. */
  readonly limit: number;
}

/**
 * A field name in column A of a workbook sheet.
 *
 * @example
 * ```ts
 * const d: HostSheetFieldData = { field: 'colour' };
 * ```
 */
export interface HostSheetFieldData {
  /** The field as written (at most 100 characters). */
  readonly field: string;
}

/**
 * A field of a sheet that is on two rows.
 *
 * @example
 * ```ts
 * const d: HostDuplicateFieldData = { field: 'kind', firstRow: 2 };
 * ```
 */
export interface HostDuplicateFieldData extends HostSheetFieldData {
  /** The row it first appears on. */
  readonly firstRow: number;
}

/**
 * A Word file to convert, or the PDF made of it, over its size limit.
 *
 * @example
 * ```ts
 * const d: HostPdfSizeData = { file: 'DOCX', bytes: 30000000, limit: 20971520 };
 * ```
 */
export interface HostPdfSizeData {
  /** Which file. */
  readonly file: 'DOCX' | 'PDF';
  /** Its size in bytes. */
  readonly bytes: number;
  /** The limit in bytes. */
  readonly limit: number;
}

/**
 * A recogniser that threw for a table of an audited document.
 *
 * @example
 * ```ts
 * const d: HostRecogniserFailedData = { recogniser: 'esf/financing-table', table: 3, detail: 'boom' };
 * ```
 */
export interface HostRecogniserFailedData {
  /** The recogniser's id. */
  readonly recogniser: string;
  /** The table, counted from 1. */
  readonly table: number;
  /** The error's own words. */
  readonly detail: string;
}

/**
 * A recogniser's draft of a kind no loaded plugin declares.
 *
 * @example
 * ```ts
 * const d: HostRecognisedKindData = { recogniser: 'x/table', kind: 'x/plan' };
 * ```
 */
export interface HostRecognisedKindData {
  /** The recogniser's id. */
  readonly recogniser: string;
  /** The kind it proposed. */
  readonly kind: string;
}

/**
 * A data directory that could not be locked, and the process holding it when one does.
 *
 * @example
 * ```ts
 * const d: HostDataDirLockedData = { dir: '/var/lib/styrkit', holder: { pid: 42, host: 'web1', since: '2026-01-01T00:00:00Z' } };
 * ```
 */
export interface HostDataDirLockedData {
  /** The data directory. */
  readonly dir: string;
  /** The process that holds the lock, when one is known to. */
  readonly holder?: { readonly pid: number; readonly host: string; readonly since: string };
}

/**
 * A file by its path.
 *
 * @example
 * ```ts
 * const d: HostFileData = { file: '/etc/styrkit.yaml' };
 * ```
 */
export interface HostFileData {
  /** The path. */
  readonly file: string;
}

/**
 * A module by the specifier it was imported with.
 *
 * @example
 * ```ts
 * const d: HostModuleData = { module: './my-plugin.js' };
 * ```
 */
export interface HostModuleData {
  /** The specifier or path. */
  readonly module: string;
}
