import { answerEquals, interpretAnswer } from './answers.js';
import type { AnswerValue, Question, Template } from './model.js';
import { ownValue } from './own.js';

/**
 * Every question of a template by id (the first one wins when ids are duplicated; the
 * template lint reports the duplicate).
 *
 * @example
 * ```ts
 * import { questionsById, ruralImpactTemplate } from '@styrkit/principles';
 * questionsById(ruralImpactTemplate).get('rural-jobs')?.type; // 'yes-no'
 * ```
 */
export function questionsById(template: Template): Map<string, Question> {
  const byId = new Map<string, Question>();
  for (const section of template.sections) {
    for (const question of section.questions) {
      if (!byId.has(question.id)) byId.set(question.id, question);
    }
  }
  return byId;
}

/**
 * Decides which questions are enabled by the given answers. A question with a condition is
 * enabled when the question it depends on is itself enabled and answered with the
 * condition's value; conditions that point nowhere or form a cycle leave it disabled (the
 * template lint reports them), so this never loops or throws.
 *
 * @example
 * ```ts
 * import { enabledQuestions, ruralImpactTemplate } from '@styrkit/principles';
 * const enabled = enabledQuestions(ruralImpactTemplate, { 'rural-consequences': 'no' });
 * enabled.get('rural-jobs'); // false
 * ```
 */
export function enabledQuestions(
  template: Template,
  answers: Readonly<Record<string, AnswerValue>>,
): Map<string, boolean> {
  const byId = questionsById(template);
  const decided = new Map<string, boolean>();
  const visiting = new Set<string>();

  const decide = (question: Question): boolean => {
    const known = decided.get(question.id);
    if (known !== undefined) return known;
    if (visiting.has(question.id)) return false; // a cycle: never enabled
    visiting.add(question.id);
    let enabled = true;
    const condition = question.enabledWhen;
    if (condition !== undefined) {
      const controlling = byId.get(condition.question);
      enabled =
        controlling !== undefined &&
        controlling !== question &&
        decide(controlling) &&
        answerEquals(
          interpretAnswer(controlling, ownValue(answers, controlling.id)),
          condition.equals,
        );
    }
    visiting.delete(question.id);
    decided.set(question.id, enabled);
    return enabled;
  };

  for (const question of byId.values()) decide(question);
  return decided;
}
