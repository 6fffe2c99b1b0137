/**
 * The styrkit host plugin of @styrkit/effects: document kinds `effects/goal-tree`,
 * `effects/effect-plan`, `effects/measurements` and `effects/backlog`, their checks and tables.
 *
 * @packageDocumentation
 */
import packageJson from '../package.json' with { type: 'json' };
import {
  defineCheck,
  defineKind,
  definePlugin,
  defineTable,
  type PluginContext,
  type StyrkitPlugin,
} from '@styrkit/plugin';
import { auditEffectPlan, auditGoalTree, auditMeasurements } from './audit.js';
import { auditBacklog } from './audit-backlog.js';
import { effectsLabels as L } from './labels.js';
import {
  backlogSchema,
  effectPlanSchema,
  goalTreeSchema,
  measurementsSchema,
  type Backlog,
  type EffectPlan,
  type Goal,
  type GoalTree,
  type Measurements,
} from './model.js';
import { cashFlowLinesTable, cashFlowTable, scenarioComparisonTable } from './cashflow-tables.js';
import { parseBacklog, parseEffectPlan, parseGoalTree, parseMeasurements } from './parse.js';
import { readGoalTree, readEffectPlan, readMeasurements, readBacklog } from './read.js';
import {
  backlogTable,
  goalMatrixTable,
  goalStatusTable,
  effectInitiativesTable,
  measurabilityTable,
} from './tables.js';

const goalTreeKind = defineKind<GoalTree>({
  name: 'effects/goal-tree',
  title: L.kindGoalTree,
  schema: goalTreeSchema,
  schemaVersion: 1,
  parse: parseGoalTree,
  parsePartial: readGoalTree,
});

const effectPlanKind = defineKind<EffectPlan>({
  name: 'effects/effect-plan',
  title: L.kindEffectPlan,
  schema: effectPlanSchema,
  schemaVersion: 1,
  parse: parseEffectPlan,
  parsePartial: readEffectPlan,
});

const measurementsKind = defineKind<Measurements>({
  name: 'effects/measurements',
  title: L.kindMeasurements,
  schema: measurementsSchema,
  schemaVersion: 1,
  parse: parseMeasurements,
  parsePartial: readMeasurements,
});

const backlogKind = defineKind<Backlog>({
  name: 'effects/backlog',
  title: L.kindBacklog,
  schema: backlogSchema,
  schemaVersion: 1,
  parse: parseBacklog,
  parsePartial: readBacklog,
});

/** Goals of the stored goal trees and effect plans, optionally only the one named `planId`. */
function storedGoals(context: PluginContext, planId: string | undefined): Goal[] {
  const goals: Goal[] = [];
  for (const kind of [goalTreeKind, effectPlanKind]) {
    for (const stored of context.documents(kind.name)) {
      if (planId !== undefined && stored.id !== planId) continue;
      // Stored documents were validated on save; a failing one contributes no goals.
      const parsed = kind.schema.safeParse(stored.document);
      if (parsed.success) goals.push(...parsed.data.goals);
    }
  }
  return goals;
}

/**
 * The effects plugin for the styrkit host.
 *
 * @example
 * ```ts
 * import { effectsPlugin } from '@styrkit/effects/plugin';
 * effectsPlugin.kinds.map((k) => k.name);
 * // ['effects/goal-tree', 'effects/effect-plan', 'effects/measurements', 'effects/backlog']
 * ```
 */
export const effectsPlugin: StyrkitPlugin = definePlugin({
  manifest: {
    name: 'effects',
    version: packageJson.version,
    hostRange: '^0.1.0',
    title: L.pluginTitle,
    description: L.pluginDescription,
  },
  kinds: [goalTreeKind, effectPlanKind, measurementsKind, backlogKind],
  checks: [
    defineCheck(goalTreeKind, {
      id: 'effects/goal-tree-audit',
      title: L.checkGoalTree,
      run: (tree) => auditGoalTree(tree),
    }),
    defineCheck(effectPlanKind, {
      id: 'effects/effect-plan-audit',
      title: L.checkEffectPlan,
      run: (plan) => auditEffectPlan(plan),
    }),
    defineCheck(measurementsKind, {
      id: 'effects/measurements-audit',
      title: L.checkMeasurements,
      run: (doc, context) => auditMeasurements(doc, storedGoals(context, doc.planId)),
    }),
    defineCheck(backlogKind, {
      id: 'effects/backlog-audit',
      title: L.checkBacklog,
      run: (backlog) => auditBacklog(backlog),
    }),
  ],
  tables: [
    defineTable(goalTreeKind, {
      id: 'effects/goal-tree-tables',
      title: L.viewGoalTree,
      render: (tree) => [
        goalStatusTable(tree.goals, [], tree.asOf === undefined ? {} : { asOf: tree.asOf }),
        measurabilityTable(tree.goals),
        goalMatrixTable(tree.goals),
      ],
    }),
    defineTable(effectPlanKind, {
      id: 'effects/effect-plan-tables',
      title: L.viewEffectPlan,
      render: (plan) => [
        goalStatusTable(
          plan.goals,
          plan.measurements,
          plan.asOf === undefined ? {} : { asOf: plan.asOf },
        ),
        measurabilityTable(plan.goals),
        effectInitiativesTable(plan),
        ...(plan.cashFlow === undefined ? [] : [cashFlowTable(plan.cashFlow)]),
        ...(plan.cashFlow === undefined || plan.cashFlow.lines.length === 0
          ? []
          : [cashFlowLinesTable(plan.cashFlow)]),
        ...(plan.scenarios.length === 0 ? [] : [scenarioComparisonTable(plan)]),
        ...plan.scenarios.flatMap((s) => [
          cashFlowTable(s.cashFlow),
          ...(s.cashFlow.lines.length === 0 ? [] : [cashFlowLinesTable(s.cashFlow)]),
        ]),
      ],
    }),
    defineTable(backlogKind, {
      id: 'effects/backlog-ranking',
      title: L.viewBacklog,
      render: (backlog) => [backlogTable(backlog)],
    }),
  ],
});

export default effectsPlugin;
