// Synthetic checklists of a chosen size, for benchmarks.
import type { ChecklistResponse, Question, Template } from '../src/index.js';

/**
 * A template of `sections` × `perSection` yes/no questions where every fourth question is
 * enabled by the question before it, like the rural follow-ups of the Sala checklist.
 */
export function syntheticTemplate(sections: number, perSection: number): Template {
  return {
    id: 'bench',
    version: 1,
    title: { sv: 'Prestandamall', en: 'Benchmark template' },
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `s${s}`,
      title: { sv: `Avsnitt ${s}`, en: `Section ${s}` },
      principles: ['accessibility'],
      justification: { when: 'unfavourable' as const },
      questions: Array.from({ length: perSection }, (_, i): Question => ({
        id: `s${s}-q${i}`,
        type: 'yes-no',
        text: { sv: `Fråga ${i} <i>med</i> "tecken" & mer?`, en: `Question ${i}?` },
        favourable: [i % 3 === 0 ? 'no' : 'yes'],
        principles: ['accessibility'],
        ...(i % 4 === 3
          ? { enabledWhen: { question: `s${s}-q${i - 1}`, equals: 'yes' as const } }
          : {}),
      })),
    })),
  };
}

/** A response answering every question yes, leaving every tenth blank. */
export function syntheticResponse(template: Template): ChecklistResponse {
  const answers: Record<string, string | null> = {};
  let n = 0;
  for (const section of template.sections) {
    for (const question of section.questions) {
      answers[question.id] = n % 10 === 9 ? null : 'yes';
      n += 1;
    }
  }
  return { case: { title: 'Prestandatest' }, template: { id: template.id, version: 1 }, answers };
}
