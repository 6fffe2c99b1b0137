// Golden tests: every figure of DOMAIN §1 and the pm3 issue, computed from the reference
// datasets in docs/examples/linkoping-vso-2021 and compared with the seed's printed figure.
import { exact, formatPartialSum, type Exact, type PartialSum } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import {
  activityTypeShares,
  auditObjektplan,
  costPerFte,
  initiativeCosts,
  matrixTotals,
  selectSum,
  strategicWithoutGoal,
  type Matrix,
} from '../index.js';
import { planA, planB } from './fixtures.js';

const A = 'linkoping-vso-objektplan-2021.txt';
const B = 'linkoping-vso-objektplan-2021-version-b.txt';

function complete(sum: PartialSum | undefined): string {
  expect(sum?.unknownCount).toBe(0);
  return sum?.known.toString() ?? 'missing';
}

function rowTotal(matrix: Matrix, activity: string): string {
  const i = matrix.rows.findIndex((r) => r.activity === activity);
  return complete(matrixTotals(matrix).rows[i]);
}

function cells(matrix: Matrix, activity: string): string[] {
  const row = matrix.rows.find((r) => r.activity === activity);
  if (row === undefined) return [];
  return [row.businessVm, row.businessVu, row.itVm, row.itVu].map((c) =>
    typeof c === 'string' ? c : c.toString(),
  );
}

const eq = (a: Exact | undefined, b: string): boolean => a?.equals(exact(b)) ?? false;

describe('version A budget (kkr)', () => {
  const budget = planA().budget;
  const totals = matrixTotals(budget);

  it('reproduces every row sum', () => {
    // seed: linkoping-vso-objektplan-2021.txt:179 Förvaltningsstyrning 1 200 / 100 / 500 / 0 = 1 800
    expect(cells(budget, 'forvaltningsstyrning')).toEqual(['1200', '100', '500', '0']);
    expect(rowTotal(budget, 'forvaltningsstyrning')).toBe('1800');
    // seed: :180 Användarstöd 2 000 / 200 / 0 / 0 = 2 200
    expect(cells(budget, 'anvandarstod')).toEqual(['2000', '200', '0', '0']);
    expect(rowTotal(budget, 'anvandarstod')).toBe('2200');
    // seed: :181 Ändringshantering VU only: 10 200 (verksamhet), 3 000 (IT) = 13 200
    expect(cells(budget, 'andringshantering')).toEqual(['empty', '10200', 'empty', '3000']);
    expect(rowTotal(budget, 'andringshantering')).toBe('13200');
    // seed: :182 Daglig IT-drift VM only: 3 900 (verksamhet), 24 000 (IT) = 27 900
    expect(cells(budget, 'daglig-it-drift')).toEqual(['3900', 'empty', '24000', 'empty']);
    expect(rowTotal(budget, 'daglig-it-drift')).toBe('27900');
  });

  it('reproduces the column sums and the grand total', () => {
    // seed: linkoping-vso-objektplan-2021.txt:183 Summa 7 100 / 10 500 / 24 500 / 3 000 / 45 100
    expect(complete(totals.columns.businessVm)).toBe('7100');
    expect(complete(totals.columns.businessVu)).toBe('10500');
    expect(complete(totals.columns.itVm)).toBe('24500');
    expect(complete(totals.columns.itVu)).toBe('3000');
    expect(complete(totals.grand)).toBe('45100');
  });

  it('splits the total by activity type and side', () => {
    // VM = 7 100 + 24 500, VU = 10 500 + 3 000 (seed :183); sides likewise.
    expect(complete(totals.byActivityType.vm)).toBe('31600');
    expect(complete(totals.byActivityType.vu)).toBe('13500');
    expect(complete(totals.bySide.business)).toBe('17600');
    expect(complete(totals.bySide.it)).toBe('27500');
    const shares = activityTypeShares(budget);
    expect(eq(shares?.vm, '70.07')).toBe(true);
    expect(eq(shares?.vu, '29.93')).toBe(true);
  });

  it('finds that all stated sums hold (no mismatch findings)', () => {
    const codes = auditObjektplan(planA()).map((f) => f.code);
    expect(codes).not.toContain('pm3/row-sum-mismatch');
    expect(codes).not.toContain('pm3/column-sum-mismatch');
    expect(codes).not.toContain('pm3/grand-total-mismatch');
  });
});

describe('FTE (årsarbeten), the same in both versions', () => {
  for (const [name, plan, seed] of [
    ['A', planA(), `${A}:189-195`],
    ['B', planB(), `${B}:430-441`],
  ] as const) {
    it(`reproduces every FTE sum in version ${name} (seed: ${seed})`, () => {
      const fte = plan.fte;
      expect(fte).toBeDefined();
      if (fte === undefined) return;
      const totals = matrixTotals(fte);
      // Förvaltningsstyrning 1,0 / – / 0,5 / – = 1,5 (seed A :191)
      expect(cells(fte, 'forvaltningsstyrning')).toEqual(['1', 'empty', '0.5', 'empty']);
      expect(rowTotal(fte, 'forvaltningsstyrning')).toBe('1.5');
      // Användarstöd 3,4 / 1,0 / – / – = 4,4 (seed A :192)
      expect(rowTotal(fte, 'anvandarstod')).toBe('4.4');
      // Ändringshantering 2,5 / 6,3 / – / 0,5 = 9,3 (seed A :193)
      expect(rowTotal(fte, 'andringshantering')).toBe('9.3');
      // Daglig drift 4,3 / 1,3 / 0,5 / – = 6,1 (seed A :194)
      expect(rowTotal(fte, 'daglig-it-drift')).toBe('6.1');
      // Columns 11,2 / 8,6 / 1,0 / 0,5; total 21,3 (seed A :195)
      expect(complete(totals.columns.businessVm)).toBe('11.2');
      expect(complete(totals.columns.businessVu)).toBe('8.6');
      expect(complete(totals.columns.itVm)).toBe('1');
      expect(complete(totals.columns.itVu)).toBe('0.5');
      expect(complete(totals.grand)).toBe('21.3');
      // VM FTE = 12,2, "cirka 12 årsarbeten" (seed A :69)
      expect(complete(totals.byActivityType.vm)).toBe('12.2');
      // Objektledare 1,5 årsarbeten within VM (seed A :69)
      expect(
        complete(selectSum(fte, { activity: 'forvaltningsstyrning', activityType: 'vm' })),
      ).toBe('1.5');
      const codes = auditObjektplan(plan).map((f) => f.code);
      expect(codes).not.toContain('pm3/stated-figure-mismatch');
    });
  }

  it('gives cost per årsarbete where both exist (45 100 kkr / 21,3 = 2 117,4 kkr)', () => {
    const plan = planA();
    if (plan.fte === undefined) throw new Error('fixture has FTE');
    const ratio = costPerFte(plan.budget, plan.fte);
    expect(ratio.total?.toString()).toBe('2117.4');
    // Förvaltningsstyrning 1 800 / 1,5 = 1 200 (seed A :179, :191)
    expect(ratio.byActivity.get('forvaltningsstyrning')?.toString()).toBe('1200');
  });
});

describe('version B budget (kkr)', () => {
  const budget = planB().budget;
  const totals = matrixTotals(budget);

  it('reproduces every row sum', () => {
    // seed: linkoping-vso-objektplan-2021-version-b.txt:402 917 / 0 / 459 / 0 = 1 376
    expect(rowTotal(budget, 'forvaltningsstyrning')).toBe('1376');
    // seed: :404 8 096 / 0 / 89 / 0 = 8 185
    expect(rowTotal(budget, 'anvandarstod')).toBe('8185');
    // seed: :409 655 / 3 432 / 156 / 115 = 4 358
    expect(rowTotal(budget, 'andringshantering')).toBe('4358');
    // seed: :414 11 463 / 0 / 21 758 / 0 = 33 221
    expect(rowTotal(budget, 'daglig-it-drift')).toBe('33221');
  });

  it('reproduces the column sums and the grand total', () => {
    // seed: linkoping-vso-objektplan-2021-version-b.txt:416 21 131 / 3 432 / 22 462 / 115 / 47 140
    expect(complete(totals.columns.businessVm)).toBe('21131');
    expect(complete(totals.columns.businessVu)).toBe('3432');
    expect(complete(totals.columns.itVm)).toBe('22462');
    expect(complete(totals.columns.itVu)).toBe('115');
    expect(complete(totals.grand)).toBe('47140');
    const codes = auditObjektplan(planB()).map((f) => f.code);
    expect(codes.filter((c) => c.endsWith('-mismatch') && c !== 'pm3/cost-items-mismatch')).toEqual(
      [],
    );
  });
});

describe('initiatives and goal links (version A)', () => {
  const plan = planA();

  it('sums known strategic costs to 6 700 kkr + 3 unknown, never treating "?" as 0', () => {
    // seed: linkoping-vso-objektplan-2021.txt:101-111
    const costs = initiativeCosts(plan, 'strategic');
    expect(costs.known.toString()).toBe('6700');
    expect(costs.unknownCount).toBe(3);
    expect(formatPartialSum(costs, { unit: 'kkr' }).en).toBe('6,700 kkr + 3 unknown');
    const finding = auditObjektplan(plan).find(
      (f) => f.code === 'pm3/unknown-costs' && f.message.sv.startsWith('Strategiska'),
    );
    expect(finding?.message.sv).toBe('Strategiska initiativ: 6\u00a0700\u00a0kkr + 3 okända');
  });

  it('finds the four strategic initiatives without a committee-goal link', () => {
    // seed: linkoping-vso-objektplan-2021.txt:105, :107, :108, :109 have no row in the goal
    // table at :40-49.
    const unlinked = strategicWithoutGoal(plan).map((i) => i.name);
    expect(unlinked).toEqual([
      'Digitala matinköp',
      'Tjänster på distans (öppenvård, hemsjukvård)',
      'Distansmöten som norm',
      'iPads i äldreomsorgen',
    ]);
    const findings = auditObjektplan(plan).filter(
      (f) => f.code === 'pm3/strategic-without-goal-link',
    );
    expect(findings.map((f) => f.path)).toEqual([
      ['initiatives', 3, 'links'],
      ['initiatives', 5, 'links'],
      ['initiatives', 6, 'links'],
      ['initiatives', 7, 'links'],
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('in version B the extra goal-table row links digitala matinköp: three remain', () => {
    // seed: linkoping-vso-objektplan-2021-version-b.txt:87
    expect(strategicWithoutGoal(planB()).map((i) => i.id)).toEqual([
      'tjanster-pa-distans',
      'distansmoten',
      'ipads-aldreomsorg',
    ]);
  });

  it('keeps the 8 goal linkage rows, with one objektplan goal serving two nämndmål', () => {
    // seed: linkoping-vso-objektplan-2021.txt:41-49
    expect(plan.goalLinks).toHaveLength(8);
    const servingETjanster = plan.goalLinks.filter((l) => l.planGoals.includes('e-tjanster'));
    expect(servingETjanster.map((l) => l.committeeGoal)).toEqual([
      'goda-arbetsplatser',
      'tillgangliga-tjanster',
    ]);
  });
});

describe('technical operations cost items', () => {
  it('reports 22,9 mnkr of items against the stated 22,7 mnkr as a warning', () => {
    // seed: linkoping-vso-objektplan-2021.txt:73 5,6 + 5,4 + 4,2 + 4,2 + ca 3,5 = 22,9 ≠ 22,7
    const finding = auditObjektplan(planA()).find((f) => f.code === 'pm3/cost-items-mismatch');
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['costBreakdowns', 0, 'statedTotal'],
      expected: '22.9', // computed from the items
      actual: '22.7', // as the plan states it
    });
    expect(finding?.message.sv).toContain('skillnad 0,2 mnkr');
    expect(finding?.message.en).toContain('difference 0.2 mnkr');
  });
});
