/**
 * Audit of a committee document as it is, composed from the loaded plugins: @styrkit/documents
 * reads and audits the file (tables, stated totals, text claims), every plugin's recognisers
 * turn the tables they know into drafts of their kinds, and each draft is parsed by its kind
 * and checked by the kind's checks. Pure and route-free: bytes in, a JSON-serialisable report
 * out, plus renderers for the terminal (text), Markdown and HTML. Nothing is stored.
 *
 * @module
 */
import {
  Exact,
  formatNumber,
  type Finding,
  type LocalizedText,
  type Path,
  zodIssuesToFindings,
} from '@styrkit/core';
import {
  auditDocument,
  type AnalysedTable,
  type DocumentAudit,
  type TextClaim,
} from '@styrkit/documents';
import type {
  DocumentKind,
  PluginContext,
  RecognisableTable,
  Recogniser,
  Recognition,
  StyrkitPlugin,
} from '@styrkit/plugin';
import { hostFinding } from './errors.js';

/** Languages of the report. */
export type AuditLocale = 'sv' | 'en';

/**
 * A table cell that a recognised draft's finding concerns: index of the finding in the
 * recognition's `findings`, and the table (index in `audit.tables`), 0-based body row and
 * value column its figure came from.
 *
 * @example
 * ```ts
 * import type { ReportCellRef } from './document-audit.js';
 * const c: ReportCellRef = { finding: 0, table: 4, row: 1, column: 4 };
 * ```
 */
export interface ReportCellRef {
  readonly finding: number;
  readonly table: number;
  readonly row: number;
  readonly column: number;
}

/**
 * A table recognised by a plugin: the draft of its kind and everything found about it (what
 * the recogniser could not map, the kind's parse and checks on the draft).
 *
 * @example
 * ```ts
 * import type { ReportRecognition } from './document-audit.js';
 * const r: ReportRecognition = {
 *   recogniser: 'esf/financing-table', title: { sv: 'Finansiering', en: 'Financing' },
 *   kind: 'esf/final-report', tableIndexes: [19], document: {}, findings: [], cells: [],
 * };
 * ```
 */
export interface ReportRecognition {
  /** The recogniser's id. */
  readonly recogniser: string;
  /** The recogniser's title. */
  readonly title: LocalizedText;
  /** The kind of the draft. */
  readonly kind: string;
  /** The tables (indexes in `audit.tables`) the draft was made from. */
  readonly tableIndexes: readonly number[];
  /** The draft, in the kind's input form (what the create API takes as `document`). */
  readonly document: unknown;
  /** The recogniser's findings, then the kind's parse or check findings on the draft. */
  readonly findings: readonly Finding[];
  /** Which table cell each finding concerns, where the draft knows the figure's origin. */
  readonly cells: readonly ReportCellRef[];
  /** Made by a catch-all recogniser (any table of figures) for a table no domain recogniser
   * took: offered as a draft, its findings restate the table's and are not counted again. */
  readonly fallback?: true;
}

/**
 * What {@link auditUpload} returns: the document's own audit and the recognised drafts. Exact
 * figures serialise as strings, so `JSON.stringify(report)` is the HTTP and `--json` answer.
 *
 * @example
 * ```ts
 * import type { AuditReport } from './document-audit.js';
 * const empty: AuditReport = { audit: { format: 'text', tables: [], claims: [], findings: [] }, recognitions: [], findings: [] };
 * ```
 */
export interface AuditReport {
  /** Tables, text claims and findings of @styrkit/documents. */
  readonly audit: DocumentAudit;
  /** Drafts the loaded plugins recognised. */
  readonly recognitions: readonly ReportRecognition[];
  /** Problems of the composition itself (a recogniser or check that threw). */
  readonly findings: readonly Finding[];
}

/**
 * The table as recognisers read it: the analysed table, with each row's unit where its cells
 * state one the table does not ("%" in a table of amounts).
 */
function recognisable(table: AnalysedTable): RecognisableTable {
  return {
    ...table,
    rows: table.rows.map((row) => {
      const units = new Set(
        row.cells.flatMap((c) => (c.status === 'number' && c.unit !== undefined ? [c.unit] : [])),
      );
      const [unit] = [...units];
      return units.size === 1 && unit !== undefined && unit !== table.unit ? { ...row, unit } : row;
    }),
  };
}

function samePrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

/** The table cell a finding on a draft concerns: a table path as is, else the draft's origin. */
function cellOf(
  path: Path,
  origins: Recognition['origins'],
  tableCount: number,
): Omit<ReportCellRef, 'finding'> | undefined {
  const [head, table, rows, row, cells, column] = path;
  if (
    head === 'tables' &&
    typeof table === 'number' &&
    rows === 'rows' &&
    typeof row === 'number' &&
    cells === 'cells' &&
    typeof column === 'number'
  ) {
    return table < tableCount ? { table, row, column } : undefined;
  }
  let best: { table: number; row: number; column: number; length: number } | undefined;
  for (const o of origins ?? []) {
    if (samePrefix(o.path, path) && o.path.length > (best?.length ?? 0)) {
      best = { table: o.table, row: o.row, column: o.column, length: o.path.length };
    }
  }
  return best === undefined ? undefined : { table: best.table, row: best.row, column: best.column };
}

/** A plugin object made before recognisers existed (not by today's definePlugin) has none. */
function recognisersOf(plugin: StyrkitPlugin): readonly Recogniser[] {
  const list: unknown = (plugin as { readonly recognisers?: unknown }).recognisers;
  return Array.isArray(list) ? (list as readonly Recogniser[]) : [];
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

interface Found {
  readonly recogniser: Recogniser;
  readonly plugin: StyrkitPlugin;
  readonly recognition: Recognition;
  readonly tables: readonly number[];
}

/** Parses the draft with its kind and runs the kind's checks; never throws. */
function checkDraft(
  kind: DocumentKind,
  document: unknown,
  plugins: readonly StyrkitPlugin[],
  context: PluginContext,
  problems: Finding[],
): Finding[] {
  let parsed: { ok: true; value: unknown } | { ok: false; error: Finding[] };
  try {
    if (kind.parse !== undefined) parsed = kind.parse(document);
    else {
      const r = kind.schema.safeParse(document);
      parsed = r.success
        ? { ok: true, value: r.data }
        : // Worded by core from the schema issue, in both languages (not zod's English twice).
          { ok: false, error: zodIssuesToFindings(r.error.issues, { code: 'host/invalid-draft' }) };
    }
  } catch (e) {
    problems.push(hostFinding('host/check-failed', { kind: kind.name, detail: errorText(e) }));
    return [];
  }
  if (!parsed.ok) return parsed.error;
  const out: Finding[] = [];
  for (const plugin of plugins) {
    for (const check of plugin.checks) {
      if (check.kind !== kind.name) continue;
      try {
        out.push(...check.run(parsed.value, context));
      } catch (e) {
        problems.push(hostFinding('host/check-failed', { check: check.id, detail: errorText(e) }));
      }
    }
  }
  return out;
}

/**
 * Audits an uploaded document with the loaded plugins: `auditDocument` from
 * @styrkit/documents, then every plugin's recognisers over its tables of figures (domain
 * recognisers first; a `fallback` recogniser only for a table no other took), then each draft
 * parsed by its kind and checked by the kind's checks (with no stored documents: nothing is
 * read from or written to storage). Never throws on user data; a recogniser or check that
 * throws becomes a finding in `report.findings`.
 *
 * @example
 * ```ts
 * import { auditUpload } from './document-audit.js';
 * import esf from '@styrkit/esf/plugin';
 * const text = 'Tabell 1 Budget\n\nOBJEKT\tSUMMA\nSumma offentlig och privat medfinansiering\t1 823 196\nSumma total finansiering\t5 549 825\n';
 * const report = await auditUpload({ bytes: new TextEncoder().encode(text), file: 'budget.txt', locale: 'sv' }, [esf]);
 * report.recognitions[0]?.kind; // 'esf/final-report'
 * ```
 */
export async function auditUpload(
  input: {
    readonly bytes: Uint8Array;
    readonly file?: string;
    /** The reader's language (context of the checks; the report renderers take their own). */
    readonly locale: AuditLocale;
    /** How the document writes its numbers: Swedish by default, whatever the reader's
     * language ("1 200,5" is not read the English way because the reader chose English). */
    readonly numberLocale?: AuditLocale;
  },
  plugins: readonly StyrkitPlugin[],
): Promise<AuditReport> {
  const problems: Finding[] = [];
  let audit: DocumentAudit;
  try {
    audit = await auditDocument(input.bytes, {
      locale: input.numberLocale ?? 'sv',
      ...(input.file === undefined ? {} : { file: input.file }),
    });
  } catch (e) {
    const finding = hostFinding('host/audit-failed', { detail: errorText(e) });
    audit = {
      format: 'text',
      ...(input.file === undefined ? {} : { file: input.file }),
      tables: [],
      claims: [],
      findings: [finding],
    };
  }
  const tables = audit.tables.map(recognisable);
  const context: PluginContext & { readonly tables: readonly RecognisableTable[] } = {
    locale: input.locale,
    documents: () => [],
    tables,
  };
  const figures = audit.tables.flatMap((t, i) => (t.kind === 'figures' ? [i] : []));
  const all = plugins.flatMap((plugin) =>
    recognisersOf(plugin).map((recogniser) => ({ plugin, recogniser })),
  );
  const found: Found[] = [];
  const claimed = new Set<number>();
  const run = (entry: (typeof all)[number], index: number) => {
    const table = tables[index];
    if (table === undefined) return;
    try {
      const recognition = entry.recogniser.recognise(table, context);
      if (recognition === undefined) return;
      const used = (recognition.tables ?? [index]).filter((t) => t >= 0 && t < tables.length);
      for (const t of used) claimed.add(t);
      found.push({ ...entry, recognition, tables: used.length === 0 ? [index] : used });
    } catch (e) {
      problems.push(
        hostFinding(
          'host/recogniser-failed',
          { recogniser: entry.recogniser.id, table: index + 1, detail: errorText(e) },
          { path: ['tables', index] },
        ),
      );
    }
  };
  for (const entry of all.filter((e) => e.recogniser.fallback !== true)) {
    for (const i of figures) run(entry, i);
  }
  for (const entry of all.filter((e) => e.recogniser.fallback === true)) {
    for (const i of figures) if (!claimed.has(i)) run(entry, i);
  }

  const recognitions = found.map(({ recogniser, recognition, tables: used }): ReportRecognition => {
    const kind = plugins.flatMap((p) => p.kinds).find((k) => k.name === recognition.kind);
    const findings = [...recognition.findings];
    if (kind === undefined) {
      findings.push(
        hostFinding(
          'host/recognition-unknown-kind',
          { recogniser: recogniser.id, kind: recognition.kind },
          { actual: recognition.kind },
        ),
      );
    } else {
      findings.push(...checkDraft(kind, recognition.document, plugins, context, problems));
    }
    const cells = findings.flatMap((f, i): ReportCellRef[] => {
      const cell = cellOf(f.path, recognition.origins, tables.length);
      return cell === undefined ? [] : [{ finding: i, ...cell }];
    });
    return {
      recogniser: recogniser.id,
      title: recogniser.title,
      kind: recognition.kind,
      tableIndexes: used,
      document: recognition.document,
      findings,
      cells,
      ...(recogniser.fallback === true ? { fallback: true as const } : {}),
    };
  });
  return { audit, recognitions, findings: problems };
}

// ---------------------------------------------------------------------------------------------
// Rendering

const WORDS = {
  sv: {
    audit: 'Granskning av',
    tables: 'tabeller',
    table: 'Tabell',
    errors: 'fel',
    warnings: 'varningar',
    infos: 'info',
    severity: { error: 'FEL', warning: 'VARNING', info: 'INFO' },
    severityWord: { error: 'Fel', warning: 'Varning', info: 'Info' },
    row: 'rad',
    column: 'kolumn',
    expected: 'förväntat',
    actual: 'faktiskt',
    unit: 'enhet',
    noFindings: 'inga fynd',
    claims: 'Summor i texten',
    claimOutcome: { holds: 'stämmer', rounding: 'avrundningsdifferens', mismatch: 'stämmer inte' },
    stated: 'angivet',
    computed: 'beräknat',
    general: 'Övriga fynd',
    recognitions: 'Igenkända utkast',
    fromTables: 'från tabell',
    source: 'källa',
    fallback: 'reservtolkning',
    line: 'rad',
    page: 'sida',
    sheet: 'blad',
    paragraph: 'stycke',
    label: 'Rad',
    findingsBeside: 'Fynd i tabellen',
    noTables: 'Dokumentet har inga tabeller med siffror.',
  },
  en: {
    audit: 'Audit of',
    tables: 'tables',
    table: 'Table',
    errors: 'errors',
    warnings: 'warnings',
    infos: 'info',
    severity: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
    severityWord: { error: 'Error', warning: 'Warning', info: 'Info' },
    row: 'row',
    column: 'column',
    expected: 'expected',
    actual: 'actual',
    unit: 'unit',
    noFindings: 'no findings',
    claims: 'Totals in the text',
    claimOutcome: { holds: 'holds', rounding: 'rounding difference', mismatch: 'does not match' },
    stated: 'stated',
    computed: 'computed',
    general: 'Other findings',
    recognitions: 'Recognised drafts',
    fromTables: 'from table',
    source: 'source',
    fallback: 'fallback reading',
    line: 'line',
    page: 'page',
    sheet: 'sheet',
    paragraph: 'paragraph',
    label: 'Row',
    findingsBeside: 'Findings in the table',
    noTables: 'The document has no tables of figures.',
  },
} as const;

interface Note {
  readonly note: number;
  readonly finding: Finding;
  readonly row?: number;
  readonly column?: number;
  readonly from?: LocalizedText;
}

interface TableNotes {
  readonly table: AnalysedTable;
  readonly notes: readonly Note[];
  readonly cells: ReadonlyMap<string, readonly number[]>;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const key = (row: number, column: number) => `${String(row)}:${String(column)}`;

/** Findings per table (numbered, errors first), per claim, and the rest. */
function arrange(report: AuditReport): {
  tables: TableNotes[];
  claims: { claim: TextClaim; findings: Finding[] }[];
  general: Finding[];
} {
  const { tables, claims } = report.audit;
  const perTable = new Map<number, Omit<Note, 'note'>[]>();
  const perClaim = new Map<number, Finding[]>();
  const general: Finding[] = [];
  const add = (t: number, n: Omit<Note, 'note'>) => {
    perTable.set(t, [...(perTable.get(t) ?? []), n]);
  };
  for (const f of [...report.audit.findings, ...report.findings]) {
    const [head, t, rows, row, cells, column] = f.path;
    if (head === 'tables' && typeof t === 'number' && t < tables.length) {
      add(t, {
        finding: f,
        ...(rows === 'rows' && typeof row === 'number' ? { row } : {}),
        ...(rows === 'rows' &&
        typeof row === 'number' &&
        cells === 'cells' &&
        typeof column === 'number'
          ? { column }
          : {}),
      });
    } else if (head === 'claims' && typeof t === 'number' && t < claims.length) {
      perClaim.set(t, [...(perClaim.get(t) ?? []), f]);
    } else general.push(f);
  }
  for (const r of report.recognitions) {
    if (r.fallback === true) continue;
    r.findings.forEach((f, i) => {
      const c = r.cells.find((x) => x.finding === i);
      if (c !== undefined)
        add(c.table, { finding: f, row: c.row, column: c.column, from: r.title });
    });
  }
  return {
    tables: tables.map((table, t) => {
      const entries = [...(perTable.get(t) ?? [])].sort(
        (a, b) =>
          ORDER[a.finding.severity] - ORDER[b.finding.severity] ||
          (a.row ?? -1) - (b.row ?? -1) ||
          (a.column ?? -1) - (b.column ?? -1),
      );
      const cells = new Map<string, number[]>();
      const notes = entries.map((e, i) => {
        if (e.row !== undefined && e.column !== undefined) {
          const k = key(e.row, e.column);
          cells.set(k, [...(cells.get(k) ?? []), i + 1]);
        }
        return { ...e, note: i + 1 };
      });
      return { table, notes, cells };
    }),
    claims: claims.map((claim, i) => ({ claim, findings: perClaim.get(i) ?? [] })),
    general,
  };
}

function counts(report: AuditReport): Record<'error' | 'warning' | 'info', number> {
  const c = { error: 0, warning: 0, info: 0 };
  const all = [
    ...report.audit.findings,
    ...report.findings,
    ...report.recognitions.flatMap((r) => (r.fallback === true ? [] : r.findings)),
  ];
  for (const f of all) c[f.severity] += 1;
  return c;
}

/** A figure in the locale ("2 200" / "2,200"); other text as it is. */
function figure(value: string, locale: AuditLocale): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  return formatNumber(Exact.of(value), { locale }).replace(/\u00a0/g, ' ');
}

function tableTitle(table: AnalysedTable, locale: AuditLocale): string {
  const w = WORDS[locale];
  const caption = table.caption?.trim();
  return caption === undefined || caption === ''
    ? `${w.table} ${String(table.index + 1)}`
    : `${String(table.index + 1)}. ${caption}`;
}

function columnTitle(table: AnalysedTable, column: number): string {
  const c = table.columns[column];
  if (c === undefined) return String(column + 1);
  const parts = c.path.filter((p) => p.trim() !== '');
  return parts.length === 0 ? c.label : parts.join(' / ');
}

function sourceText(
  source:
    | {
        file?: string;
        page?: number;
        line?: number;
        paragraph?: number;
        sheet?: string;
        cell?: string;
        note?: string;
      }
    | undefined,
  locale: AuditLocale,
): string {
  if (source === undefined) return '';
  const w = WORDS[locale];
  const parts: string[] = [];
  if (source.sheet !== undefined) parts.push(`${w.sheet} ${source.sheet}`);
  if (source.page !== undefined) parts.push(`${w.page} ${String(source.page)}`);
  if (source.line !== undefined) parts.push(`${w.line} ${String(source.line)}`);
  if (source.paragraph !== undefined) parts.push(`${w.paragraph} ${String(source.paragraph)}`);
  if (source.cell !== undefined) parts.push(source.cell);
  if (source.note !== undefined) parts.push(source.note);
  return parts.join(', ');
}

/** The parts of one finding line: where, figures, unit and source. */
function noteParts(
  t: TableNotes,
  n: Note,
  locale: AuditLocale,
): { where: string; figures: string; source: string } {
  const w = WORDS[locale];
  const table = t.table;
  const row = n.row === undefined ? undefined : table.rows[n.row];
  const where =
    n.row === undefined
      ? ''
      : n.column === undefined
        ? `${w.row} ${row?.label ?? String(n.row + 1)}`
        : `${w.row} ${row?.label ?? String(n.row + 1)}, ${w.column} ${columnTitle(table, n.column)}`;
  const unit = (n.column === undefined ? undefined : table.columns[n.column]?.unit) ?? table.unit;
  const cellSource = n.column === undefined ? undefined : row?.cells[n.column]?.source;
  const figures = figureText(n.finding, locale, unit);
  const at = sourceText(cellSource ?? row?.source ?? n.finding.source, locale);
  return { where, figures, source: at === '' ? '' : `${w.source} ${at}` };
}

function figureText(f: Finding, locale: AuditLocale, unit?: string): string {
  const w = WORDS[locale];
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`${w.expected} ${figure(f.expected, locale)}`);
  if (f.actual !== undefined) parts.push(`${w.actual} ${figure(f.actual, locale)}`);
  if (parts.length === 0) return '';
  return `${parts.join(', ')}${unit === undefined ? '' : ` ${unit}`}`;
}

function headline(report: AuditReport, locale: AuditLocale): string {
  const w = WORDS[locale];
  const c = counts(report);
  const file = report.audit.file ?? '–';
  return `${w.audit} ${file} (${report.audit.format}): ${String(report.audit.tables.length)} ${w.tables}, ${String(c.error)} ${w.errors}, ${String(c.warning)} ${w.warnings}, ${String(c.info)} ${w.infos}`;
}

/** Tables worth showing: tables of figures, and any table with a finding. */
function shown(tables: readonly TableNotes[]): TableNotes[] {
  return tables.filter((t) => t.table.kind === 'figures' || t.notes.length > 0);
}

/**
 * The report as readable terminal text in Swedish or English: per table its caption and its
 * findings with row and column labels, expected and actual figures, unit and source; then the
 * totals stated in the text, other findings, and the recognised drafts with theirs.
 *
 * @example
 * ```ts
 * import { auditReportToText, auditUpload } from './document-audit.js';
 * const report = await auditUpload({ bytes: new TextEncoder().encode('Post\tAntal\nA\t2\nB\t3\nSumma\t6\n'), file: 'lista.txt', locale: 'sv' }, []);
 * auditReportToText(report, 'sv').includes('förväntat 5, faktiskt 6'); // true
 * ```
 */
export function auditReportToText(report: AuditReport, locale: AuditLocale): string {
  const w = WORDS[locale];
  const view = arrange(report);
  const out: string[] = [headline(report, locale), ''];
  const line = (f: Finding, indent: string, extra: string[]) => {
    const rest = extra.filter((x) => x !== '');
    return `${indent}${w.severity[f.severity]}  ${f.message[locale]}${rest.length === 0 ? '' : ` (${rest.join('; ')})`}  [${f.code}]`;
  };
  const tables = shown(view.tables);
  if (tables.length === 0) out.push(w.noTables, '');
  for (const t of tables) {
    const head = [tableTitle(t.table, locale)];
    if (t.table.unit !== undefined) head.push(`(${t.table.unit})`);
    const at = sourceText(t.table.source, locale);
    out.push(`${head.join(' ')}${at === '' ? '' : ` – ${at}`}`);
    if (t.notes.length === 0) out.push(`  ${w.noFindings}`);
    for (const n of t.notes) {
      const p = noteParts(t, n, locale);
      out.push(
        line(n.finding, `  ${String(n.note)}. `, [
          p.where,
          p.figures,
          p.source,
          n.from?.[locale] ?? '',
        ]),
      );
    }
    out.push('');
  }
  if (view.claims.length > 0) {
    out.push(w.claims);
    for (const { claim, findings } of view.claims) {
      const unit = claim.stated.unit === undefined ? '' : ` ${claim.stated.unit}`;
      out.push(
        `  ${w.claimOutcome[claim.outcome]}: ${w.stated} ${claim.stated.text}, ${w.computed} ${figure(claim.computed.toString(), locale)}${unit} – ${sourceText(claim.source, locale)}`,
        `    "${claim.text.replace(/\s+/g, ' ').trim()}"`,
      );
      for (const f of findings)
        out.push(line(f, '    ', [figureText(f, locale, claim.stated.unit)]));
    }
    out.push('');
  }
  if (view.general.length > 0) {
    out.push(w.general);
    for (const f of view.general)
      out.push(line(f, '  ', [figureText(f, locale), sourceText(f.source, locale)]));
    out.push('');
  }
  const groups = recognitionGroups(report);
  if (report.recognitions.length > 0) {
    out.push(w.recognitions);
    for (const r of groups.domain) {
      out.push(`  ${r.title[locale]}: ${r.kind}, ${w.fromTables} ${tableList(r.tableIndexes)}`);
      r.findings.forEach((f, i) => {
        const c = r.cells.find((x) => x.finding === i);
        const table = c === undefined ? undefined : report.audit.tables[c.table];
        const where =
          c === undefined || table === undefined
            ? ''
            : `${w.table} ${String(c.table + 1)}, ${w.row} ${table.rows[c.row]?.label ?? String(c.row + 1)}, ${w.column} ${columnTitle(table, c.column)}`;
        out.push(line(f, '    ', [where, figureText(f, locale)]));
      });
    }
    for (const g of groups.fallback) {
      out.push(
        `  ${g.title[locale]} (${w.fallback}): ${g.kind}, ${w.fromTables} ${tableList(g.tables)}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Domain drafts one by one; fallback drafts one line per recogniser with their tables. */
function recognitionGroups(report: AuditReport): {
  domain: ReportRecognition[];
  fallback: { title: LocalizedText; kind: string; tables: number[] }[];
} {
  const fallback = new Map<string, { title: LocalizedText; kind: string; tables: number[] }>();
  for (const r of report.recognitions) {
    if (r.fallback !== true) continue;
    const g = fallback.get(r.recogniser) ?? { title: r.title, kind: r.kind, tables: [] };
    g.tables.push(...r.tableIndexes);
    fallback.set(r.recogniser, g);
  }
  return {
    domain: report.recognitions.filter((r) => r.fallback !== true),
    fallback: [...fallback.values()],
  };
}

const tableList = (tables: readonly number[]) => tables.map((i) => String(i + 1)).join(', ');

// Markdown

function mdEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([*_`[\]<>])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

function isBad(t: TableNotes, notes: readonly number[] | undefined): boolean {
  return notes !== undefined && notes.some((n) => t.notes[n - 1]?.finding.severity !== 'info');
}

/**
 * The report as Markdown: each table of figures rendered with its wrong cells marked
 * (**bold**, ⚠ and the note numbers), its findings numbered under it, then the text's totals,
 * other findings and the recognised drafts.
 *
 * @example
 * ```ts
 * import { auditReportToMarkdown, auditUpload } from './document-audit.js';
 * const report = await auditUpload({ bytes: new TextEncoder().encode('Post\tAntal\nA\t2\nB\t3\nSumma\t6\n'), locale: 'sv' }, []);
 * auditReportToMarkdown(report, 'sv').includes('**6** ⚠ [1]'); // true
 * ```
 */
export function auditReportToMarkdown(report: AuditReport, locale: AuditLocale): string {
  const w = WORDS[locale];
  const view = arrange(report);
  const out: string[] = [`# ${mdEscape(headline(report, locale))}`, ''];
  const item = (f: Finding, prefix: string, extra: string[]) => {
    const rest = extra.filter((x) => x !== '');
    return `${prefix}**${w.severityWord[f.severity]}**: ${mdEscape(f.message[locale])}${rest.length === 0 ? '' : ` (${mdEscape(rest.join('; '))})`} \`${f.code}\``;
  };
  const tables = shown(view.tables);
  if (tables.length === 0) out.push(w.noTables, '');
  for (const t of tables) {
    const table = t.table;
    out.push(`## ${mdEscape(tableTitle(table, locale))}`, '');
    const meta = [
      table.unit === undefined ? '' : `${w.unit}: ${table.unit}`,
      sourceText(table.source, locale),
    ].filter((x) => x !== '');
    if (meta.length > 0) out.push(`_${mdEscape(meta.join(' · '))}_`, '');
    if (table.columns.length > 0) {
      out.push(
        `| ${[w.label, ...table.columns.map((_, c) => columnTitle(table, c))].map(mdEscape).join(' | ')} |`,
      );
      out.push(`| ${['---', ...table.columns.map(() => '---:')].join(' | ')} |`);
      table.rows.forEach((row, r) => {
        const label = row.kind === 'data' ? mdEscape(row.label) : `**${mdEscape(row.label)}**`;
        const cells = table.columns.map((_, c) => {
          const text = row.cells[c]?.text.trim() ?? '';
          const shownText = text === '' ? '–' : mdEscape(text);
          const notes = t.cells.get(key(r, c));
          if (notes === undefined) return shownText;
          const refs = notes.map((n) => `[${String(n)}]`).join('');
          return isBad(t, notes) ? `**${shownText}** ⚠ ${refs}` : `${shownText} ${refs}`;
        });
        out.push(`| ${[label, ...cells].join(' | ')} |`);
      });
      out.push('');
    }
    if (t.notes.length === 0) out.push(`${w.findingsBeside}: ${w.noFindings}.`, '');
    else {
      out.push(`**${w.findingsBeside}**`, '');
      for (const n of t.notes) {
        const p = noteParts(t, n, locale);
        out.push(
          item(n.finding, `${String(n.note)}. `, [
            p.where,
            p.figures,
            p.source,
            n.from?.[locale] ?? '',
          ]),
        );
      }
      out.push('');
    }
  }
  if (view.claims.length > 0) {
    out.push(`## ${w.claims}`, '');
    for (const { claim, findings } of view.claims) {
      const unit = claim.stated.unit === undefined ? '' : ` ${claim.stated.unit}`;
      out.push(
        `- **${w.claimOutcome[claim.outcome]}**: ${w.stated} ${mdEscape(claim.stated.text)}, ${w.computed} ${figure(claim.computed.toString(), locale)}${mdEscape(unit)} (${mdEscape(sourceText(claim.source, locale))})`,
        `  > ${mdEscape(claim.text.replace(/\s+/g, ' ').trim())}`,
      );
      for (const f of findings)
        out.push(item(f, '  - ', [figureText(f, locale, claim.stated.unit)]));
    }
    out.push('');
  }
  if (view.general.length > 0) {
    out.push(`## ${w.general}`, '');
    for (const f of view.general)
      out.push(item(f, '- ', [figureText(f, locale), sourceText(f.source, locale)]));
    out.push('');
  }
  if (report.recognitions.length > 0) {
    const groups = recognitionGroups(report);
    out.push(`## ${w.recognitions}`, '');
    for (const r of groups.domain) {
      out.push(
        `### ${mdEscape(r.title[locale])}`,
        '',
        `\`${r.kind}\`, ${w.fromTables} ${tableList(r.tableIndexes)}`,
        '',
      );
      for (const f of r.findings) out.push(item(f, '- ', [figureText(f, locale)]));
      out.push('');
    }
    for (const g of groups.fallback) {
      out.push(
        `- ${mdEscape(g.title[locale])} (${w.fallback}): \`${g.kind}\`, ${w.fromTables} ${tableList(g.tables)}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// HTML

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1f;max-width:80rem;margin:1rem auto;padding:0 1rem}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,2fr);gap:1rem;align-items:start}
@media (max-width:60rem){.grid{grid-template-columns:minmax(0,1fr)}}
.scroll{overflow-x:auto}table{border-collapse:collapse;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600}th,td{border:1px solid #c8c8d0;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f2f2f6}td{text-align:right;white-space:nowrap}tr.total th,tr.total td{font-weight:700;background:#f7f7fa}
td.bad{background:#fde8e8;outline:2px solid #a4161a;outline-offset:-2px;font-weight:700}td.noted{background:#e8f0fb}
.mark{color:#a4161a}.sev{font-weight:700;border:1px solid;border-radius:3px;padding:0 .3rem;font-size:.85rem}
.sev.error{color:#a4161a;background:#fde8e8}.sev.warning{color:#7a4a00;background:#fff4dc}.sev.info{color:#1f4f8f;background:#e8f0fb}
.muted{color:#4a4a55}code{font-size:.85rem;color:#4a4a55}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

/**
 * The report as a standalone, escaped HTML page: each table of figures with its wrong cells
 * marked (outline, ⚠ and note links, and a hidden text for screen readers) and its findings
 * beside it, then the text's totals, other findings and the recognised drafts.
 *
 * @example
 * ```ts
 * import { auditReportToHtml, auditUpload } from './document-audit.js';
 * const report = await auditUpload({ bytes: new TextEncoder().encode('Post\tAntal\nA\t2\nB\t3\nSumma\t6\n'), locale: 'en' }, []);
 * auditReportToHtml(report, 'en').includes('class="bad"'); // true
 * ```
 */
export function auditReportToHtml(report: AuditReport, locale: AuditLocale): string {
  const w = WORDS[locale];
  const view = arrange(report);
  const flagText =
    locale === 'sv' ? 'fel eller varning, se anmärkning' : 'error or warning, see note';
  const item = (f: Finding, extra: string[], attrs = '') => {
    const rest = extra.filter((x) => x !== '');
    return `<li${attrs}><span class="sev ${f.severity}">${esc(w.severityWord[f.severity])}</span> ${esc(f.message[locale])}${rest.length === 0 ? '' : ` <span class="muted">(${esc(rest.join('; '))})</span>`} <code>${esc(f.code)}</code></li>`;
  };
  const body: string[] = [`<h1>${esc(headline(report, locale))}</h1>`];
  const tables = shown(view.tables);
  if (tables.length === 0) body.push(`<p>${esc(w.noTables)}</p>`);
  tables.forEach((t) => {
    const table = t.table;
    const id = `t${String(table.index)}`;
    const title = tableTitle(table, locale);
    const meta = [
      table.unit === undefined ? '' : `${w.unit}: ${table.unit}`,
      sourceText(table.source, locale),
    ].filter((x) => x !== '');
    const rows = table.rows
      .map((row, r) => {
        const cells = table.columns
          .map((_, c) => {
            const text = row.cells[c]?.text.trim() ?? '';
            const notes = t.cells.get(key(r, c));
            const content = esc(text === '' ? '–' : text);
            if (notes === undefined) return `<td>${content}</td>`;
            const bad = isBad(t, notes);
            const refs = notes
              .map((n) => `<sup><a href="#${id}-n${String(n)}">${String(n)}</a></sup>`)
              .join('');
            return `<td class="${bad ? 'bad' : 'noted'}">${content} <span class="mark" aria-hidden="true">${bad ? '⚠' : 'ⓘ'}</span><span class="sr">${esc(flagText)}</span>${refs}</td>`;
          })
          .join('');
        return `<tr${row.kind === 'data' ? '' : ' class="total"'}><th scope="row">${esc(row.label)}</th>${cells}</tr>`;
      })
      .join('\n');
    const head = `<tr><th scope="col">${esc(w.label)}</th>${table.columns.map((_, c) => `<th scope="col">${esc(columnTitle(table, c))}</th>`).join('')}</tr>`;
    const notes =
      t.notes.length === 0
        ? `<p>${esc(w.noFindings)}</p>`
        : `<ol>${t.notes
            .map((n) => {
              const p = noteParts(t, n, locale);
              return item(
                n.finding,
                [p.where, p.figures, p.source, n.from?.[locale] ?? ''],
                ` id="${id}-n${String(n.note)}" value="${String(n.note)}"`,
              );
            })
            .join('\n')}</ol>`;
    body.push(
      `<section aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>${meta.length === 0 ? '' : `<p class="muted">${esc(meta.join(' · '))}</p>`}`,
      `<div class="grid"><div class="scroll" role="region" aria-label="${esc(title)}" tabindex="0"><table><caption>${esc(title)}</caption><thead>${head}</thead><tbody>\n${rows}\n</tbody></table></div>`,
      `<div><h3>${esc(w.findingsBeside)}</h3>${notes}</div></div></section>`,
    );
  });
  if (view.claims.length > 0) {
    body.push(`<section><h2>${esc(w.claims)}</h2><ul>`);
    for (const { claim, findings } of view.claims) {
      const unit = claim.stated.unit === undefined ? '' : ` ${claim.stated.unit}`;
      body.push(
        `<li><blockquote>${esc(claim.text.replace(/\s+/g, ' ').trim())}</blockquote><p><strong>${esc(w.claimOutcome[claim.outcome])}</strong>: ${esc(w.stated)} ${esc(claim.stated.text)}, ${esc(w.computed)} ${esc(figure(claim.computed.toString(), locale))}${esc(unit)} <span class="muted">(${esc(sourceText(claim.source, locale))})</span></p>${findings.length === 0 ? '' : `<ul>${findings.map((f) => item(f, [figureText(f, locale, claim.stated.unit)])).join('')}</ul>`}</li>`,
      );
    }
    body.push('</ul></section>');
  }
  if (view.general.length > 0) {
    body.push(
      `<section><h2>${esc(w.general)}</h2><ul>${view.general.map((f) => item(f, [figureText(f, locale), sourceText(f.source, locale)])).join('\n')}</ul></section>`,
    );
  }
  if (report.recognitions.length > 0) {
    const groups = recognitionGroups(report);
    body.push(`<section><h2>${esc(w.recognitions)}</h2>`);
    for (const r of groups.domain) {
      body.push(
        `<h3>${esc(r.title[locale])}</h3><p><code>${esc(r.kind)}</code>, ${esc(w.fromTables)} ${esc(tableList(r.tableIndexes))}</p>`,
        r.findings.length === 0
          ? ''
          : `<ul>${r.findings.map((f) => item(f, [figureText(f, locale)])).join('\n')}</ul>`,
      );
    }
    if (groups.fallback.length > 0) {
      body.push(
        `<ul>${groups.fallback.map((g) => `<li>${esc(g.title[locale])} (${esc(w.fallback)}): <code>${esc(g.kind)}</code>, ${esc(w.fromTables)} ${esc(tableList(g.tables))}</li>`).join('')}</ul>`,
      );
    }
    body.push('</section>');
  }
  return `<!doctype html>\n<html lang="${locale}">\n<head><meta charset="utf-8"><title>${esc(headline(report, locale))}</title><style>${STYLE}</style></head>\n<body>\n<main>\n${body.join('\n')}\n</main>\n</body>\n</html>\n`;
}
