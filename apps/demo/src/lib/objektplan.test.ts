import { describe, expect, it } from 'vitest';
import { exampleDocument } from './examples.js';
import {
  cellInput,
  diffTables,
  evaluatePlan,
  findingsForRow,
  findingsForTotals,
  setCell,
  setStated,
  statedValue,
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
    expect(wrong.partial).toBe(true);
    expect(wrong.findings[0]?.path).toEqual(['budget', 'rows', 1, 'itVm']);
    expect(cellInput('1.5', 'sv')).toBe('1,5');
    expect(cellInput('empty', 'sv')).toBe('');
    expect(cellInput('unknown', 'en')).toBe('?');
  });

  it('keeps every other total and finding computed when one cell is unreadable', () => {
    const e = evaluatePlan(setCell(planA, 'budget', 1, 'itVm', 'abc'));
    expect(e.partial).toBe(true);
    // The bad cell has its finding at its path …
    const bad = e.findings.filter((f) => f.code === 'pm3/invalid-input');
    expect(bad.map((f) => f.path)).toEqual([['budget', 'rows', 1, 'itVm']]);
    // … its row and column count it as unknown, and the other rows and columns stay exact.
    expect(e.totals.budget?.rows[1]?.sv).toBe('2\u00a0200\u00a0kkr + 1 okänd');
    expect(e.totals.budget?.rows[0]?.sv).toBe('1\u00a0800\u00a0kkr');
    expect(e.totals.budget?.columns.businessVm.sv).toBe('7\u00a0100\u00a0kkr');
    expect(e.totals.budget?.grand.sv).toBe('45\u00a0100\u00a0kkr + 1 okänd');
    expect(e.totals.fte?.grand.sv).toBe('21,3');
    // The audit's other findings are still there (the seed's 22,7 vs 22,9 mnkr mismatch).
    expect(e.findings.map((f) => f.code)).toContain('pm3/cost-items-mismatch');
    expect(e.findings.filter((f) => f.code === 'pm3/strategic-without-goal-link')).toHaveLength(4);
  });

  it('reads another unreadable field as last saved, so the totals stay', () => {
    const broken = { ...planA, year: 'tjugotjugoett' };
    expect(evaluatePlan(broken).totals).toEqual({});
    const e = evaluatePlan(broken, planA);
    expect(e.partial).toBe(true);
    expect(e.findings[0]?.path).toEqual(['year']);
    expect(e.totals.budget?.grand.sv).toBe('45\u00a0100\u00a0kkr');
  });

  it('edits a stated total or sets it to the computed one, which clears the mismatch', () => {
    const edited = setCell(planA, 'budget', 0, 'businessVm', '1 300');
    const before = evaluatePlan(edited);
    expect(before.exact.budget?.rows[0]).toBe('1900');
    expect(before.exact.budget?.grand).toBe('45200');
    let fixed = setStated(edited, 'budget', { row: 0 }, before.exact.budget?.rows[0] ?? '');
    fixed = setStated(fixed, 'budget', { column: 'businessVm' }, '7200');
    fixed = setStated(fixed, 'budget', { grand: true }, '45200');
    const after = evaluatePlan(fixed);
    expect(findingsForRow(after.findings, 'budget', 0).map((f) => f.code)).not.toContain(
      'pm3/row-sum-mismatch',
    );
    expect(findingsForTotals(after.findings, 'budget')).toEqual([]);
    expect(statedValue(fixed, 'budget', { row: 0 })).toBe('1900');
    // Emptying a stated total removes it: nothing stated, nothing to check.
    const none = setStated(fixed, 'budget', { grand: true }, ' ');
    expect(statedValue(none, 'budget', { grand: true })).toBeUndefined();
    expect(evaluatePlan(none).ok).toBe(true);
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
