import type { Finding as CoreFinding } from '@styrkit/core';
import {
  auditResponse,
  enabledQuestions,
  evaluateResponse,
  justificationRequired,
  parseResponse,
  parseTemplate,
  type EvaluatedChecklist,
  type Question,
  type Template,
} from '@styrkit/principles';
import type { Finding } from './api.js';

export { CHOICE_LABELS, OUTCOME_LABELS } from '@styrkit/principles';
export type { EvaluatedChecklist, Question, Template };

/** A response document as stored (JSON). */
export interface ResponseDocument {
  readonly case: { readonly title: string; readonly [key: string]: unknown };
  readonly template: { readonly id: string; readonly version: number };
  readonly answers: Readonly<Record<string, string | number | boolean | null>>;
  readonly justifications?: Readonly<Record<string, string>>;
  readonly [key: string]: unknown;
}

/** The live state of a checklist being filled in. */
export interface ChecklistState {
  readonly template?: Template;
  readonly evaluated?: EvaluatedChecklist;
  readonly findings: readonly Finding[];
  /** Sections whose answers call for a justification. */
  readonly needsJustification: ReadonlySet<string>;
  /** No error-level finding: complete and consistent. */
  readonly valid: boolean;
}

function plain(findings: readonly CoreFinding[]): Finding[] {
  return JSON.parse(JSON.stringify(findings)) as Finding[];
}

/** Validates a response against its template in the browser with @styrkit/principles. */
export function evaluateChecklist(
  templateDoc: unknown,
  responseDoc: ResponseDocument,
): ChecklistState {
  const template = parseTemplate(templateDoc);
  if (!template.ok)
    return { findings: plain(template.error), needsJustification: new Set(), valid: false };
  const response = parseResponse(responseDoc);
  if (!response.ok) {
    return {
      template: template.value,
      findings: plain(response.error),
      needsJustification: new Set(),
      valid: false,
    };
  }
  const evaluated = evaluateResponse(response.value, template.value);
  const findings = plain(auditResponse(response.value, template.value));
  const needsJustification = new Set(
    evaluated.sections.filter((s) => justificationRequired(s)).map((s) => s.section.id),
  );
  return {
    template: template.value,
    evaluated,
    findings,
    needsJustification,
    valid: !findings.some((f) => f.severity === 'error'),
  };
}

/**
 * A copy of the response with one answer set; answers of questions that the new answer
 * disables are cleared (a disabled question is not asked).
 */
export function setAnswer(
  templateDoc: unknown,
  doc: ResponseDocument,
  questionId: string,
  value: string | number | null,
): ResponseDocument {
  const answers: Record<string, string | number | boolean | null> = {
    ...doc.answers,
    [questionId]: value,
  };
  const template = parseTemplate(templateDoc);
  if (template.ok) {
    const enabled = enabledQuestions(template.value, answers);
    for (const [id, on] of enabled) if (!on && answers[id] !== undefined) answers[id] = null;
  }
  return { ...doc, answers };
}

/** A copy of the response with a section's justification set. */
export function setJustification(
  doc: ResponseDocument,
  sectionId: string,
  text: string,
): ResponseDocument {
  return { ...doc, justifications: { ...doc.justifications, [sectionId]: text } };
}

/** The answer choices a question offers. */
export function choicesOf(q: Question): readonly string[] {
  switch (q.type) {
    case 'yes-no':
      return ['yes', 'no'];
    case 'yes-no-na':
      return ['yes', 'no', 'not-applicable'];
    case 'rating':
      return ['positive', 'neutral', 'negative'];
    case 'scale':
      return Array.from({ length: q.max - q.min + 1 }, (_, i) => String(q.min + i));
    case 'text':
      return [];
  }
}

/** The findings about one question (its answer) or one section's justification. */
export function findingsAt(
  findings: readonly Finding[],
  key: 'answers' | 'justifications',
  id: string,
): Finding[] {
  return findings.filter((f) => f.path[0] === key && f.path[1] === id);
}
