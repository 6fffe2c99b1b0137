// Co-financing value of participant time (deltagartid, DOMAIN §4): hours valued at the
// participant's hourly salary cost per month × phase × gender, cumulative against the plan.
// Value per row = whole hours × rate, truncated to öre; the rate itself is never rounded.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Exact, tableToMarkdown } from '@styrkit/core';
import {
  aggregateCofinancingValue,
  auditCofinancingValue,
  auditEsf,
  auditTimeReports,
  cofinancingValueTable,
  cofinancingValueVsPlan,
  parseTimeReports,
  participantRates,
  projectSchema,
  timeReportsSchema,
  timeRowValue,
} from '../index.js';
import { loadSala, loadSynthetic, loadSyntheticTimeReports } from './fixtures.js';

const s = (v: Exact | undefined) => v?.toString();

describe('synthetic project A: value by hand (docs/examples/esf-synthetic/time-reports-a.yaml)', () => {
  const { project } = loadSynthetic('project-a-staff20-indirect7.yaml');
  const t = loadSyntheticTimeReports('time-reports-a.yaml');

  it('resolves rates from the participant, the annual cost and the employment type', () => {
    const rates = participantRates(t);
    // S1: 400 000 / (1 720 × 1); S2: 250 / 1; S3: substitute rate 212,50; S4: 236 500 / 860
    expect([...rates].map(([id, r]) => [id, s(r.amount), s(r.basis), r.from])).toEqual([
      ['S1', '400000', '1720', 'participant'],
      ['S2', '250', '1', 'participant'],
      ['S3', '212.5', '1', 'employment'],
      ['S4', '236500', '860', 'participant'],
    ]);
  });

  it('values every month × phase × gender cell exactly', () => {
    const cells = aggregateCofinancingValue(t);
    expect(cells.map((c) => [c.month, c.phase, c.gender, c.hours, s(c.value)])).toEqual([
      // 2 325,58 (10 h × 232,558…) + 697,67 (3 h × 232,558…) + 637,50 (3 h × 212,50)
      ['2025-04', 'implementation', 'woman', 16, '3660.75'],
      // 12 h × 250
      ['2025-04', 'implementation', 'man', 12, '3000'],
      // 1 627,90 (7 h × 232,558…) + 1 062,50 (5 h × 212,50)
      ['2025-05', 'implementation', 'woman', 12, '2690.4'],
      // 8 h × 250
      ['2025-05', 'implementation', 'man', 8, '2000'],
      // 4 h × 275 (236 500 / (1 720 × 0,5))
      ['2025-05', 'implementation', 'unspecified', 4, '1100'],
    ]);
  });

  it('cumulative value against the plan: 300 000 kr spread 25 000 a month', () => {
    const v = cofinancingValueVsPlan(project, t);
    expect(s(v.plannedValue)).toBe('300000'); // 1 200 h × 250
    expect(s(v.value)).toBe('12451.15'); // 6 660,75 + 5 790,40
    expect(v.hours).toBe(52);
    expect(v.unratedHours).toBe(0);
    expect(s(v.percentOfPlan)).toBe('4.15'); // 12 451,15 / 300 000 = 4,1503…%
    expect(v.rows).toHaveLength(12); // April 2025 – March 2026
    expect(
      v.rows
        .slice(0, 3)
        .map((r) => [
          r.month,
          s(r.value),
          s(r.planned),
          s(r.cumulativeValue),
          s(r.cumulativePlanned),
        ]),
    ).toEqual([
      ['2025-04', '6660.75', '25000', '6660.75', '25000'],
      ['2025-05', '5790.4', '25000', '12451.15', '50000'],
      ['2025-06', '0', '25000', '12451.15', '75000'],
    ]);
    expect(s(v.rows.at(-1)?.cumulativePlanned)).toBe('300000');
    expect(s(v.rows.at(-1)?.cumulativeValue)).toBe('12451.15');
  });

  it('warns that the valued hours fall short of the budgeted in-kind co-financing', () => {
    const [f, ...rest] = auditCofinancingValue(project, t);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'esf/cofinancing-value-vs-plan',
      severity: 'warning',
      path: ['reports'],
      expected: '300000',
      actual: '12451.15',
    });
    expect(f?.message.sv).toContain('12\u00a0451,15');
    expect(f?.message.en).toContain('300,000.00');
    // the register is otherwise clean: no cap, phase or signature findings
    expect(auditTimeReports(t, { project })).toEqual([]);
  });

  it('the table shows value by gender and cumulative against plan', () => {
    const table = cofinancingValueTable(project, t, { locale: 'en' });
    expect(table.id).toBe('esf/cofinancing-value');
    const april = table.rows[0]?.cells;
    expect([
      s(april?.woman as Exact),
      s(april?.man as Exact),
      s(april?.unspecified as Exact),
    ]).toEqual(['3660.75', '3000', '0']);
    const total = table.rows.at(-1)?.cells;
    expect(s(total?.value as Exact)).toBe('12451.15');
    expect(s(total?.planned as Exact)).toBe('300000');
    expect(s(total?.woman as Exact)).toBe('6351.15'); // 3 660,75 + 2 690,40
    expect(tableToMarkdown(table, { locale: 'en' })).toContain('12,451.15');
  });
});

describe('Sala IP: the seed gives no hourly rates, so the value is unknown, never 0', () => {
  const sala = loadSala();

  it('every cell value is unknown and the plan is the budgeted 1 823 196 kr (seed :775)', () => {
    const v = cofinancingValueVsPlan(sala.project, sala.timeReports);
    expect(v.value).toBeUndefined();
    expect(v.percentOfPlan).toBeUndefined();
    expect(s(v.plannedValue)).toBe('1823196');
    expect(v.hours).toBe(7894);
    expect(v.unratedHours).toBe(7894);
    expect(v.unratedParticipants).toBe(932);
    expect(aggregateCofinancingValue(sala.timeReports).every((c) => c.value === undefined)).toBe(
      true,
    );
    // 1 823 196 / 13 months = 140 245,846…: largest remainder in öre gives 8 × 140 245,85 +
    // 5 × 140 245,84 = 1 121 966,80 + 701 229,20 = 1 823 196,00 exactly
    expect(v.rows.map((r) => s(r.planned))).toEqual([
      ...Array<string>(8).fill('140245.85'),
      ...Array<string>(5).fill('140245.84'),
    ]);
    expect(s(v.rows.at(-1)?.cumulativePlanned)).toBe('1823196');
    expect(v.rows.every((r) => r.cumulativeValue === undefined)).toBe(true);
  });

  it('reports esf/cofinancing-value-unknown as information, with a path', () => {
    const fs = auditEsf({ project: sala.project, timeReports: sala.timeReports }).filter((f) =>
      f.code.startsWith('esf/cofinancing-value'),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      code: 'esf/cofinancing-value-unknown',
      severity: 'info',
      path: ['timeReports', 'participants'],
      expected: '7894',
      actual: '0',
    });
    expect(fs[0]?.message.sv).toContain('7\u00a0894 av 7\u00a0894');
    expect(fs[0]?.message.en).toContain('932 participants');
  });

  it('the table leaves unknown values empty (null), not 0', () => {
    const table = cofinancingValueTable(sala.project, sala.timeReports);
    const total = table.rows.at(-1)?.cells;
    expect(total?.value).toBeNull();
    expect(total?.woman).toBeNull();
    expect(s(total?.planned as Exact)).toBe('1823196');
    expect(JSON.stringify(table)).not.toMatch(/P\d{4}/);
  });
});

describe('rules of the valuation', () => {
  const project = projectSchema.parse({
    id: 'p',
    name: 'P',
    owner: 'K',
    phases: [{ phase: 'implementation', start: '2025-04-01', end: '2025-06-30' }],
    cofinancing: [
      {
        id: 't',
        label: 'Tid',
        sector: 'public',
        form: 'in-kind',
        amount: '1000',
        participantTime: { plannedHours: 4 },
      },
    ],
  });
  const reports = (participants: unknown[], rows: unknown[]) =>
    timeReportsSchema.parse({ projectId: 'p', participants, reports: rows });
  const row = (participant: string, month: string, hours: number) => ({
    participant,
    month,
    phase: 'implementation',
    activity: 'x',
    hours,
    signed: true,
  });

  it('truncates each row to öre; a rate with öre is exact', () => {
    const r = { amount: Exact.of('500000'), basis: Exact.of('1720'), from: 'participant' as const };
    // 1 h × 500 000 / 1 720 = 290,6976… → 290,69 (half-up would give 290,70)
    expect(s(timeRowValue(1, r))).toBe('290.69');
    // 100 h in one step: 29 069,7674… → 29 069,76, the same as staffCost
    expect(s(timeRowValue(100, r))).toBe('29069.76');
    expect(s(timeRowValue(7, { ...r, amount: Exact.of('199.99'), basis: Exact.ONE }))).toBe(
      '1399.93',
    );
  });

  it('one unrated row makes its cell and every later cumulative value unknown', () => {
    const t = reports(
      [
        { id: 'a', gender: 'woman', employment: 'permanent', hourlyRate: 250 },
        { id: 'b', gender: 'woman', employment: 'permanent' },
      ],
      [row('a', '2025-04', 2), row('b', '2025-05', 1), row('a', '2025-06', 2)],
    );
    const v = cofinancingValueVsPlan(project, t);
    expect(v.rows.map((r) => [s(r.value), s(r.cumulativeValue)])).toEqual([
      ['500', '500'],
      [undefined, undefined],
      ['500', undefined],
    ]);
    expect(v.value).toBeUndefined();
    expect(auditCofinancingValue(project, t).map((f) => f.code)).toEqual([
      'esf/cofinancing-value-unknown',
    ]);
  });

  it('above plan is information; equal to plan gives no finding; no participant time, no check', () => {
    const rated = [{ id: 'a', gender: 'man', employment: 'permanent', hourlyRate: 250 }];
    const above = auditCofinancingValue(project, reports(rated, [row('a', '2025-04', 5)]));
    expect(above.map((f) => [f.code, f.severity, f.expected, f.actual])).toEqual([
      ['esf/cofinancing-value-vs-plan', 'info', '1000', '1250'],
    ]);
    expect(auditCofinancingValue(project, reports(rated, [row('a', '2025-04', 4)]))).toEqual([]);
    const cash = projectSchema.parse({
      ...project,
      cofinancing: [{ id: 'c', label: 'Kommunen', sector: 'public', form: 'cash', amount: 1 }],
    });
    expect(auditCofinancingValue(cash, reports(rated, [row('a', '2025-04', 1)]))).toEqual([]);
  });

  it('an employment-type rate also brings the monthly hours cap', () => {
    const t = timeReportsSchema.parse({
      projectId: 'p',
      participants: [{ id: 'a', gender: 'woman', employment: 'hourly-substitute' }],
      ratesByEmployment: [{ employment: 'hourly-substitute', annualEmploymentCost: 430000 }],
      reports: [row('a', '2025-04', 144)],
    });
    expect(auditTimeReports(t).map((f) => f.code)).toEqual(['esf/participant-hours-above-cap']);
    // 144 × 430 000 / 1 720 = 144 × 250 = 36 000
    expect(s(aggregateCofinancingValue(t)[0]?.value)).toBe('36000');
  });

  it('rate fields are optional; contradictory or incomplete rates are findings with paths', () => {
    const ok = parseTimeReports({ projectId: 'p', participants: [], reports: [] });
    expect(ok.ok && ok.value.ratesByEmployment).toEqual([]);
    const bad = parseTimeReports({
      projectId: 'p',
      participants: [
        {
          id: 'a',
          gender: 'woman',
          employment: 'permanent',
          hourlyRate: 250,
          annualEmploymentCost: 400000,
        },
        { id: 'b', gender: 'man', employment: 'permanent', employmentShare: 0.5 },
      ],
      ratesByEmployment: [
        { employment: 'fixed-term' },
        { employment: 'permanent', hourlyRate: 1 },
        { employment: 'permanent', hourlyRate: 2 },
      ],
      reports: [],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['esf/invalid-input', 'participants.0.annualEmploymentCost'],
      ['esf/invalid-input', 'participants.1.employmentShare'],
      ['esf/invalid-input', 'ratesByEmployment.0.hourlyRate'],
      ['esf/invalid-input', 'ratesByEmployment.2.employment'],
    ]);
    for (const f of bad.error) expect(f.message.sv && f.message.en).toBeTruthy();
  });
});

describe('invariants of the valuation', () => {
  const project = projectSchema.parse({
    id: 'p',
    name: 'P',
    owner: 'K',
    phases: [
      { phase: 'analysis', start: '2022-01-01', end: '2022-02-28' },
      { phase: 'implementation', start: '2022-03-01', end: '2022-05-31' },
    ],
    cofinancing: [
      {
        id: 't',
        label: 'Tid',
        sector: 'public',
        form: 'in-kind',
        amount: '12345.67',
        participantTime: { plannedHours: 50 },
      },
    ],
  });
  const rate = fc.oneof(
    fc.record({
      hourlyRate: fc.integer({ min: 0, max: 100_000_00 }).map((o) => (o / 100).toFixed(2)),
    }),
    fc.record({
      annualEmploymentCost: fc.integer({ min: 0, max: 2_000_000 }).map(String),
      employmentShare: fc.constantFrom('1', '0.5', '0.75', '0.3'),
    }),
  );
  const row = fc.record({
    participant: fc.constantFrom('A', 'B', 'C'),
    month: fc.constantFrom('2022-01', '2022-03', '2022-04', '2022-05'),
    phase: fc.constantFrom('analysis', 'implementation', 'closing'),
    activity: fc.constant('x'),
    hours: fc.integer({ min: 0, max: 744 }),
    signed: fc.constant(true),
  });
  const register = fc
    .tuple(rate, rate, rate, fc.array(row, { maxLength: 40 }))
    .map(([a, b, c, reports]) =>
      timeReportsSchema.parse({
        projectId: 'p',
        participants: [
          { id: 'A', gender: 'woman', employment: 'permanent', ...a },
          { id: 'B', gender: 'man', employment: 'fixed-term', ...b },
          { id: 'C', gender: 'unspecified', employment: 'hourly-substitute', ...c },
        ],
        reports,
      }),
    );

  it('value of the aggregate = sum of the row values; cumulative value and plan never decrease', () => {
    fc.assert(
      fc.property(register, (t) => {
        const rates = participantRates(t);
        let rowSum = Exact.ZERO;
        for (const r of t.reports) {
          const rate = rates.get(r.participant);
          if (rate === undefined) throw new Error('every participant is rated');
          rowSum = rowSum.plus(timeRowValue(r.hours, rate));
        }
        const cells = aggregateCofinancingValue(t);
        const cellSum = cells.reduce((acc, c) => acc.plus(c.value ?? Exact.ZERO), Exact.ZERO);
        expect(cells.every((c) => c.value !== undefined)).toBe(true);
        expect(cellSum.toString()).toBe(rowSum.toString());
        const v = cofinancingValueVsPlan(project, t);
        expect(s(v.value)).toBe(rowSum.toString());
        let before = Exact.ZERO;
        let planBefore = Exact.ZERO;
        for (const r of v.rows) {
          expect(r.cumulativeValue?.gte(before)).toBe(true);
          expect(r.cumulativePlanned.gte(planBefore)).toBe(true);
          before = r.cumulativeValue ?? before;
          planBefore = r.cumulativePlanned;
        }
        expect(s(v.rows.at(-1)?.cumulativePlanned)).toBe('12345.67');
        // every value is whole öre
        for (const c of cells) expect(c.value?.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
    );
  });
});
