// Property tests (fast-check): invariants of the matrix sums and the diff, and fuzzed input
// never crashing the parsers or the audits.
import { exact, tableToMarkdown, type Exact } from '@styrkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditBudgetFollowUp,
  auditObjektplan,
  budgetMatrixTable,
  diffPlans,
  followUpTables,
  fteMatrixTable,
  initiativesTable,
  matrixSchema,
  matrixTotals,
  objektplanSchema,
  parseBudgetFollowUp,
  parseForvaltningsobjekt,
  parseObjektplan,
  type Matrix,
  type MatrixCell,
  type Objektplan,
} from '../index.js';

function planTables(plan: Objektplan) {
  const fte = fteMatrixTable(plan);
  return [budgetMatrixTable(plan), initiativesTable(plan), ...(fte ? [fte] : [])];
}
import { readEnvelope } from './fixtures.js';

/** Amounts with up to one decimal, as plans write them. */
const amount = fc
  .integer({ min: -10_000_000, max: 10_000_000 })
  .map((n): MatrixCell => exact(n).dividedBy(10));
const cell = fc.oneof(
  { weight: 6, arbitrary: amount },
  { weight: 2, arbitrary: fc.constant<MatrixCell>('empty') },
  { weight: 1, arbitrary: fc.constant<MatrixCell>('unknown') },
);
const activity = fc.constantFrom(
  'forvaltningsstyrning',
  'anvandarstod',
  'andringshantering',
  'daglig-it-drift',
);
const matrix = fc
  .array(fc.record({ activity, businessVm: cell, businessVu: cell, itVm: cell, itVu: cell }), {
    maxLength: 6,
  })
  .map((rows): Matrix => ({ unit: 'kkr', rows }));

const add = (xs: readonly Exact[]): Exact => xs.reduce((a, b) => a.plus(b), exact(0));

describe('matrix totals', () => {
  it('rows, columns, activity types and sides all add up to the grand total', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const t = matrixTotals(m);
        const g = t.grand;
        const rowsKnown = add(t.rows.map((r) => r.known));
        const rowsUnknown = t.rows.reduce((n, r) => n + r.unknownCount, 0);
        const cols = Object.values(t.columns);
        expect(rowsKnown.equals(g.known) && rowsUnknown === g.unknownCount).toBe(true);
        expect(add(cols.map((c) => c.known)).equals(g.known)).toBe(true);
        expect(cols.reduce((n, c) => n + c.unknownCount, 0)).toBe(g.unknownCount);
        expect(t.byActivityType.vm.known.plus(t.byActivityType.vu.known).equals(g.known)).toBe(
          true,
        );
        expect(t.bySide.business.known.plus(t.bySide.it.known).equals(g.known)).toBe(true);
      }),
    );
  });

  it('counts every unknown cell, and never turns one into 0', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const unknown = m.rows
          .flatMap((r) => [r.businessVm, r.businessVu, r.itVm, r.itVu])
          .filter((c) => c === 'unknown').length;
        expect(matrixTotals(m).grand.unknownCount).toBe(unknown);
      }),
    );
  });

  it('survives a JSON round trip through the schema unchanged', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const again = matrixSchema.parse(JSON.parse(JSON.stringify(m)));
        expect(JSON.stringify(again)).toBe(JSON.stringify(m));
      }),
    );
  });
});

describe('plan diff', () => {
  const base = objektplanSchema.parse({
    id: 'p',
    objectId: 'o',
    title: 'P',
    year: 2021,
    version: { label: 'A', status: 'draft' },
    budget: { unit: 'kkr', rows: [] },
  });

  it('known cell deltas add up to the change of a fully known grand total', () => {
    const known = fc.oneof(amount, fc.constant<MatrixCell>('empty'));
    const knownMatrix = fc
      .uniqueArray(
        fc.record({ activity, businessVm: known, businessVu: known, itVm: known, itVu: known }),
        {
          selector: (r) => r.activity,
          maxLength: 4,
        },
      )
      .map((rows): Matrix => ({ unit: 'kkr', rows }));
    fc.assert(
      fc.property(knownMatrix, knownMatrix, (a, b) => {
        const d = diffPlans({ ...base, budget: a }, { ...base, budget: b });
        const cellSum = add(d.cells.flatMap((c) => (c.delta ? [c.delta] : [])));
        const expected = matrixTotals(b).grand.known.minus(matrixTotals(a).grand.known);
        expect(cellSum.equals(expected)).toBe(true);
      }),
    );
  });

  it('a plan compared with itself shows no change', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const plan = { ...base, budget: m };
        const d = diffPlans(plan, plan);
        expect(d.cells.length + d.rows.length + d.columns.length + d.totals.length).toBe(0);
      }),
    );
  });
});

describe('fuzzed input', () => {
  const planA = readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document;
  const followUp = readEnvelope('sala-san-2023-06/budget-follow-up.yaml').document;

  /** Replaces the value at a random path of a document with arbitrary data. */
  function mutate(doc: unknown, steps: readonly number[], value: unknown): unknown {
    const copy: unknown = structuredClone(doc);
    let node: unknown = copy;
    for (const step of steps) {
      if (typeof node !== 'object' || node === null) break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[step % keys.length] ?? '';
      const child: unknown = (node as Record<string, unknown>)[key];
      if (typeof child !== 'object' || child === null || step % 3 === 0) {
        (node as Record<string, unknown>)[key] = value;
        break;
      }
      node = child;
    }
    return copy;
  }

  it('parsers never throw on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(parseObjektplan(input).ok).toBe(false);
        parseForvaltningsobjekt(input);
        parseBudgetFollowUp(input);
      }),
    );
  });

  it('mutated reference documents give findings or audit cleanly, never a crash', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.oneof(fc.anything(), fc.constantFrom('?', '–', '', 'ca 3,5', '1 000,5', '−9 722', 'x')),
        (steps, value) => {
          const plan = parseObjektplan(mutate(planA, steps, value));
          if (plan.ok) {
            auditObjektplan(plan.value);
            for (const table of planTables(plan.value)) tableToMarkdown(table);
          } else expect(plan.error.length).toBeGreaterThan(0);
          const f = parseBudgetFollowUp(mutate(followUp, steps, value));
          if (f.ok) {
            auditBudgetFollowUp(f.value);
            for (const table of followUpTables(f.value)) tableToMarkdown(table);
          } else expect(f.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
