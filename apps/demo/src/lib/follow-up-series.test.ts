import { describe, expect, it } from 'vitest';
import { monthlySeries, type StoredFollowUp } from './follow-up-series.js';

// docs/examples/sala-san-2023-06/budget-follow-up.yaml:66-76 (seed sala-san-kallelse-2023-06-15.txt
// :40-42): through May, nettokostnad period budget −62 352, outcome −72 074, deviation −9 722
// in the income-positive convention.
const may: StoredFollowUp = {
  id: 'sala-san-2023-05',
  title: 'Periodresultat och prognos t.o.m. maj 2023',
  organisation: 'SAN',
  year: 2023,
  months: 5,
  unit: 'tkr',
  statements: [
    {
      id: 'period-result',
      title: 'Periodresultat t.o.m. maj',
      convention: 'income-positive',
      basis: 'period',
      rows: [
        { id: 'nettokostnad', label: 'Nettokostnad', periodBudget: -62352, periodOutcome: -72074 },
      ],
    },
  ],
};

describe('monthly follow-up series', () => {
  it('puts each period document at its month in both sign conventions', () => {
    const s = monthlySeries([may], 'period-result', 'nettokostnad');
    expect(s).toHaveLength(12);
    const m5 = s[4];
    expect(m5?.source).toBe('sala-san-2023-05');
    expect(m5?.incomePositive.budget?.toString()).toBe('-62352');
    expect(m5?.incomePositive.deviation?.toString()).toBe('-9722');
    expect(m5?.incomeNegative.budget?.toString()).toBe('62352');
    expect(m5?.incomeNegative.outcome?.toString()).toBe('72074');
    expect(m5?.incomeNegative.deviation?.toString()).toBe('-9722');
    expect(s[0]?.incomePositive.budget).toBeUndefined();
  });

  it('fills months without a document with the linear period budget of the annual budget', () => {
    // Annual budget 149 646 (income negative, seed :75): five months give 62 352,5 (DOMAIN §6).
    const withAnnual: StoredFollowUp = {
      ...may,
      months: 3,
      statements: [
        {
          id: 'p',
          title: 'P',
          convention: 'income-negative',
          basis: 'period',
          rows: [
            {
              id: 'r',
              label: 'R',
              annualBudget: '149646',
              periodBudget: '37411.5',
              periodOutcome: '40000',
            },
          ],
        },
      ],
    };
    const s = monthlySeries([withAnnual], 'p', 'r');
    expect(s[4]?.source).toBeUndefined();
    expect(s[4]?.incomeNegative.budget?.toString()).toBe('62352.5');
    expect(s[4]?.incomePositive.budget?.toString()).toBe('-62352.5');
    expect(s[4]?.incomePositive.outcome).toBeUndefined();
    expect(s[2]?.incomeNegative.deviation?.toString()).toBe('-2588.5');
    expect(s[11]?.incomeNegative.budget?.toString()).toBe('149646');
  });
});
