import { describe, expect, it } from 'vitest';
import { exact, plainCell } from '@styrkit/core';
import { analyseCashFlow, auditCashFlow, cashFlowSchema, cashFlowTable } from '../index.js';

// Worked example, computed by hand (amounts in tkr, discount rate 10 %):
//
//   year  cost  benefit   net   cumulative   discounted net (net / 1.1^t)   cumulative disc.
//   2024  1000      0    -1000     -1000     -1000                           -1000
//   2025   100    500      400      -600       400 / 1.1    = 363.636363…   -636.363636…
//   2026   100    500      400      -200       400 / 1.21   = 330.578512…   -305.785123…
//   2027   100    500      400       200       400 / 1.331  = 300.525920…     -5.259203…
//   2028   100    500      400       600       400 / 1.4641 = 273.205382…    267.946178…
//
// Undiscounted payback: 2027 (first year the cumulative net turns non-negative).
// Discounted payback: 2028. NPV = 267.946178… → 267.95 (2 decimals, half-up). Total net 600.
const flow = cashFlowSchema.parse({
  unit: 'tkr',
  discountRate: '10',
  claimedPaybackYear: 2026,
  claimedDiscountedPaybackYear: 2028,
  years: [
    { year: 2024, cost: '1000', benefit: '0' },
    { year: 2025, cost: '100', benefit: '500' },
    { year: 2026, cost: '100', benefit: '500' },
    { year: 2027, cost: '100', benefit: '500' },
    { year: 2028, cost: '100', benefit: '500' },
  ],
});

describe('benefits calculation (nyttokalkyl)', () => {
  const a = analyseCashFlow(flow);

  it('computes net, cumulative net and the payback years', () => {
    expect(a.rows.map((r) => r.cumulative.toString())).toEqual([
      '-1000',
      '-600',
      '-200',
      '200',
      '600',
    ]);
    expect(a.paybackYear).toBe(2027);
    expect(a.discountedPaybackYear).toBe(2028);
    expect(a.totalNet.toString()).toBe('600');
  });

  it('discounts exactly and rounds only for display', () => {
    expect(a.rows[1]?.discounted?.round(6, 'half-up').toString()).toBe('363.636364');
    expect(a.rows[3]?.cumulativeDiscounted?.round(6, 'half-up').toString()).toBe('-5.259204');
    expect(a.netPresentValue?.round(2, 'half-up').toString()).toBe('267.95');
    expect(a.netPresentValue?.round(6, 'half-up').toString()).toBe('267.946179');
  });

  it('equals the plain net sum at a zero rate', () => {
    const plain = analyseCashFlow(flow, { discountRate: exact(0) });
    expect(plain.netPresentValue?.equals(plain.totalNet)).toBe(true);
    expect(plain.discountedPaybackYear).toBe(plain.paybackYear);
  });

  it('reports a payback claim the cash flow does not support (claimed 2026, computed 2027)', () => {
    const findings = auditCashFlow(flow);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'effects/payback-claim-mismatch',
      severity: 'error',
      path: ['cashFlow', 'claimedPaybackYear'],
      expected: '2027',
      actual: '2026',
    });
  });

  it('has no payback year when the flow never turns positive, and flags gaps in years', () => {
    const never = cashFlowSchema.parse({
      claimedPaybackYear: 2030,
      years: [
        { year: 2024, cost: '10', benefit: '1' },
        { year: 2026, cost: '10', benefit: '1' },
      ],
    });
    expect(analyseCashFlow(never).paybackYear).toBeUndefined();
    const codes = auditCashFlow(never).map((f) => f.code);
    expect(codes).toEqual(['effects/cash-flow-year-gap', 'effects/payback-claim-mismatch']);
  });

  it('renders a table with a total row and payback notes', () => {
    const t = cashFlowTable(flow);
    expect(t.rows).toHaveLength(6);
    expect(plainCell(t.rows.at(-1)?.cells.discounted)).toBe('267.95');
    expect(t.notes?.[0]?.sv).toContain('2027');
  });
});
