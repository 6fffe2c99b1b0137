/**
 * The pure logic of the page "Granska dokument": the host's audit report as JSON (what
 * `POST /api/audit` answers), and how its findings land on the tables: a finding whose path is
 * `['tables', t, 'rows', r, 'cells', c]` marks that cell, `['tables', t, …]` belongs beside
 * table t, `['claims', i]` to text claim i; a recognised draft's findings reach the cell its
 * figure came from through the report's `cells` list.
 */
import { ApiError, type Finding } from './api.js';
import { formatDecimal, type Locale, type Text } from './i18n.js';

/** Where a piece of the document is. */
export interface AuditSource {
  readonly file?: string;
  readonly page?: number;
  readonly line?: number;
  readonly paragraph?: number;
  readonly sheet?: string;
  readonly cell?: string;
}

/** One value cell as the host read it. */
export interface AuditCell {
  readonly text: string;
  readonly status: string;
  readonly value?: string;
  readonly unit?: string;
  readonly bold?: boolean;
  readonly source?: AuditSource;
}

/** A value column of a found table. */
export interface AuditColumn {
  readonly label: string;
  readonly path: readonly string[];
  readonly unit?: string;
  readonly total?: boolean;
}

/** A body row of a found table. */
export interface AuditRow {
  readonly label: string;
  readonly kind: 'data' | 'subtotal' | 'total';
  readonly cells: readonly AuditCell[];
  readonly source?: AuditSource;
}

/** A table found in the document. */
export interface AuditTable {
  readonly index: number;
  readonly number?: number;
  readonly caption?: string;
  readonly unit?: string;
  readonly kind: string;
  readonly headerRows?: readonly (readonly string[])[];
  readonly columns: readonly AuditColumn[];
  readonly rows: readonly AuditRow[];
  readonly source?: AuditSource;
}

/** A total stated in the text. */
export interface AuditClaim {
  readonly kind: string;
  readonly text: string;
  readonly stated: { readonly text: string; readonly value: string; readonly unit?: string };
  readonly computed: string;
  readonly outcome: 'holds' | 'rounding' | 'mismatch';
  readonly source?: AuditSource;
}

/** A table cell a recognised draft's finding concerns. */
export interface AuditCellRef {
  /** Index in the recognition's findings. */
  readonly finding: number;
  readonly table: number;
  readonly row: number;
  readonly column: number;
}

/** A table recognised by a domain plugin as a draft document of its kind. */
export interface AuditRecognition {
  readonly recogniser: string;
  readonly title: Text;
  readonly kind: string;
  readonly tableIndexes: readonly number[];
  readonly document: unknown;
  readonly findings: readonly Finding[];
  readonly cells?: readonly AuditCellRef[];
  /** Made by a catch-all recogniser for a table no domain recogniser took: its findings
   * restate the table's own, so they are neither marked on the table nor counted again. */
  readonly fallback?: boolean;
}

/** What `POST /api/audit` answers. */
export interface AuditReport {
  readonly audit: {
    readonly format: string;
    readonly file?: string;
    readonly tables: readonly AuditTable[];
    readonly claims: readonly AuditClaim[];
    readonly findings: readonly Finding[];
  };
  readonly recognitions: readonly AuditRecognition[];
  /** Problems of the host's composition (a recogniser or check that failed). */
  readonly findings?: readonly Finding[];
}

/** A finding with its note number (1-based, per table) and, for a draft's, its recogniser. */
export interface NumberedFinding {
  readonly note: number;
  readonly finding: Finding;
  readonly cell?: { readonly row: number; readonly column: number };
  readonly from?: Text;
}

/** One table as the page shows it: the table, its findings, and the notes on each cell. */
export interface TableView {
  readonly table: AuditTable;
  readonly findings: readonly NumberedFinding[];
  /** `cellKey(row, column)` → note numbers. */
  readonly cells: ReadonlyMap<string, readonly number[]>;
  /** Row index → note numbers of findings on the whole row. */
  readonly rows: ReadonlyMap<number, readonly number[]>;
}

/** The whole page: tables, claims with their findings, and findings about the document. */
export interface AuditView {
  readonly tables: readonly TableView[];
  readonly claims: readonly { readonly claim: AuditClaim; readonly findings: readonly Finding[] }[];
  readonly general: readonly Finding[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

/**
 * The key of a cell in {@link TableView.cells}.
 *
 * @example
 * ```ts
 * cellKey(2, 0); // '2:0'
 * ```
 */
export function cellKey(row: number, column: number): string {
  return `${String(row)}:${String(column)}`;
}

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Where a finding path points in the found tables: a cell, a row or a whole table; undefined
 * for a path outside the tables.
 *
 * @example
 * ```ts
 * targetOf(['tables', 0, 'rows', 4, 'cells', 1]); // { table: 0, row: 4, column: 1 }
 * targetOf(['claims', 0]); // undefined
 * ```
 */
export function targetOf(
  path: readonly (string | number)[],
): { table: number; row?: number; column?: number } | undefined {
  const [head, table, rows, row, cells, column] = path;
  if (head !== 'tables' || !isIndex(table)) return undefined;
  if (rows !== 'rows' || !isIndex(row)) return { table };
  if (cells !== 'cells' || !isIndex(column)) return { table, row };
  return { table, row, column };
}

/**
 * The text claim a finding path points to (`['claims', i, …]`).
 *
 * @example
 * ```ts
 * claimOf(['claims', 2, 'parts']); // 2
 * ```
 */
export function claimOf(path: readonly (string | number)[]): number | undefined {
  return path[0] === 'claims' && isIndex(path[1]) ? path[1] : undefined;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Sorts the report into what the page shows: every table with its findings numbered, the notes
 * each cell and row carries (the document's own findings, and a draft's findings mapped to the
 * cell its figure came from), the claims with theirs, and the rest.
 *
 * @example
 * ```ts
 * const view = buildAuditView(report);
 * view.tables[0]?.cells.get(cellKey(1, 4)); // [1]: note 1 concerns row 1, column 4
 * ```
 */
export function buildAuditView(report: AuditReport): AuditView {
  const { tables, claims, findings } = report.audit;
  const perTable = new Map<
    number,
    { finding: Finding; row?: number; column?: number; from?: Text }[]
  >();
  const perClaim = new Map<number, Finding[]>();
  const general: Finding[] = [];
  const add = (
    table: number,
    entry: { finding: Finding; row?: number; column?: number; from?: Text },
  ) => {
    const list = perTable.get(table) ?? [];
    list.push(entry);
    perTable.set(table, list);
  };
  for (const f of [...findings, ...(report.findings ?? [])]) {
    const target = targetOf(f.path);
    const claim = claimOf(f.path);
    if (target !== undefined && target.table < tables.length)
      add(target.table, { finding: f, ...target });
    else if (claim !== undefined && claim < claims.length)
      perClaim.set(claim, [...(perClaim.get(claim) ?? []), f]);
    else general.push(f);
  }
  for (const r of report.recognitions) {
    if (r.fallback === true) continue;
    r.findings.forEach((f, i) => {
      const ref = r.cells?.find((c) => c.finding === i);
      const target = ref ?? targetOf(f.path);
      if (target !== undefined && target.table < tables.length) {
        add(target.table, {
          finding: f,
          ...(target.row === undefined ? {} : { row: target.row }),
          ...(target.column === undefined ? {} : { column: target.column }),
          from: r.title,
        });
      }
    });
  }
  const views = tables.map((table, t): TableView => {
    const entries = [...(perTable.get(t) ?? [])].sort(
      (a, b) =>
        ORDER[a.finding.severity] - ORDER[b.finding.severity] ||
        (a.row ?? -1) - (b.row ?? -1) ||
        (a.column ?? -1) - (b.column ?? -1),
    );
    const cells = new Map<string, number[]>();
    const rows = new Map<number, number[]>();
    const numbered = entries.map((e, i): NumberedFinding => {
      const note = i + 1;
      if (e.row !== undefined && e.column !== undefined) {
        const key = cellKey(e.row, e.column);
        cells.set(key, [...(cells.get(key) ?? []), note]);
      } else if (e.row !== undefined) rows.set(e.row, [...(rows.get(e.row) ?? []), note]);
      return {
        note,
        finding: e.finding,
        ...(e.row !== undefined && e.column !== undefined
          ? { cell: { row: e.row, column: e.column } }
          : {}),
        ...(e.from === undefined ? {} : { from: e.from }),
      };
    });
    return { table, findings: numbered, cells, rows };
  });
  const counts = { error: 0, warning: 0, info: 0 };
  const counted = [
    ...findings,
    ...(report.findings ?? []),
    ...report.recognitions.flatMap((r) => (r.fallback === true ? [] : r.findings)),
  ];
  for (const f of counted) counts[f.severity] += 1;
  return {
    tables: views,
    claims: claims.map((claim, i) => ({ claim, findings: perClaim.get(i) ?? [] })),
    general,
    counts,
  };
}

/**
 * The table's title: its caption, or "Tabell n" / "Table n".
 *
 * @example
 * ```ts
 * tableTitle({ index: 2, kind: 'figures', columns: [], rows: [] }, 'sv'); // 'Tabell 3'
 * ```
 */
export function tableTitle(table: AuditTable, locale: Locale): string {
  const caption = table.caption?.trim();
  if (caption !== undefined && caption !== '') return caption;
  return `${locale === 'sv' ? 'Tabell' : 'Table'} ${String(table.index + 1)}`;
}

/**
 * A column's header as one text: its header path ("Verksamhetsnära förvaltning / VM").
 *
 * @example
 * ```ts
 * columnTitle({ label: 'VM', path: ['IT-nära förvaltning', 'VM'] }); // 'IT-nära förvaltning / VM'
 * ```
 */
export function columnTitle(column: AuditColumn): string {
  const parts = column.path.filter((p) => p.trim() !== '');
  return parts.length === 0 ? column.label : parts.join(' / ');
}

/**
 * Names a cell for a screen reader and for the finding list: row label and column header.
 *
 * @example
 * ```ts
 * cellName(table, 1, 4, 'sv'); // 'rad Användarstöd, kolumn Summa'
 * ```
 */
export function cellName(table: AuditTable, row: number, column: number, locale: Locale): string {
  const r = table.rows[row]?.label.trim() || String(row + 1);
  const c = table.columns[column];
  const col = c === undefined ? String(column + 1) : columnTitle(c);
  return locale === 'sv' ? `rad ${r}, kolumn ${col}` : `row ${r}, column ${col}`;
}

/**
 * A cell's text as written; the empty cell as "–" (never 0).
 *
 * @example
 * ```ts
 * cellShown({ text: '', status: 'empty' }); // '–'
 * ```
 */
export function cellShown(cell: AuditCell | undefined): string {
  const text = cell?.text.trim() ?? '';
  return text === '' ? '–' : text;
}

/**
 * Expected and actual of a finding as a short text in the locale, or undefined when the finding
 * has neither ("förväntat 2 200, faktiskt 2 300").
 *
 * @example
 * ```ts
 * expectedActual({ code: 'x', severity: 'error', path: [], message: { sv: '', en: '' }, expected: '2200', actual: '2300' }, 'sv');
 * // 'förväntat 2 200, faktiskt 2 300' (with no-break spaces)
 * ```
 */
export function expectedActual(finding: Finding, locale: Locale): string | undefined {
  const parts: string[] = [];
  if (finding.expected !== undefined)
    parts.push(
      `${locale === 'sv' ? 'förväntat' : 'expected'} ${formatDecimal(finding.expected, locale)}`,
    );
  if (finding.actual !== undefined)
    parts.push(
      `${locale === 'sv' ? 'faktiskt' : 'actual'} ${formatDecimal(finding.actual, locale)}`,
    );
  return parts.length === 0 ? undefined : parts.join(', ');
}

/**
 * Where a piece of the document is, as a short text ("rad 183", "sida 3", "blad Budget, C7").
 *
 * @example
 * ```ts
 * sourceText({ page: 3, line: 12 }, 'en'); // 'page 3, line 12'
 * ```
 */
export function sourceText(source: AuditSource | undefined, locale: Locale): string {
  if (source === undefined) return '';
  const sv = locale === 'sv';
  const parts: string[] = [];
  if (source.sheet !== undefined) parts.push(`${sv ? 'blad' : 'sheet'} ${source.sheet}`);
  if (source.page !== undefined) parts.push(`${sv ? 'sida' : 'page'} ${String(source.page)}`);
  if (source.line !== undefined) parts.push(`${sv ? 'rad' : 'line'} ${String(source.line)}`);
  if (source.paragraph !== undefined)
    parts.push(`${sv ? 'stycke' : 'paragraph'} ${String(source.paragraph)}`);
  if (source.cell !== undefined) parts.push(source.cell);
  return parts.join(', ');
}

/**
 * The id suggested for a new document from a recognised draft: the draft's own `id` when it
 * has one, else one from its kind ("esf-final-report-utkast"), made unique against `taken`.
 *
 * @example
 * ```ts
 * suggestedId({ kind: 'pm3/objektplan', document: { id: 'objektplan-utkast' } }, ['objektplan-utkast']);
 * // 'objektplan-utkast-2'
 * ```
 */
export function suggestedId(
  recognition: Pick<AuditRecognition, 'kind' | 'document'>,
  taken: readonly string[] = [],
): string {
  const own = (recognition.document as { id?: unknown } | null)?.id;
  const base =
    typeof own === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(own)
      ? own
      : `${recognition.kind.replace(/[^A-Za-z0-9]+/g, '-')}-utkast`;
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${String(n)}`;
    if (!taken.includes(id)) return id;
  }
}

/**
 * The draft document to store under `id`: a draft with its own `id` field gets the chosen id
 * there too, so the stored document and its record agree.
 *
 * @example
 * ```ts
 * draftFor({ document: { id: 'a', year: 2021 } }, 'b'); // { id: 'b', year: 2021 }
 * ```
 */
export function draftFor(recognition: Pick<AuditRecognition, 'document'>, id: string): unknown {
  const d = recognition.document;
  if (typeof d === 'object' && d !== null && !Array.isArray(d) && 'id' in d) return { ...d, id };
  return d;
}

/**
 * Where the portal shows a stored document of a kind: its own page for an objektplan, the
 * generic document page otherwise.
 *
 * @example
 * ```ts
 * documentRoute('esf/final-report', 'x'); // '/dokument/esf/final-report/x'
 * ```
 */
export function documentRoute(kind: string, id: string): string {
  if (kind === 'pm3/objektplan') return `/objektplan/${encodeURIComponent(id)}`;
  return `/dokument/${kind}/${encodeURIComponent(id)}`;
}

/**
 * The error of a failed upload as the portal's {@link ApiError}, from the host's JSON error
 * body (`{ error: { findings } }`) when there is one.
 *
 * @example
 * ```ts
 * uploadError(413, { error: { findings: [] } }).status; // 413
 * ```
 */
export function uploadError(status: number, body: unknown): ApiError {
  const findings = (body as { error?: { findings?: unknown } } | null)?.error?.findings;
  return new ApiError(status, Array.isArray(findings) ? (findings as Finding[]) : []);
}

/** Largest file the page sends (the host has its own limit and says so). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** File types the picker offers first (any file may still be chosen). */
export const ACCEPTED_TYPES =
  '.docx,.xlsx,.pdf,.html,.htm,.md,.markdown,.txt,text/plain,text/markdown,text/html,application/pdf';
