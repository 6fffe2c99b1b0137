import { describe, expect, it } from 'vitest';
import { parseProject, parseTimeReports } from '../index.js';

describe('parsing', () => {
  it('accepts Swedish number text and keeps amounts exact', () => {
    const r = parseProject({
      id: 'p',
      name: 'P',
      owner: 'K',
      statedTotalEligibleCost: '5 549 825',
      phases: [{ phase: 'implementation', start: '2022-03-01', end: '2023-03-31' }],
      flatRates: [{ option: 'indirect-25-direct', percent: '18,5' }],
    });
    expect(r.ok && r.value.statedTotalEligibleCost?.toString()).toBe('5549825');
    expect(r.ok && r.value.flatRates[0]?.percent.toString()).toBe('18.5');
  });

  it('reports every problem with its path, never throws', () => {
    const r = parseProject({
      id: 'p',
      phases: [{ phase: 'implementation', start: '2022-02-30', end: '2022-01-01' }],
      budgetLines: [{ id: 'x', label: 'X', category: 'staff', phase: 'analysis' }],
      statedTotalEligibleCost: '?',
    });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.error.map((f) => f.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'owner',
        'phases.0.start',
        'budgetLines.0',
        'statedTotalEligibleCost',
      ]),
    );
    expect(r.ok ? [] : r.error.map((f) => f.code)).toSatisfy((codes: string[]) =>
      codes.every((c) => c === 'esf/invalid-input'),
    );
  });

  it('rejects fractional hours: time is reported in whole hours, rounded down', () => {
    const r = parseTimeReports({
      projectId: 'p',
      participants: [{ id: 'A', gender: 'woman', employment: 'permanent' }],
      reports: [
        {
          participant: 'A',
          month: '2022-13',
          phase: 'implementation',
          activity: 'x',
          hours: 7.5,
          signed: true,
        },
      ],
    });
    expect(r.ok).toBe(false);
    const found = r.ok ? [] : r.error.map((f) => [f.path.join('.'), f.message.sv]);
    expect(found).toContainEqual([
      'reports.0.hours',
      'reports[0].hours: hela timmar från 0 till 744 (en månad), avrundat nedåt',
    ]);
    expect(found.map(([p]) => p)).toContain('reports.0.month');
  });

  it('treats "?" as unknown, never as 0: a required amount that is unknown is rejected', () => {
    const r = parseProject({
      id: 'p',
      name: 'P',
      owner: 'K',
      phases: [{ phase: 'implementation', start: '2022-03-01', end: '2023-03-31' }],
      cofinancing: [{ id: 'c', label: 'K', sector: 'public', form: 'cash', amount: '?' }],
    });
    expect(r.ok).toBe(false);
  });
});
