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

/** What the live evaluation of an edited plan gives. */
export interface Evaluation {
  readonly ok: boolean;
  readonly totals: Partial<Record<MatrixName, MatrixTotalsText>>;
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

function plain(findings: readonly CoreFinding[]): Finding[] {
  return JSON.parse(JSON.stringify(findings)) as Finding[];
}

/**
 * Parses and audits the edited plan in the browser with @styrkit/pm3 (pure, no I/O): the row,
 * column and grand totals and every finding, recomputed on each keystroke.
 */
export function evaluatePlan(doc: PlanDocument): Evaluation {
  const parsed = parseObjektplan(doc);
  if (!parsed.ok) return { ok: false, totals: {}, findings: plain(parsed.error) };
  const plan = parsed.value;
  const totals: Partial<Record<MatrixName, MatrixTotalsText>> = {
    budget: totalsText(matrixTotals(plan.budget), 'kkr'),
  };
  if (plan.fte !== undefined) totals.fte = totalsText(matrixTotals(plan.fte), undefined);
  return { ok: true, totals, findings: plain(auditObjektplan(plan)) };
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
