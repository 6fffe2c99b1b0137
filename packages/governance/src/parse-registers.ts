import { safeParseWith } from '@styrkit/core';
import type { Finding, Result } from '@styrkit/core';
import { milestonePlanSchema, type MilestonePlan } from './milestone-model.js';
import { riskRegisterSchema, type RiskRegister } from './risk-model.js';

const code = 'governance/invalid-input';

/**
 * Reads a risk register. Never throws: schema problems come back as findings with their paths
 * (a value outside the scale is left to the audit, which says which scale).
 *
 * @example
 * ```ts
 * import { parseRiskRegister } from '@styrkit/governance';
 * parseRiskRegister({ name: 'R', scale: { probability: { max: 4 }, consequence: { max: 4 } }, risks: [] }).ok; // true
 * // The scale is missing:
 * parseRiskRegister({ name: 'R', risks: [] }).ok; // false
 * ```
 */
export function parseRiskRegister(input: unknown): Result<RiskRegister, Finding[]> {
  return safeParseWith(riskRegisterSchema, input, { code });
}

/**
 * Reads a milestone plan (milestones and gates with planned and decided dates). Never throws.
 *
 * @example
 * ```ts
 * import { parseMilestonePlan } from '@styrkit/governance';
 * parseMilestonePlan({ name: 'T', milestones: [{ id: 'm', title: 'M', planned: '2025-02-30' }] }).ok; // false
 * ```
 */
export function parseMilestonePlan(input: unknown): Result<MilestonePlan, Finding[]> {
  return safeParseWith(milestonePlanSchema, input, { code });
}
