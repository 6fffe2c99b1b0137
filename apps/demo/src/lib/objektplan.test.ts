import { describe, expect, it } from 'vitest';
import { exampleDocument } from './examples.js';
import {
  cellInput,
  diffTables,
  evaluatePlan,
  findingsForRow,
  findingsForTotals,
  setCell,
  type PlanDocument,
} from './objektplan.js';

const planA = exampleDocument('linkoping-vso-2021/objektplan-a.yaml') as PlanDocument;
const planB = exampleDocument('linkoping-vso-2021/objektplan-b.yaml') as PlanDocument;

describe('objektplan editing', () => {
  it('reproduces the totals of version A', () => {
    const e = evaluatePlan(planA);
    expect(e.ok).toBe(true);
    expect(e.totals.budget?.grand.sv).toBe('45\u00a0100\u00a0kkr');
    expect(e.totals.budget?.rows.map((r) => r.en)).toEqual([
      '1,800 kkr',
      '2,200 kkr',
      '13,200 kkr',
      '27,900 kkr',
    ]);
    expect(e.totals.budget?.columns.itVm.sv).toBe('24\u00a0500\u00a0kkr');
    expect(e.totals.fte?.grand.sv).toBe('21,3');
    expect(e.findings.map((f) => f.code)).toContain('pm3/cost-items-mismatch');
    expect(e.findings.filter((f) => f.code === 'pm3/strategic-without-goal-link')).toHaveLength(4);
  });

  it('recomputes totals and findings when a cell changes', () => {
    const edited = setCell(planA, 'budget', 0, 'businessVm', '1 300');
    const e = evaluatePlan(edited);
    expect(e.totals.budget?.rows[0]?.sv).toBe('1\u00a0900\u00a0kkr');
    expect(e.totals.budget?.grand.sv).toBe('45\u00a0200\u00a0kkr');
    const row = findingsForRow(e.findings, 'budget', 0);
    expect(row.map((f) => f.code)).toContain('pm3/row-sum-mismatch');
    expect(findingsForTotals(e.findings, 'budget').map((f) => f.code)).toEqual(
      expect.arrayContaining(['pm3/column-sum-mismatch', 'pm3/grand-total-mismatch']),
    );
    // The original is untouched.
    expect(evaluatePlan(planA).totals.budget?.grand.sv).toBe('45\u00a0100\u00a0kkr');
  });

  it('keeps unknown apart from zero and reports text that is not a number at the cell', () => {
    const unknown = evaluatePlan(setCell(planA, 'budget', 1, 'itVm', '?'));
    expect(unknown.totals.budget?.rows[1]?.sv).toBe('2\u00a0200\u00a0kkr + 1 okänd');
    const wrong = evaluatePlan(setCell(planA, 'budget', 1, 'itVm', 'tio'));
    expect(wrong.ok).toBe(false);
    expect(wrong.findings[0]?.path).toEqual(['budget', 'rows', 1, 'itVm']);
    expect(cellInput('1.5', 'sv')).toBe('1,5');
    expect(cellInput('empty', 'sv')).toBe('');
    expect(cellInput('unknown', 'en')).toBe('?');
  });

  it('diffs version A against version B', () => {
    const [cells] = diffTables(planA, planB);
    expect(cells?.id).toBe('pm3/diff-cells');
    const first = cells?.rows[0]?.cells;
    expect(first?.before).toBe('1200');
    expect(first?.after).toBe('917');
    expect(first?.delta).toBe('-283');
  });
});
