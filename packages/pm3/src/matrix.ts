import { percentShare, sumKnown, type Exact, type PartialSum } from '@styrkit/core';
import { cellForSum, type MatrixCell } from './cell.js';
import {
  MATRIX_COLUMN_INFO,
  MATRIX_COLUMNS,
  type ActivityType,
  type Matrix,
  type MatrixColumn,
  type MatrixRow,
  type Side,
} from './model.js';
import { requireMatrix } from './parsed-guard.js';

/**
 * Every total of one matrix, computed from its cells. Each total is a `PartialSum`: the known
 * part plus how many unknown ("?") cells it includes. Empty cells add nothing.
 *
 * @example
 * ```ts
 * import { matrixTotals, type MatrixTotals } from '@styrkit/pm3';
 * const t: MatrixTotals = matrixTotals({ unit: 'kkr', rows: [] });
 * t.grand.known.toString(); // '0'
 * ```
 */
export interface MatrixTotals {
  /** Per row, in row order. */
  readonly rows: readonly PartialSum[];
  /** Per cell column. */
  readonly columns: Readonly<Record<MatrixColumn, PartialSum>>;
  /** Per activity type (VM, VU) over both sides. */
  readonly byActivityType: Readonly<Record<ActivityType, PartialSum>>;
  /** Per side (verksamhetsnära, IT-nära) over both activity types. */
  readonly bySide: Readonly<Record<Side, PartialSum>>;
  /** All cells. */
  readonly grand: PartialSum;
}

/**
 * Sums cells: empty cells are skipped, unknown cells are counted as unknown, never as 0.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { sumCells } from '@styrkit/pm3';
 * const s = sumCells([exact('1200'), 'empty', 'unknown']);
 * [s.known.toString(), s.unknownCount]; // ['1200', 1]
 * ```
 */
export function sumCells(cells: Iterable<MatrixCell>): PartialSum {
  const values: (Exact | null)[] = [];
  for (const cell of cells) {
    const value = cellForSum(cell);
    if (value !== undefined) values.push(value);
  }
  return sumKnown(values);
}

/** Two partial sums as one (exact, so the order of adding does not matter). */
function plusPartial(a: PartialSum, b: PartialSum): PartialSum {
  return {
    known: a.known.plus(b.known),
    unknownCount: a.unknownCount + b.unknownCount,
    estimateCount: a.estimateCount + b.estimateCount,
  };
}

/**
 * The four cells of a row, in column order.
 *
 * @example
 * ```ts
 * import { rowCells } from '@styrkit/pm3';
 * rowCells({ activity: 'a', businessVm: 'empty', businessVu: 'empty', itVm: 'unknown', itVu: 'empty' }); // ['empty', 'empty', 'unknown', 'empty']
 * ```
 */
export function rowCells(row: MatrixRow): MatrixCell[] {
  return MATRIX_COLUMNS.map((column) => row[column]);
}

/**
 * Computes every total of a matrix: rows, columns, VM/VU, sides and the grand total.
 *
 * @example
 * ```ts
 * import { matrixSchema, matrixTotals } from '@styrkit/pm3';
 * const m = matrixSchema.parse({ unit: 'kkr', rows: [{ activity: 'a', businessVm: 1200, itVm: 500 }] });
 * matrixTotals(m).bySide.it.known.toString(); // '500'
 * ```
 */
export function matrixTotals(matrix: Matrix): MatrixTotals {
  requireMatrix(matrix, 'matrixTotals');
  return totalsOfParsedMatrix(matrix);
}

/**
 * @internal {@link matrixTotals} of a matrix its caller has already checked (the audit and
 * the roll-up check each plan once at their entry).
 */
export function totalsOfParsedMatrix(matrix: Matrix): MatrixTotals {
  // Each row and each column is summed from its cells; activity types, sides and the grand
  // total from the column sums (exact sums, so the order of adding does not matter). This is
  // on every audit's and roll-up's path, so it makes no array per total.
  const rows: PartialSum[] = [];
  const businessVm: (Exact | null)[] = [];
  const businessVu: (Exact | null)[] = [];
  const itVm: (Exact | null)[] = [];
  const itVu: (Exact | null)[] = [];
  const rowValues: (Exact | null)[] = [];
  for (const row of matrix.rows) {
    rowValues.length = 0;
    collect(row.businessVm, rowValues, businessVm);
    collect(row.businessVu, rowValues, businessVu);
    collect(row.itVm, rowValues, itVm);
    collect(row.itVu, rowValues, itVu);
    rows.push(sumKnown(rowValues));
  }
  const columns: Record<MatrixColumn, PartialSum> = {
    businessVm: sumKnown(businessVm),
    businessVu: sumKnown(businessVu),
    itVm: sumKnown(itVm),
    itVu: sumKnown(itVu),
  };
  return { rows, ...totalsOfColumns(columns) };
}

/** Activity types, sides and the grand total of a matrix from its column sums. */
function totalsOfColumns(columns: Record<MatrixColumn, PartialSum>): Omit<MatrixTotals, 'rows'> {
  const vm = plusPartial(columns.businessVm, columns.itVm);
  const vu = plusPartial(columns.businessVu, columns.itVu);
  return {
    columns,
    byActivityType: { vm, vu },
    bySide: {
      business: plusPartial(columns.businessVm, columns.businessVu),
      it: plusPartial(columns.itVm, columns.itVu),
    },
    grand: plusPartial(vm, vu),
  };
}

/**
 * @internal The totals of {@link matrixTotals} but the row sums (what the roll-up adds up),
 * of a matrix its caller has already checked: each column is summed once, no row sum is made.
 */
export function columnTotalsOfParsedMatrix(matrix: Matrix): Omit<MatrixTotals, 'rows'> {
  const businessVm: (Exact | null)[] = [];
  const businessVu: (Exact | null)[] = [];
  const itVm: (Exact | null)[] = [];
  const itVu: (Exact | null)[] = [];
  for (const row of matrix.rows) {
    push(row.businessVm, businessVm);
    push(row.businessVu, businessVu);
    push(row.itVm, itVm);
    push(row.itVu, itVu);
  }
  return totalsOfColumns({
    businessVm: sumKnown(businessVm),
    businessVu: sumKnown(businessVu),
    itVm: sumKnown(itVm),
    itVu: sumKnown(itVu),
  });
}

/** Adds a cell's value (null for unknown) to a column; an empty cell to none. */
function push(cell: MatrixCell, column: (Exact | null)[]): void {
  const value = cellForSum(cell);
  if (value !== undefined) column.push(value);
}

/** Adds a cell's value (null for unknown) to its row and its column; an empty cell to none. */
function collect(cell: MatrixCell, row: (Exact | null)[], column: (Exact | null)[]): void {
  const value = cellForSum(cell);
  if (value === undefined) return;
  row.push(value);
  column.push(value);
}

/**
 * Sums the cells of a matrix that match a selection (activity, activity type, side); what a
 * sentence such as "cirka 12 årsarbeten för vidmakthållande" refers to.
 *
 * @example
 * ```ts
 * import { matrixSchema, selectSum } from '@styrkit/pm3';
 * const m = matrixSchema.parse({ unit: 'fte', rows: [{ activity: 'a', businessVm: '1,0', itVm: '0,5', itVu: 2 }] });
 * selectSum(m, { activityType: 'vm' }).known.toString(); // '1.5'
 * ```
 */
export function selectSum(
  matrix: Matrix,
  selection: {
    readonly activity?: string | undefined;
    readonly activityType?: ActivityType | undefined;
    readonly side?: Side | undefined;
  },
): PartialSum {
  const { activity, activityType, side } = selection;
  const values: (Exact | null)[] = [];
  for (const row of matrix.rows) {
    if (activity !== undefined && row.activity !== activity) continue;
    for (const column of MATRIX_COLUMNS) {
      const info = MATRIX_COLUMN_INFO[column];
      if (activityType !== undefined && info.activityType !== activityType) continue;
      if (side !== undefined && info.side !== side) continue;
      const value = cellForSum(row[column]);
      if (value !== undefined) values.push(value);
    }
  }
  return sumKnown(values);
}

/**
 * Share of VM and VU in the grand total, in percent with 2 decimals rounded half-up.
 * `undefined` when any cell is unknown or the total is zero: a share of a partly unknown
 * total would be a guess.
 *
 * @example
 * ```ts
 * import { activityTypeShares, matrixSchema } from '@styrkit/pm3';
 * const m = matrixSchema.parse({ unit: 'kkr', rows: [{ activity: 'a', businessVm: 3, businessVu: 1 }] });
 * activityTypeShares(m)?.vm.toString(); // '75'
 * ```
 */
export function activityTypeShares(
  matrix: Matrix,
): { readonly vm: Exact; readonly vu: Exact } | undefined {
  const totals = matrixTotals(matrix);
  if (totals.grand.unknownCount > 0) return undefined;
  const options = { decimals: 2, mode: 'half-up' } as const;
  const vm = percentShare(totals.byActivityType.vm.known, totals.grand.known, options);
  const vu = percentShare(totals.byActivityType.vu.known, totals.grand.known, options);
  return vm === undefined || vu === undefined ? undefined : { vm, vu };
}

/**
 * Cost per årsarbete (budget unit per FTE) for each main activity present in both matrices and
 * for the whole plan, rounded to 1 decimal half-up. Left out where either side is unknown or
 * the FTE is zero.
 *
 * @example
 * ```ts
 * import { costPerFte, matrixSchema } from '@styrkit/pm3';
 * const budget = matrixSchema.parse({ unit: 'kkr', rows: [{ activity: 'a', businessVm: 1500 }] });
 * const fte = matrixSchema.parse({ unit: 'fte', rows: [{ activity: 'a', businessVm: '1,5' }] });
 * costPerFte(budget, fte).total?.toString(); // '1000'
 * ```
 */
export function costPerFte(
  budget: Matrix,
  fte: Matrix,
): { readonly byActivity: ReadonlyMap<string, Exact>; readonly total?: Exact } {
  const ratio = (cost: PartialSum, people: PartialSum): Exact | undefined =>
    cost.unknownCount > 0 || people.unknownCount > 0 || people.known.isZero()
      ? undefined
      : cost.known.dividedBy(people.known).round(1, 'half-up');
  const byActivity = new Map<string, Exact>();
  for (const row of budget.rows) {
    const people = fte.rows.find((r) => r.activity === row.activity);
    if (people === undefined) continue;
    const value = ratio(sumCells(rowCells(row)), sumCells(rowCells(people)));
    if (value !== undefined) byActivity.set(row.activity, value);
  }
  const total = ratio(matrixTotals(budget).grand, matrixTotals(fte).grand);
  return total === undefined ? { byActivity } : { byActivity, total };
}
