import { describe, expect, it } from 'vitest';
import { effectScopeRange, rollUpPortfolio } from '../index.js';
import { planA, planB } from './fixtures.js';

describe('rollUpPortfolio', () => {
  it('rolls plans up per year and per object, keeping unknown initiative costs counted', () => {
    // Version A (45 100 kkr, seed linkoping-vso-objektplan-2021.txt:183) as 2021 and
    // version B (47 140 kkr, seed linkoping-vso-objektplan-2021-version-b.txt:416) as 2022.
    const b = { ...planB(), year: 2022 };
    const other = { ...planA(), objectId: 'annat-objekt', id: 'x' };
    const roll = rollUpPortfolio([planA(), b, other]);
    expect(roll.years.map((y) => [y.year, y.plans, y.objects, y.budget.known.toString()])).toEqual([
      [2021, 2, 2, '90200'],
      [2022, 1, 1, '47140'],
    ]);
    expect(roll.objects.map((o) => [o.objectId, o.budget.known.toString()])).toEqual([
      ['annat-objekt', '45100'],
      ['linkoping-vso', '92240'],
    ]);
    expect(roll.total.fte.known.toString()).toBe('63.9');
    expect(roll.total.initiatives.known.toString()).toBe('20100');
    expect(roll.total.initiatives.unknownCount).toBe(60);
    expect(roll.total.vm.known.plus(roll.total.vu.known).equals(roll.total.budget.known)).toBe(
      true,
    );
  });
});

describe('effectScopeRange', () => {
  it('splits "Hög – Mycket hög" and keeps a single value', () => {
    // seed: linkoping-vso-objektplan-2021.txt:102
    expect(effectScopeRange('Hög – Mycket hög')).toEqual({ from: 'Hög', to: 'Mycket hög' });
    expect(effectScopeRange('Medel')).toEqual({ from: 'Medel' });
  });
});
