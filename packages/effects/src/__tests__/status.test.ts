import { exact, plainCell } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import {
  evaluateGoalStatus,
  expectedValueAt,
  goalSchema,
  goalStatusTable,
  measurementSchema,
  progressToTarget,
  rollUpGoalTree,
  rollUpStatuses,
} from '../index.js';

// A falling indicator: processing time from 40 days (2024-01-01) to 20 days (2024-12-31),
// with a milestone of 35 days on 2024-07-01 (a slow start).
const goal = goalSchema.parse({
  id: 'handlaggningstid',
  level: 'effect-goal',
  title: 'Kortare handläggningstid',
  parents: ['n1'],
  owner: { role: 'Avdelningschef', side: 'business' },
  indicator: { name: 'Handläggningstid', unit: 'dagar', direction: 'decrease' },
  baseline: { value: '40', date: '2024-01-01' },
  milestones: [{ value: '35', date: '2024-07-01' }],
  target: { value: '20', date: '2024-12-31' },
});
const m = (date: string, value: string, unit = 'dagar') =>
  measurementSchema.parse({ goalId: goal.id, date, value, unit });

describe('expected value on the path baseline → milestones → target', () => {
  it('interpolates by days between the points', () => {
    // 2024-01-01 → 2024-07-01 is 182 days; 91 days in, halfway from 40 to 35.
    expect(expectedValueAt(goal, '2024-04-01')?.toString()).toBe('37.5');
    expect(expectedValueAt(goal, '2024-07-01')?.toString()).toBe('35');
    expect(expectedValueAt(goal, '2023-06-01')?.toString()).toBe('40');
    expect(expectedValueAt(goal, '2025-06-01')?.toString()).toBe('20');
  });

  it('measures progress in percent in either direction', () => {
    expect(progressToTarget(goal, exact(30))?.toString()).toBe('50');
    expect(progressToTarget(goal, exact(45))?.toString()).toBe('-25');
  });
});

describe('goal status', () => {
  it('is not started before any measurement, missed after the target date without one', () => {
    expect(evaluateGoalStatus(goal, [], { asOf: '2024-03-01' }).status).toBe('not-started');
    expect(evaluateGoalStatus(goal, [], { asOf: '2025-01-15' }).status).toBe('missed');
  });

  it('is on track at or better than the path, behind when worse', () => {
    expect(evaluateGoalStatus(goal, [m('2024-04-01', '37')], { asOf: '2024-05-01' }).status).toBe(
      'on-track',
    );
    const behind = evaluateGoalStatus(goal, [m('2024-04-01', '38')], { asOf: '2024-05-01' });
    expect(behind.status).toBe('behind');
    expect(behind.expected?.toString()).toBe('37.5');
    expect(behind.reason.sv).toContain('efter det planerade 37,5');
    expect(behind.reason.en).toContain('behind the planned 37.5');
  });

  it('says "högst"/"at most" on track for a falling indicator, "minst"/"at least" for a rising one', () => {
    const falling = evaluateGoalStatus(goal, [m('2024-04-01', '37')], { asOf: '2024-05-01' });
    expect(falling.reason).toEqual({
      sv: 'Värdet 37 (2024-04-01) är högst det planerade 37,5',
      en: 'Value 37 (2024-04-01) is at most the planned 37.5',
    });
    // The same path upside down (20 → 40 days would be a rising indicator).
    const rising = goalSchema.parse({
      ...goal,
      indicator: { ...goal.indicator, direction: 'increase' },
      baseline: { value: '20', date: '2024-01-01' },
      milestones: [{ value: '25', date: '2024-07-01' }],
      target: { value: '40', date: '2024-12-31' },
    });
    const up = evaluateGoalStatus(rising, [m('2024-04-01', '23')], { asOf: '2024-05-01' });
    expect(up.reason.sv).toBe('Värdet 23 (2024-04-01) är minst det planerade 22,5');
    expect(up.reason.en).toBe('Value 23 (2024-04-01) is at least the planned 22.5');
  });

  it('is achieved when the target is reached, missed when the date passed short of it', () => {
    expect(evaluateGoalStatus(goal, [m('2024-10-01', '19')]).status).toBe('achieved');
    expect(evaluateGoalStatus(goal, [m('2024-12-01', '25')], { asOf: '2025-02-01' }).status).toBe(
      'missed',
    );
  });

  it('ignores measurements in another unit, of another goal or after the reporting date', () => {
    const other = measurementSchema.parse({
      goalId: 'x',
      date: '2024-04-01',
      value: '1',
      unit: 'dagar',
    });
    const status = evaluateGoalStatus(
      goal,
      [m('2024-04-01', '1', 'timmar'), other, m('2024-09-01', '10')],
      {
        asOf: '2024-06-01',
      },
    );
    expect(status.status).toBe('not-started');
  });

  it('uses qualitative assessments for goals without numbers', () => {
    const qualitative = goalSchema.parse({
      id: 'q',
      level: 'effect-goal',
      title: 'Bättre samverkan',
      assessments: [
        { date: '2023-01-01', result: 'not-met' },
        { date: '2023-06-01', result: 'partly-met', text: 'Delvis' },
      ],
    });
    expect(evaluateGoalStatus(qualitative, []).status).toBe('behind');
    expect(evaluateGoalStatus(qualitative, [], { asOf: '2023-02-01' }).status).toBe('missed');
  });

  it('rolls up to the worst status, over a tree', () => {
    expect(rollUpStatuses([]).overall).toBeUndefined();
    expect(rollUpStatuses(['achieved', 'on-track']).overall).toBe('on-track');
    const parent = goalSchema.parse({ id: 'n1', level: 'committee-goal', title: 'Nämndmål' });
    const sibling = goalSchema.parse({
      id: 'e2',
      level: 'effect-goal',
      title: 'E2',
      parents: ['n1'],
    });
    const roll = rollUpGoalTree(
      [parent, goal, sibling],
      new Map([
        [goal.id, 'achieved' as const],
        ['e2', 'missed' as const],
      ]),
    );
    expect(roll.get('n1')?.counts).toMatchObject({ achieved: 1, missed: 1 });
    expect(roll.get('n1')?.overall).toBe('missed');
  });

  it('shows status, progress (1 decimal) and reason in a table', () => {
    const t = goalStatusTable([goal], [m('2024-04-01', '37')], { asOf: '2024-05-01' });
    expect(plainCell(t.rows[0]?.cells.status)).toBe('enligt plan');
    // Text cells carry both languages, so an English reader sees English.
    expect(plainCell(t.rows[0]?.cells.status, 'en')).toBe('on track');
    expect(plainCell(t.rows[0]?.cells.progress)).toBe('15');
  });
});
