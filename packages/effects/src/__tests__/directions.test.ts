import { describe, expect, it } from 'vitest';
import { auditGoals, goalSchema } from '../index.js';

describe('goal direction without an indicator', () => {
  it('checks a target against the goal direction before an indicator exists', () => {
    const goal = goalSchema.parse({
      id: 'e',
      level: 'effect-goal',
      title: 'Kortare väntetid',
      direction: 'decrease',
      baseline: { value: '30', date: '2024-01-01' },
      target: { value: '35', date: '2025-01-01' },
    });
    const f = auditGoals([goal]).find((x) => x.code === 'effects/target-wrong-direction');
    expect(f?.message.sv).toBe('Målvärdet 35 ska vara < utgångsvärdet 30 när målet ska minska');
  });

  it('reports a goal direction that the indicator contradicts; a survey goal has none', () => {
    const conflict = goalSchema.parse({
      id: 'e',
      level: 'effect-goal',
      title: 'Fler e-ärenden',
      direction: 'increase',
      indicator: { name: 'Andel pappersärenden', unit: '%', direction: 'decrease' },
    });
    expect(auditGoals([conflict]).filter((x) => x.code === 'effects/direction-conflict')).toEqual([
      expect.objectContaining({
        path: ['goals', 0, 'direction'],
        expected: 'decrease',
        actual: 'increase',
      }),
    ]);
    const survey = goalSchema.parse({
      id: 's',
      level: 'effect-goal',
      title: 'Nöjdare brukare',
      direction: 'survey',
      indicator: { name: 'NKI', unit: 'index', direction: 'increase' },
    });
    expect(auditGoals([survey]).map((x) => x.code)).not.toContain('effects/direction-conflict');
  });
});
