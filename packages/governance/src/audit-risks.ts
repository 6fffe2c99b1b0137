import type { Finding } from '@styrkit/core';
import { governanceCodes } from './codes.js';
import { duplicateIds } from './references.js';
import type { RiskAxis, RiskRegister } from './risk-model.js';
import { riskScore } from './risks.js';
import { checkStatedCounts } from './stated-counts.js';
import { requireRiskRegister } from './parsed-guard.js';

const axisNames = {
  probability: { sv: 'sannolikhet', en: 'probability' },
  consequence: { sv: 'konsekvens', en: 'consequence' },
} as const;

/**
 * Audits a risk register: risks without an assessment (probability or consequence missing),
 * values outside the stated scale, a stated score that is not probability × consequence, open
 * risks without an owner or without a measure (accepted and closed risks need none), duplicate
 * ids and the counts the text states.
 *
 * @example
 * ```ts
 * import { auditRiskRegister, parseRiskRegister } from '@styrkit/governance';
 * const r = parseRiskRegister({
 *   name: 'Risker', scale: { probability: { max: 4 }, consequence: { max: 4 } },
 *   risks: [{ id: 'r1', title: 'Förseningar', probability: 3, consequence: 4, statedScore: 7, owner: 'pl', measures: [{ text: 'Tidsbuffert' }] }],
 * });
 * r.ok && auditRiskRegister(r.value).map((f) => f.code); // ['governance/risk-score-mismatch']
 * ```
 */
export function auditRiskRegister(register: RiskRegister): Finding[] {
  requireRiskRegister(register, 'auditRiskRegister');
  const findings: Finding[] = [...duplicateIds(register.risks, ['risks'])];
  register.risks.forEach((risk, i) => {
    const at = ['risks', i];
    const missing = (['probability', 'consequence'] as const).filter((k) => risk[k] === undefined);
    if (missing.length > 0) {
      findings.push(
        governanceCodes.create('governance/risk-not-assessed', {
          path: [...at, missing[0] ?? 'probability'],
          data: { title: risk.title, axes: missing.map((k) => axisNames[k]) },
          expected: 'bedömning / assessment',
          actual: missing.join(', '),
        }),
      );
    }
    for (const k of ['probability', 'consequence'] as const) {
      const v = risk[k];
      const axis: RiskAxis = register.scale[k];
      if (v === undefined || (v >= axis.min && v <= axis.max)) continue;
      findings.push(
        governanceCodes.create('governance/risk-out-of-scale', {
          path: [...at, k],
          data: { title: risk.title, k: axisNames[k], v, min: axis.min, max: axis.max },
          expected: `${axis.min}–${axis.max}`,
          actual: v,
        }),
      );
    }
    const score = riskScore(risk);
    if (risk.statedScore !== undefined && score !== null && score !== risk.statedScore) {
      findings.push(
        governanceCodes.create('governance/risk-score-mismatch', {
          path: [...at, 'statedScore'],
          data: {
            title: risk.title,
            statedScore: risk.statedScore,
            // Both are known here: a score was computed from them.
            probability: risk.probability ?? '–',
            consequence: risk.consequence ?? '–',
            score,
          },
          expected: score,
          actual: risk.statedScore,
        }),
      );
    }
    const settled = risk.status === 'accepted' || risk.status === 'closed';
    if (!settled && risk.owner === undefined) {
      findings.push(
        governanceCodes.create('governance/risk-without-owner', {
          path: [...at, 'owner'],
          data: { title: risk.title },
        }),
      );
    }
    if (!settled && risk.measures.length === 0) {
      findings.push(
        governanceCodes.create('governance/risk-without-measure', {
          path: [...at, 'measures'],
          data: { title: risk.title },
        }),
      );
    }
  });
  findings.push(...checkStatedCounts(register.statedCounts, { risks: register.risks.length }));
  return findings;
}
