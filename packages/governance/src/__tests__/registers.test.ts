// Risk register and milestone plan: the synthetic reference documents of issue 16 (hand
// calculations in their YAML comments) and fast-check properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainCell } from '@styrkit/core';
import { auditMilestonePlan } from '../audit-milestones.js';
import { auditRiskRegister } from '../audit-risks.js';
import { daysBetween, milestoneStatus } from '../milestones.js';
import { parseMilestonePlan, parseRiskRegister } from '../parse-registers.js';
import { parseGateLog } from '../parse.js';
import { NEEDS_PROCESS } from '../processes.js';
import type { RiskRegister } from '../risk-model.js';
import { riskLevel, riskScore } from '../risks.js';
import { milestoneTable, riskMatrixTable, riskRegisterTable } from '../tables-registers.js';
import { loadEnvelope } from './fixtures.js';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('risk register (synthetic-issue-16/governance-risks.yaml)', () => {
  const register = ok(
    parseRiskRegister(loadEnvelope('synthetic-issue-16/governance-risks.yaml').document),
  );

  it('computes score = probability × consequence on the stated scale, with levels', () => {
    const t = riskRegisterTable(register);
    expect(t.rows.map((r) => [r.id, plainCell(r.cells.score), plainCell(r.cells.level)])).toEqual([
      ['r1', '12', 'Mycket hög'],
      ['r2', '6', 'Medel'],
      ['r3', '9', 'Hög'],
      ['r4', '', ''],
      ['r5', '8', 'Hög'],
      ['r6', '4', 'Medel'],
    ]);
  });

  it('finds the wrong score, the unassessed risk, the missing owner and measures, the count', () => {
    expect(
      auditRiskRegister(register).map((f) => [
        f.code,
        f.path.join('.'),
        f.expected ?? null,
        f.actual ?? null,
      ]),
    ).toEqual([
      ['governance/risk-score-mismatch', 'risks.2.statedScore', '9', '8'],
      [
        'governance/risk-not-assessed',
        'risks.3.consequence',
        'bedömning / assessment',
        'consequence',
      ],
      ['governance/risk-without-owner', 'risks.3.owner', null, null],
      ['governance/risk-without-measure', 'risks.3.measures', null, null],
      ['governance/risk-without-measure', 'risks.5.measures', null, null],
      ['governance/stated-count-mismatch', 'statedCounts.0', '6', '5'],
    ]);
  });

  it('draws the probability × consequence matrix, highest probability first', () => {
    const t = riskMatrixTable(register);
    expect(t.columns.map((c) => c.title.sv)).toEqual([
      'Sannolikhet \\ konsekvens',
      '1 Liten',
      '2 Måttlig',
      '3 Allvarlig',
      '4 Mycket allvarlig',
    ]);
    expect(
      t.rows.map((r) => [r.cells.probability, r.cells.c1, r.cells.c2, r.cells.c3, r.cells.c4]),
    ).toEqual([
      ['4 Mycket hög', null, null, null, null],
      ['3 Hög', null, null, 'r3', 'r1'],
      ['2 Medel', null, null, 'r2', 'r5'],
      ['1 Låg', null, null, null, 'r6'],
    ]);
    expect(t.notes?.[0]?.sv).toBe('Ej bedömda (saknas i matrisen): r4.');
  });

  it('reports values outside the scale and never throws on bad input', () => {
    const bad = ok(
      parseRiskRegister({
        name: 'R',
        scale: { probability: { max: 3 }, consequence: { max: 3 } },
        risks: [
          {
            id: 'x',
            title: 'X',
            probability: 5,
            consequence: 0,
            owner: 'A',
            measures: [{ text: 'M' }],
          },
        ],
      }),
    );
    expect(auditRiskRegister(bad).map((f) => f.code)).toEqual([
      'governance/risk-out-of-scale',
      'governance/risk-out-of-scale',
    ]);
    expect(parseRiskRegister({ name: 'R', scale: { probability: { min: 3, max: 2 } } }).ok).toBe(
      false,
    );
    expect(parseRiskRegister(null).ok).toBe(false);
  });

  it('property: a stated score is flagged exactly when it differs from p × c; every assessed risk sits in one matrix cell', () => {
    const risk = fc.record({
      p: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      c: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      stated: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(risk, { maxLength: 12 }), (risks) => {
        const register: RiskRegister = {
          name: 'R',
          scale: { probability: { min: 1, max: 5 }, consequence: { min: 1, max: 5 } },
          risks: risks.map((r, i) => ({
            id: `r${i}`,
            title: `R${i}`,
            ...(r.p === undefined ? {} : { probability: r.p }),
            ...(r.c === undefined ? {} : { consequence: r.c }),
            ...(r.stated === undefined ? {} : { statedScore: r.stated }),
            owner: 'Ägare',
            measures: [{ text: 'Åtgärd' }],
            status: 'open' as const,
          })),
        };
        const flagged = auditRiskRegister(register)
          .filter((f) => f.code === 'governance/risk-score-mismatch')
          .map((f) => f.path[1]);
        const expected = risks.flatMap((r, i) =>
          r.p !== undefined && r.c !== undefined && r.stated !== undefined && r.stated !== r.p * r.c
            ? [i]
            : [],
        );
        expect(flagged).toEqual(expected);
        const cells = riskMatrixTable(register).rows.flatMap((row) =>
          Object.entries(row.cells)
            .filter(([k, v]) => k !== 'probability' && v !== null)
            .flatMap(([, v]) => plainCell(v).split(', ')),
        );
        expect(cells.sort()).toEqual(
          register.risks
            .filter((r) => riskScore(r) !== null)
            .map((r) => r.id)
            .sort(),
        );
        expect(riskLevel(null, register.scale)).toBeUndefined();
      }),
    );
  });
});

describe('milestones (synthetic-issue-16/governance-milestones.yaml)', () => {
  const plan = ok(
    parseMilestonePlan(loadEnvelope('synthetic-issue-16/governance-milestones.yaml').document),
  );

  it('shows planned beside decided, with days late at the reporting date', () => {
    const t = milestoneTable(plan);
    expect(
      t.rows.map((r) => [
        r.id,
        r.cells.planned,
        r.cells.decided,
        plainCell(r.cells.daysLate),
        plainCell(r.cells.state),
      ]),
    ).toEqual([
      ['bp1', '2025-01-15', '2025-01-15', '0', 'I tid'],
      ['bp2', '2025-02-28', '2025-03-14', '14', 'Försenad'],
      ['m1', '2025-04-30', '2025-06-10', '41', 'Försenad'],
      ['bp3', '2025-05-31', null, '30', 'Passerad utan beslut'],
      ['m2', '2025-10-01', null, '', 'Kommande'],
      ['bp4', '2025-12-15', null, '', 'Kommande'],
      ['bp5', null, null, '', 'Ej planerad'],
    ]);
  });

  it('finds late, overdue, replanned, out-of-order and undated milestones and the wrong count', () => {
    const findings = auditMilestonePlan(plan);
    expect(findings.map((f) => [f.code, f.path.join('.'), f.actual ?? null])).toEqual([
      // expected = the planned date, actual = the decided date as stated ('–': none)
      ['governance/milestone-late', 'milestones.1.decided', '2025-03-14'],
      ['governance/milestone-late', 'milestones.2.decided', '2025-06-10'],
      ['governance/milestone-replanned', 'milestones.2.replanned', '2025-06-15'],
      ['governance/milestone-overdue', 'milestones.3.decided', '–'],
      ['governance/milestone-order', 'milestones.3.planned', '2025-05-31'],
      ['governance/milestone-without-date', 'milestones.6.planned', null],
      ['governance/stated-count-mismatch', 'statedCounts.1', '6'],
    ]);
    expect(findings.slice(0, 4).map((f) => f.expected)).toEqual([
      '2025-02-28',
      '2025-04-30',
      '2025-04-30',
      '2025-05-31',
    ]);
    // The days late are in the messages: 14, 41 and 30 (see the file's header).
    expect(findings[0]?.message.sv).toContain('14 dagar sent');
    expect(findings[1]?.message.en).toContain('41 days late');
    expect(findings[3]?.message.sv).toContain('30 dagar efter');
  });

  it('is pending, never overdue, without a reporting date (no clock)', () => {
    const { asOf: _ignored, ...noDate } = plan;
    expect(milestoneStatus(noDate.milestones[3]!).state).toBe('pending');
    expect(auditMilestonePlan(noDate).map((f) => f.code)).not.toContain(
      'governance/milestone-overdue',
    );
  });

  it('property: days late is decided − planned, and the state follows its sign', () => {
    const day = fc
      .integer({ min: 0, max: 2000 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (planned, decided) => {
        const s = milestoneStatus({ id: 'm', title: 'M', kind: 'gate', planned, decided });
        expect(s.daysLate).toBe(daysBetween(planned, decided));
        expect(s.state).toBe(decided > planned ? 'late' : decided < planned ? 'early' : 'on-time');
        const audit = auditMilestonePlan({
          name: 'T',
          milestones: [{ id: 'm', title: 'M', kind: 'gate', planned, decided }],
        });
        expect(audit.length).toBe(decided > planned ? 1 : 0);
      }),
    );
  });
});

describe('milestones against the gate log', () => {
  it('checks a milestone decision against the logged decision', () => {
    const plan = ok(
      parseMilestonePlan({
        name: 'T',
        milestones: [
          {
            id: 'bp1',
            title: 'BP1',
            kind: 'gate',
            planned: '2024-03-01',
            decided: '2024-03-01',
            decision: 'd1',
          },
          {
            id: 'bp2',
            title: 'BP2',
            kind: 'gate',
            planned: '2024-04-01',
            decided: '2024-04-01',
            decision: 'd9',
          },
        ],
      }),
    );
    const log = ok(
      parseGateLog({
        name: 'Behov',
        process: NEEDS_PROCESS,
        items: [{ id: 'n1', title: 'Behov', history: [] }],
        decisions: [
          {
            id: 'd1',
            item: 'n1',
            date: '2024-03-05',
            outcome: 'advance',
            decidedBy: 'chef',
            kind: 'behov',
          },
        ],
      }),
    );
    expect(auditMilestonePlan(plan, log).map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['governance/milestone-decision-date', '2024-03-05', '2024-03-01'],
      ['governance/unknown-reference', undefined, 'd9'],
    ]);
    expect(auditMilestonePlan(plan)).toEqual([]);
  });
});
