import { notExact, notList, notOfType, requireParsed } from '@styrkit/core';
import type { Call, ChangeRequest, FinalReport, Project, TimeReports } from './model.js';

// Probes of the fields the ESF parsers fill or convert (issue 15): omitted lists become [],
// omitted flags false, amounts exact. They read document-level fields and the first line or
// source, never the rows of a time register (which may hold millions).

function projectProblem(p: Project): string | undefined {
  const shape =
    notOfType(p.stateAid, 'stateAid', 'boolean') ??
    notList(p.budgetLines, 'budgetLines') ??
    notList(p.flatRates, 'flatRates') ??
    notList(p.cofinancing, 'cofinancing');
  if (shape !== undefined) return shape;
  const line = p.budgetLines[0];
  const source = p.cofinancing[0];
  return (
    (line === undefined ? undefined : notExact(line.amount, 'budgetLines.0.amount', true)) ??
    (source === undefined ? undefined : notExact(source.amount, 'cofinancing.0.amount', true))
  );
}

function callProblem(c: Call): string | undefined {
  return (
    notExact(c.requiredCofinancingPercent, 'requiredCofinancingPercent') ??
    notList(c.flatRates, 'flatRates') ??
    notList(c.reportingPeriods, 'reportingPeriods')
  );
}

function timeReportsProblem(t: TimeReports): string | undefined {
  return (
    notOfType(t.synthetic, 'synthetic', 'boolean') ??
    notList(t.participants, 'participants') ??
    notList(t.ratesByEmployment, 'ratesByEmployment') ??
    notList(t.reports, 'reports')
  );
}

function finalReportProblem(r: FinalReport): string | undefined {
  const f = r.figures;
  return (
    notOfType(f, 'figures', 'object') ??
    notList(r.tables, 'tables') ??
    notExact(f.totalFinancing, 'figures.totalFinancing', true) ??
    notExact(f.cofinancing, 'figures.cofinancing', true) ??
    notExact(f.grantPercent, 'figures.grantPercent', true) ??
    notExact(f.cofinancingPercent, 'figures.cofinancingPercent', true)
  );
}

function changeRequestProblem(c: ChangeRequest): string | undefined {
  const moves = notList(c.moves, 'moves');
  if (moves !== undefined) return moves;
  const first = c.moves[0];
  if (first === undefined) return undefined;
  return notExact(first.amount, 'moves.0.amount');
}

/** @internal Throws a clear TypeError when `project` is not what parseProject returns. */
export function requireProject(project: Project, calculation: string): void {
  requireParsed(project, projectProblem, calculation, 'parseProject');
}

/** @internal Throws a clear TypeError when `call` is given and is not what parseCall returns. */
export function requireCall(call: Call | undefined, calculation: string): void {
  if (call !== undefined) requireParsed(call, callProblem, calculation, 'parseCall');
}

/** @internal Throws a clear TypeError when `t` is given and is not what parseTimeReports returns. */
export function requireTimeReports(t: TimeReports | undefined, calculation: string): void {
  if (t !== undefined) requireParsed(t, timeReportsProblem, calculation, 'parseTimeReports');
}

/** @internal Throws a clear TypeError when `report` is not what parseFinalReport returns. */
export function requireFinalReport(report: FinalReport, calculation: string): void {
  requireParsed(report, finalReportProblem, calculation, 'parseFinalReport');
}

/** @internal Throws a clear TypeError when a request is not what parseChangeRequest returns. */
export function requireChangeRequests(
  requests: readonly ChangeRequest[],
  calculation: string,
): void {
  for (const r of requests)
    requireParsed(r, changeRequestProblem, calculation, 'parseChangeRequest');
}
