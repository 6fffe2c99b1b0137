import type { Risk, RiskScale } from './risk-model.js';

/**
 * A risk's score: probability × consequence, or `null` when either is not assessed.
 *
 * @example
 * ```ts
 * import { riskScore } from '@styrkit/governance';
 * riskScore({ probability: 3, consequence: 4 }); // 12
 * riskScore({ probability: 3 }); // null
 * ```
 */
export function riskScore(risk: Pick<Risk, 'probability' | 'consequence'>): number | null {
  if (risk.probability === undefined || risk.consequence === undefined) return null;
  return risk.probability * risk.consequence;
}

/**
 * The level label of a score on the scale (the last level whose `from` the score reaches), or
 * `undefined` when the scale names no levels or the score is unknown.
 *
 * @example
 * ```ts
 * import { riskLevel } from '@styrkit/governance';
 * const scale = { probability: { min: 1, max: 4 }, consequence: { min: 1, max: 4 }, levels: [{ from: 1, label: 'Låg' }, { from: 6, label: 'Medel' }, { from: 9, label: 'Hög' }] };
 * riskLevel(12, scale); // 'Hög'
 * ```
 */
export function riskLevel(score: number | null, scale: RiskScale): string | undefined {
  if (score === null || scale.levels === undefined) return undefined;
  let label: string | undefined;
  for (const level of [...scale.levels].sort((a, b) => a.from - b.from)) {
    if (score >= level.from) label = level.label;
  }
  return label;
}
