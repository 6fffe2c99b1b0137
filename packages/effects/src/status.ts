import type { Exact, IsoDate, LocalizedText } from '@styrkit/core';
import { missingForMeasurability } from './measurability.js';
import { statusReason } from './messages.js';
import type { Goal, Measurement } from './model.js';
import { expectedValueAt, isAtLeastAsGood, progressToTarget } from './path.js';
import { requireGoals, requireMeasurementList } from './parsed-guard.js';

/**
 * Follow-up status of a goal: ej påbörjat, enligt plan, efter plan, uppnått, ej uppnått,
 * ej mätbart.
 *
 * @example
 * ```ts
 * import type { GoalStatus } from '@styrkit/effects';
 * const s: GoalStatus = 'on-track';
 * ```
 */
export type GoalStatus =
  'not-started' | 'on-track' | 'behind' | 'achieved' | 'missed' | 'not-measurable';

/**
 * The statuses from worst to best: roll-ups report the worst status they contain.
 *
 * @example
 * ```ts
 * import { GOAL_STATUSES } from '@styrkit/effects';
 * GOAL_STATUSES[0]; // 'missed'
 * ```
 */
export const GOAL_STATUSES: readonly GoalStatus[] = [
  'missed',
  'behind',
  'not-measurable',
  'not-started',
  'on-track',
  'achieved',
];

/**
 * Swedish and English labels of the statuses.
 *
 * @example
 * ```ts
 * import { STATUS_LABELS } from '@styrkit/effects';
 * STATUS_LABELS.behind.sv; // 'efter plan'
 * ```
 */
export const STATUS_LABELS: Readonly<Record<GoalStatus, LocalizedText>> = {
  'not-started': { sv: 'ej påbörjat', en: 'not started' },
  'on-track': { sv: 'enligt plan', en: 'on track' },
  behind: { sv: 'efter plan', en: 'behind' },
  achieved: { sv: 'uppnått', en: 'achieved' },
  missed: { sv: 'ej uppnått', en: 'missed' },
  'not-measurable': { sv: 'ej mätbart', en: 'not measurable' },
};

/**
 * A goal's status with the reason, and the figures behind it when numeric: the latest usable
 * measurement, progress toward the target in percent and the value expected on the path at the
 * measurement's date (both unrounded).
 *
 * @example
 * ```ts
 * import type { StatusResult } from '@styrkit/effects';
 * const r: StatusResult = { status: 'not-started', reason: { sv: 'Ingen mätning', en: 'No measurement' } };
 * ```
 */
export interface StatusResult {
  /** The status. */
  readonly status: GoalStatus;
  /** Why, in Swedish and English. */
  readonly reason: LocalizedText;
  /** The latest measurement used (same unit as the indicator, not after the reporting date). */
  readonly latest?: Measurement;
  /** Progress from baseline to target, percent, unrounded. */
  readonly progress?: Exact;
  /** The planned value at the latest measurement's date, unrounded. */
  readonly expected?: Exact;
}

/**
 * Evaluates a goal's status at a reporting date from its own measurements (other goals'
 * measurements are ignored). Numeric goals compare the latest measurement with the target and
 * with the straight-line path; goals without numbers use their latest qualitative assessment
 * (met → achieved, partly met → behind, not met → missed); otherwise the goal is not
 * measurable and the reason names what is missing. Without `asOf` nothing counts as overdue.
 *
 * @example
 * ```ts
 * import { evaluateGoalStatus, goalSchema, measurementSchema } from '@styrkit/effects';
 * const goal = goalSchema.parse({
 *   id: 'g', level: 'effect-goal', title: 'Väntetid',
 *   indicator: { name: 'Väntetid', unit: 'dagar', direction: 'decrease' },
 *   baseline: { value: '40', date: '2024-01-01' }, target: { value: '20', date: '2024-12-31' },
 * });
 * const m = measurementSchema.parse({ goalId: 'g', date: '2024-07-01', value: '25', unit: 'dagar' });
 * evaluateGoalStatus(goal, [m], { asOf: '2024-07-31' }).status; // 'on-track'
 * ```
 */
export function evaluateGoalStatus(
  goal: Goal,
  measurements: readonly Measurement[],
  options: { asOf?: IsoDate } = {},
): StatusResult {
  const { asOf } = options;
  const { indicator, baseline, target } = goal;
  if (indicator !== undefined && baseline !== undefined && target?.date !== undefined) {
    let latest: Measurement | undefined;
    for (const m of measurements) {
      if (m.goalId !== goal.id || m.unit !== indicator.unit) continue;
      if (asOf !== undefined && m.date > asOf) continue;
      if (latest === undefined || m.date >= latest.date) latest = m;
    }
    const overdue = asOf !== undefined && asOf > target.date;
    if (latest === undefined) {
      return overdue
        ? {
            status: 'missed',
            reason: statusReason({ kind: 'overdue-unmeasured', targetDate: target.date }),
          }
        : { status: 'not-started', reason: statusReason({ kind: 'no-measurement' }) };
    }
    const progress = progressToTarget(goal, latest.value);
    const figures = { latest, ...(progress === undefined ? {} : { progress }) };
    if (isAtLeastAsGood(latest.value, target.value, indicator.direction)) {
      return {
        status: 'achieved',
        reason: statusReason({ kind: 'reached', value: latest.value, target: target.value }),
        ...figures,
      };
    }
    if (overdue) {
      return {
        status: 'missed',
        reason: statusReason({
          kind: 'overdue',
          targetDate: target.date,
          value: latest.value,
          target: target.value,
        }),
        ...figures,
      };
    }
    const expected = expectedValueAt(goal, latest.date) ?? target.value;
    const onTrack = isAtLeastAsGood(latest.value, expected, indicator.direction);
    return {
      status: onTrack ? 'on-track' : 'behind',
      // The planned value is shown to 2 decimals; `expected` keeps it unrounded.
      reason: statusReason({
        kind: onTrack ? 'on-track' : 'behind',
        value: latest.value,
        date: latest.date,
        planned: expected.round(2, 'half-up'),
        direction: indicator.direction,
      }),
      ...figures,
      expected,
    };
  }

  let assessment: Goal['assessments'][number] | undefined;
  for (const a of goal.assessments) {
    if (asOf !== undefined && a.date > asOf) continue;
    if (assessment === undefined || a.date >= assessment.date) assessment = a;
  }
  if (assessment !== undefined) {
    const status: GoalStatus =
      assessment.result === 'met'
        ? 'achieved'
        : assessment.result === 'partly-met'
          ? 'behind'
          : 'missed';
    return {
      status,
      reason: statusReason({ kind: 'assessed', result: assessment.result, date: assessment.date }),
    };
  }

  const missing = missingForMeasurability(goal).filter((f) => f !== 'owner');
  return {
    status: 'not-measurable',
    reason: statusReason({ kind: 'not-measurable', missing }),
  };
}

/**
 * Groups measurements by goal id once, so evaluating thousands of goals stays linear.
 *
 * @example
 * ```ts
 * import { groupMeasurementsByGoal } from '@styrkit/effects';
 * groupMeasurementsByGoal([]).size; // 0
 * ```
 */
export function groupMeasurementsByGoal(
  measurements: readonly Measurement[],
): Map<string, Measurement[]> {
  const byGoal = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const list = byGoal.get(m.goalId);
    if (list === undefined) byGoal.set(m.goalId, [m]);
    else list.push(m);
  }
  return byGoal;
}

/**
 * Evaluates every goal of a list, returning statuses keyed by goal id (in goal order).
 *
 * @example
 * ```ts
 * import { evaluateStatuses, goalSchema } from '@styrkit/effects';
 * const goals = [goalSchema.parse({ id: 'g', level: 'effect-goal', title: 'Mål' })];
 * evaluateStatuses(goals, []).get('g')?.status; // 'not-measurable'
 * ```
 */
export function evaluateStatuses(
  goals: readonly Goal[],
  measurements: readonly Measurement[],
  options: { asOf?: IsoDate } = {},
): Map<string, StatusResult> {
  requireGoals(goals, 'evaluateStatuses');
  requireMeasurementList(measurements, 'evaluateStatuses');
  const byGoal = groupMeasurementsByGoal(measurements);
  const result = new Map<string, StatusResult>();
  for (const goal of goals) {
    result.set(goal.id, evaluateGoalStatus(goal, byGoal.get(goal.id) ?? [], options));
  }
  return result;
}
