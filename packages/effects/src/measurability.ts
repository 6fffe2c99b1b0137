import type { LocalizedText } from '@styrkit/core';
import type { Goal } from './model.js';

/**
 * What a goal needs before it can be measured and followed up.
 *
 * @example
 * ```ts
 * import type { MeasurabilityField } from '@styrkit/effects';
 * const f: MeasurabilityField = 'target-date';
 * ```
 */
export type MeasurabilityField = 'indicator' | 'baseline' | 'target' | 'target-date' | 'owner';

/**
 * Swedish and English names of the measurability fields, for messages and tables.
 *
 * @example
 * ```ts
 * import { MEASURABILITY_LABELS } from '@styrkit/effects';
 * MEASURABILITY_LABELS.baseline.sv; // 'utgångsvärde'
 * ```
 */
export const MEASURABILITY_LABELS: Readonly<Record<MeasurabilityField, LocalizedText>> = {
  indicator: { sv: 'indikator', en: 'indicator' },
  baseline: { sv: 'utgångsvärde', en: 'baseline' },
  target: { sv: 'målvärde', en: 'target' },
  'target-date': { sv: 'måldatum', en: 'target date' },
  owner: { sv: 'ägare', en: 'owner' },
};

/**
 * Exactly which of indicator, baseline, target, target date and owner a goal lacks, in that
 * order. An empty list means the goal is measurable.
 *
 * @example
 * ```ts
 * import { goalSchema, missingForMeasurability } from '@styrkit/effects';
 * const goal = goalSchema.parse({ id: 'g', level: 'effect-goal', title: 'Kortare väntetid' });
 * missingForMeasurability(goal); // ['indicator', 'baseline', 'target', 'target-date', 'owner']
 * ```
 */
export function missingForMeasurability(goal: Goal): MeasurabilityField[] {
  const missing: MeasurabilityField[] = [];
  if (goal.indicator === undefined) missing.push('indicator');
  if (goal.baseline === undefined) missing.push('baseline');
  if (goal.target === undefined) missing.push('target');
  if (goal.target?.date === undefined) missing.push('target-date');
  if (goal.owner === undefined) missing.push('owner');
  return missing;
}
