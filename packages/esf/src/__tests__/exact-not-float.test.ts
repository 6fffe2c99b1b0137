// Amounts and hours are exact: no figure the package passes to Exact is a float computed with
// JS arithmetic (core's Exact.of refuses one), and the results hold where floats would not.
import { describe, expect, it } from 'vitest';
import { hoursVsPlan, projectSchema, timeReportsSchema, wholeHours } from '../index.js';

describe('wholeHours reads its figure exactly', () => {
  it('text just below a whole hour stays below it: 7.99999999999999999 is 7, never 8', () => {
    const raw = '7.99999999999999999';
    // A float reading rounds the text up to 8 before flooring.
    expect(Math.floor(Number(raw))).toBe(8);
    expect(wholeHours(raw)).toBe(7);
  });

  it('a JS number is the literal a data file wrote, and does not throw', () => {
    expect(wholeHours(7.9)).toBe(7);
    expect(wholeHours(8)).toBe(8);
  });
});

describe('hoursVsPlan sums the planned hours exactly', () => {
  it('eleven plans of 900 000 000 000 001 hours add up past 2^53 without losing an hour', () => {
    const sources = Array.from({ length: 11 }, (_, i) => ({
      id: `t${String(i)}`,
      label: 'Time',
      sector: 'public',
      form: 'in-kind',
      amount: '1000',
      participantTime: { plannedHours: '900000000000001' },
    }));
    const project = projectSchema.parse({
      id: 'p',
      name: 'P',
      owner: 'K',
      phases: [{ phase: 'implementation', start: '2025-04-01', end: '2025-04-30' }],
      cofinancing: sources,
    });
    const reports = timeReportsSchema.parse({
      projectId: 'p',
      participants: [{ id: 'a', gender: 'woman', employment: 'permanent' }],
      reports: [
        {
          participant: 'a',
          month: '2025-04',
          phase: 'implementation',
          activity: 'x',
          hours: 744,
          signed: true,
        },
      ],
    });
    // As JS numbers the sum is off (9 900 000 000 000 011 is odd and above 2^53), and
    // Exact.of refuses it; summed exactly, the share is computed.
    expect(Number.isSafeInteger(900000000000001 * 11)).toBe(false);
    const plan = hoursVsPlan(project, reports);
    // 744 / 9 900 000 000 000 011 × 100 is 7.5e-12 %: 0.00 at two decimals, computed exactly.
    expect(plan.percentOfPlan?.toString()).toBe('0');
    expect(plan.reported).toBe(744);
  });
});
