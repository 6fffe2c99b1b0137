// Regression: the discount rate was any number. The discounting multiplies a power of
// 1 + rate once a year, its digits growing by the rate's every year: a rate of 30 000 digits
// took the check 37 s and the tables 78 s of processor time; −100 % made the factor 0 and the
// check threw on a division by zero. A rate is a percent 0–100 with at most 6 decimals.
import { describe, expect, it } from 'vitest';
import { cashFlowSchema } from '../index.js';

const years = [{ year: 2025, cost: '100', benefit: '0' }];

function rateFindings(discountRate: string) {
  const r = cashFlowSchema.safeParse({ discountRate, years });
  return r.success
    ? []
    : r.error.issues.map((i) => ({ path: i.path, params: 'params' in i ? i.params : undefined }));
}

describe('the discount rate', () => {
  it.each(['0', '3,5', '4', '100', '3.123456'])('takes %s', (rate) => {
    expect(rateFindings(rate)).toEqual([]);
  });

  it.each(['-100', '-0.5', '100.000001', '3.1234567'])('refuses %s with a finding', (rate) => {
    expect(rateFindings(rate)).toEqual([
      {
        path: ['discountRate'],
        params: expect.objectContaining({
          sv: 'Kalkylräntan ska vara en procentsats 0–100 med högst 6 decimaler',
          expected: '0–100, <= 6 decimals',
        }) as unknown,
      },
    ]);
  });

  it('refuses a rate of 30 000 digits where it is read (core reads at most 100 digits)', () => {
    const found = rateFindings('9'.repeat(30_000));
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toEqual(['discountRate']);
  });
});
