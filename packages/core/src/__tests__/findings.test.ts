import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  checkMatrixTotals,
  checkStatedTotal,
  countBySeverity,
  defineFindingCodes,
  exact,
  exactSchema,
  hasErrors,
  maybeExactSchema,
  pathToString,
  safeParseWith,
  sortFindings,
  type Exact,
} from '../index.js';

const e = (s: string): Exact => exact(s);

describe('declared totals', () => {
  it('finds the 0,2 mnkr operations gap as a warning because the items are estimates', () => {
    // linkoping-vso-objektplan-2021.txt:73: 5,6 + 5,4 + 4,2 + 4,2 + ca 3,5 = 22,9 against 22,7
    const findings = checkStatedTotal({
      items: ['5.6', '5.4', '4.2', '4.2', '3.5'].map(e),
      stated: e('22.7'),
      path: ['operations'],
      estimate: true,
      code: 'pm3/cost-items-mismatch',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'pm3/cost-items-mismatch',
      severity: 'warning',
      // expected = what the items give, actual = what the plan states.
      expected: '22.9',
      actual: '22.7',
      path: ['operations'],
    });
    expect(findings[0]?.message.sv).toContain('22,9');
  });

  it('reports unknown items instead of a false mismatch', () => {
    const [f] = checkStatedTotal({ items: [e('2000'), null], stated: e('3000'), path: ['x'] });
    expect(f).toMatchObject({
      code: 'core/total-has-unknown',
      severity: 'info',
      expected: '2000',
      actual: '3000',
    });
    expect(checkStatedTotal({ items: [e('1')], stated: null, path: [] })).toEqual([]);
  });

  it('reproduces the Linköping budget matrix: all sums hold (linkoping-vso-objektplan-2021.txt:179-183)', () => {
    const cells = [
      [e('1200'), e('100'), e('500'), e('0')],
      [e('2000'), e('200'), e('0'), e('0')],
      [null, e('10200'), null, e('3000')],
      [e('3900'), null, e('24000'), null],
    ];
    const base = {
      cells,
      statedRowTotals: ['1800', '2200', '13200', '27900'].map(e),
      statedColumnTotals: ['7100', '10500', '24500', '3000'].map(e),
      statedGrandTotal: e('45100'),
      path: ['budget'],
    };
    const findings = checkMatrixTotals(base);
    // Empty cells are unknown, so rows/columns holding them are reported as not fully checkable.
    expect(findings.every((f) => f.code === 'core/total-has-unknown')).toBe(true);
    const broken = checkMatrixTotals({ ...base, statedGrandTotal: e('45000') });
    expect(broken.find((f) => f.path.includes('grandTotal'))?.code).toBe('core/total-has-unknown');
    const full = checkMatrixTotals({
      cells: [
        [e('1'), e('2')],
        [e('3'), e('4')],
      ],
      statedRowTotals: [e('3'), e('8')],
      statedColumnTotals: [e('4'), e('6')],
      statedGrandTotal: e('11'),
      path: ['m'],
      codes: { row: 'demo/row' },
    });
    expect(full.map((f) => [f.code, pathToString(f.path), f.expected, f.actual])).toEqual([
      ['demo/row', 'm.rowTotals[1]', '7', '8'],
      ['core/grand-total-mismatch', 'm.grandTotal', '10', '11'],
    ]);
  });
});

describe('findings helpers', () => {
  const codes = defineFindingCodes({
    'demo/negative': {
      severity: 'error',
      title: { sv: 'Negativt', en: 'Negative' },
      description: { sv: 'Får inte vara negativt.', en: 'Must not be negative.' },
    },
  });

  it('creates findings from a catalogue and sorts them', () => {
    const f = codes.create('demo/negative', {
      path: ['a', 1],
      message: { sv: 'x', en: 'x' },
      actual: e('-1'),
    });
    expect(f).toEqual({
      code: 'demo/negative',
      severity: 'error',
      path: ['a', 1],
      message: { sv: 'x', en: 'x' },
      actual: '-1',
    });
    const info = { ...f, severity: 'info' as const, path: ['a'] };
    expect(sortFindings([info, f])[0]).toBe(f);
    const at = (path: (string | number)[]) => ({ ...f, path });
    expect(
      sortFindings([at(['goals', 10]), at(['goals', 2]), at(['goals'])]).map((x) => x.path),
    ).toEqual([['goals'], ['goals', 2], ['goals', 10]]);
    expect(hasErrors([info])).toBe(false);
    expect(countBySeverity([info, f])).toEqual({ error: 1, warning: 0, info: 1 });
  });

  it('turns every zod issue into a bilingual finding with its path', () => {
    const schema = z.strictObject({
      year: z.number().int(),
      amount: exactSchema,
      maybe: maybeExactSchema,
    });
    const r = safeParseWith(schema, { amount: 'tio', maybe: '?', extra: 1 }, { basePath: ['doc'] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.error.map((f) => pathToString(f.path)).sort();
      expect(paths).toEqual(['doc', 'doc.amount', 'doc.year']);
      for (const f of r.error) {
        expect(f.message.sv).not.toBe('');
        expect(f.message.en).not.toBe('');
      }
      expect(r.error.find((f) => pathToString(f.path) === 'doc.amount')?.message.sv).toBe(
        "amount: förväntade ett tal, fick texten 'tio'",
      );
    }
    const good = safeParseWith(schema, { year: 2021, amount: '45 100', maybe: null });
    expect(good.ok && good.value.amount.toString()).toBe('45100');
    expect(good.ok && good.value.maybe).toBeNull();
  });
});
