import { isExact } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { auditStatement, statementTable } from '../index.js';
import { brief, exampleStatement } from './fixtures.js';

describe('Sala, prognos och periodresultat t.o.m. maj 2023 (seed lines 64–75)', () => {
  const statement = exampleStatement('sala-san-2023-06/statement-prognos-maj.yaml');

  it('holds in every row, block, difference and share (hand check in the YAML comments)', () => {
    expect(auditStatement(statement)).toEqual([]);
  });

  it('keeps every stated figure in its table view', () => {
    const table = statementTable(statement);
    const total = table.rows.find((r) => r.kind === 'total');
    const deviation = total?.cells['c:deviation'];
    expect(isExact(deviation) && deviation.toString()).toBe('-16376'); // seed line 75
    expect(table.rows.filter((r) => r.kind === 'subtotal')).toHaveLength(2);
  });
});

describe('Sala, periodresultat t.o.m. maj 2023 (seed lines 29–40)', () => {
  const statement = exampleStatement('sala-san-2023-06/statement-periodresultat-maj.yaml');

  it('reports the three one-tkr differences as rounding, nothing as an error', () => {
    expect(auditStatement(statement).map(brief)).toEqual([
      // −39 383 − (−46 115) = 6 732, stated 6 733 (line 36)
      {
        code: 'statements/rounding-difference',
        severity: 'info',
        path: 'blocks.1.rows.1.values.deviation',
        expected: '6732',
        actual: '6733',
      },
      // −30 081 − 39 383 − 6 922 − 5 731 = −82 117, stated −82 116 (line 39)
      {
        code: 'statements/rounding-difference',
        severity: 'info',
        path: 'blocks.1.subtotal.values.period-outcome',
        expected: '-82117',
        actual: '-82116',
      },
      // 9 768 + 274 − 82 117 = −72 075, stated −72 074 (line 40)
      {
        code: 'statements/rounding-difference',
        severity: 'info',
        path: 'total.values.period-outcome',
        expected: '-72075',
        actual: '-72074',
      },
    ]);
  });

  it('calls the same figures errors when the statement says they are exact', () => {
    const findings = auditStatement({ ...statement, rounding: 'exact' });
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(3);
  });
});

describe('synthetic kostnadskalkyl 2025–2028 (hand calculation in the YAML comments)', () => {
  const statement = exampleStatement('statements-synthetic/kostnadskalkyl-2025-2028.yaml');

  it('finds exactly the planted errors and the unknown parts', () => {
    expect(auditStatement(statement).map(brief)).toEqual([
      {
        code: 'statements/row-total-mismatch',
        severity: 'error',
        path: 'blocks.0.rows.1.values.sum',
        expected: '2000',
        actual: '2100',
      },
      {
        code: 'statements/grand-total-mismatch',
        severity: 'error',
        path: 'total.values.y2026',
        expected: '2100',
        actual: '2200',
      },
      {
        code: 'statements/total-has-unknown',
        severity: 'info',
        path: 'blocks.1.rows.1.values.sum',
        expected: '500',
        actual: '600',
      },
      {
        code: 'statements/total-has-unknown',
        severity: 'info',
        path: 'blocks.1.subtotal.values.y2028',
        expected: '600',
        actual: '700',
      },
      {
        code: 'statements/total-has-unknown',
        severity: 'info',
        path: 'total.values.y2028',
        expected: '600',
        actual: '700',
      },
    ]);
  });

  it('names the row, the column, both figures and the unit in both languages', () => {
    const [first] = auditStatement(statement);
    expect(first?.message.sv).toBe(
      'Konsulter, Totalt: radsumman anges till 2\u00a0100 tkr men delarna ger 2\u00a0000 tkr (skillnad 100 tkr)',
    );
    expect(first?.message.en).toBe(
      'Konsulter, Totalt: the row total is stated as 2,100 tkr but the parts give 2,000 tkr (difference 100 tkr)',
    );
  });
});
