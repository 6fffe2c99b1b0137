// Each audit rule triggered by a small change to the version A dataset
// (docs/examples/linkoping-vso-2021/objektplan-a.yaml, seed linkoping-vso-objektplan-2021.txt).
import { findingSchema, type Finding } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import {
  auditForvaltningsobjekt,
  auditObjektplan,
  auditPortfolio,
  parseObjektplan,
  pm3Codes,
  type Objektplan,
} from '../index.js';
import { planA, readEnvelope, vso } from './fixtures.js';

/** The raw document of version A, to edit before parsing. */
function rawA(): Record<string, unknown> & {
  budget: { rows: Record<string, unknown>[]; statedColumnTotals: Record<string, unknown> };
} {
  return structuredClone(readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document) as never;
}

function parsed(raw: unknown): Objektplan {
  const r = parseObjektplan(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const codes = (fs: readonly Finding[]): string[] => fs.map((f) => f.code);

describe('auditObjektplan', () => {
  it('every finding is well formed, bilingual and uses a catalogued code', () => {
    for (const f of auditObjektplan(planA())) {
      expect(findingSchema.safeParse(f).success).toBe(true);
      expect(Object.keys(pm3Codes.specs)).toContain(f.code);
      expect(f.message.sv.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
  });

  it('reports a row total that does not match with expected and actual', () => {
    const raw = rawA();
    const row = raw.budget.rows[0];
    if (row) row.statedTotal = 1900; // seed :179 states 1 800
    const f = auditObjektplan(parsed(raw)).find((x) => x.code === 'pm3/row-sum-mismatch');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['budget', 'rows', 0, 'statedTotal'],
      // expected = computed from the cells, actual = as the document states it
      expected: '1800',
      actual: '1900',
    });
  });

  it('reports column and grand total mismatches after a changed cell', () => {
    const raw = rawA();
    const row = raw.budget.rows[1];
    if (row) row.businessVm = 2100; // seed :180 has 2 000
    const fs = auditObjektplan(parsed(raw));
    expect(codes(fs)).toEqual(
      expect.arrayContaining([
        'pm3/row-sum-mismatch',
        'pm3/column-sum-mismatch',
        'pm3/grand-total-mismatch',
      ]),
    );
    const grand = fs.find((x) => x.code === 'pm3/grand-total-mismatch');
    expect(grand).toMatchObject({
      path: ['budget', 'statedGrandTotal'],
      expected: '45200',
      actual: '45100',
    });
  });

  it('an unknown cell gives "total has unknown" info, never a false mismatch', () => {
    const raw = rawA();
    const row = raw.budget.rows[0];
    if (row) row.businessVu = '?';
    const fs = auditObjektplan(parsed(raw));
    expect(codes(fs)).not.toContain('pm3/row-sum-mismatch');
    const info = fs.filter((x) => x.code === 'pm3/total-has-unknown');
    expect(info.map((f) => f.path)).toEqual([
      ['budget', 'rows', 0, 'statedTotal'],
      ['budget', 'statedColumnTotals', 'businessVu'],
      ['budget', 'statedGrandTotal'],
    ]);
    expect(info.every((f) => f.severity === 'info')).toBe(true);
    expect(info[0]?.message.en).toContain('1,700 kkr + 1 unknown');
  });

  it('reports cost without FTE and FTE without cost as info', () => {
    // seed :179/:191 Förvaltningsstyrning VU: 100 kkr, no FTE; :181/:193 Ändringshantering
    // business VM: 2,5 FTE, no budget; :182/:194 Daglig drift business VU: 1,3 FTE, no budget.
    const fs = auditObjektplan(planA());
    expect(fs.filter((f) => f.code === 'pm3/cost-without-fte').map((f) => f.path)).toEqual([
      ['fte', 'rows', 0, 'businessVu'],
    ]);
    expect(fs.filter((f) => f.code === 'pm3/fte-without-cost').map((f) => f.path)).toEqual([
      ['budget', 'rows', 2, 'businessVm'],
      ['budget', 'rows', 3, 'businessVu'],
    ]);
  });

  it('reports duplicate ids and unknown references', () => {
    const raw = rawA();
    const initiatives = raw.initiatives as Record<string, unknown>[];
    const first = initiatives[0];
    if (first) initiatives.push({ ...first, links: ['no-such-goal'] });
    raw.budget.rows.push({ activity: 'problemhantering', businessVm: 1 });
    const fs = auditObjektplan(parsed(raw));
    expect(fs.find((f) => f.code === 'pm3/duplicate-id')?.path).toEqual(['initiatives', 27]);
    expect(fs.filter((f) => f.code === 'pm3/unknown-reference').map((f) => f.path)).toEqual([
      ['budget', 'rows', 4, 'activity'],
      ['initiatives', 27, 'links', 0],
    ]);
  });

  it('accepts a configurable row set (Problemhantering) without reference errors', () => {
    const raw = rawA();
    raw.mainActivities = [
      { id: 'forvaltningsstyrning', title: { sv: 'Förvaltningsstyrning', en: 'Governance' } },
      { id: 'anvandarstod', title: { sv: 'Användarstöd', en: 'User support' } },
      { id: 'andringshantering', title: { sv: 'Ändringshantering', en: 'Change' } },
      { id: 'daglig-it-drift', title: { sv: 'Daglig IT-drift', en: 'Operations' } },
      { id: 'problemhantering', title: { sv: 'Problemhantering', en: 'Problem management' } },
    ];
    raw.budget.rows.push({ activity: 'problemhantering', itVm: 0 });
    expect(codes(auditObjektplan(parsed(raw)))).not.toContain('pm3/unknown-reference');
  });

  it('requires a decider and a date once a plan is decided', () => {
    const raw = rawA();
    raw.version = { label: 'A', status: 'decided' };
    const fs = auditObjektplan(parsed(raw)).filter((f) => f.code === 'pm3/decided-without-decider');
    expect(fs.map((f) => f.path)).toEqual([
      ['version', 'decidedBy'],
      ['version', 'decidedOn'],
    ]);
    raw.version = {
      label: 'A',
      status: 'decided',
      decidedBy: 'Objektägare',
      decidedOn: '2020-12-15',
    };
    expect(codes(auditObjektplan(parsed(raw)))).not.toContain('pm3/decided-without-decider');
  });

  it('warns when validity lies outside the plan year', () => {
    const raw = rawA();
    raw.validity = { start: '2021-01-01', end: '2022-06-30' };
    expect(codes(auditObjektplan(parsed(raw)))).toContain('pm3/validity-outside-year');
  });

  it('reports a stated figure that the matrix contradicts at its precision', () => {
    const raw = rawA();
    (raw.statedFigures as Record<string, unknown>[])[0] = {
      id: 'vm-fte',
      label: 'VM',
      matrix: 'fte',
      activityType: 'vm',
      value: '13',
    };
    const f = auditObjektplan(parsed(raw)).find((x) => x.code === 'pm3/stated-figure-mismatch');
    expect(f).toMatchObject({ severity: 'error', expected: '12.2', actual: '13' });
  });

  it('a cost breakdown without estimates that does not add up is an error', () => {
    const raw = rawA();
    const breakdowns = raw.costBreakdowns as { items: { amount: string }[] }[];
    const last = breakdowns[0]?.items[4];
    if (last) last.amount = '3,5';
    const f = auditObjektplan(parsed(raw)).find((x) => x.code === 'pm3/cost-items-mismatch');
    expect(f?.severity).toBe('error');
  });

  it('flags classifications outside the vocabulary, and a plan may extend it', () => {
    const raw = rawA();
    const initiatives = raw.initiatives as Record<string, unknown>[];
    const first = initiatives[0];
    if (first) first.timeToEffect = 'Omedelbar';
    expect(codes(auditObjektplan(parsed(raw)))).toContain('pm3/unknown-classification');
    raw.vocabularies = { timeToEffect: ['Omedelbar', 'Kort', 'Medel', 'Lång'] };
    expect(codes(auditObjektplan(parsed(raw)))).not.toContain('pm3/unknown-classification');
  });
});

describe('auditPortfolio and auditForvaltningsobjekt', () => {
  it('prefixes plan paths and warns about two plans for one object and year', () => {
    const fs = auditPortfolio([planA(), planA()]);
    expect(fs.filter((f) => f.code === 'pm3/duplicate-plan').map((f) => f.path)).toEqual([[1]]);
    expect(fs.find((f) => f.code === 'pm3/cost-items-mismatch')?.path[0]).toBe(0);
  });

  it('finds nothing wrong with the VSO object, and catches a reversed validity', () => {
    expect(auditForvaltningsobjekt(vso())).toEqual([]);
    const broken = { ...vso(), validity: { start: '2021-01-01', end: '2020-01-01' } };
    expect(codes(auditForvaltningsobjekt(broken))).toEqual(['pm3/invalid-validity']);
  });
});
