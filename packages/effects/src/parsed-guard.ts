import { isExact, notExact, notList, notOfType, requireParsed } from '@styrkit/core';
import type {
  Backlog,
  CashFlow,
  EffectInitiative,
  EffectPlan,
  Goal,
  GoalTree,
  Measurement,
  Measurements,
} from './model.js';

// Probes of the fields the effects parsers fill or convert (issue 15): omitted lists become [],
// omitted flags and units their defaults, values exact. Goals, initiatives and backlog items
// are few, so each is probed; measurements, which may be many, only the first.

// Fast paths: the same checks as booleans, with no path text built (evaluateStatuses runs in
// microseconds); messages are worded only for a failure.
const isList = Array.isArray;
const isMaybeExact = (v: unknown): boolean => v === null || v === undefined || isExact(v);

function goalOk(g: Goal): boolean {
  return (
    isList(g.parents) &&
    isList(g.initiatives) &&
    isList(g.effectTypes) &&
    typeof g.polarity === 'string' &&
    isList(g.milestones) &&
    isList(g.assessments)
  );
}

function initiativeOk(i: EffectInitiative): boolean {
  return (
    typeof i.strategic === 'boolean' &&
    typeof i.mandatory === 'boolean' &&
    isList(i.effectTypes) &&
    isList(i.perspectives) &&
    isList(i.goals)
  );
}

function cashFlowOk(flow: CashFlow): boolean {
  if (
    typeof flow.unit !== 'string' ||
    !isList(flow.years) ||
    !isList(flow.lines) ||
    !(flow.discountRate === undefined || isExact(flow.discountRate))
  )
    return false;
  const y = flow.years[0];
  return (
    y === undefined || (isMaybeExact(y.cost) && isMaybeExact(y.benefit) && isMaybeExact(y.net))
  );
}

function goalProblem(g: Goal, at: string): string | undefined {
  return (
    notList(g.parents, `${at}.parents`) ??
    notList(g.initiatives, `${at}.initiatives`) ??
    notList(g.effectTypes, `${at}.effectTypes`) ??
    notOfType(g.polarity, `${at}.polarity`, 'string') ??
    notList(g.milestones, `${at}.milestones`) ??
    notList(g.assessments, `${at}.assessments`)
  );
}

function goalsProblem(goals: readonly Goal[], path: string): string | undefined {
  const list = notList(goals, path);
  if (list !== undefined) return list;
  for (const [i, g] of goals.entries()) {
    if (goalOk(g)) continue;
    const problem = goalProblem(g, `${path}.${i}`);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function measurementsProblem(list: readonly Measurement[], path: string): string | undefined {
  const problem = notList(list, path);
  if (problem !== undefined) return problem;
  const first = list[0];
  if (first === undefined || isExact(first.value)) return undefined;
  return notExact(first.value, `${path}.0.value`);
}

function initiativeProblem(i: EffectInitiative, at: string): string | undefined {
  return (
    notOfType(i.strategic, `${at}.strategic`, 'boolean') ??
    notOfType(i.mandatory, `${at}.mandatory`, 'boolean') ??
    notList(i.effectTypes, `${at}.effectTypes`) ??
    notList(i.perspectives, `${at}.perspectives`) ??
    notList(i.goals, `${at}.goals`)
  );
}

function cashFlowProblem(flow: CashFlow, path: string): string | undefined {
  if (cashFlowOk(flow)) return undefined;
  const shape =
    notOfType(flow.unit, `${path}.unit`, 'string') ??
    notList(flow.years, `${path}.years`) ??
    notList(flow.lines, `${path}.lines`) ??
    notExact(flow.discountRate, `${path}.discountRate`, true);
  if (shape !== undefined) return shape;
  const year = flow.years[0];
  if (year === undefined) return undefined;
  const maybe = (v: unknown, p: string): string | undefined =>
    v === null || v === undefined ? undefined : notExact(v, p);
  return (
    maybe(year.cost, `${path}.years.0.cost`) ??
    maybe(year.benefit, `${path}.years.0.benefit`) ??
    maybe(year.net, `${path}.years.0.net`)
  );
}

function planProblem(plan: EffectPlan): string | undefined {
  const shape =
    goalsProblem(plan.goals, 'goals') ??
    notList(plan.initiatives, 'initiatives') ??
    notList(plan.roles, 'roles') ??
    notList(plan.responsibilities, 'responsibilities') ??
    notList(plan.scenarios, 'scenarios') ??
    measurementsProblem(plan.measurements, 'measurements');
  if (shape !== undefined) return shape;
  for (const [i, initiative] of plan.initiatives.entries()) {
    if (initiativeOk(initiative)) continue;
    const problem = initiativeProblem(initiative, `initiatives.${i}`);
    if (problem !== undefined) return problem;
  }
  for (const [i, s] of plan.scenarios.entries()) {
    if (cashFlowOk(s.cashFlow)) continue;
    const problem = cashFlowProblem(s.cashFlow, `scenarios.${i}.cashFlow`);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function backlogProblem(b: Backlog): string | undefined {
  const shape =
    notList(b.criteria, 'criteria') ??
    notList(b.dimensions, 'dimensions') ??
    notList(b.items, 'items');
  if (shape !== undefined) return shape;
  for (const [i, d] of b.dimensions.entries()) {
    if (isList(d.values)) continue;
    const problem = notList(d.values, `dimensions.${i}.values`);
    if (problem !== undefined) return problem;
  }
  for (const [i, c] of b.criteria.entries()) {
    if ((c.weight === undefined || isExact(c.weight)) && typeof c.source === 'string') continue;
    const problem =
      notExact(c.weight, `criteria.${i}.weight`, true) ??
      notOfType(c.source, `criteria.${i}.source`, 'string');
    if (problem !== undefined) return problem;
  }
  for (const [i, item] of b.items.entries()) {
    if (
      typeof item.mandatory === 'boolean' &&
      typeof item.scores === 'object' &&
      isList(item.dependsOn) &&
      typeof item.dimensions === 'object'
    )
      continue;
    const at = `items.${i}`;
    const problem =
      notOfType(item.mandatory, `${at}.mandatory`, 'boolean') ??
      notOfType(item.scores, `${at}.scores`, 'object') ??
      notList(item.dependsOn, `${at}.dependsOn`) ??
      notOfType(item.dimensions, `${at}.dimensions`, 'object');
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** @internal Throws a clear TypeError when `plan` is not what parseEffectPlan returns. */
export function requireEffectPlan(plan: EffectPlan, calculation: string): void {
  requireParsed(plan, planProblem, calculation, 'parseEffectPlan');
}

/** @internal Throws a clear TypeError when `tree` is not what parseGoalTree returns. */
export function requireGoalTree(tree: GoalTree, calculation: string): void {
  requireParsed(tree, (t) => goalsProblem(t.goals, 'goals'), calculation, 'parseGoalTree');
}

/** @internal Throws a clear TypeError when `goals` are not a parsed plan's or tree's goals. */
export function requireGoals(goals: readonly Goal[], calculation: string): void {
  requireParsed(goals, (g) => goalsProblem(g, 'goals'), calculation, 'parseEffectPlan');
}

/** @internal Throws a clear TypeError when `list` is not parsed measurements. */
export function requireMeasurementList(list: readonly Measurement[], calculation: string): void {
  requireParsed(
    list,
    (l) => measurementsProblem(l, 'measurements'),
    calculation,
    'parseMeasurements',
  );
}

/** @internal Throws a clear TypeError when `doc` is not what parseMeasurements returns. */
export function requireMeasurements(doc: Measurements, calculation: string): void {
  requireParsed(
    doc,
    (d) => measurementsProblem(d.measurements, 'measurements'),
    calculation,
    'parseMeasurements',
  );
}

/** @internal Throws a clear TypeError when `backlog` is not what parseBacklog returns. */
export function requireBacklog(backlog: Backlog, calculation: string): void {
  requireParsed(backlog, backlogProblem, calculation, 'parseBacklog');
}

/** @internal Throws a clear TypeError when `flow` is not a parsed plan's cash flow. */
export function requireCashFlow(flow: CashFlow, calculation: string): void {
  requireParsed(flow, (f) => cashFlowProblem(f, 'cashFlow'), calculation, 'parseEffectPlan');
}

/** @internal Throws a clear TypeError when a plan's scenarios are not parsed. */
export function requireScenarios(plan: Pick<EffectPlan, 'scenarios'>, calculation: string): void {
  requireParsed(
    plan,
    (p) => {
      const list = notList(p.scenarios, 'scenarios');
      if (list !== undefined) return list;
      for (const [i, s] of p.scenarios.entries()) {
        if (cashFlowOk(s.cashFlow)) continue;
        const problem = cashFlowProblem(s.cashFlow, `scenarios.${i}.cashFlow`);
        if (problem !== undefined) return problem;
      }
      return undefined;
    },
    calculation,
    'parseEffectPlan',
  );
}
