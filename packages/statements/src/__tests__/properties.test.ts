import { Exact, exact } from '@styrkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditStatement,
  statementCellsEqual,
  diffStatements,
  parseStatement,
  statementCellSchema,
  type Statement,
} from '../index.js';

/** Builds a statement whose every stated total is computed from its cells. */
function consistent(
  blocks: readonly (readonly (readonly bigint[])[])[],
  columns: number,
): Statement {
  const ids = Array.from({ length: columns }, (_, i) => `c${String(i)}`);
  const sumOf = (rows: readonly (readonly bigint[])[], j: number) =>
    rows.reduce((s, r) => s + (r[j] ?? 0n), 0n);
  const withTotal = (cells: readonly bigint[]) => ({
    ...Object.fromEntries(ids.map((id, j) => [id, (cells[j] ?? 0n).toString()])),
    sum: cells.reduce((s, v) => s + v, 0n).toString(),
  });
  const r = parseStatement({
    title: 'P',
    unit: 'kr',
    columns: [
      ...ids.map((id) => ({ id, label: id })),
      { id: 'sum', label: 'Summa', role: 'total' },
    ],
    blocks: blocks.map((rows, b) => ({
      id: `b${String(b)}`,
      label: `B${String(b)}`,
      rows: rows.map((cells, i) => ({
        id: `r${String(i)}`,
        label: `R${String(i)}`,
        values: withTotal(cells),
      })),
      subtotal: { values: withTotal(ids.map((_, j) => sumOf(rows, j))) },
    })),
    total: {
      values: withTotal(ids.map((_, j) => blocks.reduce((s, rows) => s + sumOf(rows, j), 0n))),
    },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const amount = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n });
const shape = fc.integer({ min: 1, max: 4 }).chain((columns) =>
  fc.tuple(
    fc.constant(columns),
    fc.array(
      fc.array(fc.array(amount, { minLength: columns, maxLength: columns }), {
        minLength: 1,
        maxLength: 5,
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  ),
);

describe('statement invariants', () => {
  it('a statement whose totals are computed from its cells has no findings', () => {
    fc.assert(
      fc.property(
        shape,
        ([columns, blocks]) => auditStatement(consistent(blocks, columns)).length === 0,
      ),
    );
  });

  it('changing one cell is reported with the computed sum as expected and the stated figure as actual', () => {
    fc.assert(
      fc.property(shape, fc.bigInt({ min: 1n, max: 10n ** 6n }), ([columns, blocks], delta) => {
        const statement = consistent(blocks, columns);
        const block = statement.blocks[0];
        const row = block?.rows[0];
        const cell = row?.values.c0;
        if (block === undefined || row === undefined || cell?.kind !== 'value') return true;
        const changed = cell.value.plus(delta.toString());
        const edited: Statement = {
          ...statement,
          blocks: [
            {
              ...block,
              rows: [
                { ...row, values: { ...row.values, c0: { ...cell, value: changed } } },
                ...block.rows.slice(1),
              ],
            },
            ...statement.blocks.slice(1),
          ],
        };
        const findings = auditStatement(edited);
        // The row total, the block subtotal and the grand total of column c0 no longer hold.
        const paths = findings.map((f) => f.path.join('.'));
        expect(paths).toContain('blocks.0.rows.0.values.sum');
        expect(paths).toContain('blocks.0.subtotal.values.c0');
        expect(paths).toContain('total.values.c0');
        for (const f of findings) {
          expect(
            Exact.of(f.actual ?? '0')
              .minus(f.expected ?? '0')
              .abs()
              .equals(delta.toString()),
          ).toBe(true);
        }
        return true;
      }),
    );
  });

  it('diffs by id: reordering blocks, rows and columns is no change', () => {
    fc.assert(
      fc.property(shape, fc.integer(), ([columns, blocks], seed) => {
        const statement = consistent(blocks, columns);
        const rotate = <T>(xs: readonly T[]) =>
          xs.length === 0
            ? [...xs]
            : [...xs.slice(Math.abs(seed) % xs.length), ...xs.slice(0, Math.abs(seed) % xs.length)];
        const shuffled: Statement = {
          ...statement,
          columns: rotate(statement.columns),
          blocks: rotate(statement.blocks.map((b) => ({ ...b, rows: rotate(b.rows) }))),
        };
        return diffStatements(statement, shuffled).length === 0;
      }),
    );
  });

  it('a changed figure is one change with its delta', () => {
    const a = consistent([[[1n, 2n]]], 2);
    const block = a.blocks[0];
    const row = block?.rows[0];
    if (block === undefined || row === undefined) throw new Error('shape');
    const b: Statement = {
      ...a,
      blocks: [
        {
          ...block,
          rows: [
            {
              ...row,
              values: { ...row.values, c1: { kind: 'value', value: exact('5'), estimate: false } },
            },
          ],
        },
      ],
    };
    const changes = diffStatements(a, b);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.delta?.toString()).toBe('3');
  });
});

describe('a parsed statement read back after JSON', () => {
  // A host stores the parsed document; the stored JSON must parse to the same statement.
  it('gives the same cells and no findings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('?', '-', '', 'ca 3,5', '1 200', '-9 722', '12,75'),
            fc
              .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
              .map(
                (n) => `${String(n / 100n)},${String((n < 0n ? -n : n) % 100n).padStart(2, '0')}`,
              ),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (texts) => {
          const first = texts.map((t) => statementCellSchema.parse(t));
          const again = JSON.parse(JSON.stringify(first)) as unknown[];
          const second = again.map((c) => statementCellSchema.parse(c));
          second.forEach((cell, i) => {
            expect(statementCellsEqual(cell, first[i]!)).toBe(true);
          });
        },
      ),
    );
  });

  it('refuses stored forms that are not its own', () => {
    for (const bad of [
      { kind: 'value', value: '1 200' },
      { kind: 'value', value: 12.5 },
      { kind: 'value', value: { kind: 'value', value: '1' } },
      { kind: 'value', value: '1', estimate: 'yes' },
      { kind: 'other' },
    ]) {
      expect(statementCellSchema.safeParse(bad).success).toBe(false);
    }
    expect(
      statementCellsEqual(
        statementCellSchema.parse({ kind: 'value', value: '1.500', estimate: true }),
        statementCellSchema.parse('ca 1,5'),
      ),
    ).toBe(true);
  });
});
