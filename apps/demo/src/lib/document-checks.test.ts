import { describe, expect, it } from 'vitest';
import type { Finding } from './api.js';
import { idMismatch, isValidId, referenceProblems, syncId } from './document-checks.js';

const finding = (code: string): Finding => ({
  code,
  severity: 'error',
  path: [],
  message: { sv: code, en: code },
});

describe('checks before a document is stored', () => {
  it('accepts the ids the host accepts', () => {
    expect(isValidId('linkoping-vso-2022')).toBe(true);
    expect(isValidId('a.b_c-1')).toBe(true);
    expect(isValidId('')).toBe(false);
    expect(isValidId('två ord')).toBe(false);
    expect(isValidId('x'.repeat(129))).toBe(false);
  });
  it('finds a document id that differs from the envelope id', () => {
    expect(idMismatch({ id: 'linkoping-vso-2021-a' }, 'linkoping-vso-2022')).toBe(true);
    expect(idMismatch({ id: 'linkoping-vso-2022' }, 'linkoping-vso-2022')).toBe(false);
    expect(idMismatch({ title: 'utan id' }, 'x')).toBe(false);
    expect(idMismatch(null, 'x')).toBe(false);
  });
  it('lets the document id follow the envelope id until the user sets another', () => {
    expect(syncId({ id: '' }, '', 'a')).toEqual({ id: 'a' });
    expect(syncId({ id: 'a' }, 'a', 'ab')).toEqual({ id: 'ab' });
    expect(syncId({ id: 'own' }, 'a', 'ab')).toEqual({ id: 'own' });
    expect(syncId({ id: 'own' }, 'a', 'ab', true)).toEqual({ id: 'ab' });
  });
  it('picks the findings about missing documents', () => {
    const found = referenceProblems([
      finding('pm3/unknown-reference'),
      finding('principles/template-not-found'),
      finding('governance/unknown-reference'),
      finding('pm3/row-sum-mismatch'),
    ]);
    expect(found.map((f) => f.code)).toEqual([
      'pm3/unknown-reference',
      'principles/template-not-found',
      'governance/unknown-reference',
    ]);
  });
});
