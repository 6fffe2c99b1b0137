import { formatPartialSum, type Finding as CoreFinding, type PartialSum } from '@styrkit/core';
import {
  MATRIX_COLUMNS,
  activityTitle,
  auditObjektplan,
  diffPlans,
  matrixTotals,
  parseObjektplan,
  planDiffTables,
  type MatrixColumn,
} from '@styrkit/pm3';
import type { Finding } from './api.js';
import type { Locale, Text } from './i18n.js';
import type { JsonTable } from './tables.js';

export { MATRIX_COLUMNS, type MatrixColumn };

/** The two matrices of a plan. */
export type MatrixName = 'budget' | 'fte';

/** A plan document as stored (JSON). */
export type PlanDocument = Record<string, unknown>;

interface RowJson {
  activity?: unknown;
  statedTotal?: unknown;
  [column: string]: unknown;
}

function rowsOf(doc: PlanDocument, matrix: MatrixName): RowJson[] {
  const m = doc[matrix];
  if (typeof m !== 'object' || m === null) return [];
  const rows = (m as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as RowJson[]) : [];
}

/** How many rows a matrix of the document has. */
export function rowCount(doc: PlanDocument, matrix: MatrixName): number {
  return rowsOf(doc, matrix).length;
}

/** The activity id of a row. */
export function rowActivity(doc: PlanDocument, matrix: MatrixName, row: number): string {
  const a = rowsOf(doc, matrix)[row]?.activity;
  return typeof a === 'string' ? a : '';
}

/** The title of a main activity in both languages (configured rows included). */
export function activityName(doc: PlanDocument, id: string): Text {
  return activityTitle(doc, id);
}

/**
 * What an input shows for a stored cell: numbers in the locale's notation, `?` for unknown,
 * nothing for an empty cell (empty is not zero).
 */
export function cellInput(stored: unknown, locale: Locale): string {
  if (stored === undefined || stored === null || stored === 'empty') return '';
  if (stored === 'unknown') return '?';
  const text =
    typeof stored === 'number' ? String(stored) : typeof stored === 'string' ? stored : '';
  return locale === 'sv' && /^-?\d+(\.\d+)?$/.test(text) ? text.replace('.', ',') : text;
}

/** The stored value of a cell. */
export function cellValue(
  doc: PlanDocument,
  matrix: MatrixName,
  row: number,
  column: MatrixColumn,
): unknown {
  return rowsOf(doc, matrix)[row]?.[column];
}

/**
 * A copy of the document with one cell set to what the user typed. The text is stored as
 * typed ("1 200", "1,5", "?", ""): the pm3 schema reads Swedish and English notation and
 * reports anything else as a finding at the cell.
 */
export function setCell(
  doc: PlanDocument,
  matrix: MatrixName,
  row: number,
  column: MatrixColumn,
  text: string,
): PlanDocument {
  const m = doc[matrix] as { rows: RowJson[] } & Record<string, unknown>;
  const rows = rowsOf(doc, matrix).map((r, i) =>
    i === row ? { ...r, [column]: text.trim() === '' ? 'empty' : text.trim() } : r,
  );
  return { ...doc, [matrix]: { ...m, rows } };
}

/** Totals of one matrix, as bilingual text (unknown cells shown as "+ n okända"). */
export interface MatrixTotalsText {
  readonly rows: readonly Text[];
  readonly columns: Readonly<Record<MatrixColumn, Text>>;
  readonly grand: Text;
}

/** Totals of one matrix as exact plain text ("45100"), undefined where an item is unknown. */
export interface MatrixTotalsExact {
  readonly rows: readonly (string | undefined)[];
  readonly columns: Readonly<Record<MatrixColumn, string | undefined>>;
  readonly grand: string | undefined;
}

/** What the live evaluation of an edited plan gives. */
export interface Evaluation {
  /** The plan parsed as it is. */
  readonly ok: boolean;
  /**
   * Some cells could not be read: they count as unknown in the totals (marked "+ 1 okänd")
   * and keep their finding, while every other total and finding is computed.
   */
  readonly partial: boolean;
  readonly totals: Partial<Record<MatrixName, MatrixTotalsText>>;
  readonly exact: Partial<Record<MatrixName, MatrixTotalsExact>>;
  readonly findings: readonly Finding[];
}

function totalsText(
  totals: ReturnType<typeof matrixTotals>,
  unit: string | undefined,
): MatrixTotalsText {
  const f = (p: PartialSum): Text => formatPartialSum(p, unit === undefined ? {} : { unit });
  const columns = Object.fromEntries(
    MATRIX_COLUMNS.map((c) => [c, f(totals.columns[c])]),
  ) as Record<MatrixColumn, Text>;
  return { rows: totals.rows.map(f), columns, grand: f(totals.grand) };
}

function totalsExact(totals: ReturnType<typeof matrixTotals>): MatrixTotalsExact {
  const f = (p: PartialSum): string | undefined =>
    p.unknownCount === 0 ? p.known.toString() : undefined;
  const columns = Object.fromEntries(
    MATRIX_COLUMNS.map((c) => [c, f(totals.columns[c])]),
  ) as Record<MatrixColumn, string | undefined>;
  return { rows: totals.rows.map(f), columns, grand: f(totals.grand) };
}

function plain(findings: readonly CoreFinding[]): Finding[] {
  return JSON.parse(JSON.stringify(findings)) as Finding[];
}

const isMatrix = (p: unknown): p is MatrixName => p === 'budget' || p === 'fte';

/** Whether a path names a figure of a matrix (a cell or a stated total). */
function isMatrixFigure(path: readonly (string | number)[]): boolean {
  const [m, where, a, b] = path;
  if (!isMatrix(m)) return false;
  if (where === 'rows')
    return (
      typeof a === 'number' && (b === 'statedTotal' || MATRIX_COLUMNS.includes(b as MatrixColumn))
    );
  return where === 'statedGrandTotal' || (where === 'statedColumnTotals' && typeof a === 'string');
}

function valueAt(doc: unknown, path: readonly (string | number)[]): unknown {
  let v = doc;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function replaceAt(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(doc))
    return doc.map((x: unknown, i) => (i === head ? replaceAt(x, rest, value) : x));
  const obj = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  return { ...obj, [head]: replaceAt(obj[head], rest, value) };
}

/**
 * Parses and audits the edited plan in the browser with @styrkit/pm3 (pure, no I/O): the row,
 * column and grand totals and every finding, recomputed on each keystroke.
 *
 * One unreadable figure never blanks the rest: a cell or stated total that cannot be read
 * ("abc") keeps its finding and counts as unknown ("?") for the totals, and any other field
 * that fails is read as it was last saved (`saved`), so every other total and finding stays
 * computed.
 */
export function evaluatePlan(doc: PlanDocument, saved?: PlanDocument): Evaluation {
  const parsed = parseObjektplan(doc);
  if (parsed.ok) return evaluated(parsed.value, [], false);
  const unreadable = plain(parsed.error);
  let patched: unknown = doc;
  for (const f of unreadable) {
    const fallback = isMatrixFigure(f.path) ? '?' : valueAt(saved, f.path);
    patched = replaceAt(patched, f.path, fallback);
  }
  const again = parseObjektplan(patched);
  if (!again.ok) return { ok: false, partial: false, totals: {}, exact: {}, findings: unreadable };
  return evaluated(again.value, unreadable, true);
}

function evaluated(
  plan: Parameters<typeof auditObjektplan>[0],
  unreadable: readonly Finding[],
  partial: boolean,
): Evaluation {
  const totals: Partial<Record<MatrixName, MatrixTotalsText>> = {
    budget: totalsText(matrixTotals(plan.budget), 'kkr'),
  };
  const exact: Partial<Record<MatrixName, MatrixTotalsExact>> = {
    budget: totalsExact(matrixTotals(plan.budget)),
  };
  if (plan.fte !== undefined) {
    totals.fte = totalsText(matrixTotals(plan.fte), undefined);
    exact.fte = totalsExact(matrixTotals(plan.fte));
  }
  return {
    ok: !partial,
    partial,
    totals,
    exact,
    findings: [...unreadable, ...plain(auditObjektplan(plan))],
  };
}

/** Which stated total: a row's, a column's or the grand total. */
export type StatedTarget =
  { readonly row: number } | { readonly column: MatrixColumn } | { readonly grand: true };

/**
 * A copy of the document with a stated total ("Angiven summa") set to what the user typed;
 * empty text removes the stated total (nothing stated, so nothing to check).
 */
export function setStated(
  doc: PlanDocument,
  matrix: MatrixName,
  target: StatedTarget,
  text: string,
): PlanDocument {
  const value = text.trim() === '' ? undefined : text.trim();
  const m = { ...(doc[matrix] as Record<string, unknown>) };
  if ('row' in target) {
    const rows = rowsOf(doc, matrix).map((r, i) => {
      if (i !== target.row) return r;
      const { statedTotal: _old, ...rest } = r;
      return value === undefined ? rest : { ...rest, statedTotal: value };
    });
    return { ...doc, [matrix]: { ...m, rows } };
  }
  if ('column' in target) {
    const columns = { ...((m.statedColumnTotals as Record<string, unknown> | undefined) ?? {}) };
    const next = Object.fromEntries(
      Object.entries({ ...columns, [target.column]: value }).filter(([, v]) => v !== undefined),
    );
    const { statedColumnTotals: _old, ...rest } = m;
    return {
      ...doc,
      [matrix]: Object.keys(next).length === 0 ? rest : { ...rest, statedColumnTotals: next },
    };
  }
  const { statedGrandTotal: _old, ...rest } = m;
  return { ...doc, [matrix]: value === undefined ? rest : { ...rest, statedGrandTotal: value } };
}

/** The stated total of a row, column or the grand total as stored. */
export function statedValue(doc: PlanDocument, matrix: MatrixName, target: StatedTarget): unknown {
  const m = doc[matrix] as
    { statedColumnTotals?: Record<string, unknown>; statedGrandTotal?: unknown } | undefined;
  if ('row' in target) return rowsOf(doc, matrix)[target.row]?.statedTotal;
  if ('column' in target) return m?.statedColumnTotals?.[target.column];
  return m?.statedGrandTotal;
}

/** The findings that concern one row of a matrix (its cells or its stated total). */
export function findingsForRow(
  findings: readonly Finding[],
  matrix: MatrixName,
  row: number,
): Finding[] {
  return findings.filter((f) => f.path[0] === matrix && f.path[1] === 'rows' && f.path[2] === row);
}

/** The findings about a matrix's column totals and grand total. */
export function findingsForTotals(findings: readonly Finding[], matrix: MatrixName): Finding[] {
  return findings.filter(
    (f) =>
      f.path[0] === matrix &&
      (f.path[1] === 'statedColumnTotals' || f.path[1] === 'statedGrandTotal'),
  );
}

/** The plan diff A → B as tables (changed cells, changed totals, other changes). */
export function diffTables(before: PlanDocument, after: PlanDocument): JsonTable[] {
  const a = parseObjektplan(before);
  const b = parseObjektplan(after);
  if (!a.ok || !b.ok) return [];
  return JSON.parse(
    JSON.stringify(planDiffTables(diffPlans(a.value, b.value), b.value)),
  ) as JsonTable[];
}
