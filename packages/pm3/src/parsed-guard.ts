import { isExact, notExact, notList, requireParsed } from '@styrkit/core';
import type { BudgetFollowUp, Forvaltningsobjekt, Matrix, Objektplan } from './model.js';

// Probes of the fields the pm3 parsers fill or convert (issue 15): omitted lists become [],
// numbers and number text become exact amounts or 'empty'/'unknown'. They read the first row
// of a matrix and one field per initiative, so a calculation pays a few property reads.

function cellProblem(cell: unknown, path: string): string | undefined {
  if (isExact(cell) || cell === 'empty' || cell === 'unknown') return undefined;
  return notExact(cell, path)?.replace(
    'not an exact amount',
    "not an amount, 'empty' or 'unknown'",
  );
}

/** A stated figure: exact, null (unknown) or absent after parsing; a number or text is raw. */
function maybeExactProblem(value: unknown, path: string): string | undefined {
  return value === null || value === undefined ? undefined : notExact(value, path);
}

function matrixProblem(matrix: Matrix | undefined, path: string): string | undefined {
  if (matrix === undefined) return undefined;
  const rows = notList(matrix.rows, `${path}.rows`);
  if (rows !== undefined) return rows;
  const row = matrix.rows[0];
  if (row === undefined) return undefined;
  const at = `${path}.rows.0`;
  return (
    cellProblem(row.businessVm, `${at}.businessVm`) ??
    cellProblem(row.businessVu, `${at}.businessVu`) ??
    cellProblem(row.itVm, `${at}.itVm`) ??
    cellProblem(row.itVu, `${at}.itVu`) ??
    maybeExactProblem(row.statedTotal, `${at}.statedTotal`)
  );
}

// The fast path: the same checks as booleans, with no path text built. Calculations such as
// rollUpPortfolio run in microseconds per plan; messages are worded only for a failure.
const isList = Array.isArray;
const isCell = (c: unknown): boolean => c === 'empty' || c === 'unknown' || isExact(c);
const isMaybeExact = (v: unknown): boolean => v === null || v === undefined || isExact(v);

function matrixOk(matrix: Matrix | undefined): boolean {
  if (matrix === undefined) return true;
  if (!isList(matrix.rows)) return false;
  const row = matrix.rows[0];
  return (
    row === undefined ||
    (isCell(row.businessVm) &&
      isCell(row.businessVu) &&
      isCell(row.itVm) &&
      isCell(row.itVu) &&
      isMaybeExact(row.statedTotal))
  );
}

function planOk(plan: Objektplan): boolean {
  if (
    !isList(plan.committeeGoals) ||
    !isList(plan.planGoals) ||
    !isList(plan.goalLinks) ||
    !isList(plan.statedFigures) ||
    !isList(plan.costBreakdowns) ||
    !isList(plan.initiatives) ||
    !isList(plan.roles)
  )
    return false;
  for (const i of plan.initiatives) {
    if (!isList(i.effectTypes) || !isList(i.perspectives) || !isList(i.links)) return false;
  }
  return matrixOk(plan.budget) && matrixOk(plan.fte);
}

function planProblem(plan: Objektplan): string | undefined {
  if (planOk(plan)) return undefined;
  const lists =
    notList(plan.committeeGoals, 'committeeGoals') ??
    notList(plan.planGoals, 'planGoals') ??
    notList(plan.goalLinks, 'goalLinks') ??
    notList(plan.statedFigures, 'statedFigures') ??
    notList(plan.costBreakdowns, 'costBreakdowns') ??
    notList(plan.initiatives, 'initiatives') ??
    notList(plan.roles, 'roles');
  if (lists !== undefined) return lists;
  for (const [i, initiative] of plan.initiatives.entries()) {
    const problem =
      notList(initiative.effectTypes, `initiatives.${i}.effectTypes`) ??
      notList(initiative.perspectives, `initiatives.${i}.perspectives`) ??
      notList(initiative.links, `initiatives.${i}.links`);
    if (problem !== undefined) return problem;
  }
  return matrixProblem(plan.budget, 'budget') ?? matrixProblem(plan.fte, 'fte');
}

/** @internal Throws a clear TypeError when `plan` is not what parseObjektplan returns. */
export function requireObjektplan(plan: Objektplan, calculation: string): void {
  requireParsed(plan, planProblem, calculation, 'parseObjektplan');
}

/** @internal Throws a clear TypeError when `matrix` is not a parsed plan's matrix. */
export function requireMatrix(matrix: Matrix, calculation: string): void {
  requireParsed(
    matrix,
    (m) => (matrixOk(m) ? undefined : matrixProblem(m, 'matrix')),
    calculation,
    'parseObjektplan',
  );
}

/** @internal Throws a clear TypeError when `object` is not what parseForvaltningsobjekt returns. */
export function requireForvaltningsobjekt(object: Forvaltningsobjekt, calculation: string): void {
  requireParsed(
    object,
    (o) =>
      notList(o.committees, 'committees') ??
      notList(o.plans, 'plans') ??
      notList(o.components, 'components'),
    calculation,
    'parseForvaltningsobjekt',
  );
}

/** @internal Throws a clear TypeError when `followUp` is not what parseBudgetFollowUp returns. */
export function requireBudgetFollowUp(followUp: BudgetFollowUp, calculation: string): void {
  requireParsed(
    followUp,
    (f) =>
      notExact(f.roundingTolerance, 'roundingTolerance') ??
      notList(f.statements, 'statements') ??
      notList(f.roundedFigures, 'roundedFigures'),
    calculation,
    'parseBudgetFollowUp',
  );
}
