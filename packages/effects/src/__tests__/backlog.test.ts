import { plainCell } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import {
  auditBacklog,
  backlogSchema,
  backlogTable,
  dependencyOrder,
  rankBacklog,
} from '../index.js';

const weighted = backlogSchema.parse({
  title: 'Backlog',
  method: 'weighted',
  criteria: [
    { id: 'nytta', title: 'Kostnad mot nytta', weight: '3', source: 'benefit-cost-ratio' },
    { id: 'helhet', title: 'Helhet', weight: '1' },
  ],
  items: [
    { id: 'a', title: 'A', cost: '100', benefit: '300', scores: { helhet: '2' } }, // 3×3 + 2 = 11
    { id: 'b', title: 'B', cost: '100', benefit: '100', scores: { helhet: '5' } }, // 3×1 + 5 = 8
    {
      id: 'c',
      title: 'Lagkrav',
      mandatory: true,
      cost: '100',
      benefit: '50',
      scores: { helhet: '1' },
    }, // 2.5
    { id: 'd', title: 'Okänd nytta', cost: '100', benefit: '?', scores: { helhet: '5' } },
  ],
});

describe('ranking', () => {
  it('puts mandatory first, then weighted score, then items with unknown values', () => {
    const ranked = rankBacklog(weighted);
    expect(ranked.map((r) => r.item.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(ranked[1]?.score?.toString()).toBe('11');
    expect(ranked[0]?.reason.en).toContain('Mandatory');
    expect(ranked[3]?.missing).toEqual(['nytta']);
    expect(ranked[3]?.score).toBeUndefined();
  });

  it('moves an item after what it depends on and says so', () => {
    const withDeps = backlogSchema.parse({
      ...weighted,
      items: weighted.items.map((i) => (i.id === 'a' ? { ...i, dependsOn: ['b'] } : i)),
    });
    const ranked = rankBacklog(withDeps);
    expect(ranked.map((r) => r.item.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(ranked[2]?.reason.sv).toContain('beror på');
  });

  it('orders dependencies and finds cycles', () => {
    const order = dependencyOrder([
      { id: 'a', dependsOn: ['c'] },
      { id: 'b', dependsOn: [] },
      { id: 'c', dependsOn: ['b'] },
      { id: 'x', dependsOn: ['y'] },
      { id: 'y', dependsOn: ['x'] },
    ]);
    expect(order.order).toEqual(['b', 'c', 'a']);
    expect(order.blocked).toEqual(['x', 'y']);
    expect(order.cycles).toEqual([['x', 'y']]);
  });

  it('renders the ranked table', () => {
    const t = backlogTable(weighted);
    expect(t.rows.map((r) => plainCell(r.cells.rank))).toEqual(['1', '2', '3', '4']);
  });
});

describe('backlog audit', () => {
  it('flags optional items that outscore a mandatory one, and unscored items', () => {
    const found = auditBacklog(weighted);
    expect(
      found.filter((f) => f.code === 'effects/optional-outscores-mandatory').map((f) => f.path[1]),
    ).toEqual([0, 1]);
    expect(found.find((f) => f.code === 'effects/item-not-scored')?.path).toEqual([
      'items',
      3,
      'scores',
    ]);
  });

  it('flags a stated rank that puts an optional item above a mandatory one', () => {
    const stated = backlogSchema.parse({
      ...weighted,
      items: weighted.items.map((i, k) => ({ ...i, statedRank: k + 1 })),
    });
    const found = auditBacklog(stated).filter((f) => f.code === 'effects/optional-above-mandatory');
    expect(found.map((f) => f.path)).toEqual([
      ['items', 0, 'statedRank'],
      ['items', 1, 'statedRank'],
    ]);
    expect(found[0]).toMatchObject({ severity: 'error', expected: '> 3', actual: '1' });
  });

  it('flags dependency cycles, unknown dependencies and unknown criteria', () => {
    const bad = backlogSchema.parse({
      title: 'B',
      method: 'ordered',
      criteria: [{ id: 'k', title: 'K' }],
      items: [
        { id: 'a', title: 'A', dependsOn: ['b'], scores: { k: '1' } },
        { id: 'b', title: 'B', dependsOn: ['a', 'z'], scores: { k: '1', q: '2' } },
      ],
    });
    const found = auditBacklog(bad).map((f) => f.code);
    expect(found).toEqual([
      'effects/unknown-reference',
      'effects/unknown-reference',
      'effects/dependency-cycle',
    ]);
  });
});
