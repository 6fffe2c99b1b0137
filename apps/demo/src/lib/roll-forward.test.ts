import { describe, expect, it } from 'vitest';
import { exampleDocument } from './examples.js';
import { evaluatePlan } from './objektplan.js';
import {
  blankPlan,
  nextFollowUpPeriod,
  retitle,
  rollForwardPlan,
  shiftDate,
  type Doc,
} from './roll-forward.js';

// docs/examples/linkoping-vso-2021/objektplan-a.yaml (seed linkoping-vso-objektplan-2021.txt)
const planA = exampleDocument('linkoping-vso-2021/objektplan-a.yaml') as Doc;
// docs/examples/sala-san-2023-06/budget-follow-up.yaml (seed sala-san-kallelse-2023-06-15.txt)
const followUp = exampleDocument('sala-san-2023-06/budget-follow-up.yaml') as Doc;

const rows = (d: Doc, m: 'budget' | 'fte') => (d[m] as { rows: Record<string, unknown>[] }).rows;

describe('rolling an objektplan forward', () => {
  const next = rollForwardPlan(planA, { id: 'linkoping-vso-2022', year: 2022, keepAmounts: false });

  it('moves year, validity and title and makes a draft that supersedes the old plan', () => {
    expect(next.id).toBe('linkoping-vso-2022');
    expect(next.year).toBe(2022);
    expect(next.validity).toEqual({ start: '2022-01-01', end: '2022-12-31' });
    expect(next.title).toBe('Strategisk objektplan Vård, stöd och omsorg 2022');
    expect(next.version).toEqual({
      label: 'Utkast 2022',
      status: 'draft',
      supersedes: 'linkoping-vso-2021-a',
    });
  });

  it('carries rows, roles, forums, goals, goal links and initiatives over', () => {
    expect(rows(next, 'budget').map((r) => r.activity)).toEqual(
      rows(planA, 'budget').map((r) => r.activity),
    );
    expect(next.roles).toEqual(planA.roles);
    expect(next.forumsRef).toBe('linkoping-vso-2021-forums');
    expect(next.organisationRef).toBe(planA.organisationRef);
    expect(next.committeeGoals).toEqual(planA.committeeGoals);
    expect(next.planGoals).toEqual(planA.planGoals);
    expect(next.goalLinks).toEqual(planA.goalLinks);
    expect((next.initiatives as unknown[]).length).toBe((planA.initiatives as unknown[]).length);
  });

  it('empties every amount (empty, not zero) unless amounts are kept', () => {
    for (const m of ['budget', 'fte'] as const) {
      for (const r of rows(next, m)) {
        expect([r.businessVm, r.businessVu, r.itVm, r.itVu]).toEqual([
          'empty',
          'empty',
          'empty',
          'empty',
        ]);
        expect(r.statedTotal).toBeUndefined();
      }
      expect((next[m] as Record<string, unknown>).statedGrandTotal).toBeUndefined();
    }
    expect(next.statedFigures).toBeUndefined();
    expect((next.initiatives as Record<string, unknown>[]).every((i) => i.cost === undefined)).toBe(
      true,
    );
    // The rolled plan parses and audits; its budget total is 0 known items, not a figure.
    const e = evaluatePlan(next);
    expect(e.ok).toBe(true);
    expect(e.findings.filter((f) => f.code === 'pm3/row-sum-mismatch')).toEqual([]);
  });

  it('keeps the amounts when asked, so the new draft has the same totals (45 100 kkr)', () => {
    const kept = rollForwardPlan(planA, { id: 'x', year: 2022, keepAmounts: true });
    expect(rows(kept, 'budget')).toEqual(rows(planA, 'budget'));
    expect(evaluatePlan(kept).totals.budget?.grand.en).toBe('45,100 kkr');
    expect(kept.statedFigures).toEqual(planA.statedFigures);
  });

  it('never changes the plan it started from', () => {
    const before = JSON.stringify(planA);
    rollForwardPlan(planA, { id: 'y', year: 2030, keepAmounts: false });
    expect(JSON.stringify(planA)).toBe(before);
  });
});

describe('dates and titles', () => {
  it('moves dates by whole years, 29 February to 28 February in a common year', () => {
    expect(shiftDate('2021-03-01', 1)).toBe('2022-03-01');
    expect(shiftDate('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftDate('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftDate('not a date', 1)).toBe('not a date');
  });
  it('replaces the year in a title or adds it', () => {
    expect(retitle('Objektplan 2021', 2021, 2022)).toBe('Objektplan 2022');
    expect(retitle('Objektplan', 2021, 2022)).toBe('Objektplan 2022');
  });
});

describe('a blank plan', () => {
  it('has the main activities with empty cells (nothing stated: 0 kkr) and parses', () => {
    const plan = blankPlan({
      id: 'nytt-2027',
      objectId: 'nytt',
      title: 'Objektplan Nytt 2027',
      year: 2027,
      activities: ['forvaltningsstyrning', 'anvandarstod'],
    });
    expect(rows(plan, 'budget').map((r) => r.activity)).toEqual([
      'forvaltningsstyrning',
      'anvandarstod',
    ]);
    const e = evaluatePlan(plan);
    expect(e.ok).toBe(true);
    expect(e.totals.budget?.grand.en).toBe('0 kkr');
  });
});

describe('a new budget follow-up period', () => {
  it('keeps statements, rows and the annual budget and empties the period figures', () => {
    const next = nextFollowUpPeriod(followUp, { id: 'sala-san-2023-06', year: 2023, months: 6 });
    expect(next.months).toBe(6);
    expect(next.id).toBe('sala-san-2023-06');
    const before = followUp.statements as { rows: Record<string, unknown>[] }[];
    const after = next.statements as { rows: Record<string, unknown>[] }[];
    expect(after.map((s) => s.rows.map((r) => r.id))).toEqual(
      before.map((s) => s.rows.map((r) => r.id)),
    );
    for (const s of after)
      for (const r of s.rows) {
        expect(r.periodOutcome).toBeUndefined();
        expect(r.deviation).toBeUndefined();
      }
    expect(next.roundedFigures).toBeUndefined();
  });
});
