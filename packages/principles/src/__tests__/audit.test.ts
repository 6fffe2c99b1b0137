import { describe, expect, it } from 'vitest';
import { auditResponse } from '../audit.js';
import { migrateResponse } from '../migrate.js';
import { validateResponse } from '../validate.js';
import { q, response, section, template } from './builders.js';

const base = template([
  section('gate', [
    q('g', { favourable: [] }),
    q('f', { enabledWhen: { question: 'g', equals: 'yes' } }),
  ]),
  section('hp', [q('risk', { favourable: ['no'] }), q('note', { type: 'text', required: false })], {
    justification: { when: 'unfavourable' },
  }),
]);

const codesOf = (fs: { code: string }[]) => fs.map((f) => f.code);

describe('validateResponse', () => {
  it('accepts a complete response', () => {
    expect(validateResponse(response({ g: 'no', risk: 'no' }), base)).toEqual([]);
  });

  it('reports unanswered required questions but not optional or disabled ones', () => {
    const findings = validateResponse(response({ g: 'yes' }), base);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['principles/unanswered-required', ['answers', 'f']],
      ['principles/unanswered-required', ['answers', 'risk']],
    ]);
  });

  it('reports an answer to a disabled question', () => {
    const findings = validateResponse(response({ g: 'no', f: 'yes', risk: 'no' }), base);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'principles/answer-to-disabled-question',
        severity: 'warning',
        path: ['answers', 'f'],
      }),
    ]);
  });

  it('reports unknown questions in answers and comments', () => {
    const findings = validateResponse(
      response({ g: 'no', risk: 'no', ghost: 'yes' }, { comments: { spook: 'x' } }),
      base,
    );
    expect(findings.map((f) => f.path)).toEqual([
      ['answers', 'ghost'],
      ['comments', 'spook'],
    ]);
    expect(codesOf(findings)).toEqual([
      'principles/unknown-question',
      'principles/unknown-question',
    ]);
  });

  it('does not treat inherited object members as answers', () => {
    const t = template([section('s', [q('constructor'), q('to-string')])]);
    expect(codesOf(validateResponse(response({}), t))).toEqual([
      'principles/unanswered-required',
      'principles/unanswered-required',
    ]);
  });

  it('reports a wrong answer type with expected and actual', () => {
    const findings = validateResponse(response({ g: 'no', risk: 42 }), base);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'principles/wrong-answer-type',
        path: ['answers', 'risk'],
        expected: 'yes | no',
        actual: '42',
      }),
    ]);
  });

  it('requires a justification for an unfavourable answer, and accepts one', () => {
    const missing = validateResponse(response({ g: 'no', risk: 'yes' }), base);
    expect(missing).toEqual([
      expect.objectContaining({
        code: 'principles/missing-justification',
        path: ['justifications', 'hp'],
        actual: 'risk',
      }),
    ]);
    const blank = validateResponse(
      response({ g: 'no', risk: 'yes' }, { justifications: { hp: '  ' } }),
      base,
    );
    expect(codesOf(blank)).toEqual(['principles/missing-justification']);
    const given = validateResponse(
      response({ g: 'no', risk: 'yes' }, { justifications: { hp: 'Ramp byggs före öppning.' } }),
      base,
    );
    expect(given).toEqual([]);
  });

  it('reports justifications for unknown sections and a missing signature', () => {
    const r = response({ g: 'no', risk: 'no' }, { justifications: { nowhere: 'x' } });
    delete (r as { signedBy?: unknown }).signedBy;
    expect(codesOf(validateResponse(r, base))).toEqual([
      'principles/unknown-section',
      'principles/not-signed',
    ]);
  });
});

describe('auditResponse and template versions', () => {
  const v2 = { ...base, version: 2, migrations: [{ from: 1, renames: { risk: 'risk' } }] };
  const v3 = template(
    [
      section('gate', [
        q('g', { favourable: [] }),
        q('f', { enabledWhen: { question: 'g', equals: 'yes' } }),
      ]),
      section('hp', [q('accessibility-risk', { favourable: ['no'] })]),
    ],
    { version: 3, migrations: [{ from: 1 }, { from: 2, renames: { risk: 'accessibility-risk' } }] },
  );

  it('reports a response on another template as a mismatch only', () => {
    const r = response({}, { template: { id: 'other', version: 1 } });
    expect(codesOf(auditResponse(r, base))).toEqual(['principles/template-mismatch']);
  });

  it('migrates an older response through renames and validates the result', () => {
    const r = response({ g: 'no', risk: 'no' });
    const migrated = migrateResponse(r, v3);
    expect(migrated.ok && migrated.value.answers).toEqual({ g: 'no', 'accessibility-risk': 'no' });
    expect(migrated.ok && migrated.value.template).toEqual({ id: 'test', version: 3 });
    const findings = auditResponse(r, v3);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'principles/template-version-mismatch',
        expected: '3',
        actual: '1',
      }),
    ]);
    expect(findings[0]?.message.en).toContain('carried over');
    expect(codesOf(auditResponse(r, v2))).toEqual(['principles/template-version-mismatch']);
  });

  it('reports the response as made on its own version when no migration exists', () => {
    const noPath = { ...v3, migrations: [] };
    const r = response({ g: 'no', risk: 'no' });
    const result = migrateResponse(r, noPath);
    expect(result.ok ? [] : codesOf(result.error)).toEqual(['principles/no-migration-path']);
    const findings = auditResponse(r, noPath);
    expect(codesOf(findings)).toEqual([
      'principles/template-version-mismatch',
      'principles/unknown-question',
      'principles/unanswered-required',
    ]);
    expect(findings[0]?.message.sv).toContain('prövas mot version 3');
  });

  it('refuses to migrate a response newer than the template', () => {
    const r = response({}, { template: { id: 'test', version: 5 } });
    const result = migrateResponse(r, base);
    expect(result.ok).toBe(false);
  });
});
