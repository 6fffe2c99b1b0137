import { parseKeepingValid, type PartialReading } from '@styrkit/plugin';
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

// Best-effort readers, the plugin kinds' `parsePartial`: a field of the wrong type is left out
// and reported, so the kind's checks still run on the rest (issue 16: checks that do not hide
// each other). The strict parse* functions are unchanged.
const code = 'effects/invalid-input';

/**
 * Reads an effect plan as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readEffectPlan } from '@styrkit/effects';
 * readEffectPlan({ title: 'Effektplan', goals: [{ id: 'g', level: 'effect-goal', title: 'Mål', owner: 7 }] }).value?.goals.length; // 1
 * ```
 */
export function readEffectPlan(input: unknown): PartialReading<EffectPlan> {
  return parseKeepingValid(effectPlanSchema, input, { code });
}

/**
 * Reads a goal tree as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readGoalTree } from '@styrkit/effects';
 * readGoalTree('text').value; // undefined
 * ```
 */
export function readGoalTree(input: unknown): PartialReading<GoalTree> {
  return parseKeepingValid(goalTreeSchema, input, { code });
}

/**
 * Reads measurements as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readMeasurements } from '@styrkit/effects';
 * readMeasurements('text').value; // undefined
 * ```
 */
export function readMeasurements(input: unknown): PartialReading<Measurements> {
  return parseKeepingValid(measurementsSchema, input, { code });
}

/**
 * Reads a backlog as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readBacklog } from '@styrkit/effects';
 * readBacklog('text').value; // undefined
 * ```
 */
export function readBacklog(input: unknown): PartialReading<Backlog> {
  return parseKeepingValid(backlogSchema, input, { code });
}
