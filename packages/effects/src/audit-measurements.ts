import { isWithin, type DateRange, type Path } from '@styrkit/core';
import { effectsCodes, type EffectsFinding } from './codes.js';
import type { Goal, Measurement } from './model.js';

/** The period a goal's measurements belong to: its own period, else baseline → target date. */
function goalPeriod(goal: Goal): DateRange | undefined {
  if (goal.period !== undefined) return goal.period;
  const start = goal.baseline?.date;
  const end = goal.target?.date;
  if (start !== undefined && end !== undefined && start <= end) return { start, end };
  return undefined;
}

/**
 * Audits measurements against the goals they report on: unknown goals, goals without an
 * indicator, units that differ from the indicator's, and dates outside the goal's period
 * (its stated period, or baseline date to target date).
 *
 * @example
 * ```ts
 * import { auditMeasurementList, goalSchema, measurementSchema } from '@styrkit/effects';
 * const goal = goalSchema.parse({
 *   id: 'g', level: 'effect-goal', title: 'Tid',
 *   indicator: { name: 'Tid', unit: 'dagar', direction: 'decrease' },
 * });
 * const m = measurementSchema.parse({ goalId: 'g', date: '2024-01-01', value: 5, unit: 'timmar' });
 * auditMeasurementList([m], [goal]).map((f) => f.code); // ['effects/measurement-unit-mismatch']
 * ```
 */
export function auditMeasurementList(
  measurements: readonly Measurement[],
  goals: readonly Goal[],
  basePath: Path = ['measurements'],
): EffectsFinding[] {
  const findings: EffectsFinding[] = [];
  const byId = new Map(goals.map((g) => [g.id, g]));
  const periods = new Map<string, DateRange | undefined>();
  for (const [i, m] of measurements.entries()) {
    const path = [...basePath, i];
    const goal = byId.get(m.goalId);
    if (goal === undefined) {
      findings.push(
        effectsCodes.create('effects/measurement-unknown-goal', {
          path: [...path, 'goalId'],
          data: { goalId: m.goalId },
          actual: m.goalId,
        }),
      );
      continue;
    }
    if (goal.indicator === undefined) {
      findings.push(
        effectsCodes.create('effects/measurement-without-indicator', {
          path,
          data: { title: goal.title },
        }),
      );
    } else if (goal.indicator.unit !== m.unit) {
      findings.push(
        effectsCodes.create('effects/measurement-unit-mismatch', {
          path: [...path, 'unit'],
          data: { unit: m.unit, indicatorUnit: goal.indicator.unit },
          expected: goal.indicator.unit,
          actual: m.unit,
        }),
      );
    }
    if (!periods.has(goal.id)) periods.set(goal.id, goalPeriod(goal));
    const period = periods.get(goal.id);
    if (period !== undefined && !isWithin(m.date, period)) {
      findings.push(
        effectsCodes.create('effects/measurement-outside-period', {
          path: [...path, 'date'],
          data: { date: m.date, start: period.start, end: period.end },
          expected: `${period.start}..${period.end}`,
          actual: m.date,
        }),
      );
    }
  }
  return findings;
}
