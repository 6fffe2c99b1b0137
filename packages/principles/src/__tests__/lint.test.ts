import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../lint.js';
import { q, section, template } from './builders.js';

const codes = (t: Parameters<typeof lintTemplate>[0]) => lintTemplate(t).map((f) => f.code);

describe('lintTemplate', () => {
  it('passes a clean template', () => {
    expect(lintTemplate(template([section('s', [q('a'), q('b')])]))).toEqual([]);
  });

  it('reports duplicate section and question ids with their paths', () => {
    const findings = lintTemplate(
      template([section('s', [q('a'), q('a')]), section('s', [q('b')])]),
    );
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['principles/duplicate-id', ['sections', 1, 'id']],
      ['principles/duplicate-id', ['sections', 0, 'questions', 1, 'id']],
    ]);
  });

  it('reports conditions on unknown and later questions', () => {
    const t = template([
      section('s', [
        q('a', { enabledWhen: { question: 'b', equals: 'yes' } }),
        q('b'),
        q('c', { enabledWhen: { question: 'ghost', equals: 'yes' } }),
      ]),
    ]);
    const findings = lintTemplate(t);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      [
        'principles/condition-forward-reference',
        ['sections', 0, 'questions', 0, 'enabledWhen', 'question'],
      ],
      [
        'principles/condition-unknown-question',
        ['sections', 0, 'questions', 2, 'enabledWhen', 'question'],
      ],
    ]);
  });

  it('reports a cycle once, at its first question', () => {
    const t = template([
      section('s', [
        q('a', { enabledWhen: { question: 'c', equals: 'yes' } }),
        q('b', { enabledWhen: { question: 'a', equals: 'yes' } }),
        q('c', { enabledWhen: { question: 'b', equals: 'yes' } }),
        q('d', { enabledWhen: { question: 'd', equals: 'yes' } }),
      ]),
    ]);
    const cycles = lintTemplate(t).filter((f) => f.code === 'principles/condition-cycle');
    expect(cycles.map((f) => [f.path[3], f.actual])).toEqual([
      [0, 'a → c → b'],
      [3, 'd'],
    ]);
  });

  it('reports a condition value the controlling question cannot have', () => {
    const t = template([
      section('s', [q('a'), q('b', { enabledWhen: { question: 'a', equals: 'positive' } })]),
    ]);
    expect(codes(t)).toEqual(['principles/condition-impossible-answer']);
  });

  it('reports principles named by a section and asked by no question', () => {
    const t = template([
      section('s', [q('a', { principles: ['accessibility'] })], {
        principles: ['accessibility', 'gender-equality'],
      }),
    ]);
    expect(lintTemplate(t)).toEqual([
      expect.objectContaining({
        code: 'principles/principle-not-asked',
        path: ['sections', 0, 'principles', 1],
        actual: 'gender-equality',
      }),
    ]);
  });

  it('reports questions with no favourable answer defined, not routing or text questions', () => {
    const noPolarity = q('a');
    delete (noPolarity as { favourable?: unknown }).favourable;
    const t = template([
      section('s', [noPolarity, q('gate', { favourable: [] }), q('t', { type: 'text' })]),
    ]);
    expect(lintTemplate(t).map((f) => [f.code, f.path])).toEqual([
      ['principles/no-favourable-answer', ['sections', 0, 'questions', 0, 'favourable']],
    ]);
  });

  it('reports invalid scales, unknown references and empty sections', () => {
    const t = template([
      section('s', [
        q('a', { type: 'scale', min: 5, max: 1, favourable: { min: 1, max: 1 } }),
        q('b', { type: 'scale', min: 1, max: 5, favourable: { min: 4, max: 9 } }),
        q('c', { references: ['nowhere'] }),
      ]),
      section('empty', []),
    ]);
    expect(codes(t)).toEqual([
      'principles/empty-section',
      'principles/invalid-scale',
      'principles/invalid-scale',
      'principles/unknown-reference',
    ]);
  });
});
