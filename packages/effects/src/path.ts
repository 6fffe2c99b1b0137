import { Exact, type IsoDate } from '@styrkit/core';
import { daysBetween } from './days.js';
import type { DatedValue, Direction, Goal } from './model.js';

/**
 * The planned path of a goal: baseline, milestones and target (with its date), sorted by
 * date. Undefined when the goal lacks a baseline, a target or a target date.
 *
 * @example
 * ```ts
 * import { goalSchema, plannedPath } from '@styrkit/effects';
 * const goal = goalSchema.parse({
 *   id: 'g', level: 'effect-goal', title: 'Väntetid',
 *   baseline: { value: '40', date: '2024-01-01' }, target: { value: '20', date: '2025-01-01' },
 * });
 * plannedPath(goal)?.length; // 2
 * ```
 */
export function plannedPath(goal: Goal): DatedValue[] | undefined {
  const { baseline, target } = goal;
  if (baseline === undefined || target?.date === undefined) return undefined;
  const points = [baseline, ...goal.milestones, { value: target.value, date: target.date }];
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The value a goal should have at a date on the straight-line path baseline → milestones →
 * target. Before the baseline it is the baseline, after the target date the target. Exact and
 * unrounded (a day fraction of a step can have many decimals; round when you display it).
 *
 * @example
 * ```ts
 * import { expectedValueAt, goalSchema } from '@styrkit/effects';
 * const goal = goalSchema.parse({
 *   id: 'g', level: 'effect-goal', title: 'Andel digitala ansökningar',
 *   baseline: { value: '0', date: '2024-01-01' }, target: { value: '100', date: '2024-01-11' },
 * });
 * expectedValueAt(goal, '2024-01-06')?.toString(); // '50'
 * ```
 */
export function expectedValueAt(goal: Goal, date: IsoDate): Exact | undefined {
  const points = plannedPath(goal);
  if (points === undefined) return undefined;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return undefined;
  if (date <= first.date) return first.value;
  if (date >= last.date) return last.value;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (a === undefined || b === undefined || date > b.date) continue;
    const span = daysBetween(a.date, b.date);
    if (span === 0) return b.value;
    const fraction = Exact.of(daysBetween(a.date, date)).dividedBy(span);
    return a.value.plus(b.value.minus(a.value).times(fraction));
  }
  return last.value;
}

/**
 * Progress from baseline to target in percent: (value − baseline) ÷ (target − baseline) × 100.
 * Works for both directions (a falling indicator moving down is positive progress). Unrounded;
 * undefined when baseline or target is missing or they are equal.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { goalSchema, progressToTarget } from '@styrkit/effects';
 * const goal = goalSchema.parse({
 *   id: 'g', level: 'effect-goal', title: 'Väntetid',
 *   baseline: { value: '40', date: '2024-01-01' }, target: { value: '20' },
 * });
 * progressToTarget(goal, exact(30))?.toString(); // '50'
 * ```
 */
export function progressToTarget(goal: Goal, value: Exact): Exact | undefined {
  const { baseline, target } = goal;
  if (baseline === undefined || target === undefined) return undefined;
  const span = target.value.minus(baseline.value);
  if (span.isZero()) return undefined;
  return value.minus(baseline.value).times(100).dividedBy(span);
}

/**
 * Whether `value` is at least as good as `reference` for an indicator's direction.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { isAtLeastAsGood } from '@styrkit/effects';
 * isAtLeastAsGood(exact(18), exact(20), 'decrease'); // true
 * ```
 */
export function isAtLeastAsGood(value: Exact, reference: Exact, direction: Direction): boolean {
  return direction === 'increase' ? value.gte(reference) : value.lte(reference);
}
