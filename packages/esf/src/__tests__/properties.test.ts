// Property tests: invariants of the calculations, and fuzzed input never crashes parse or
// audit (every rejection is a finding with a path).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Exact } from '@styrkit/core';
import {
  aggregateHours,
  auditEsf,
  budgetVersions,
  computeCosts,
  computeFinancing,
  hoursVsPlan,
  parseCall,
  parseChangeRequest,
  parseFinalReport,
  parseProject,
  parseTimeReports,
  projectSchema,
  timeReportsSchema,
  totalHours,
  wholeHours,
  type FlatRateOption,
} from '../index.js';
import { readEnvelope } from './fixtures.js';

const amount = fc.integer({ min: 0, max: 10_000_000_00 }).map((ore) => (ore / 100).toFixed(2));
const phase = fc.constantFrom('analysis', 'implementation', 'closing');
const category = fc.constantFrom(
  'staff',
  'external-services',
  'travel',
  'equipment',
  'other',
  'indirect',
  'participant-costs',
);
const option = fc.constantFrom<FlatRateOption>(
  'indirect-7-direct',
  'indirect-15-staff',
  'indirect-25-direct',
  'staff-20-other',
  'other-40-staff',
);
const phases = [
  { phase: 'analysis', start: '2022-01-01', end: '2022-02-28' },
  { phase: 'implementation', start: '2022-03-01', end: '2023-03-31' },
  { phase: 'closing', start: '2023-04-01', end: '2023-04-30' },
];

const projectArb = fc
  .record({
    lines: fc.array(fc.record({ category, phase, amount }), { maxLength: 12 }),
    rates: fc.uniqueArray(
      fc.record({
        option,
        percent: fc.integer({ min: 0, max: 2500 }).map((n) => (n / 100).toString()),
      }),
      { selector: (r) => r.option, maxLength: 3 },
    ),
    cofinancing: fc.array(amount, { maxLength: 3 }),
    plannedHours: fc.integer({ min: 0, max: 50000 }),
  })
  .map(({ lines, rates, cofinancing, plannedHours }) =>
    projectSchema.parse({
      id: 'p',
      name: 'P',
      owner: 'K',
      phases,
      budgetLines: lines.map((l, i) => ({ id: `l${String(i)}`, label: `Rad ${String(i)}`, ...l })),
      flatRates: rates,
      cofinancing: [
        ...cofinancing.map((a, i) => ({
          id: `c${String(i)}`,
          label: 'Kommunen',
          sector: 'public',
          form: 'cash',
          amount: a,
        })),
        {
          id: 't',
          label: 'Deltagartid',
          sector: 'public',
          form: 'in-kind',
          amount: '0',
          participantTime: { plannedHours },
        },
      ],
    }),
  );

describe('invariants', () => {
  it('financing: grant + co-financing = total, and the shares add up to 100 ± 0,01', () => {
    fc.assert(
      fc.property(projectArb, (p) => {
        const f = computeFinancing(p);
        if (f.totalEligibleCost === undefined || f.totalEligibleCost.isZero()) return;
        expect(f.grant?.plus(f.cofinancing).equals(f.totalEligibleCost)).toBe(true);
        const sum = (f.grantPercent ?? Exact.ZERO).plus(f.cofinancingPercent ?? Exact.ZERO);
        expect(sum.minus(100).abs().lte('0.01')).toBe(true);
      }),
    );
  });

  it('flat rates: truncation never claims more than base × percent, nor an öre less', () => {
    fc.assert(
      fc.property(projectArb, (p) => {
        for (const f of computeCosts(p).flatRates) {
          const exact = f.base.times(f.percent).dividedBy(100);
          expect(f.amount.lte(exact)).toBe(true);
          expect(exact.minus(f.amount).lt('0.01')).toBe(true);
          expect(f.amount.decimalPlaces()).toBeLessThanOrEqual(2);
        }
      }),
    );
  });

  it('a flat rate never deletes a line: every budget line is in the cost summary', () => {
    fc.assert(
      fc.property(projectArb, (p) => {
        expect(computeCosts(p).lines).toHaveLength(p.budgetLines.length);
      }),
    );
  });

  it('change requests never change the total', () => {
    fc.assert(
      fc.property(
        projectArb,
        fc.array(fc.record({ from: phase, to: phase, fc: category, tc: category, amount }), {
          maxLength: 5,
        }),
        (p, moves) => {
          const requests = moves
            .filter((m) => Exact.of(m.amount).isPositive())
            .map((m, i) => ({
              id: `cr${String(i)}`,
              projectId: 'p',
              submitted: `2022-0${String((i % 9) + 1)}-01`,
              reason: 'x',
              decision: 'approved' as const,
              moves: [
                {
                  from: { phase: m.from, category: m.fc },
                  to: { phase: m.to, category: m.tc },
                  amount: Exact.of(m.amount),
                },
              ],
            }));
          const { versions } = budgetVersions(p, requests);
          const totals = versions.map((v) =>
            v.cells.reduce((a, c) => a.plus(c.amount), Exact.ZERO).toString(),
          );
          expect(new Set(totals).size).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('the monthly plan sums exactly to the planned hours', () => {
    const empty = timeReportsSchema.parse({ projectId: 'p', participants: [], reports: [] });
    fc.assert(
      fc.property(projectArb, (p) => {
        const h = hoursVsPlan(p, empty);
        expect(h.months.reduce((a, m) => a + m.planned, 0)).toBe(h.planned);
      }),
    );
  });

  it('aggregated cells sum to the total hours', () => {
    const row = fc.record({
      participant: fc.constantFrom('A', 'B', 'C', 'X'),
      month: fc.constantFrom('2022-03', '2022-04', '2022-05'),
      phase,
      activity: fc.constant('x'),
      hours: fc.integer({ min: 0, max: 744 }),
      signed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (reports) => {
        const t = timeReportsSchema.parse({
          projectId: 'p',
          participants: [
            { id: 'A', gender: 'woman', employment: 'permanent' },
            { id: 'B', gender: 'man', employment: 'permanent' },
            { id: 'C', gender: 'unspecified', employment: 'fixed-term' },
          ],
          reports,
        });
        expect(aggregateHours(t).reduce((a, c) => a + c.hours, 0)).toBe(totalHours(t));
      }),
    );
  });

  it('wholeHours rounds down, never up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 0, max: 99 }),
        (h, frac) => {
          const raw = `${String(h)}.${String(frac).padStart(2, '0')}`;
          expect(wholeHours(raw)).toBe(h);
        },
      ),
    );
  });
});

describe('fuzzed input never crashes', () => {
  const parsers = [parseCall, parseProject, parseChangeRequest, parseTimeReports, parseFinalReport];

  it('arbitrary values give a result, and every rejection has findings with paths', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        for (const parse of parsers) {
          const r = parse(input);
          if (!r.ok) {
            expect(r.error.length).toBeGreaterThan(0);
            for (const f of r.error) {
              expect(Array.isArray(f.path)).toBe(true);
              expect(f.message.sv && f.message.en).toBeTruthy();
            }
          }
        }
      }),
    );
  });

  it('mutated reference documents parse or fail cleanly, and audits of what parses never throw', () => {
    const project = readEnvelope('sala-esf-ip/project.yaml').document as Record<string, unknown>;
    const report = readEnvelope('sala-esf-ip/final-report.yaml').document as Record<
      string,
      unknown
    >;
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.constant('?'),
      fc.constant('−1 234,5'),
      fc.constant(''),
    );
    const key = fc.constantFrom(
      'statedTotalEligibleCost',
      'phases',
      'budgetLines',
      'cofinancing',
      'expectedParticipants',
      'flatRates',
      'id',
    );
    fc.assert(
      fc.property(
        key,
        value,
        fc.constantFrom('figures', 'tables', 'projectId'),
        value,
        (k, v, rk, rv) => {
          const p = parseProject({ ...project, [k]: v });
          const r = parseFinalReport({ ...report, [rk]: rv });
          const findings = auditEsf({
            ...(p.ok ? { project: p.value } : {}),
            ...(r.ok ? { finalReport: r.value } : {}),
          });
          expect(Array.isArray(findings)).toBe(true);
          if (!p.ok) expect(p.error.every((f) => f.code === 'esf/invalid-input')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
