import { exact } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { auditStatement, parseStatement, type StatementInput } from '../index.js';
import { brief } from './fixtures.js';

function audit(input: StatementInput) {
  const r = parseStatement(input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return auditStatement(r.value).map(brief);
}

const twoYears = [
  { id: 'a', label: '2025' },
  { id: 'b', label: '2026' },
];

describe('statement rules', () => {
  it('subtracts a block marked sign: minus in the grand total', () => {
    // Intäkter 1 000 − kostnader 700 = resultat 300.
    expect(
      audit({
        title: 'Resultat',
        unit: 'tkr',
        columns: [{ id: 'a', label: '2025' }],
        blocks: [
          {
            id: 'in',
            label: 'Intäkter',
            rows: [{ id: 'x', label: 'Avgifter', values: { a: 1000 } }],
          },
          {
            id: 'out',
            label: 'Kostnader',
            sign: 'minus',
            rows: [{ id: 'y', label: 'Lön', values: { a: 700 } }],
          },
        ],
        total: { label: 'Resultat', values: { a: 300 } },
      }),
    ).toEqual([]);
  });

  it('makes a mismatch a warning when a part is an estimate', () => {
    // 5,6 + 5,4 + 4,2 + 4,2 + ca 3,5 = 22,9 against a stated 22,7 (the shape of the Linköping text).
    const findings = audit({
      title: 'Drift',
      unit: 'mnkr',
      columns: [{ id: 'a', label: '2021' }],
      blocks: [
        {
          id: 'd',
          label: 'Teknisk drift',
          rows: ['5,6', '5,4', '4,2', '4,2', 'ca 3,5'].map((v, i) => ({
            id: `r${String(i)}`,
            label: `Post ${String(i + 1)}`,
            values: { a: v },
          })),
          subtotal: { label: 'Summa', values: { a: '22,7' } },
        },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'statements/block-total-mismatch',
        severity: 'warning',
        path: 'blocks.0.subtotal.values.a',
        expected: '22.9',
        actual: '22.7',
      },
    ]);
  });

  it('does not sum percent columns down the table', () => {
    expect(
      audit({
        title: 'Andelar',
        unit: 'tkr',
        columns: [{ id: 'p', label: 'Andel', unit: '%' }],
        blocks: [
          {
            id: 'b',
            label: 'B',
            rows: [
              { id: 'x', label: 'X', values: { p: '29%' } },
              { id: 'y', label: 'Y', values: { p: '16%' } },
            ],
            subtotal: { values: { p: '28%' } },
          },
        ],
      }),
    ).toEqual([]);
  });

  it('explains a share that was truncated instead of rounded', () => {
    // 2 / 3 = 66,67 %: 67 rounded, 66 truncated.
    const findings = audit({
      title: 'Andel',
      unit: 'kr',
      columns: [
        { id: 'part', label: 'Del' },
        { id: 'whole', label: 'Helhet' },
        { id: 'share', label: 'Andel', role: 'share', of: ['part', 'whole'] },
      ],
      blocks: [
        {
          id: 'b',
          label: '',
          rows: [{ id: 'r', label: 'R', values: { part: 2, whole: 3, share: '66' } }],
        },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'statements/rounding-difference',
        severity: 'info',
        path: 'blocks.0.rows.0.values.share',
        expected: '67',
        actual: '66',
      },
    ]);
  });

  it('reports a wrong difference where it stands', () => {
    const findings = audit({
      title: 'Avvikelse',
      unit: 'tkr',
      columns: [...twoYears, { id: 'd', label: 'Avvikelse', role: 'difference', of: ['b', 'a'] }],
      blocks: [
        {
          id: 'k',
          label: '',
          rows: [{ id: 'r', label: 'Lön', values: { a: 100, b: 130, d: 20 } }],
        },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'statements/difference-mismatch',
        severity: 'error',
        path: 'blocks.0.rows.0.values.d',
        expected: '30',
        actual: '20',
      },
    ]);
  });

  it('reports structure problems instead of checking figures it cannot place', () => {
    const findings = audit({
      title: 'Fel',
      unit: 'tkr',
      columns: [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'A igen' },
        { id: 'd', label: 'D', role: 'difference', of: ['a', 'later'] },
        { id: 's', label: 'S', role: 'share', of: ['a'] },
        { id: 'later', label: 'Senare' },
      ],
      blocks: [{ id: 'k', label: '', rows: [{ id: 'r', label: 'R', values: { a: 1, typo: 2 } }] }],
    });
    expect(findings.map((f) => f.path)).toEqual([
      'blocks.0.rows.0.values.typo',
      'columns.1.id',
      'columns.2.of.1',
      'columns.3.of',
    ]);
    expect(findings.every((f) => f.code === 'statements/invalid-structure')).toBe(true);
  });

  it('never reads "?" as 0 and "-" adds nothing', () => {
    const findings = audit({
      title: 'T',
      unit: 'tkr',
      columns: twoYears,
      blocks: [
        {
          id: 'k',
          label: '',
          rows: [
            { id: 'x', label: 'X', values: { a: '?', b: '-' } },
            { id: 'y', label: 'Y', values: { a: 5, b: 5 } },
          ],
          subtotal: { values: { a: 5, b: 5 } },
        },
      ],
    });
    expect(findings).toEqual([
      {
        code: 'statements/total-has-unknown',
        severity: 'info',
        path: 'blocks.0.subtotal.values.a',
        expected: '5',
        actual: '5',
      },
    ]);
  });
});

describe('parseStatement', () => {
  it('refuses floats as amounts and text that is no number, with paths', () => {
    const r = parseStatement({
      title: 'T',
      unit: 'tkr',
      columns: [{ id: 'a', label: 'A' }],
      blocks: [
        {
          id: 'k',
          label: '',
          rows: [
            { id: 'r', label: 'R', values: { a: 0.1 } },
            { id: 's', label: 'S', values: { a: 'tio' } },
          ],
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.map((f) => f.path.join('.'))).toEqual([
        'blocks.0.rows.0.values.a',
        'blocks.0.rows.1.values.a',
      ]);
      expect(r.error.every((f) => f.code === 'statements/invalid-input')).toBe(true);
    }
  });

  it('never throws on arbitrary input', () => {
    for (const input of [
      null,
      1,
      'x',
      [],
      { columns: 'x' },
      { title: 'T', unit: 1, columns: [{}], blocks: [{}] },
    ]) {
      expect(parseStatement(input).ok).toBe(false);
    }
  });

  it('reads Swedish number text exactly', () => {
    const r = parseStatement({
      title: 'T',
      unit: 'tkr',
      columns: [{ id: 'a', label: 'A' }],
      blocks: [{ id: 'k', label: '', rows: [{ id: 'r', label: 'R', values: { a: '−9 722,5' } }] }],
    });
    expect(r.ok && r.value.blocks[0]?.rows[0]?.values.a).toEqual({
      kind: 'value',
      value: exact('-9722.5'),
      estimate: false,
    });
  });
});
