import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDiff } from '../diff.js';

describe('jsonDiff', () => {
  it('compares lists of elements with ids by id: a reorder is no change', () => {
    const before = {
      goals: [
        { id: 'g1', title: 'A' },
        { id: 'g2', title: 'B' },
        { id: 'g3', title: 'C' },
      ],
    };
    const after = {
      goals: [
        { id: 'g3', title: 'C' },
        { id: 'g1', title: 'A' },
        { id: 'g2', title: 'B2' },
      ],
    };
    expect(jsonDiff(before, after)).toEqual([
      { op: 'replace', path: ['goals', 2, 'title'], before: 'B', after: 'B2' },
    ]);
  });

  it('reports added and removed elements by id', () => {
    const before = { rows: [{ id: 'a' }, { id: 'b' }] };
    const after = { rows: [{ id: 'c' }, { id: 'a' }] };
    expect(jsonDiff(before, after)).toEqual([
      { op: 'remove', path: ['rows', 1], before: { id: 'b' } },
      { op: 'add', path: ['rows', 0], after: { id: 'c' } },
    ]);
  });

  it('falls back to positions when ids are missing or repeated', () => {
    expect(jsonDiff([{ id: 'a' }, { id: 'a' }], [{ id: 'a' }, { id: 'b' }])).toEqual([
      { op: 'replace', path: [1, 'id'], before: 'a', after: 'b' },
    ]);
  });

  it('treats keys such as "constructor" as plain keys', () => {
    expect(jsonDiff({ constructor: 1 }, {})).toEqual([
      { op: 'remove', path: ['constructor'], before: 1 },
    ]);
    expect(jsonDiff({}, { toString: 'x' })).toEqual([
      { op: 'add', path: ['toString'], after: 'x' },
    ]);
  });

  it('any permutation of an id-keyed list diffs to nothing', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 100 }),
        (ids, shift) => {
          const list = ids.map((id, i) => ({ id, value: i }));
          const k = shift % list.length;
          const rotated = [...list.slice(k), ...list.slice(0, k)].reverse();
          return jsonDiff({ list }, { list: rotated }).length === 0;
        },
      ),
    );
  });
});
