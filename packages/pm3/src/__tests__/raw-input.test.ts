// Issue 15: yaml.parse output handed straight to a calculation gets a TypeError that names the
// parser to call, never a DecimalError or TypeError from deep inside, nor wrong figures
// (matrixTotals counted raw nulls as unknowns).
import { describe, expect, it } from 'vitest';
import {
  auditBudgetFollowUp,
  auditObjektplan,
  auditPortfolio,
  budgetMatrixTable,
  diffPlans,
  followUpTables,
  initiativesTable,
  matrixTotals,
  objektplanReport,
  rollUpPortfolio,
  type BudgetFollowUp,
  type Objektplan,
} from '../index.js';
import { planA, readEnvelope } from './fixtures.js';

// What yaml.parse gives a caller: `any`, which type-checks as an Objektplan.
const rawPlan = readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document as Objektplan;
const rawFollowUp = readEnvelope('sala-san-2023-06/budget-follow-up.yaml')
  .document as BudgetFollowUp;

describe('raw yaml.parse output in a pm3 calculation', () => {
  const plan: [string, () => unknown][] = [
    ['rollUpPortfolio', () => rollUpPortfolio([rawPlan])],
    ['auditObjektplan', () => auditObjektplan(rawPlan)],
    ['auditPortfolio', () => auditPortfolio([rawPlan])],
    ['matrixTotals', () => matrixTotals(rawPlan.budget)],
    ['budgetMatrixTable', () => budgetMatrixTable(rawPlan)],
    ['initiativesTable', () => initiativesTable(rawPlan)],
    ['diffPlans', () => diffPlans(planA(), rawPlan)],
    ['objektplanReport', () => objektplanReport(rawPlan)],
  ];
  it.each(plan)('%s says to call parseObjektplan', (name, run) => {
    expect(run).toThrow(TypeError);
    expect(run).toThrow(new RegExp(`^${name}: .*not what parseObjektplan returns`));
  });

  it.each([
    ['auditBudgetFollowUp', () => auditBudgetFollowUp(rawFollowUp)],
    ['followUpTables', () => followUpTables(rawFollowUp)],
  ])('%s says to call parseBudgetFollowUp', (name, run) => {
    expect(run).toThrow(new RegExp(`^${name}: roundingTolerance is the number 1, not an exact`));
  });

  it('names the first field that is not parsed', () => {
    const plan = { ...planA(), budget: rawPlan.budget };
    expect(() => auditObjektplan(plan)).toThrow(
      'auditObjektplan: budget.rows.0.businessVm is the number 1200, not an amount',
    );
  });

  it('parsed data, and copies of it, pass', () => {
    expect(auditObjektplan({ ...planA(), title: 'Kopia' }).length).toBeGreaterThan(0);
    expect(() => rollUpPortfolio([planA(), { ...planA(), id: 'kopia' }])).not.toThrow();
  });
});
