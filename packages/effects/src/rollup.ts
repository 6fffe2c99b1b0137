import type { Goal } from './model.js';
import { GOAL_STATUSES, type GoalStatus } from './status.js';
import { requireGoals } from './parsed-guard.js';

/**
 * Status counts of a set of goals and the overall status: the worst status present
 * (missed, behind, not measurable, not started, on track, achieved, in that order).
 *
 * @example
 * ```ts
 * import type { StatusRollUp } from '@styrkit/effects';
 * const r: StatusRollUp = {
 *   total: 0,
 *   counts: { 'not-started': 0, 'on-track': 0, behind: 0, achieved: 0, missed: 0, 'not-measurable': 0 },
 * };
 * ```
 */
export interface StatusRollUp {
  /** Number of goals counted. */
  readonly total: number;
  /** Goals per status. */
  readonly counts: Readonly<Record<GoalStatus, number>>;
  /** The worst status present; absent when there are no goals. */
  readonly overall?: GoalStatus;
}

/**
 * Rolls statuses up: counts per status and the worst one as the overall status, so a
 * portfolio with one missed goal never reads as on track.
 *
 * @example
 * ```ts
 * import { rollUpStatuses } from '@styrkit/effects';
 * rollUpStatuses(['achieved', 'behind', 'on-track']).overall; // 'behind'
 * ```
 */
export function rollUpStatuses(statuses: Iterable<GoalStatus>): StatusRollUp {
  const counts: Record<GoalStatus, number> = {
    'not-started': 0,
    'on-track': 0,
    behind: 0,
    achieved: 0,
    missed: 0,
    'not-measurable': 0,
  };
  let total = 0;
  for (const s of statuses) {
    counts[s] += 1;
    total += 1;
  }
  const overall = GOAL_STATUSES.find((s) => counts[s] > 0);
  return overall === undefined ? { total, counts } : { total, counts, overall };
}

/**
 * Rolls effect-goal statuses up a goal tree: for every goal, the roll-up of the effect goals at
 * or below it (following `parents` links downwards; a goal reached twice counts once).
 *
 * @example
 * ```ts
 * import { goalSchema, rollUpGoalTree } from '@styrkit/effects';
 * const goals = [
 *   goalSchema.parse({ id: 'v', level: 'vision', title: 'Vision' }),
 *   goalSchema.parse({ id: 'e', level: 'effect-goal', title: 'Effekt', parents: ['v'] }),
 * ];
 * rollUpGoalTree(goals, new Map([['e', 'achieved']])).get('v')?.overall; // 'achieved'
 * ```
 */
export function rollUpGoalTree(
  goals: readonly Goal[],
  statusById: ReadonlyMap<string, GoalStatus | { status: GoalStatus }>,
): Map<string, StatusRollUp> {
  requireGoals(goals, 'rollUpGoalTree');
  const children = new Map<string, string[]>();
  for (const g of goals) {
    for (const p of g.parents) {
      const list = children.get(p);
      if (list === undefined) children.set(p, [g.id]);
      else list.push(g.id);
    }
  }
  const byId = new Map(goals.map((g) => [g.id, g]));
  const result = new Map<string, StatusRollUp>();
  for (const goal of goals) {
    const seen = new Set<string>();
    const todo = [goal.id];
    const statuses: GoalStatus[] = [];
    while (todo.length > 0) {
      const id = todo.pop();
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      const entry = statusById.get(id);
      if (byId.get(id)?.level === 'effect-goal' && entry !== undefined) {
        statuses.push(typeof entry === 'string' ? entry : entry.status);
      }
      todo.push(...(children.get(id) ?? []));
    }
    result.set(goal.id, rollUpStatuses(statuses));
  }
  return result;
}
