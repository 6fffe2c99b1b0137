// The synthetic flat-rate projects of docs/examples/esf-synthetic: one per simplified cost
// option of EU 2021/1060 art. 54–56. Expected figures are the hand calculations written in
// the comments of each YAML file (repeated here).
import { describe, expect, it } from 'vitest';
import { auditProject, computeCosts, computeFinancing } from '../index.js';
import { loadSynthetic } from './fixtures.js';

describe('project A: staff 20 % of other direct costs + indirect 7 % of direct costs', () => {
  const { call, project } = loadSynthetic('project-a-staff20-indirect7.yaml');
  const costs = computeCosts(project);

  it('computes the staff rate first, then indirect on direct costs including it', () => {
    // other direct = 200 000 + 30 000 + 20 × 3 500 + 50 000 = 350 000
    expect(costs.otherDirect.toString()).toBe('350000');
    // staff = 20 % × 350 000 = 70 000; the real 400 000 line is covered, not deleted
    expect(costs.flatRates.map((f) => [f.option, f.base.toString(), f.amount.toString()])).toEqual([
      ['staff-20-other', '350000', '70000'],
      ['indirect-7-direct', '420000', '29400'],
    ]);
    expect(costs.lines.find((l) => l.id === 'projektledare')?.coveredBy).toBe('staff-20-other');
    expect(costs.lines.find((l) => l.id === 'overhead')?.coveredBy).toBe('indirect-7-direct');
    expect(costs.lines).toHaveLength(project.budgetLines.length);
    // 70 000 + 350 000 + 29 400 + participant costs 300 000 = 749 400
    expect(costs.totalEligibleCost.toString()).toBe('749400');
  });

  it('values participant time at hours × rate and meets the 40 % requirement', () => {
    const f = computeFinancing(project);
    expect(f.cofinancing.toString()).toBe('300000'); // 1 200 h × 250 kr
    expect(f.cofinancingPercent?.toString()).toBe('40.03');
    expect(f.grant?.toString()).toBe('449400');
    expect(auditProject(project, { call })).toEqual([]);
  });
});

describe('project B: real staff from hourly rates + indirect 15 % of staff', () => {
  const { call, project } = loadSynthetic('project-b-indirect15.yaml');
  it('staff lines use annual cost / 1 720 h, pro rata for part time', () => {
    const costs = computeCosts(project);
    // 516 000 / 1 720 × 860 = 258 000; 258 000 / (1 720 × 0,5) × 430 = 129 000
    expect(costs.directStaff.toString()).toBe('387000');
    expect(costs.flatRates[0]?.amount.toString()).toBe('58050'); // 15 % × 387 000
    expect(costs.totalEligibleCost.toString()).toBe('745050'); // + 100 000 + 200 000
    const f = computeFinancing(project);
    expect(f.cofinancingPercent?.toString()).toBe('40.27');
    expect(f.grant?.toString()).toBe('445050');
    expect(auditProject(project, { call })).toEqual([]);
  });
});

describe('project C: indirect at a calculated 18,5 % under the 25 % option', () => {
  const { call, project } = loadSynthetic('project-c-indirect25.yaml');
  it('applies the rate to all direct costs', () => {
    const costs = computeCosts(project);
    expect(costs.flatRates[0]?.base.toString()).toBe('470000');
    expect(costs.flatRates[0]?.amount.toString()).toBe('86950'); // 18,5 % × 470 000
    expect(costs.totalEligibleCost.toString()).toBe('556950');
    expect(computeFinancing(project).cofinancingPercent?.toString()).toBe('44.89');
    expect(auditProject(project, { call })).toEqual([]);
  });
});

describe('project D: 40 % of staff covering all other costs', () => {
  const { call, project } = loadSynthetic('project-d-other40.yaml');
  it('truncates to öre, covers other lines and keeps participant costs on top', () => {
    const costs = computeCosts(project);
    // 600 000 / 1 720 × 1 000 = 348 837,2093… → 348 837,20 (truncated)
    expect(costs.directStaff.toString()).toBe('348837.2');
    expect(costs.flatRates[0]?.amount.toString()).toBe('139534.88'); // 40 % × 348 837,20
    expect(costs.lines.filter((l) => l.coveredBy === 'other-40-staff').map((l) => l.id)).toEqual([
      'konsult',
      'resor',
    ]);
    expect(costs.participantCosts.toString()).toBe('400000');
    expect(costs.totalEligibleCost.toString()).toBe('888372.08');
    const f = computeFinancing(project);
    expect(f.cofinancingPercent?.toString()).toBe('40.52');
    expect(f.grant?.toString()).toBe('528372.08');
    expect(auditProject(project, { call })).toEqual([]);
  });
});
