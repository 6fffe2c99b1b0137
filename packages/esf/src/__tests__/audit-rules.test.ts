// One test per audit rule: a small document that breaks exactly that rule.
import { describe, expect, it } from 'vitest';
import { Exact } from '@styrkit/core';
import {
  aggregateCofinancingValue,
  aggregateHours,
  auditFinalReport,
  auditProject,
  auditTimeReports,
  callSchema,
  changeRequestSchema,
  esfCodes,
  finalReportSchema,
  projectSchema,
  timeReportsSchema,
} from '../index.js';

const phases = [
  { phase: 'analysis', start: '2025-01-01', end: '2025-02-28' },
  { phase: 'implementation', start: '2025-03-01', end: '2025-12-31' },
  { phase: 'closing', start: '2026-01-01', end: '2026-01-31' },
];
const base = {
  id: 'p',
  name: 'Testprojekt',
  owner: 'Kommunen',
  // State aid keeps the EUR 200 000 simplified-cost rule (tested on its own below) out of the
  // way of the other rules: without an exchange rate it would add an info finding to each.
  stateAid: true,
  phases,
  budgetLines: [
    {
      id: 'pl',
      label: 'Projektledare',
      category: 'staff',
      phase: 'implementation',
      amount: 600000,
    },
    {
      id: 'tid',
      label: 'Deltagartid',
      category: 'participant-costs',
      phase: 'implementation',
      amount: 400000,
      inKindSourceId: 'dt',
    },
  ],
  cofinancing: [
    {
      id: 'dt',
      label: 'Deltagartid',
      sector: 'public',
      form: 'in-kind',
      amount: 400000,
      participantTime: { plannedHours: 1600 },
    },
  ],
};
const project = (patch: Record<string, unknown> = {}) => projectSchema.parse({ ...base, ...patch });
const call = (patch: Record<string, unknown> = {}) =>
  callSchema.parse({ id: 'c', name: 'Utlysning', requiredCofinancingPercent: 40, ...patch });
const codesOf = (fs: readonly { code: string }[]) => fs.map((f) => f.code);

describe('project rules', () => {
  it('a clean project has no findings', () => {
    expect(auditProject(project(), { call: call() })).toEqual([]);
  });

  it('esf/cofinancing-below-required with points and SEK', () => {
    const [f] = auditProject(project(), { call: call({ requiredCofinancingPercent: 46 }) });
    expect(f?.code).toBe('esf/cofinancing-below-required');
    expect(f?.expected).toBe('46');
    expect(f?.actual).toBe('40');
    expect(f?.message.en).toContain('6.00 percentage points'); // 46 − 40
  });

  it('esf/total-cost-mismatch when the stated total differs from the lines', () => {
    const fs = auditProject(project({ statedTotalEligibleCost: 1000001 }));
    expect(fs[0]).toMatchObject({
      code: 'esf/total-cost-mismatch',
      expected: '1000001',
      actual: '1000000',
    });
  });

  it('esf/financing-mismatch when grant + co-financing ≠ total', () => {
    const fs = auditProject(project({ statedGrant: 500000 }));
    expect(fs[0]).toMatchObject({
      code: 'esf/financing-mismatch',
      expected: '1000000',
      actual: '900000',
    });
  });

  it('esf/flat-rate-above-maximum (legal and call maxima)', () => {
    const legal = auditProject(
      project({ flatRates: [{ option: 'indirect-15-staff', percent: 16 }] }),
    );
    expect(legal[0]).toMatchObject({
      code: 'esf/flat-rate-above-maximum',
      expected: '15',
      actual: '16',
    });
    const byCall = auditProject(
      project({ flatRates: [{ option: 'indirect-15-staff', percent: 12 }] }),
      {
        call: call({
          requiredCofinancingPercent: 0,
          flatRates: [{ option: 'indirect-15-staff', maxPercent: 10, adjustable: true }],
        }),
      },
    );
    expect(byCall[0]).toMatchObject({ code: 'esf/flat-rate-above-maximum', expected: '10' });
  });

  it('esf/flat-rate-combination: 40 % with another rate, two indirect rates, a rate twice', () => {
    const fs = auditProject(
      project({
        flatRates: [
          { option: 'other-40-staff', percent: 40 },
          { option: 'indirect-7-direct', percent: 7 },
          { option: 'indirect-15-staff', percent: 15 },
          { option: 'indirect-15-staff', percent: 15 },
        ],
      }),
    );
    expect(codesOf(fs).filter((c) => c === 'esf/flat-rate-combination')).toHaveLength(3);
  });

  it('esf/flat-rate-not-allowed: not offered, or a fixed rate changed', () => {
    const c = call({
      requiredCofinancingPercent: 0,
      flatRates: [{ option: 'other-40-staff', maxPercent: 40, adjustable: false }],
    });
    expect(
      codesOf(
        auditProject(project({ flatRates: [{ option: 'indirect-7-direct', percent: 7 }] }), {
          call: c,
        }),
      ),
    ).toContain('esf/flat-rate-not-allowed');
    expect(
      codesOf(
        auditProject(project({ flatRates: [{ option: 'other-40-staff', percent: 30 }] }), {
          call: c,
        }),
      ),
    ).toEqual(['esf/flat-rate-not-allowed']);
  });

  it('esf/in-kind-double-counted: participant time also budgeted as staff, or twice', () => {
    const asStaff = project({
      budgetLines: [
        {
          id: 'pl',
          label: 'Projektledare',
          category: 'staff',
          phase: 'implementation',
          amount: 600000,
        },
        {
          id: 'tid',
          label: 'Deltagarnas lön',
          category: 'staff',
          phase: 'implementation',
          amount: 400000,
          inKindSourceId: 'dt',
        },
      ],
    });
    expect(codesOf(auditProject(asStaff))).toEqual(['esf/in-kind-double-counted']);
    const twice = project({
      budgetLines: [
        ...base.budgetLines,
        {
          id: 'tid2',
          label: 'Deltagartid igen',
          category: 'participant-costs',
          phase: 'implementation',
          amount: 1,
          inKindSourceId: 'dt',
        },
      ],
    });
    expect(codesOf(auditProject(twice))).toEqual(['esf/in-kind-double-counted']);
  });

  it('esf/in-kind-missing-cost-line when no line carries the in-kind value', () => {
    const p = project({ budgetLines: [base.budgetLines[0]] });
    expect(codesOf(auditProject(p))).toEqual(['esf/in-kind-missing-cost-line']);
  });

  it('esf/participant-cofinancing-in-closing (plan and budget line)', () => {
    const p = project({
      budgetLines: [base.budgetLines[0], { ...base.budgetLines[1], phase: 'closing' }],
      cofinancing: [
        {
          ...base.cofinancing[0],
          participantTime: { plannedHours: 1600, phases: ['implementation', 'closing'] },
        },
      ],
    });
    expect(codesOf(auditProject(p))).toEqual([
      'esf/participant-cofinancing-in-closing',
      'esf/participant-cofinancing-in-closing',
    ]);
  });

  it('esf/staff-hours-above-cap: 50 % for 10 months allows 716,66… h', () => {
    const p = project({
      budgetLines: [
        {
          id: 'pl',
          label: 'Projektledare',
          category: 'staff',
          phase: 'implementation',
          staff: { annualEmploymentCost: 300000, employmentShare: '0.5', hours: 717 },
        },
        base.budgetLines[1],
      ],
    });
    const [f] = auditProject(p);
    // 1 720 × 0,5 × 10 / 12 = 716,666… → expected shown rounded down: 716.66
    expect(f).toMatchObject({
      code: 'esf/staff-hours-above-cap',
      expected: '716.66',
      actual: '717',
    });
  });

  it('esf/phase-not-defined when a line sits in a phase without dates', () => {
    const p = project({
      phases: [phases[1]],
      budgetLines: [{ ...base.budgetLines[0], phase: 'analysis' }, base.budgetLines[1]],
    });
    expect(codesOf(auditProject(p))).toEqual(['esf/phase-not-defined']);
  });

  it('esf/simplified-costs-required under EUR 200 000 without flat rates, unless State aid', () => {
    const small = {
      budgetLines: [
        {
          id: 'x',
          label: 'Konsult',
          category: 'external-services',
          phase: 'implementation',
          amount: 1000000,
        },
      ],
      cofinancing: [],
      stateAid: false,
    };
    const c = call({ requiredCofinancingPercent: 0 });
    expect(codesOf(auditProject(project(small), { call: c, sekPerEur: Exact.of('11.5') }))).toEqual(
      ['esf/simplified-costs-required'],
    );
    expect(
      auditProject(project({ ...small, stateAid: true }), { call: c, sekPerEur: Exact.of('11.5') }),
    ).toEqual([]);
    // 2 400 000 SEK / 11,5 = 208 695 EUR: above the threshold
    const big = { ...small, budgetLines: [{ ...small.budgetLines[0], amount: 2400000 }] };
    expect(auditProject(project(big), { call: c, sekPerEur: Exact.of('11.5') })).toEqual([]);
  });

  it('esf/simplified-costs-not-checked (info) without an exchange rate, instead of silence', () => {
    const small = {
      budgetLines: [
        {
          id: 'x',
          label: 'Konsult',
          category: 'external-services',
          phase: 'implementation',
          amount: 1000000,
        },
      ],
      cofinancing: [],
      stateAid: false,
    };
    const c = call({ requiredCofinancingPercent: 0 });
    const [f, ...rest] = auditProject(project(small), { call: c });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'esf/simplified-costs-not-checked',
      severity: 'info',
      path: ['flatRates'],
    });
    expect(f?.message.en).toContain('no exchange rate');
    expect(f?.message.sv).toContain('ingen växelkurs');
    // A zero rate cannot be used either; with flat rates or State aid the rule does not apply.
    expect(codesOf(auditProject(project(small), { call: c, sekPerEur: Exact.of(0) }))).toEqual([
      'esf/simplified-costs-not-checked',
    ]);
    expect(auditProject(project({ ...small, stateAid: true }), { call: c })).toEqual([]);
  });

  it('esf/change-request-overdraw and esf/change-request-wrong-project', () => {
    const cr = (patch: Record<string, unknown>) =>
      changeRequestSchema.parse({
        id: 'cr',
        projectId: 'p',
        submitted: '2025-06-01',
        reason: 'test',
        decision: 'approved',
        moves: [
          {
            from: { phase: 'implementation', category: 'staff' },
            to: { phase: 'closing', category: 'staff' },
            amount: 600001,
          },
        ],
        ...patch,
      });
    const fs = auditProject(project(), {
      changeRequests: [cr({}), cr({ id: 'other', projectId: 'q' })],
    });
    expect(fs.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['esf/change-request-wrong-project', 'changeRequests.1.projectId'],
      ['esf/change-request-overdraw', 'changeRequests.0.moves.0.amount'],
    ]);
  });
});

describe('time report rules', () => {
  const p = project();
  const reports = (rows: Record<string, unknown>[], participants?: Record<string, unknown>[]) =>
    timeReportsSchema.parse({
      projectId: 'p',
      participants: participants ?? [
        { id: 'A', gender: 'woman', employment: 'permanent' },
        { id: 'B', gender: 'man', employment: 'hourly-substitute', hourlyRate: 200 },
      ],
      reports: rows.map((r) => ({
        participant: 'A',
        month: '2025-03',
        phase: 'implementation',
        activity: 'Utbildning',
        hours: 4,
        signed: true,
        ...r,
      })),
    });

  it('a clean register has no findings', () => {
    expect(auditTimeReports(reports([{}]), { project: p })).toEqual([]);
  });
  it('esf/unknown-participant and esf/duplicate-participant', () => {
    expect(codesOf(auditTimeReports(reports([{ participant: 'Z' }]), { project: p }))).toEqual([
      'esf/unknown-participant',
    ]);
    const dup = reports(
      [{}],
      [
        { id: 'A', gender: 'woman', employment: 'permanent' },
        { id: 'A', gender: 'man', employment: 'permanent' },
      ],
    );
    expect(codesOf(auditTimeReports(dup))).toEqual([
      'esf/duplicate-participant',
      'esf/participant-gender-conflict',
    ]);
  });
  it('a duplicate participant with two genders: one rule (the first entry) for hours and values', () => {
    const dup = reports(
      [{ hours: 4 }, { hours: 3 }],
      [
        { id: 'A', gender: 'woman', employment: 'hourly-substitute', hourlyRate: 200 },
        { id: 'A', gender: 'man', employment: 'hourly-substitute', hourlyRate: 300 },
      ],
    );
    const conflict = auditTimeReports(dup).find(
      (f) => f.code === 'esf/participant-gender-conflict',
    );
    expect(conflict).toMatchObject({
      path: ['participants', 1, 'gender'],
      expected: 'woman',
      actual: 'man',
    });
    expect(conflict?.message.sv).toContain('kön kvinna i första raden men man här');
    // 7 hours, all counted as a woman's, at the first entry's rate 200 kr: 1 400 kr.
    expect(aggregateHours(dup).map((c) => [c.gender, c.hours])).toEqual([['woman', 7]]);
    expect(
      aggregateCofinancingValue(dup).map((c) => [c.gender, c.hours, c.value?.toString()]),
    ).toEqual([['woman', 7, '1400']]);
  });
  it('esf/time-outside-project: outside the project and outside the phase', () => {
    const fs = auditTimeReports(reports([{ month: '2024-12' }, { month: '2025-01' }]), {
      project: p,
    });
    expect(fs.map((f) => [f.code, f.message.en])).toEqual([
      ['esf/time-outside-project', '2024-12 is outside the project period'],
      ['esf/time-outside-project', '2025-01 is not in the Implementation phase'],
    ]);
  });
  it('esf/participant-cofinancing-in-closing for a report in the closing phase', () => {
    expect(
      codesOf(auditTimeReports(reports([{ month: '2026-01', phase: 'closing' }]), { project: p })),
    ).toEqual(['esf/participant-cofinancing-in-closing']);
  });
  it('esf/unsigned-time-report', () => {
    expect(auditTimeReports(reports([{ signed: false }]))[0]).toMatchObject({
      code: 'esf/unsigned-time-report',
      severity: 'warning',
    });
  });
  it('esf/participant-hours-above-cap: 1 720 / 12 = 143,33 h a month for a rated participant', () => {
    const fs = auditTimeReports(
      reports([
        { participant: 'B', hours: 100 },
        { participant: 'B', hours: 44, activity: 'Handledning' },
      ]),
      { project: p },
    );
    expect(fs[0]).toMatchObject({
      code: 'esf/participant-hours-above-cap',
      expected: '143.33',
      actual: '144',
    });
  });
});

describe('final report rules', () => {
  const report = (figures: Record<string, unknown>, tables: unknown[] = []) =>
    finalReportSchema.parse({ projectId: 'p', figures, tables });

  it('esf/stated-share-mismatch', () => {
    const fs = auditFinalReport(
      report({ totalFinancing: 1000, cofinancing: 400, grantPercent: 61, cofinancingPercent: 40 }),
    );
    expect(fs).toEqual([
      expect.objectContaining({ code: 'esf/stated-share-mismatch', expected: '60', actual: '61' }),
    ]);
  });
  it('esf/reported-figure-mismatch against project, call and time reports', () => {
    const tr = timeReportsSchema.parse({
      projectId: 'p',
      participants: [{ id: 'A', gender: 'woman', employment: 'permanent' }],
      reports: [
        {
          participant: 'A',
          month: '2025-03',
          phase: 'implementation',
          activity: 'x',
          hours: 5,
          signed: true,
        },
      ],
    });
    const fs = auditFinalReport(
      report({
        totalFinancing: 999,
        cofinancing: 400000,
        requiredCofinancingPercent: 33,
        plannedHours: 1600,
        reportedHours: 6,
        participants: { total: 2, women: 1, men: 1 },
      }),
      { project: project(), call: call(), timeReports: tr },
    );
    expect(
      fs.filter((f) => f.code === 'esf/reported-figure-mismatch').map((f) => f.path.join('.')),
    ).toEqual([
      'figures.totalFinancing',
      'figures.requiredCofinancingPercent',
      'figures.reportedHours',
      'figures.participants.total',
      'figures.participants.men',
    ]);
  });
  it('participants total must equal women + men', () => {
    const fs = auditFinalReport(report({ participants: { total: 10, women: 6, men: 3 } }));
    expect(fs[0]).toMatchObject({
      code: 'esf/reported-figure-mismatch',
      // expected = women + men as computed, actual = the stated total
      expected: '9',
      actual: '10',
    });
  });
  it('esf/hours-vs-plan is a warning below plan', () => {
    expect(auditFinalReport(report({ plannedHours: 100, reportedHours: 90 }))[0]).toMatchObject({
      code: 'esf/hours-vs-plan',
      severity: 'warning',
    });
  });
  it('esf/table-total-mismatch; unknown cells give an info instead of a false mismatch', () => {
    const table = {
      id: 't',
      title: 'T',
      columns: ['A'],
      rows: [
        { label: 'x', values: [2] },
        { label: 'y', values: [null] },
      ],
      statedTotals: [3],
    };
    expect(codesOf(auditFinalReport(report({}, [table])))).toEqual(['core/total-has-unknown']);
    expect(codesOf(auditFinalReport(report({}, [{ ...table, emptyMeans: 'zero' }])))).toEqual([
      'esf/table-total-mismatch',
    ]);
  });
});

describe('the code catalogue', () => {
  it('every code is namespaced, kebab-case and bilingual', () => {
    for (const [code, spec] of Object.entries(esfCodes.specs)) {
      expect(code).toMatch(/^esf\/[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const text of [spec.title.sv, spec.title.en, spec.description.sv, spec.description.en]) {
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });
});
