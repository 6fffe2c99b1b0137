import { describe, expect, it } from 'vitest';
import {
  matrixCellSchema,
  parseBudgetFollowUp,
  parseForvaltningsobjekt,
  parseObjektplan,
  statedAmountSchema,
} from '../index.js';
import { readEnvelope } from './fixtures.js';

describe('cells and stated amounts', () => {
  it('reads Swedish number text, empty marks and unknown', () => {
    // Figures as written in seed linkoping-vso-objektplan-2021.txt:179-195.
    expect(String(matrixCellSchema.parse('10 200'))).toBe('10200');
    expect(String(matrixCellSchema.parse('1,5'))).toBe('1.5');
    expect(String(matrixCellSchema.parse('−9 722'))).toBe('-9722');
    for (const empty of [null, undefined, '', '-', '–', 'empty']) {
      expect(matrixCellSchema.parse(empty)).toBe('empty');
    }
    expect(matrixCellSchema.parse('?')).toBe('unknown');
    expect(matrixCellSchema.safeParse('tio').success).toBe(false);
    expect(matrixCellSchema.safeParse('45 %').success).toBe(false);
  });

  it('keeps "ca" as an estimate flag', () => {
    // seed: linkoping-vso-objektplan-2021.txt:73 "ca 3,5 miljoner"
    const amount = statedAmountSchema.parse('ca 3,5');
    expect(amount.estimate).toBe(true);
    expect(amount.value?.toString()).toBe('3.5');
    expect(statedAmountSchema.parse('?')).toEqual({ value: null, estimate: false });
  });
});

describe('parseObjektplan', () => {
  it('reports every problem at once, each with its path', () => {
    const r = parseObjektplan({
      id: '',
      objectId: 'vso',
      title: 'Plan',
      year: '2021',
      version: { label: 'A', status: 'beslutad' },
      budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 'tvåtusen' }] },
      initiatives: [{ id: 'x', name: 'X', category: 'strategic', cost: 'mycket' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        ['id'],
        ['year'],
        ['version', 'status'],
        ['budget', 'rows', 0, 'businessVm'],
        ['initiatives', 0, 'cost'],
      ]),
    );
    expect(r.error.every((f) => f.code === 'pm3/invalid-input' && f.severity === 'error')).toBe(
      true,
    );
  });

  it('never throws on odd input', () => {
    for (const input of [
      undefined,
      null,
      42,
      'plan',
      [],
      { budget: null },
      { budget: { rows: 7 } },
    ]) {
      expect(() => parseObjektplan(input)).not.toThrow();
      expect(parseObjektplan(input).ok).toBe(false);
    }
  });

  it('reads every reference dataset of the package', () => {
    expect(parseObjektplan(readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document).ok).toBe(
      true,
    );
    expect(parseObjektplan(readEnvelope('linkoping-vso-2021/objektplan-b.yaml').document).ok).toBe(
      true,
    );
    expect(
      parseForvaltningsobjekt(readEnvelope('linkoping-vso-2021/forvaltningsobjekt.yaml').document)
        .ok,
    ).toBe(true);
    expect(
      parseBudgetFollowUp(readEnvelope('sala-san-2023-06/budget-follow-up.yaml').document).ok,
    ).toBe(true);
  });

  it('has envelopes with the kinds the plugin declares', () => {
    expect(readEnvelope('linkoping-vso-2021/objektplan-a.yaml').kind).toBe('pm3/objektplan');
    expect(readEnvelope('linkoping-vso-2021/forvaltningsobjekt.yaml').kind).toBe(
      'pm3/forvaltningsobjekt',
    );
    expect(readEnvelope('sala-san-2023-06/budget-follow-up.yaml').kind).toBe(
      'pm3/budget-follow-up',
    );
  });

  it('round-trips through JSON (amounts cross as strings)', () => {
    const first = parseObjektplan(readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document);
    if (!first.ok) throw new Error('fixture');
    const again = parseObjektplan(JSON.parse(JSON.stringify(first.value)));
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(JSON.stringify(again.value)).toBe(JSON.stringify(first.value));
  });
});

describe('parseBudgetFollowUp', () => {
  it('rejects months outside 1–12 and an unknown convention with paths', () => {
    const r = parseBudgetFollowUp({
      id: 'f',
      title: 'F',
      organisation: 'N',
      year: 2023,
      months: 13,
      unit: 'tkr',
      statements: [{ id: 's', title: 'S', convention: 'sideways', basis: 'period', rows: [] }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((f) => f.path)).toEqual([['months'], ['statements', 0, 'convention']]);
  });
});
