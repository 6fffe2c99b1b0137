import { safeParseWith, type Finding, type Result } from '@styrkit/core';
import {
  backlogSchema,
  effectPlanSchema,
  goalTreeSchema,
  measurementsSchema,
  type Backlog,
  type EffectPlan,
  type GoalTree,
  type Measurements,
} from './model.js';

const CODE = 'effects/invalid-input';

/**
 * Reads an effect plan from unknown input (parsed JSON or YAML). Never throws: every problem
 * comes back as a finding with its path.
 *
 * @example
 * ```ts
 * import { parseEffectPlan } from '@styrkit/effects';
 * const r = parseEffectPlan({ title: 'Effektplan', goals: [{ id: 'g', level: 'x', title: 'M' }] });
 * // The level is not a known level:
 * r.ok; // false
 * ```
 */
export function parseEffectPlan(input: unknown): Result<EffectPlan, Finding[]> {
  return safeParseWith(effectPlanSchema, input, { code: CODE });
}

/**
 * Reads a goal tree from unknown input. Never throws.
 *
 * @example
 * ```ts
 * import { parseGoalTree } from '@styrkit/effects';
 * parseGoalTree({ title: 'Mål', goals: [] }).ok; // true
 * ```
 */
export function parseGoalTree(input: unknown): Result<GoalTree, Finding[]> {
  return safeParseWith(goalTreeSchema, input, { code: CODE });
}

/**
 * Reads a measurements document from unknown input. Never throws.
 *
 * @example
 * ```ts
 * import { parseMeasurements } from '@styrkit/effects';
 * parseMeasurements({ measurements: [{ goalId: 'g', date: '2024-02-30', value: 1, unit: 'st' }] }).ok; // false
 * ```
 */
export function parseMeasurements(input: unknown): Result<Measurements, Finding[]> {
  return safeParseWith(measurementsSchema, input, { code: CODE });
}

/**
 * Reads a backlog from unknown input. Never throws.
 *
 * @example
 * ```ts
 * import { parseBacklog } from '@styrkit/effects';
 * parseBacklog({ title: 'B', method: 'ordered' }).ok; // true
 * ```
 */
export function parseBacklog(input: unknown): Result<Backlog, Finding[]> {
  return safeParseWith(backlogSchema, input, { code: CODE });
}
