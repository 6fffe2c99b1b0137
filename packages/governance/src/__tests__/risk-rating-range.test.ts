// Regression: a risk's probability and consequence were any integers. Past the scale they are an
// out-of-scale finding, but 999 999 999 × 999 999 999 is no safe integer, and the risk check
// and tables threw on it. Ratings are read within ±1 000 and a stated score within ±1 000 000.
import { describe, expect, it } from 'vitest';
import { parseRiskRegister } from '../parse-registers.js';
import { governancePlugin } from '../plugin.js';

const scale = { probability: { max: 5 }, consequence: { max: 5 } };

function register(risk: Record<string, number>) {
  return {
    name: 'Risker',
    scale,
    risks: [{ id: 'r', title: 'Leverantören hinner inte', ...risk }],
  };
}

describe('the range of a risk rating', () => {
  it('refuses 999 999 999 with a finding at the field', () => {
    const r = parseRiskRegister(register({ probability: 999_999_999, consequence: 999_999_999 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((f) => [f.code, f.path.join('.'), f.expected])).toEqual([
      ['governance/invalid-input', 'risks.0.probability', '<= 1000'],
      ['governance/invalid-input', 'risks.0.consequence', '<= 1000'],
    ]);
  });

  it('still reads a rating past the scale, for the check to report', () => {
    const r = parseRiskRegister(
      register({ probability: 1_000, consequence: 1_000, statedScore: 1_000_000 }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ctx = { locale: 'sv' as const, documents: () => [] };
    const check = governancePlugin.checks.find((c) => c.id === 'governance/risk-audit');
    expect(check?.run(r.value, ctx).map((f) => f.code)).toContain('governance/risk-out-of-scale');
    const tables = governancePlugin.tables.find((t) => t.id === 'governance/risk-tables');
    expect(tables?.render(r.value, ctx)).toHaveLength(2);
  });
});
