import { describe, expect, it } from 'vitest';
import {
  answerEquals,
  classifyAnswer,
  describeExpectedAnswer,
  interpretAnswer,
} from '../answers.js';
import { q } from './builders.js';

describe('interpretAnswer', () => {
  const yesNo = q('a');
  it('reads Swedish and English spellings and booleans', () => {
    expect(interpretAnswer(yesNo, 'Ja')).toEqual({ kind: 'choice', choice: 'yes' });
    expect(interpretAnswer(yesNo, ' NEJ ')).toEqual({ kind: 'choice', choice: 'no' });
    expect(interpretAnswer(yesNo, true)).toEqual({ kind: 'choice', choice: 'yes' });
    expect(interpretAnswer(yesNo, false)).toEqual({ kind: 'choice', choice: 'no' });
  });

  it('treats null, missing and blank text as blank, never as no', () => {
    for (const v of [null, undefined, '', '   '])
      expect(interpretAnswer(yesNo, v).kind).toBe('blank');
  });

  it('rejects an answer of the wrong type with expected and actual', () => {
    expect(interpretAnswer(yesNo, 3)).toEqual({
      kind: 'invalid',
      expected: 'yes | no',
      actual: '3',
    });
    expect(interpretAnswer(yesNo, 'ej aktuellt')).toMatchObject({ kind: 'invalid' });
    expect(interpretAnswer(q('b', { type: 'yes-no-na' }), 'ej aktuellt')).toEqual({
      kind: 'choice',
      choice: 'not-applicable',
    });
  });

  it('reads scores within the scale only', () => {
    const scale = q('s', { type: 'scale', min: 1, max: 5, favourable: { min: 4, max: 5 } });
    expect(interpretAnswer(scale, 4)).toEqual({ kind: 'score', score: 4 });
    expect(interpretAnswer(scale, '2')).toEqual({ kind: 'score', score: 2 });
    expect(interpretAnswer(scale, 6).kind).toBe('invalid');
    expect(interpretAnswer(scale, 2.5).kind).toBe('invalid');
    expect(describeExpectedAnswer(scale)).toBe('integer 1..5');
  });

  it('accepts only strings for text questions', () => {
    const t = q('t', { type: 'text' });
    expect(interpretAnswer(t, 'Hörde elevrådet')).toEqual({
      kind: 'text',
      text: 'Hörde elevrådet',
    });
    expect(interpretAnswer(t, 12).kind).toBe('invalid');
  });
});

describe('classifyAnswer', () => {
  it('follows the polarity of the question', () => {
    const reverse = q('risk', { favourable: ['no'] });
    expect(classifyAnswer(reverse, { kind: 'choice', choice: 'no' })).toBe('favourable');
    expect(classifyAnswer(reverse, { kind: 'choice', choice: 'yes' })).toBe('unfavourable');
  });

  it('has no polarity for routing and text questions', () => {
    expect(classifyAnswer(q('gate', { favourable: [] }), { kind: 'choice', choice: 'yes' })).toBe(
      'answered',
    );
    expect(classifyAnswer(q('t', { type: 'text' }), { kind: 'text', text: 'x' })).toBe('answered');
  });

  it('keeps not applicable, unanswered and invalid apart', () => {
    const na = q('n', { type: 'yes-no-na' });
    expect(classifyAnswer(na, { kind: 'choice', choice: 'not-applicable' })).toBe('not-applicable');
    expect(classifyAnswer(na, { kind: 'blank' })).toBe('unanswered');
    expect(classifyAnswer(na, { kind: 'invalid', expected: 'x', actual: 'y' })).toBe('invalid');
  });

  it('rates a scale by its favourable range', () => {
    const scale = q('s', { type: 'scale', min: 1, max: 5, favourable: { min: 4, max: 5 } });
    expect(classifyAnswer(scale, { kind: 'score', score: 4 })).toBe('favourable');
    expect(classifyAnswer(scale, { kind: 'score', score: 3 })).toBe('unfavourable');
  });

  it('matches conditions on choices and scores', () => {
    expect(answerEquals({ kind: 'choice', choice: 'yes' }, 'yes')).toBe(true);
    expect(answerEquals({ kind: 'score', score: 3 }, 3)).toBe(true);
    expect(answerEquals({ kind: 'blank' }, 'yes')).toBe(false);
  });
});
