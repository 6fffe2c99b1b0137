import { describe, expect, it } from 'vitest';

/** A specifier for a separately loaded copy of the Exact module (a query makes a new module). */
const copyOf = (name: string): string => `../exact.js?${name}`;
import { exact } from '../index.js';
import { exactEquality, exactSnapshotSerializer } from '../testing.js';

describe('@styrkit/core/testing', () => {
  it('without the tester, toEqual sees two empty objects (the problem it solves)', () => {
    expect({ a: exact('1') }).toEqual({ a: exact('2') });
  });

  it('with exactEquality, toEqual compares Exacts by value, nested and in arrays', () => {
    expect.addEqualityTesters([exactEquality]);
    expect(() => {
      expect({ a: exact('1') }).toEqual({ a: exact('2') });
    }).toThrow();
    expect({ a: exact('1') }).not.toEqual({ a: exact('2') });
    expect({ a: [exact('1.50')] }).toEqual({ a: [exact('1.5')] });
    expect({ a: exact('1') }).not.toEqual({ a: '1' });
    expect({ a: exact('1') }).toStrictEqual({ a: exact('1.0') });
    expect({ a: exact('1'), b: 'x' }).toEqual({ a: expect.anything(), b: 'x' });
  });

  it('recognises the Exact of another loaded copy', async () => {
    const copy = (await import(
      /* @vite-ignore */ copyOf('testing-copy')
    )) as typeof import('../exact.js');
    expect(exactEquality(copy.exact('3'), exact('3.00'))).toBe(true);
    expect(exactEquality(copy.exact('3'), exact('4'))).toBe(false);
  });

  it('serializes snapshots as Exact(value)', () => {
    expect.addSnapshotSerializer(exactSnapshotSerializer);
    expect({ total: exact('45100.50') }).toMatchInlineSnapshot(`
      {
        "total": Exact(45100.5),
      }
    `);
  });
});
