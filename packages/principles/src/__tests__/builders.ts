// Small builders for hand-made templates and responses in unit tests.
import type { ChecklistResponse, Question, Section, Template } from '../model.js';

export function q(id: string, extra: Partial<Question> = {}): Question {
  return {
    id,
    type: 'yes-no',
    text: { sv: `Fråga ${id}?`, en: `Question ${id}?` },
    favourable: ['yes'],
    ...extra,
  } as Question;
}

export function section(id: string, questions: Question[], extra: Partial<Section> = {}): Section {
  return { id, title: { sv: `Avsnitt ${id}`, en: `Section ${id}` }, questions, ...extra };
}

export function template(sections: Section[], extra: Partial<Template> = {}): Template {
  return { id: 'test', version: 1, title: { sv: 'Test', en: 'Test' }, sections, ...extra };
}

export function response(
  answers: ChecklistResponse['answers'],
  extra: Partial<ChecklistResponse> = {},
): ChecklistResponse {
  return {
    case: { title: 'Ärende' },
    template: { id: 'test', version: 1 },
    answers,
    signedBy: { name: 'Anna Andersson' },
    ...extra,
  };
}
