import { auditCashFlow } from './audit-cashflow.js';
import { analyseCashFlow, type CashFlowAnalysis } from './cashflow.js';
import { effectsCodes, type EffectsFinding } from './codes.js';
import type { EffectPlan, Scenario } from './model.js';
import { requireScenarios } from './parsed-guard.js';

/**
 * One scenario of a comparison: its analysis (net, cumulative, payback, NPV), exactly what
 * {@link analyseCashFlow} gives for its cash flow alone, and whether the plan chose it.
 *
 * @example
 * ```ts
 * import type { ScenarioComparison } from '@styrkit/effects';
 * const c: ScenarioComparison | undefined = undefined;
 * ```
 */
export interface ScenarioComparison {
  readonly id: string;
  readonly title: string;
  readonly chosen: boolean;
  readonly unit: Scenario['cashFlow']['unit'];
  readonly analysis: CashFlowAnalysis;
}

/**
 * Compares the scenarios of a plan side by side, in the plan's order.
 *
 * @example
 * ```ts
 * import { compareScenarios, effectPlanSchema } from '@styrkit/effects';
 * const plan = effectPlanSchema.parse({
 *   title: 'P',
 *   chosenScenario: 'b',
 *   scenarios: [
 *     { id: 'a', title: 'A', cashFlow: { years: [{ year: 2024, cost: '10', benefit: '4' }, { year: 2025, cost: '0', benefit: '4' }] } },
 *     { id: 'b', title: 'B', cashFlow: { years: [{ year: 2024, cost: '10', benefit: '6' }, { year: 2025, cost: '0', benefit: '6' }] } },
 *   ],
 * });
 * compareScenarios(plan).map((c) => [c.id, c.analysis.totalNet.toString(), c.chosen]);
 * // [['a', '-2', false], ['b', '2', true]]
 * ```
 */
export function compareScenarios(
  plan: Pick<EffectPlan, 'scenarios' | 'chosenScenario'>,
): ScenarioComparison[] {
  requireScenarios(plan, 'compareScenarios');
  return plan.scenarios.map((s) => ({
    id: s.id,
    title: s.title,
    chosen: s.id === plan.chosenScenario,
    unit: s.cashFlow.unit,
    analysis: analyseCashFlow(s.cashFlow),
  }));
}

/**
 * Audits the scenarios of a plan: each scenario's cash flow (sums, payback claims, discount
 * rate), duplicate scenario ids, a chosen scenario that does not exist, and several scenarios
 * with none chosen.
 *
 * @example
 * ```ts
 * import { auditScenarios, effectPlanSchema } from '@styrkit/effects';
 * const plan = effectPlanSchema.parse({ title: 'P', chosenScenario: 'x', scenarios: [] });
 * auditScenarios(plan).map((f) => f.code); // ['effects/unknown-reference']
 * ```
 */
export function auditScenarios(plan: EffectPlan): EffectsFinding[] {
  requireScenarios(plan, 'auditScenarios');
  const findings: EffectsFinding[] = [];
  const seen = new Set<string>();
  plan.scenarios.forEach((s, i) => {
    if (seen.has(s.id)) {
      findings.push(
        effectsCodes.create('effects/duplicate-id', {
          path: ['scenarios', i, 'id'],
          data: { id: s.id, list: 'scenarios' },
          actual: s.id,
        }),
      );
    }
    seen.add(s.id);
    findings.push(...auditCashFlow(s.cashFlow, ['scenarios', i, 'cashFlow']));
  });
  if (plan.chosenScenario !== undefined && !seen.has(plan.chosenScenario)) {
    findings.push(
      effectsCodes.create('effects/unknown-reference', {
        path: ['chosenScenario'],
        data: { id: plan.chosenScenario, target: 'scenario', chosen: true },
        expected: [...seen].join(', '),
        actual: plan.chosenScenario,
      }),
    );
  }
  if (plan.chosenScenario === undefined && plan.scenarios.length > 1) {
    findings.push(
      effectsCodes.create('effects/scenario-not-chosen', {
        path: ['chosenScenario'],
        data: { count: plan.scenarios.length },
      }),
    );
  }
  return findings;
}
