// Golden tests: every figure of the Sala ESF project "IP" (DOMAIN.md §4, issue) computed
// from docs/examples/sala-esf-ip and compared with the seed
// /work/shared/seeds/sala-san-kallelse-2023-06-15.txt.
import { describe, expect, it } from 'vitest';
import { Exact, monthsBetween } from '@styrkit/core';
import {
  auditEsf,
  budgetVersions,
  computeFinancing,
  cofinancingShortfall,
  hoursVsPlan,
  participantStatistics,
  phaseTotals,
  totalHours,
} from '../index.js';
import { loadSala } from './fixtures.js';

const sala = loadSala();

describe('Sala IP financing (seed lines 772-779)', () => {
  const f = computeFinancing(sala.project);

  it('total financing 5 549 825 and co-financing 1 823 196 (seed :775, :776)', () => {
    expect(f.totalEligibleCost?.toString()).toBe('5549825');
    expect(f.cofinancing.toString()).toBe('1823196');
    // the synthetic split of the lines sums exactly to the stated total
    expect(f.totalSource).toBe('lines');
    expect(sala.project.statedTotalEligibleCost?.equals(f.totalEligibleCost ?? Exact.ZERO)).toBe(
      true,
    );
  });

  it('ESF grant 3 726 629 SEK = total − co-financing', () => {
    expect(f.grant?.toString()).toBe('3726629');
  });

  it('shares 67,15 % and 32,85 % (two decimals, half-up; seed :777, :778)', () => {
    expect(f.grantPercent?.toString()).toBe('67.15');
    expect(f.cofinancingPercent?.toString()).toBe('32.85');
    expect(f.grantPercent?.plus(f.cofinancingPercent ?? 0).toString()).toBe('100');
  });

  it('shortfall against the call’s 33 %: 0,15 points and about 8 246 SEK (seed :779)', () => {
    const s = cofinancingShortfall({
      total: f.totalEligibleCost,
      cofinancing: f.cofinancing,
      requiredPercent: sala.call.requiredCofinancingPercent,
    });
    expect(s).toBeDefined();
    // exact: 5 549 825 × 33 % = 1 831 442,25; minus 1 823 196 = 8 246,25
    expect(s?.requiredAmount.toString()).toBe('1831442.25');
    expect(s?.amount.toString()).toBe('8246.25');
    expect(s?.amount.round(0, 'half-up').toString()).toBe('8246');
    expect(s?.points.round(2, 'half-up').toString()).toBe('0.15');
  });
});

describe('Sala IP hours and participants (seed lines 794-818)', () => {
  it('7 894 hours reported against 6 778 planned = 116,47 % (seed :794)', () => {
    const h = hoursVsPlan(sala.project, sala.timeReports);
    expect(totalHours(sala.timeReports)).toBe(7894);
    expect(h.reported).toBe(7894);
    expect(h.planned).toBe(6778);
    // 7894 / 6778 = 1.164650…: half-up gives 116,47 (truncation would give 116,46)
    expect(h.percentOfPlan?.toString()).toBe('116.47');
    expect(h.months.at(-1)?.cumulativePlanned).toBe(6778);
    expect(h.months.at(-1)?.cumulativeReported).toBe(7894);
  });

  it('932 participants = 744 women + 188 men; 116 hourly-paid substitutes (seed :802, :806)', () => {
    const s = participantStatistics(sala.timeReports);
    expect(s.total).toBe(932);
    expect(s.women).toBe(744);
    expect(s.men).toBe(188);
    expect(s.women + s.men).toBe(s.total);
    expect(s.hourlySubstitutes).toBe(116);
  });

  it('887 participants expected (seed :743) against 932', () => {
    expect(sala.project.expectedParticipants).toBe(887);
    expect(sala.finalReport.figures.expectedParticipants).toBe(887);
  });

  it('staff 1 115 W / 352 M on 2022-03-01 and 1 184 W / 394 M on 2023-03-31 (seed :810)', () => {
    expect(sala.finalReport.figures.staffCounts).toEqual([
      { date: '2022-03-01', women: 1115, men: 352 },
      { date: '2023-03-31', women: 1184, men: 394 },
    ]);
  });
});

describe('Sala IP phases and change request (seed lines 781, 975)', () => {
  it('phases are 2 + 13 + 1 = 16 months', () => {
    const months = sala.project.phases.map((p) => monthsBetween(p));
    expect(months).toEqual([2, 13, 1]);
    expect(months.reduce((a, b) => a + b, 0)).toBe(16);
  });

  it('June 2022 moved 107 813 SEK from analysis to implementation; the total is unchanged', () => {
    const { versions, overdraws } = budgetVersions(sala.project, [sala.changeRequest]);
    expect(overdraws).toEqual([]);
    expect(versions).toHaveLength(2);
    const [before, after] = versions.map((v) => phaseTotals(v.cells));
    const analysisBefore = before?.find((p) => p.phase === 'analysis')?.amount ?? Exact.ZERO;
    const analysisAfter = after?.find((p) => p.phase === 'analysis')?.amount ?? Exact.ZERO;
    const implBefore = before?.find((p) => p.phase === 'implementation')?.amount ?? Exact.ZERO;
    const implAfter = after?.find((p) => p.phase === 'implementation')?.amount ?? Exact.ZERO;
    expect(analysisBefore.minus(analysisAfter).toString()).toBe('107813');
    expect(implAfter.minus(implBefore).toString()).toBe('107813');
    const total = (cells: readonly { amount: Exact }[] | undefined) =>
      (cells ?? []).reduce((a, c) => a.plus(c.amount), Exact.ZERO).toString();
    expect(total(before)).toBe(total(after));
    expect(total(after)).toBe('5549825');
  });
});

describe('Sala IP audit finds what the seed does not notice', () => {
  const findings = auditEsf({
    call: sala.call,
    project: sala.project,
    changeRequests: [sala.changeRequest],
    timeReports: sala.timeReports,
    finalReport: sala.finalReport,
  });
  const codes = findings.map((f) => f.code);

  it('reports the co-financing share below the call (32,85 % < 33 %)', () => {
    const f = findings.find(
      (x) => x.code === 'esf/cofinancing-below-required' && x.path[0] === 'project',
    );
    expect(f?.severity).toBe('error');
    expect(f?.expected).toBe('33');
    expect(f?.actual).toBe('32.85');
    expect(f?.message.sv).toContain('8\u00a0246');
    expect(f?.message.en).toContain('8,246');
    expect(f?.message.sv).toContain('0,15');
  });

  it('reports the same shortfall from the final report’s own figures', () => {
    expect(
      findings.some(
        (x) => x.code === 'esf/cofinancing-below-required' && x.path[0] === 'finalReport',
      ),
    ).toBe(true);
  });

  it('reports the tablet totals: FO rows 29 vs stated 30, SÄBO rows 16 vs stated 14 (seed :829-844)', () => {
    const mismatches = findings.filter((x) => x.code === 'esf/table-total-mismatch');
    expect(mismatches.map((m) => [m.path.join('.'), m.expected, m.actual])).toEqual([
      // expected = the sum of the rows, actual = the stated total (core's convention)
      ['finalReport.tables.0.statedTotals.1', '29', '30'],
      ['finalReport.tables.1.statedTotals.1', '16', '14'],
    ]);
    // phones add up: 45 and 125 (seed :844), 170 in all (seed :824)
    const phones = sala.finalReport.tables.map((t) =>
      t.rows.reduce((a, r) => a.plus(r.values[0] ?? 0), Exact.ZERO).toNumber(),
    );
    expect(phones).toEqual([45, 125]);
    expect(phones[0]! + phones[1]!).toBe(170);
  });

  it('reports hours above plan and participants above expectation as information', () => {
    const hours = findings.find((x) => x.code === 'esf/hours-vs-plan');
    expect(hours?.severity).toBe('info');
    expect(hours?.message.sv).toContain('116,47');
    expect(codes).toContain('esf/participants-vs-expected');
  });

  it('finds nothing else: figures agree with the records', () => {
    expect([...new Set(codes)].sort()).toEqual([
      'esf/cofinancing-below-required',
      'esf/cofinancing-value-unknown',
      'esf/hours-vs-plan',
      'esf/participants-vs-expected',
      // The call states no SEK per EUR rate, so the EUR 200 000 rule is said to be untried.
      'esf/simplified-costs-not-checked',
      'esf/table-total-mismatch',
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(4);
  });

  it('every finding is bilingual and has a path', () => {
    for (const f of findings) {
      expect(f.message.sv.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(f.path.length).toBeGreaterThan(0);
    }
  });
});
