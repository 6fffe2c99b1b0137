// Regression: a line's amounts were keyed by any four digits, 0000–9999. 10 000 years of one
// line made the discounting multiply a power of the rate 10 000 times, its digits growing every
// year: 13 s of processor time for the check and 26 s for the tables of one benefits
// calculation. The years are now those of a cash-flow year, 1900–2200, and one finding a line.
import { describe, expect, it } from 'vitest';
import { cashFlowSchema } from '../index.js';
import { parseEffectPlan } from '../parse.js';

function line(amounts: Record<string, string>) {
  return { id: 'lic', heading: 'cost', title: 'Licenser', amounts };
}

describe('the years of a cash-flow line', () => {
  it('keeps 1900 … 2200', () => {
    const r = cashFlowSchema.safeParse({ lines: [line({ '1900': '1', '2200': '1' })] });
    expect(r.success).toBe(true);
  });

  // '1000' is the first key: a key with a leading zero is no array index, so comes last.
  it('gives one finding for a line of 10 000 years, at a year outside', () => {
    const amounts: Record<string, string> = {};
    for (let y = 0; y < 10_000; y += 1) amounts[String(y).padStart(4, '0')] = '1';
    const r = parseEffectPlan({
      title: 'Nyttokalkyl',
      cashFlow: { discountRate: '4', lines: [line(amounts)] },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const years = r.error.filter((f) => f.path.includes('amounts'));
    expect(years).toEqual([
      expect.objectContaining({
        code: 'effects/invalid-input',
        path: ['cashFlow', 'lines', 0, 'amounts', '1000'],
        expected: '1900–2200',
      }),
    ]);
    expect(years[0]?.message.sv).toContain('året 1000 ligger utanför 1900–2200');
    expect(years[0]?.message.en).toContain('the year 1000 is outside 1900–2200');
  });
});
