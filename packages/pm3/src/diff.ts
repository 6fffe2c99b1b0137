import { Exact, type LocalizedText, type PartialSum } from '@styrkit/core';
import { activityTitle } from './activities.js';
import { cellsEqual, type MatrixCell } from './cell.js';
import { matrixTotals, rowCells, sumCells } from './matrix.js';
import {
  MATRIX_COLUMNS,
  type Initiative,
  type Matrix,
  type MatrixColumn,
  type Objektplan,
} from './model.js';
import { num } from './text.js';
import { requireObjektplan } from './parsed-guard.js';

/**
 * How an entry changed between two plan versions.
 *
 * @example
 * ```ts
 * import type { ChangeKind } from '@styrkit/pm3';
 * const k: ChangeKind = 'changed';
 * ```
 */
export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * A changed matrix cell. `delta` is after − before where both are known (empty counts as
 * nothing added); it is absent when either side is unknown.
 *
 * @example
 * ```ts
 * import type { CellChange } from '@styrkit/pm3';
 * function grew(c: CellChange): boolean { return c.delta?.isPositive() ?? false; }
 * ```
 */
export interface CellChange {
  readonly matrix: 'budget' | 'fte';
  readonly activity: string;
  readonly column: MatrixColumn;
  readonly before: MatrixCell;
  readonly after: MatrixCell;
  readonly change: ChangeKind;
  readonly delta?: Exact;
}

/**
 * A changed row (main activity) or column total of a matrix.
 *
 * @example
 * ```ts
 * import type { TotalChange } from '@styrkit/pm3';
 * function moved(t: TotalChange): string { return t.delta?.toString() ?? '?'; }
 * ```
 */
export interface TotalChange {
  readonly matrix: 'budget' | 'fte';
  /** Activity id for a row, column key for a column, 'total' for the grand total. */
  readonly key: string;
  readonly before?: PartialSum;
  readonly after?: PartialSum;
  readonly change: ChangeKind;
  readonly delta?: Exact;
}

/**
 * A changed list entry (initiative, objektplan goal, goal linkage row) with the names of
 * the fields that differ.
 *
 * @example
 * ```ts
 * import type { EntryChange } from '@styrkit/pm3';
 * const e: EntryChange = { id: 'ipads', change: 'changed', fields: ['cost'] };
 * ```
 */
export interface EntryChange {
  readonly id: string;
  readonly change: ChangeKind;
  readonly fields: readonly string[];
}

/**
 * What changed from one version of an objektplan to another.
 *
 * @example
 * ```ts
 * import type { PlanDiff } from '@styrkit/pm3';
 * function changedCells(d: PlanDiff): number { return d.cells.length; }
 * ```
 */
export interface PlanDiff {
  readonly from: { readonly id: string; readonly label: string };
  readonly to: { readonly id: string; readonly label: string };
  readonly cells: readonly CellChange[];
  readonly rows: readonly TotalChange[];
  readonly columns: readonly TotalChange[];
  readonly totals: readonly TotalChange[];
  readonly initiatives: readonly EntryChange[];
  readonly planGoals: readonly EntryChange[];
  readonly goalLinks: readonly EntryChange[];
  /** Short sentences on what moved where, Swedish and English. */
  readonly summary: readonly LocalizedText[];
}

function cellDelta(before: MatrixCell, after: MatrixCell): Exact | undefined {
  if (before === 'unknown' || after === 'unknown') return undefined;
  const b = before === 'empty' ? Exact.ZERO : before;
  const a = after === 'empty' ? Exact.ZERO : after;
  return a.minus(b);
}

function cellChangeKind(before: MatrixCell, after: MatrixCell): ChangeKind {
  if (before === 'empty') return 'added';
  if (after === 'empty') return 'removed';
  return 'changed';
}

function totalChange(
  matrix: 'budget' | 'fte',
  key: string,
  before: PartialSum | undefined,
  after: PartialSum | undefined,
): TotalChange | undefined {
  if (before === undefined && after === undefined) return undefined;
  if (before === undefined || after === undefined) {
    const present = before ?? after;
    const sign = before === undefined ? 1 : -1;
    return {
      matrix,
      key,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
      change: before === undefined ? 'added' : 'removed',
      ...(present === undefined || present.unknownCount > 0
        ? {}
        : { delta: present.known.times(sign) }),
    };
  }
  const same = before.unknownCount === after.unknownCount && before.known.equals(after.known);
  if (same) return undefined;
  const known = before.unknownCount === 0 && after.unknownCount === 0;
  return {
    matrix,
    key,
    before,
    after,
    change: 'changed',
    ...(known ? { delta: after.known.minus(before.known) } : {}),
  };
}

function diffMatrix(
  name: 'budget' | 'fte',
  before: Matrix | undefined,
  after: Matrix | undefined,
): { cells: CellChange[]; rows: TotalChange[]; columns: TotalChange[]; total?: TotalChange } {
  const cells: CellChange[] = [];
  const rows: TotalChange[] = [];
  const columns: TotalChange[] = [];
  const beforeRows = before?.rows ?? [];
  const afterRows = after?.rows ?? [];
  const activities = [...new Set([...beforeRows, ...afterRows].map((r) => r.activity))];
  for (const activity of activities) {
    const b = beforeRows.find((r) => r.activity === activity);
    const a = afterRows.find((r) => r.activity === activity);
    for (const column of MATRIX_COLUMNS) {
      const bc = b?.[column] ?? 'empty';
      const ac = a?.[column] ?? 'empty';
      if (cellsEqual(bc, ac)) continue;
      const delta = cellDelta(bc, ac);
      cells.push({
        matrix: name,
        activity,
        column,
        before: bc,
        after: ac,
        change: cellChangeKind(bc, ac),
        ...(delta === undefined ? {} : { delta }),
      });
    }
    const row = totalChange(
      name,
      activity,
      b === undefined ? undefined : sumCells(rowCells(b)),
      a === undefined ? undefined : sumCells(rowCells(a)),
    );
    if (row !== undefined) rows.push(row);
  }
  const bt = before === undefined ? undefined : matrixTotals(before);
  const at = after === undefined ? undefined : matrixTotals(after);
  for (const column of MATRIX_COLUMNS) {
    const change = totalChange(name, column, bt?.columns[column], at?.columns[column]);
    if (change !== undefined) columns.push(change);
  }
  const total = totalChange(name, 'total', bt?.grand, at?.grand);
  return total === undefined ? { cells, rows, columns } : { cells, rows, columns, total };
}

function diffEntries<T extends { readonly id: string }>(
  before: readonly T[],
  after: readonly T[],
): EntryChange[] {
  const changes: EntryChange[] = [];
  for (const b of before) {
    const a = after.find((x) => x.id === b.id);
    if (a === undefined) {
      changes.push({ id: b.id, change: 'removed', fields: [] });
      continue;
    }
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    const fields = keys.filter(
      (k) =>
        JSON.stringify((b as Record<string, unknown>)[k]) !==
        JSON.stringify((a as Record<string, unknown>)[k]),
    );
    if (fields.length > 0) changes.push({ id: b.id, change: 'changed', fields });
  }
  for (const a of after) {
    if (!before.some((b) => b.id === a.id)) changes.push({ id: a.id, change: 'added', fields: [] });
  }
  return changes;
}

function signed(value: Exact, locale: 'sv' | 'en'): string {
  const text = num(value, locale);
  return value.isPositive() ? `+${text}` : text;
}

function summarise(
  title: (id: string) => LocalizedText,
  budgetRows: readonly TotalChange[],
  total: TotalChange | undefined,
  initiatives: readonly EntryChange[],
  goalLinks: readonly EntryChange[],
): LocalizedText[] {
  const lines: LocalizedText[] = [];
  if (total?.before !== undefined && total.after !== undefined && total.delta !== undefined) {
    lines.push({
      sv: `Budget totalt ${num(total.before.known)} → ${num(total.after.known)} kkr (${signed(total.delta, 'sv')})`,
      en: `Budget total ${num(total.before.known, 'en')} → ${num(total.after.known, 'en')} kkr (${signed(total.delta, 'en')})`,
    });
  }
  const moved = budgetRows.filter((r) => r.delta !== undefined && !r.delta.isZero());
  const up = [...moved].sort((x, y) => (y.delta ?? Exact.ZERO).compare(x.delta ?? Exact.ZERO));
  const largestUp = up[0];
  const largestDown = up[up.length - 1];
  if (largestUp?.delta?.isPositive() === true) {
    lines.push({
      sv: `Största ökning: ${title(largestUp.key).sv} ${signed(largestUp.delta, 'sv')} kkr`,
      en: `Largest increase: ${title(largestUp.key).en} ${signed(largestUp.delta, 'en')} kkr`,
    });
  }
  if (largestDown?.delta?.isNegative() === true) {
    lines.push({
      sv: `Största minskning: ${title(largestDown.key).sv} ${signed(largestDown.delta, 'sv')} kkr`,
      en: `Largest decrease: ${title(largestDown.key).en} ${signed(largestDown.delta, 'en')} kkr`,
    });
  }
  const count = (list: readonly EntryChange[], kind: ChangeKind): number =>
    list.filter((e) => e.change === kind).length;
  // Swedish participles agree with the count and the noun's gender: "1 tillagt initiativ",
  // "1 tillagd målkoppling", "2 tillagda".
  const words = {
    neuter: { added: 'tillagt', removed: 'borttaget', changed: 'ändrat' },
    common: { added: 'tillagd', removed: 'borttagen', changed: 'ändrad' },
    plural: { added: 'tillagda', removed: 'borttagna', changed: 'ändrade' },
  } as const;
  for (const [list, sv, en, gender] of [
    [initiatives, 'Initiativ', 'Initiatives', 'neuter'],
    [goalLinks, 'Målkopplingar', 'Goal links', 'common'],
  ] as const) {
    if (list.length === 0) continue;
    const svCount = (kind: ChangeKind): string => {
      const n = count(list, kind);
      return `${String(n)} ${words[n === 1 ? gender : 'plural'][kind]}`;
    };
    lines.push({
      sv: `${sv}: ${svCount('added')}, ${svCount('removed')}, ${svCount('changed')}`,
      en: `${en}: ${count(list, 'added')} added, ${count(list, 'removed')} removed, ${count(list, 'changed')} changed`,
    });
  }
  return lines;
}

/**
 * Compares two versions of an objektplan: every changed cell of the budget and FTE matrices,
 * row, column and grand totals, initiatives, objektplan goals and goal linkage rows (added,
 * removed, changed), and a short summary of what moved where.
 *
 * @example
 * ```ts
 * import { diffPlans, objektplanSchema } from '@styrkit/pm3';
 * const base = { id: 'p', objectId: 'o', title: 'P', year: 2021, version: { label: 'A', status: 'draft' } };
 * const a = objektplanSchema.parse({ ...base, budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 2000 }] } });
 * const b = objektplanSchema.parse({ ...base, budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 8096 }] } });
 * diffPlans(a, b).totals[0]?.delta?.toString(); // '6096'
 * ```
 */
export function diffPlans(before: Objektplan, after: Objektplan): PlanDiff {
  requireObjektplan(before, 'diffPlans');
  requireObjektplan(after, 'diffPlans');
  const budget = diffMatrix('budget', before.budget, after.budget);
  const fte = diffMatrix('fte', before.fte, after.fte);
  const initiatives = diffEntries<Initiative>(before.initiatives, after.initiatives);
  const goalLinks = diffEntries(before.goalLinks, after.goalLinks);
  return {
    from: { id: before.id, label: before.version.label },
    to: { id: after.id, label: after.version.label },
    cells: [...budget.cells, ...fte.cells],
    rows: [...budget.rows, ...fte.rows],
    columns: [...budget.columns, ...fte.columns],
    totals: [budget.total, fte.total].filter((t): t is TotalChange => t !== undefined),
    initiatives,
    planGoals: diffEntries(before.planGoals, after.planGoals),
    goalLinks,
    summary: summarise(
      (id) => activityTitle(after, id),
      budget.rows,
      budget.total,
      initiatives,
      goalLinks,
    ),
  };
}
