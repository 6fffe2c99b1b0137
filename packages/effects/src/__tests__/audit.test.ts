import { describe, expect, it } from 'vitest';
import {
  auditEffectPlan,
  auditMeasurements,
  effectPlanSchema,
  effectsCodes,
  goalSchema,
  measurementsSchema,
  parseEffectPlan,
} from '../index.js';

const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code);

const base = {
  title: 'Effektplan',
  goals: [
    { id: 'n1', level: 'committee-goal', title: 'Nämndmål' },
    {
      id: 'e1',
      level: 'effect-goal',
      title: 'Fler digitala ansökningar',
      parents: ['n1'],
      initiatives: ['i1'],
      owner: { role: 'Enhetschef', side: 'business' },
      indicator: { name: 'Andel digitala', unit: '%', direction: 'increase' },
      baseline: { value: '20', date: '2024-01-01' },
      target: { value: '60', date: '2025-12-31' },
    },
  ],
  initiatives: [
    {
      id: 'i1',
      title: 'E-tjänst',
      strategic: true,
      cost: '500',
      effectTypes: ['Tidsbesparande'],
      goals: ['n1'],
    },
  ],
};

describe('audit of an effect plan', () => {
  it('finds nothing in a complete, linked plan', () => {
    expect(auditEffectPlan(effectPlanSchema.parse(base))).toEqual([]);
  });

  it('lists exactly which measurability fields are missing', () => {
    const plan = effectPlanSchema.parse({
      ...base,
      goals: [
        base.goals[0],
        {
          id: 'e2',
          level: 'effect-goal',
          title: 'Nöjdare brukare',
          parents: ['n1'],
          target: { value: '80' },
        },
      ],
    });
    const f = auditEffectPlan(plan).find((x) => x.code === 'effects/goal-not-measurable');
    expect(f?.actual).toBe('indicator, baseline, target-date, owner');
    expect(f?.message.sv).toBe(
      'Effektmålet "Nöjdare brukare" saknar indikator, utgångsvärde, måldatum, ägare',
    );
    expect(f?.message.en).toBe(
      'Effect goal "Nöjdare brukare" is missing indicator, baseline, target date, owner',
    );
  });

  it('reports a project owner, a wrong-direction target, unlinked goals and bad dates', () => {
    const plan = effectPlanSchema.parse({
      ...base,
      goals: [
        base.goals[0],
        {
          ...base.goals[1],
          parents: [],
          owner: { role: 'Projektledare', side: 'project' },
          target: { value: '10', date: '2023-12-31' },
        },
      ],
    });
    const found = auditEffectPlan(plan);
    expect(codes(found)).toEqual(
      expect.arrayContaining([
        'effects/goal-without-parent',
        'effects/owner-is-project',
        'effects/target-wrong-direction',
        'effects/dates-out-of-order',
      ]),
    );
    const direction = found.find((f) => f.code === 'effects/target-wrong-direction');
    expect(direction).toMatchObject({
      path: ['goals', 1, 'target', 'value'],
      expected: '> 20',
      actual: '10',
    });
  });

  it('reports unknown references, duplicate ids and upside-down levels', () => {
    const plan = effectPlanSchema.parse({
      ...base,
      goals: [
        ...base.goals,
        {
          id: 'n2',
          level: 'committee-goal',
          title: 'Under ett effektmål',
          parents: ['e1', 'nope'],
        },
      ],
      initiatives: [...base.initiatives, { id: 'e1', title: 'Krock', goals: ['saknas'] }],
    });
    const found = codes(auditEffectPlan(plan));
    expect(found).toEqual(
      expect.arrayContaining([
        'effects/level-order',
        'effects/unknown-reference',
        'effects/duplicate-id',
      ]),
    );
  });

  it('reports a cycle in the effect chain', () => {
    const plan = effectPlanSchema.parse({
      ...base,
      chain: {
        nodes: [
          { id: 'out', kind: 'output', title: 'E-tjänst i drift' },
          { id: 'cap', kind: 'capability', title: 'Självservice' },
        ],
        edges: [
          { from: 'i1', to: 'out' },
          { from: 'out', to: 'cap', weight: '100', assumption: 'Invånarna hittar tjänsten' },
          { from: 'cap', to: 'e1' },
          { from: 'e1', to: 'out' },
          { from: 'cap', to: 'ghost' },
        ],
      },
    });
    const found = auditEffectPlan(plan);
    const cycle = found.find((f) => f.code === 'effects/chain-cycle');
    expect(cycle?.actual).toContain('out');
    expect(cycle?.actual).toContain('e1');
    expect(codes(found)).toContain('effects/unknown-reference');
  });

  it('reports measurements of unknown goals, in other units and outside the period', () => {
    const plan = effectPlanSchema.parse(base);
    const doc = measurementsSchema.parse({
      measurements: [
        { goalId: 'e1', date: '2024-06-30', value: '30', unit: '%' },
        { goalId: 'e1', date: '2026-03-31', value: '61', unit: '%' },
        { goalId: 'e1', date: '2024-09-30', value: '0.4', unit: 'andel' },
        { goalId: 'n1', date: '2024-09-30', value: '1', unit: 'st' },
        { goalId: 'zz', date: '2024-09-30', value: '1', unit: '%' },
      ],
    });
    expect(codes(auditMeasurements(doc, plan.goals))).toEqual([
      'effects/measurement-outside-period',
      'effects/measurement-unit-mismatch',
      'effects/measurement-without-indicator',
      'effects/measurement-unknown-goal',
    ]);
  });

  it('gives every finding a catalogued code, its severity and messages in both languages', () => {
    const plan = effectPlanSchema.parse({
      ...base,
      goals: [
        ...base.goals,
        goalSchema.parse({ id: 'x', level: 'effect-goal', title: 'X', effectTypes: ['Magisk'] }),
      ],
      initiatives: [
        ...base.initiatives,
        { id: 'i2', title: 'Okänd kostnad', cost: '?', strategic: true },
      ],
    });
    const found = auditEffectPlan(plan);
    expect(found.length).toBeGreaterThan(3);
    for (const f of found) {
      const spec = effectsCodes.specs[f.code as keyof typeof effectsCodes.specs];
      expect(spec).toBeDefined();
      expect(f.severity).toBe(spec.severity);
      expect(f.message.sv.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(f.message.sv).not.toBe(f.message.en);
    }
  });
});

describe('parsing', () => {
  it('reports all problems with paths and never throws', () => {
    const r = parseEffectPlan({
      title: '',
      goals: [{ id: 'a', level: 'nivå', title: 'A', baseline: { value: 'x', date: '2024-02-30' } }],
      initiatives: [{ id: 'i', title: 'I', cost: 'abc' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.map((f) => f.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'goals.0.level',
        'goals.0.baseline.value',
        'goals.0.baseline.date',
        'initiatives.0.cost',
      ]),
    );
    expect(r.error.every((f) => f.code === 'effects/invalid-input')).toBe(true);
  });

  it('reads "?" as unknown and Swedish number text as exact values', () => {
    const r = parseEffectPlan({
      title: 'P',
      initiatives: [
        { id: 'a', title: 'A', cost: '?' },
        { id: 'b', title: 'B', cost: '1 000,5' },
      ],
    });
    expect(r.ok && r.value.initiatives[0]?.cost).toBeNull();
    expect(r.ok && r.value.initiatives[1]?.cost?.toString()).toBe('1000.5');
  });
});
