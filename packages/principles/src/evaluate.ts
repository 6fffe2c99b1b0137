import { classifyAnswer, interpretAnswer } from './answers.js';
import type { AnswerOutcome, InterpretedAnswer } from './answers.js';
import { enabledQuestions } from './conditions.js';
import type { AnswerValue, ChecklistResponse, Question, Section, Template } from './model.js';
import { ownValue } from './own.js';

/**
 * One question of a template as it came out in a response.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, evaluateResponse, type EvaluatedQuestion } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * const q: EvaluatedQuestion = evaluateResponse(response, template).sections[0]!.questions[1]!;
 * q.outcome; // 'unfavourable'
 * ```
 */
export interface EvaluatedQuestion {
  readonly question: Question;
  /** Index of the question inside its section. */
  readonly index: number;
  /** The raw answer as written, `undefined` when the key is absent. */
  readonly raw: AnswerValue | undefined;
  readonly answer: InterpretedAnswer;
  readonly enabled: boolean;
  readonly required: boolean;
  readonly outcome: AnswerOutcome;
  readonly comment?: string;
}

/**
 * One section of a template with its evaluated questions and justification text.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, evaluateResponse } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * evaluateResponse(response, template).sections.map((s) => s.section.id); // ['rural']
 * ```
 */
export interface EvaluatedSection {
  readonly section: Section;
  readonly index: number;
  readonly questions: readonly EvaluatedQuestion[];
  /** The trimmed justification, absent when none (or only blanks) was written. */
  readonly justification?: string;
}

/**
 * A response read against its template: the shared basis of validation, summary, tables and
 * rendering.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, evaluateResponse, type EvaluatedChecklist } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * const evaluated: EvaluatedChecklist = evaluateResponse(response, template);
 * evaluated.sections.length; // 1
 * ```
 */
export interface EvaluatedChecklist {
  readonly template: Template;
  readonly response: ChecklistResponse;
  readonly sections: readonly EvaluatedSection[];
}

/**
 * Reads every answer of a response against the template: enabled state, interpreted answer
 * and outcome per question. Pure and total: it never throws on any parsed input.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, evaluateResponse } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * const evaluated = evaluateResponse(response, template);
 * evaluated.sections[0]?.questions.map((q) => q.outcome); // ['answered', 'unfavourable', 'unanswered', 'unanswered', 'unanswered']
 * ```
 */
export function evaluateResponse(
  response: ChecklistResponse,
  template: Template,
): EvaluatedChecklist {
  const enabled = enabledQuestions(template, response.answers);
  const sections = template.sections.map((section, sectionIndex): EvaluatedSection => {
    const questions = section.questions.map((question, index): EvaluatedQuestion => {
      const raw = ownValue(response.answers, question.id);
      const answer = interpretAnswer(question, raw);
      const isEnabled = enabled.get(question.id) ?? false;
      const comment = ownValue(response.comments, question.id);
      return {
        question,
        index,
        raw,
        answer,
        enabled: isEnabled,
        required: question.required !== false,
        outcome: isEnabled ? classifyAnswer(question, answer) : 'disabled',
        ...(comment !== undefined && comment.trim() !== '' ? { comment } : {}),
      };
    });
    const justification = ownValue(response.justifications, section.id)?.trim();
    return {
      section,
      index: sectionIndex,
      questions,
      ...(justification !== undefined && justification !== '' ? { justification } : {}),
    };
  });
  return { template, response, sections };
}

/**
 * Whether a section's justification rule asks for a written reason given these answers.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, evaluateResponse, justificationRequired } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * justificationRequired(evaluateResponse(response, template).sections[0]!); // true (an unfavourable answer)
 * ```
 */
export function justificationRequired(section: EvaluatedSection): boolean {
  const rule = section.section.justification;
  if (rule === undefined) return false;
  if (rule.when === 'always') return true;
  return section.questions.some((q) => q.outcome === 'unfavourable');
}
