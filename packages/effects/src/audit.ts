import type { Path } from '@styrkit/core';
import type { EffectsFinding } from './codes.js';
import { auditGoals, duplicateIdFindings } from './audit-goals.js';
import { auditMeasurementList } from './audit-measurements.js';
import { auditCashFlow } from './audit-cashflow.js';
import { auditChain, auditInitiatives, auditResponsibilities } from './audit-plan.js';
import { auditScenarios } from './scenarios.js';
import type { EffectPlan, Goal, GoalTree, Measurements } from './model.js';
import { documentVocabulary, type Vocabulary } from './vocabulary.js';
import {
  requireEffectPlan,
  requireGoals,
  requireGoalTree,
  requireMeasurements,
} from './parsed-guard.js';

/**
 * Options of the audits: the classification vocabulary to check words against.
 *
 * @example
 * ```ts
 * import { DEFAULT_VOCABULARY, type EffectAuditOptions } from '@styrkit/effects';
 * const o: EffectAuditOptions = { vocabulary: { ...DEFAULT_VOCABULARY, timesToEffect: ['1 år', '3 år'] } };
 * ```
 */
export interface EffectAuditOptions {
  /** Allowed classification words; defaults to {@link DEFAULT_VOCABULARY}. A document's own `vocabulary` lists replace the matching lists. */
  readonly vocabulary?: Vocabulary;
}

/**
 * Audits a goal tree (`effects/goal-tree`): every goal rule of {@link auditGoals}.
 *
 * @example
 * ```ts
 * import { auditGoalTree, goalTreeSchema } from '@styrkit/effects';
 * const tree = goalTreeSchema.parse({
 *   title: 'Mål',
 *   goals: [{ id: 'v', level: 'vision', title: 'Vision' }, { id: 'o', level: 'objective', title: 'O', parents: ['x'] }],
 * });
 * auditGoalTree(tree)[0]?.code; // 'effects/unknown-reference'
 * ```
 */
export function auditGoalTree(tree: GoalTree, options: EffectAuditOptions = {}): EffectsFinding[] {
  requireGoalTree(tree, 'auditGoalTree');
  return auditGoals(tree.goals, {
    vocabulary: documentVocabulary(tree.vocabulary, options.vocabulary),
  });
}

/**
 * Audits an effect plan (`effects/effect-plan`): goals (measurability, ownership, links,
 * direction, dates), initiatives (strategic ones without committee goal or effect goal, unknown
 * costs, classification), the effect chain (unknown ends, cycles), the benefits calculation
 * (year gaps, payback claims), responsibilities (exactly one owner) and the plan's own
 * measurements. Ids of goals, initiatives and chain nodes share one namespace.
 *
 * @example
 * ```ts
 * import { auditEffectPlan, effectPlanSchema } from '@styrkit/effects';
 * const plan = effectPlanSchema.parse({
 *   title: 'P',
 *   cashFlow: { claimedPaybackYear: 2024, years: [{ year: 2024, cost: '5', benefit: '1' }] },
 * });
 * auditEffectPlan(plan).map((f) => f.code); // ['effects/payback-claim-mismatch']
 * ```
 */
export function auditEffectPlan(
  plan: EffectPlan,
  options: EffectAuditOptions = {},
): EffectsFinding[] {
  requireEffectPlan(plan, 'auditEffectPlan');
  const vocabulary = documentVocabulary(plan.vocabulary, options.vocabulary);
  const findings = auditGoals(plan.goals, { vocabulary });
  // Goals, initiatives and chain nodes share one id namespace. Goal duplicates were reported
  // by auditGoals, so only each goal id's first use enters this check.
  const goalIds = new Set(plan.goals.map((g) => g.id));
  const namespace: { id: string; path: Path }[] = [
    ...[...goalIds].map((id) => ({ id, path: ['goals'] as Path })),
    ...plan.initiatives.map((x, i) => ({ id: x.id, path: ['initiatives', i, 'id'] })),
    ...(plan.chain?.nodes ?? []).map((x, i) => ({ id: x.id, path: ['chain', 'nodes', i, 'id'] })),
  ];
  findings.push(
    ...duplicateIdFindings(namespace),
    ...duplicateIdFindings(plan.roles.map((r, i) => ({ id: r.id, path: ['roles', i, 'id'] }))),
    ...auditInitiatives(plan, vocabulary),
  );
  if (plan.chain !== undefined) {
    const known = new Set([...goalIds, ...plan.initiatives.map((i) => i.id)]);
    findings.push(...auditChain(plan.chain, known));
  }
  if (plan.cashFlow !== undefined) findings.push(...auditCashFlow(plan.cashFlow));
  findings.push(...auditScenarios(plan));
  findings.push(...auditResponsibilities(plan));
  findings.push(...auditMeasurementList(plan.measurements, plan.goals));
  return findings;
}

/**
 * Audits a measurements document (`effects/measurements`) against the goals it reports on.
 *
 * @example
 * ```ts
 * import { auditMeasurements, measurementsSchema } from '@styrkit/effects';
 * const doc = measurementsSchema.parse({
 *   measurements: [{ goalId: 'x', date: '2024-01-01', value: 1, unit: 'st' }],
 * });
 * auditMeasurements(doc, [])[0]?.code; // 'effects/measurement-unknown-goal'
 * ```
 */
export function auditMeasurements(doc: Measurements, goals: readonly Goal[]): EffectsFinding[] {
  requireMeasurements(doc, 'auditMeasurements');
  requireGoals(goals, 'auditMeasurements');
  return auditMeasurementList(doc.measurements, goals);
}
