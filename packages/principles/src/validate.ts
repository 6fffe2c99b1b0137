import { principlesCodes, type PrinciplesFinding } from './codes.js';
import { questionsById } from './conditions.js';
import { evaluateResponse, justificationRequired } from './evaluate.js';
import type { EvaluatedChecklist, EvaluatedQuestion } from './evaluate.js';
import type { ChecklistResponse, Template } from './model.js';

function questionFindings(q: EvaluatedQuestion): PrinciplesFinding[] {
  const path = ['answers', q.question.id];
  const label = q.question.text;
  if (q.answer.kind === 'invalid') {
    return [
      principlesCodes.create('principles/wrong-answer-type', {
        path,
        expected: q.answer.expected,
        actual: q.answer.actual,
        data: { answer: q.answer.actual, question: label, expected: q.answer.expected },
      }),
    ];
  }
  if (q.enabled && q.required && q.answer.kind === 'blank') {
    return [
      principlesCodes.create('principles/unanswered-required', {
        path,
        data: { question: label },
      }),
    ];
  }
  if (!q.enabled && q.answer.kind !== 'blank') {
    return [
      principlesCodes.create('principles/answer-to-disabled-question', {
        path,
        data: { question: label },
      }),
    ];
  }
  return [];
}

function unknownKeyFindings(
  keys: readonly string[],
  known: ReadonlySet<string>,
  field: 'answers' | 'comments',
): PrinciplesFinding[] {
  return keys
    .filter((key) => !known.has(key))
    .map((key) =>
      principlesCodes.create('principles/unknown-question', {
        path: [field, key],
        actual: key,
        data: { id: key },
      }),
    );
}

function justificationFindings(evaluated: EvaluatedChecklist): PrinciplesFinding[] {
  const findings: PrinciplesFinding[] = [];
  const sectionIds = new Set(evaluated.template.sections.map((s) => s.id));
  for (const key of Object.keys(evaluated.response.justifications ?? {})) {
    if (!sectionIds.has(key)) {
      findings.push(
        principlesCodes.create('principles/unknown-section', {
          path: ['justifications', key],
          actual: key,
          data: { id: key },
        }),
      );
    }
  }
  for (const section of evaluated.sections) {
    if (justificationRequired(section) && section.justification === undefined) {
      const unfavourable = section.questions
        .filter((q) => q.outcome === 'unfavourable')
        .map((q) => q.question.id);
      findings.push(
        principlesCodes.create('principles/missing-justification', {
          path: ['justifications', section.section.id],
          ...(unfavourable.length > 0 ? { actual: unfavourable.join(', ') } : {}),
          data: { section: section.section.title },
        }),
      );
    }
  }
  return findings;
}

/**
 * Validates a response against the template it was made on (same id and version): unknown
 * questions, wrong answer types, unanswered required questions, answers to disabled
 * questions, missing justifications, unknown sections and a missing signature. Use
 * {@link auditResponse} when the template may be another version.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, validateResponse } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * validateResponse(response, template).map((f) => f.code).slice(-2); // ['principles/missing-justification', 'principles/not-signed']
 * ```
 */
export function validateResponse(
  response: ChecklistResponse,
  template: Template,
): PrinciplesFinding[] {
  const evaluated = evaluateResponse(response, template);
  const known = new Set(questionsById(template).keys());
  const findings: PrinciplesFinding[] = [
    ...unknownKeyFindings(Object.keys(response.answers), known, 'answers'),
    ...unknownKeyFindings(Object.keys(response.comments ?? {}), known, 'comments'),
  ];
  for (const section of evaluated.sections) {
    for (const q of section.questions) findings.push(...questionFindings(q));
  }
  findings.push(...justificationFindings(evaluated));
  if (response.signedBy === undefined) {
    findings.push(
      principlesCodes.create('principles/not-signed', { path: ['signedBy'], data: {} }),
    );
  }
  return findings;
}
