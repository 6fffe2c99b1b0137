// Golden test of the A → B plan diff. Expected deltas are the seed figures of version B
// (linkoping-vso-objektplan-2021-version-b.txt:402-416) minus those of version A
// (linkoping-vso-objektplan-2021.txt:179-183), computed by the diff from the datasets.
import { sum } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { diffPlans, planDiffTables } from '../index.js';
import { planA, planB } from './fixtures.js';

describe('diff A → B', () => {
  const diff = diffPlans(planA(), planB());

  it('moves the grand total 45 100 → 47 140 kkr (+2 040)', () => {
    const total = diff.totals.find((t) => t.matrix === 'budget');
    expect(total?.before?.known.toString()).toBe('45100');
    expect(total?.after?.known.toString()).toBe('47140');
    expect(total?.delta?.toString()).toBe('2040');
    expect(diff.summary[0]?.sv).toBe('Budget totalt 45\u00a0100 → 47\u00a0140 kkr (+2\u00a0040)');
  });

  it('reports what moved per main activity', () => {
    const rows = Object.fromEntries(
      diff.rows.filter((r) => r.matrix === 'budget').map((r) => [r.key, r.delta?.toString()]),
    );
    // 1 376 − 1 800, 8 185 − 2 200, 4 358 − 13 200, 33 221 − 27 900
    expect(rows).toEqual({
      forvaltningsstyrning: '-424',
      anvandarstod: '5985',
      andringshantering: '-8842',
      'daglig-it-drift': '5321',
    });
    expect(diff.summary[1]?.sv).toBe('Största ökning: Användarstöd +5\u00a0985 kkr');
    expect(diff.summary[2]?.sv).toBe(
      'Största minskning: Ändringshantering (utveckling) −8\u00a0842 kkr',
    );
  });

  it('reports what moved per column (side × VM/VU)', () => {
    const columns = Object.fromEntries(
      diff.columns.filter((c) => c.matrix === 'budget').map((c) => [c.key, c.delta?.toString()]),
    );
    // 21 131 − 7 100, 3 432 − 10 500, 22 462 − 24 500, 115 − 3 000
    expect(columns).toEqual({
      businessVm: '14031',
      businessVu: '-7068',
      itVm: '-2038',
      itVu: '-2885',
    });
  });

  it('lists every changed cell; empty → amount is "added"; cell deltas add up to the total', () => {
    const budgetCells = diff.cells.filter((c) => c.matrix === 'budget');
    expect(budgetCells).toHaveLength(14);
    const added = budgetCells.filter((c) => c.change === 'added');
    expect(added.map((c) => `${c.activity}.${c.column}`)).toEqual([
      'andringshantering.businessVm',
      'andringshantering.itVm',
      'daglig-it-drift.businessVu',
      'daglig-it-drift.itVu',
    ]);
    expect(sum(budgetCells.flatMap((c) => (c.delta ? [c.delta] : []))).toString()).toBe('2040');
    // The FTE table is the same in both versions (seed B :430-441 vs seed A :191-195).
    expect(diff.cells.filter((c) => c.matrix === 'fte')).toEqual([]);
  });

  it('shows the extra goal-table row of version B and the initiative it now links', () => {
    // seed: linkoping-vso-objektplan-2021-version-b.txt:87
    expect(diff.planGoals).toEqual([{ id: 'digitala-matinkop', change: 'added', fields: [] }]);
    expect(diff.goalLinks).toEqual([{ id: 'gl-4', change: 'changed', fields: ['planGoals'] }]);
    expect(diff.initiatives).toEqual([
      { id: 'digitala-matinkop', change: 'changed', fields: ['links'] },
    ]);
  });

  it('renders as tables', () => {
    const tables = planDiffTables(diff, planB());
    expect(tables.map((t) => t.id)).toEqual([
      'pm3/diff-cells',
      'pm3/diff-totals',
      'pm3/diff-entries',
    ]);
    expect(tables[0]?.rows).toHaveLength(14);
  });

  it('a plan compared with itself has no changes', () => {
    const same = diffPlans(planA(), planA());
    expect([same.cells, same.rows, same.columns, same.totals, same.initiatives]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });
});
