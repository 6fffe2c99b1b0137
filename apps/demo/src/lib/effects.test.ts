import { describe, expect, it } from 'vitest';
import { goalSeries, goalTree, type GoalJson } from './effects.js';

const goal: GoalJson = {
  id: 'e1',
  level: 'effect-goal',
  title: 'Kortare handläggningstid',
  parents: ['n1'],
  indicator: { name: 'Handläggningstid', unit: 'dagar', direction: 'decrease' },
  baseline: { value: '40', date: '2024-01-01' },
  target: { value: '20', date: '2024-12-31' },
};

describe('effects', () => {
  it('draws the planned path from baseline to target through the measurement dates', () => {
    const s = goalSeries(goal, [
      { goalId: 'e1', date: '2024-07-01', value: '28' },
      { goalId: 'other', date: '2024-03-01', value: '1' },
    ]);
    expect(s?.dates).toEqual(['2024-01-01', '2024-07-01', '2024-12-31']);
    expect(s?.planned[0]).toBe(40);
    expect(s?.planned[2]).toBe(20);
    expect(s?.planned[1]).toBeCloseTo(30.05, 1);
    expect(s?.measured).toEqual([null, 28, null]);
  });

  it('does not chart a goal that is not measurable', () => {
    const { indicator: _indicator, ...noIndicator } = goal;
    expect(
      goalSeries(noIndicator, [{ goalId: 'e1', date: '2024-07-01', value: '28' }]),
    ).toBeUndefined();
    expect(goalSeries(goal, [])).toBeUndefined();
  });

  it('builds the goal tree under first parents, cycles included', () => {
    const tree = goalTree([
      { id: 'n1', level: 'committee-goal', title: 'Nämndmål' },
      goal,
      { id: 'x', level: 'objective', title: 'X', parents: ['y'] },
      { id: 'y', level: 'objective', title: 'Y', parents: ['x'] },
    ]);
    expect(tree[0]?.goal.id).toBe('n1');
    expect(tree[0]?.children[0]?.goal.id).toBe('e1');
    expect(tree.flatMap((n) => [n.goal.id, ...n.children.map((c) => c.goal.id)]).sort()).toEqual([
      'e1',
      'n1',
      'x',
      'y',
    ]);
  });
});
