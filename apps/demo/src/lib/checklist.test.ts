import { describe, expect, it } from 'vitest';
import { exampleDocument } from './examples.js';
import {
  choicesOf,
  evaluateChecklist,
  findingsAt,
  setAnswer,
  type ResponseDocument,
} from './checklist.js';

const template = exampleDocument('sala-san-2023-06/checklist-template.yaml');
const second = exampleDocument('sala-san-2023-06/checklist-response-2.yaml') as ResponseDocument;

describe('checklist filling', () => {
  it('catches the unanswered question of the second copy', () => {
    const state = evaluateChecklist(template, second);
    expect(state.valid).toBe(false);
    expect(findingsAt(state.findings, 'answers', 'hp-crpd').map((f) => f.code)).toContain(
      'principles/unanswered-required',
    );
  });

  it('validates once the last question is answered', () => {
    const filled = setAnswer(template, second, 'hp-crpd', 'yes');
    const state = evaluateChecklist(template, filled);
    expect(state.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(state.valid).toBe(true);
  });

  it('enables the rural follow-ups only after a yes, and clears them after a no', () => {
    const yes = setAnswer(template, second, 'rural-consequences', 'yes');
    const enabled = evaluateChecklist(template, yes)
      .evaluated?.sections.flatMap((s) => s.questions)
      .filter((q) => q.question.id.startsWith('rural-') && q.enabled)
      .map((q) => q.question.id);
    expect(enabled).toEqual([
      'rural-consequences',
      'rural-harder-to-live',
      'rural-more-jobs',
      'rural-less-service',
    ]);
    const answered = setAnswer(template, yes, 'rural-more-jobs', 'yes');
    const no = setAnswer(template, answered, 'rural-consequences', 'no');
    expect(no.answers['rural-more-jobs']).toBeNull();
  });

  it('offers the choices of each answer type', () => {
    expect(choicesOf({ id: 'a', type: 'yes-no', text: { sv: 'a', en: 'a' } })).toEqual([
      'yes',
      'no',
    ]);
    expect(
      choicesOf({ id: 'b', type: 'scale', min: 1, max: 3, text: { sv: 'b', en: 'b' } }),
    ).toEqual(['1', '2', '3']);
  });
});
