// Checks that do not hide each other (issue 16): version A of the Linköping plan
// (docs/examples/linkoping-vso-2021/objektplan-a.yaml) with one field broken at a time still
// gets every other known finding: 22,9 vs 22,7 mnkr as a warning and the four strategic
// initiatives without a committee goal link.
import fc from 'fast-check';
import type { Finding } from '@styrkit/core';
import { checkWithKind } from '@styrkit/plugin';
import { describe, expect, it } from 'vitest';
import { pm3Plugin } from '../plugin.js';
import {
  auditObjektplan,
  checkObjektplan,
  parseObjektplan,
  parseObjektplanPartial,
} from '../index.js';
import { readEnvelope } from './fixtures.js';

type Raw = Record<string, unknown> & {
  budget: { rows: Record<string, unknown>[]; statedColumnTotals: Record<string, unknown> };
  fte: { rows: Record<string, unknown>[] };
  validity: Record<string, unknown>;
  goalLinks: Record<string, unknown>[];
  initiatives: Record<string, unknown>[];
};

function rawA(): Raw {
  return structuredClone(readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document) as never;
}

/** The known findings of version A that do not depend on the broken fields. */
function expectKnownFindings(fs: readonly Finding[]): void {
  // seed: linkoping-vso-objektplan-2021.txt:73 5,6 + 5,4 + 4,2 + 4,2 + ca 3,5 = 22,9 ≠ 22,7
  expect(fs.find((f) => f.code === 'pm3/cost-items-mismatch')).toMatchObject({
    severity: 'warning',
    path: ['costBreakdowns', 0, 'statedTotal'],
    expected: '22.9',
    actual: '22.7',
  });
  // Four strategic initiatives without a goal link (initiatives 3, 5, 6, 7 of the plan).
  expect(fs.filter((f) => f.code === 'pm3/strategic-without-goal-link').map((f) => f.path)).toEqual(
    [
      ['initiatives', 3, 'links'],
      ['initiatives', 5, 'links'],
      ['initiatives', 6, 'links'],
      ['initiatives', 7, 'links'],
    ],
  );
}

const invalid = (fs: readonly Finding[]) => fs.filter((f) => f.code === 'pm3/invalid-input');

describe('checkObjektplan: one invalid field hides no other check', () => {
  it('a valid plan gives exactly the audit', () => {
    const raw = rawA();
    const r = parseObjektplan(raw);
    if (!r.ok) throw new Error('the example parses');
    expect(JSON.stringify(checkObjektplan(raw))).toBe(JSON.stringify(auditObjektplan(r.value)));
  });

  it('one cell "abc": a finding at the cell, its totals unknown, every other check still runs', () => {
    const raw = rawA();
    const row = raw.budget.rows[1];
    if (row === undefined) throw new Error('row 1 exists');
    row.businessVm = 'abc'; // seed :180 has 2 000
    expect(parseObjektplan(raw).ok).toBe(false);
    const fs = checkObjektplan(raw);
    expect(invalid(fs).map((f) => f.path)).toEqual([['budget', 'rows', 1, 'businessVm']]);
    expectKnownFindings(fs);
    // The totals that include the cell are unknown, never as if the cell were 0 or absent.
    const unknown = fs.filter((f) => f.code === 'pm3/total-has-unknown').map((f) => f.path);
    expect(unknown).toEqual([
      ['budget', 'rows', 1, 'statedTotal'],
      ['budget', 'statedColumnTotals', 'businessVm'],
      ['budget', 'statedGrandTotal'],
    ]);
    expect(
      fs.some((f) => f.code.endsWith('sum-mismatch') || f.code.endsWith('total-mismatch')),
    ).toBe(false);
    const partial = parseObjektplanPartial(raw);
    expect(partial.value?.budget.rows[1]?.businessVm).toBe('unknown');
    expect(partial.value?.budget.rows[1]?.businessVu.toString()).toBe('200');
  });

  it('one bad date: the validity is set aside, the rest is checked', () => {
    const raw = rawA();
    raw.validity.start = '2021-02-30';
    const fs = checkObjektplan(raw);
    expect(invalid(fs).map((f) => f.path)).toEqual([['validity', 'start']]);
    expectKnownFindings(fs);
    expect(parseObjektplanPartial(raw).value?.validity).toBeUndefined();
  });

  it('one bad goal link: the link is left out, paths after it stay those of the document', () => {
    const raw = rawA();
    const link = raw.goalLinks[2];
    if (link === undefined) throw new Error('link 2 exists');
    link.committees = []; // at least one committee is required
    const fs = checkObjektplan(raw);
    expect(invalid(fs).map((f) => f.path)).toEqual([['goalLinks', 2, 'committees']]);
    expectKnownFindings(fs);
    const partial = parseObjektplanPartial(raw);
    expect(partial.removed).toEqual([['goalLinks', 2]]);
    expect(partial.value?.goalLinks.map((l) => l.id)).not.toContain(link.id);
  });

  it('a bad initiative before the unlinked ones keeps their paths (removed entries are counted back)', () => {
    const raw = rawA();
    const first = raw.initiatives[0];
    if (first === undefined) throw new Error('initiative 0 exists');
    first.category = 'urgent';
    const fs = checkObjektplan(raw);
    expect(invalid(fs).map((f) => f.path)).toEqual([['initiatives', 0, 'category']]);
    expectKnownFindings(fs);
  });

  it('a bad year drops only the check that needs it', () => {
    const raw = rawA();
    raw.year = '2021';
    raw.validity.start = '2020-01-01'; // would be outside the year, but the year is unreadable
    const fs = checkObjektplan(raw);
    expect(invalid(fs).map((f) => f.path)).toEqual([['year']]);
    expect(fs.some((f) => f.code === 'pm3/validity-outside-year')).toBe(false);
    expectKnownFindings(fs);
  });

  it('a row without a readable activity still counts in the column totals', () => {
    const raw = rawA();
    const row = raw.budget.rows[0];
    if (row === undefined) throw new Error('row 0 exists');
    row.activity = 7;
    const fs = checkObjektplan(raw);
    expect(invalid(fs).map((f) => f.path)).toEqual([['budget', 'rows', 0, 'activity']]);
    // The row still adds to the column and grand totals (which hold), and its unreadable id is
    // not reported as an unknown main activity.
    const other = fs.filter((f) => f.code !== 'pm3/invalid-input').map((f) => f.code);
    expect(other).not.toContain('pm3/column-sum-mismatch');
    expect(other).not.toContain('pm3/grand-total-mismatch');
    expect(other).not.toContain('pm3/unknown-reference');
    expect(other.filter((c) => c === 'pm3/fte-without-cost')).toHaveLength(2);
    expectKnownFindings(fs);
  });

  it('three broken fields at once: three findings, the known findings stay', () => {
    const raw = rawA();
    const cell = raw.fte.rows[0];
    const link = raw.goalLinks[0];
    if (cell === undefined || link === undefined) throw new Error('rows exist');
    cell.businessVm = 'ett';
    link.activity = ''; // the link is left out; the initiative it links is not reported
    raw.validity.end = 'snart';
    const fs = checkObjektplan(raw);
    expect(invalid(fs)).toHaveLength(3);
    expectKnownFindings(fs);
  });

  it("the plugin's kind reads the rest, so the host's checks give the same findings", () => {
    const raw = rawA();
    const link = raw.goalLinks[0];
    if (link === undefined) throw new Error('link 0 exists');
    link.activity = '';
    raw.validity.start = '2021-02-30';
    const kind = pm3Plugin.kinds.find((k) => k.name === 'pm3/objektplan');
    const audit = pm3Plugin.checks.filter((c) => c.id === 'pm3/objektplan-audit');
    if (kind === undefined || audit.length !== 1) throw new Error('the plugin has the kind');
    const fs = checkWithKind(kind, audit, raw, { locale: 'sv', documents: () => [] });
    expect(JSON.stringify(fs)).toBe(JSON.stringify(checkObjektplan(raw)));
    expectKnownFindings(fs);
  });

  it('input that is no object gives its parse finding only', () => {
    expect(checkObjektplan('plan').map((f) => f.code)).toEqual(['pm3/invalid-input']);
    expect(parseObjektplanPartial(null).value).toBeUndefined();
  });

  it('property: any one field replaced by junk never throws and keeps every parse finding', () => {
    const raw = rawA();
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]): void => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(node))
        node.forEach((v, i) => {
          walk(v, [...path, i]);
        });
      else if (typeof node === 'object' && node !== null)
        for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    };
    walk(raw, []);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom<unknown>('abc', -1, null, [], {}, '', true, '2021-13-01'),
        (path, junk) => {
          const doc = structuredClone(raw) as Record<string, unknown>;
          let node: unknown = doc;
          for (const key of path.slice(0, -1)) node = (node as Record<string, unknown>)[key];
          (node as Record<string | number, unknown>)[path[path.length - 1] ?? ''] = junk;
          const parsed = parseObjektplan(doc);
          const fs = checkObjektplan(doc);
          if (parsed.ok) return;
          expect(invalid(fs)).toEqual(parsed.error);
        },
      ),
      { numRuns: 300 },
    );
  });
});
