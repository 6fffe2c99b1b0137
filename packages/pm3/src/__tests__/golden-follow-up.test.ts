// Golden tests of DOMAIN §6 (budgetuppföljning), computed from
// docs/examples/sala-san-2023-06/budget-follow-up.yaml; seed: sala-san-kallelse-2023-06-15.txt.
import { exact } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import {
  auditBudgetFollowUp,
  followUpFigure,
  followUpTables,
  impliedDeviation,
  linearPeriodBudget,
  modesGiving,
  rescale,
  sumOfRows,
} from '../index.js';
import { salaFollowUp } from './fixtures.js';

const followUp = salaFollowUp();
const period = followUp.statements.find((s) => s.id === 'period-result');
const forecast = followUp.statements.find((s) => s.id === 'forecast');
if (period === undefined || forecast === undefined) throw new Error('fixture has both statements');

describe('period result (income positive, avvikelse = utfall − budget)', () => {
  it('reproduces the result including holiday-pay liability: −9 722 + −5 687 = −15 409 tkr', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:42-44
    const computed = sumOfRows(period.rows, ['resultat', 'semesterloneskuld'], 'periodOutcome');
    expect(computed.known.toString()).toBe('-15409');
    expect(
      followUpFigure(
        followUp,
        'period-result',
        'resultat-inkl-semesterloneskuld',
        'periodOutcome',
      )?.toString(),
    ).toBe('-15409');
  });

  it('reproduces each stated deviation from budget and outcome (within 1 tkr of rounding)', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:32-42
    for (const row of period.rows) {
      const implied = impliedDeviation(period, row);
      if (row.deviation == null || implied === undefined) continue;
      expect(row.deviation.minus(implied).abs().lte(exact(1))).toBe(true);
    }
    const net = period.rows.find((r) => r.id === 'nettokostnad');
    if (net === undefined) throw new Error('fixture row');
    expect(impliedDeviation(period, net)?.toString()).toBe('-9722');
  });
});

describe('forecast (income negative, avvikelse = budget − prognos)', () => {
  it('reproduces the annual deviation −16 376 tkr', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:75
    const result = forecast.rows.find((r) => r.id === 'resultat');
    if (result === undefined) throw new Error('fixture row');
    expect(impliedDeviation(forecast, result)?.toString()).toBe('-16376');
    // Every row's deviation holds exactly in this statement (seed :67-75).
    for (const row of forecast.rows) {
      expect(impliedDeviation(forecast, row)?.equals(row.deviation ?? exact(0))).toBe(true);
    }
  });

  it('computes the period budget as annual × months / 12 (149 646 × 5/12 = 62 352,5)', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:47 (the rule), :75 (annual budget)
    const annual = followUpFigure(followUp, 'forecast', 'resultat', 'annualBudget');
    if (annual == null) throw new Error('fixture figure');
    expect(linearPeriodBudget(annual, followUp.months).toString()).toBe('62352.5');
  });

  it('scales −16 376 tkr to −16,3 mnkr only by truncation; half-up gives −16,4', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:109 shows −16,3
    const value = followUpFigure(followUp, 'forecast', 'resultat', 'deviation');
    if (value == null) throw new Error('fixture figure');
    const units = { from: 'tkr', to: 'mnkr', decimals: 1 } as const;
    expect(rescale(value, { ...units, mode: 'truncate' }).toString()).toBe('-16.3');
    expect(rescale(value, { ...units, mode: 'half-up' }).toString()).toBe('-16.4');
    expect(modesGiving(value, exact('-16.3'), units)).toEqual(['truncate', 'ceil']);
  });
});

describe('audit of the follow-up', () => {
  const findings = auditBudgetFollowUp(followUp);

  it('reports the −16,3 mnkr figure whose rounding changes it', () => {
    const rounding = findings.filter((f) => f.code === 'pm3/rounding-changes-figure');
    expect(rounding).toHaveLength(1);
    expect(rounding[0]).toMatchObject({
      severity: 'warning',
      path: ['roundedFigures', 2, 'stated'],
      expected: '-16.4',
      actual: '-16.3',
    });
    expect(rounding[0]?.message.sv).toContain('trunkering');
  });

  it('reports the 1 tkr row-rounding differences as info, not errors', () => {
    // seed: :36 personal 6 733 vs 6 732; :39 −82 116 vs −82 117; :42 result 0 / −9 722 vs 1 / −9 721
    const rounding = findings.filter((f) => f.code === 'pm3/follow-up-rounding-difference');
    expect(rounding.map((f) => f.path)).toEqual([
      ['statements', 0, 'rows', 4, 'deviation'],
      ['statements', 0, 'rows', 7, 'periodOutcome'],
      ['statements', 0, 'rows', 10, 'periodBudget'],
      ['statements', 0, 'rows', 10, 'periodOutcome'],
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('notes forecast period budgets that are not annual × 5/12', () => {
    // seed: :70, :71, :74, :75 (e.g. 21 382 vs 51 312 × 5/12 = 21 380)
    const linear = findings.filter((f) => f.code === 'pm3/period-budget-not-linear');
    expect(linear.map((f) => f.actual)).toEqual(['21382', '46119', '77161', '62358']);
  });

  it('confirms every stated share of the annual budget (29 %, 16 %, … 48 %)', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:67-75
    expect(findings.filter((f) => f.code === 'pm3/share-mismatch')).toEqual([]);
  });

  it('renders the statements as tables', () => {
    const tables = followUpTables(followUp);
    expect(tables.map((t) => t.id)).toEqual([
      'pm3/follow-up-period-result',
      'pm3/follow-up-forecast',
      'pm3/follow-up-rounded',
    ]);
  });
});
