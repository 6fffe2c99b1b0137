import { isExact } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { auditStatement, compareStatements, statementTable } from '../index.js';
import { statementsPlugin } from '../plugin.js';
import { brief, exampleStatement } from './fixtures.js';

describe('Sala, prognos och periodresultat t.o.m. maj 2023 (seed lines 64–75)', () => {
  const statement = exampleStatement('sala-san-2023-06/statement-prognos-maj.yaml');

  it('holds in every row, block, difference and share (hand check in the YAML comments)', () => {
    expect(auditStatement(statement)).toEqual([]);
  });

  it('keeps every stated figure in its table view', () => {
    const table = statementTable(statement);
    const total = table.rows.find((r) => r.kind === 'total');
    const deviation = total?.cells['c:forecast-deviation'];
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

describe('the two Sala May statements compared (issue: the same figure in two documents)', () => {
  const period = exampleStatement('sala-san-2023-06/statement-periodresultat-maj.yaml');
  const forecast = exampleStatement('sala-san-2023-06/statement-prognos-maj.yaml');

  it('warns for every figure the two give differently, by amount (their sign conventions differ)', () => {
    const findings = compareStatements(period, forecast, forecast.title);
    expect(findings.map((f) => [f.path.join('.'), f.actual, f.expected])).toEqual([
      ['blocks.0.rows.0.values.period-budget', '14079', '-14080'], // lines 32 / 67
      ['blocks.0.subtotal.values.period-budget', '14802', '-14803'], // lines 34 / 69
      ['blocks.1.rows.0.values.period-budget', '-21380', '21382'], // lines 35 / 70
      ['blocks.1.rows.1.values.period-budget', '-46115', '46119'], // lines 36 / 71
      ['blocks.1.rows.1.values.period-outcome', '-39383', '39329'], // lines 36 / 71
      ['blocks.1.rows.2.values.period-budget', '-3174', '3175'], // lines 37 / 72
      ['blocks.1.rows.2.values.period-outcome', '-6922', '6931'], // lines 37 / 72
      ['blocks.1.subtotal.values.period-budget', '-77154', '77161'], // lines 39 / 74
      ['blocks.1.subtotal.values.period-outcome', '-82116', '82072'], // lines 39 / 74
      ['total.values.period-budget', '-62352', '62358'], // lines 40 / 75
      ['total.values.period-outcome', '-72074', '72030'], // lines 40 / 75
    ]);
    expect(
      findings.every((f) => f.code === 'statements/conflicting-figure' && f.severity === 'warning'),
    ).toBe(true);
  });

  it('runs as a cross-document check of the plugin', () => {
    const check = statementsPlugin.checks.find((c) => c.id === 'statements/same-period');
    const stored = [period, forecast].map((document, i) => ({
      id: `s${String(i)}`,
      kind: 'statements/statement',
      document,
    }));
    const findings = check?.run(period, { locale: 'sv', documents: () => stored }) ?? [];
    expect(findings).toHaveLength(11);
  });
});
