import type { LocalizedText } from '@styrkit/core';
import type { AnswerOutcome } from './answers.js';
import { evaluateResponse, justificationRequired } from './evaluate.js';
import type { EvaluatedQuestion, EvaluatedSection } from './evaluate.js';
import { attentionText, type PrinciplesAttentionKind } from './messages.js';
import type { ChecklistResponse, Template } from './model.js';

/**
 * Why a section needs attention: an unfavourable answer, an unanswered required question, an
 * invalid answer, or a missing justification.
 *
 * @example
 * ```ts
 * const r: AttentionReason = {
 *   kind: 'unfavourable', sectionId: 'child', questionId: 'child-heard',
 *   message: { sv: 'Ogynnsamt svar', en: 'Unfavourable answer' },
 * };
 * ```
 */
export interface AttentionReason {
  readonly kind: PrinciplesAttentionKind;
  readonly sectionId: string;
  readonly questionId?: string;
  readonly message: LocalizedText;
}

/**
 * Answer counts. Disabled questions (condition not met) are counted apart and never as
 * unanswered. Counts are plain integers: they are tallies, not amounts.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, summarizeResponse, type OutcomeCounts } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * const c: OutcomeCounts = summarizeResponse(response, template).overall;
 * c.unanswered; // 3
 * ```
 */
export interface OutcomeCounts {
  readonly favourable: number;
  readonly unfavourable: number;
  readonly notApplicable: number;
  /** Answered without polarity: free text or a routing question. */
  readonly answered: number;
  readonly unanswered: number;
  readonly invalid: number;
  readonly disabled: number;
}

/**
 * The summary of one section.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, summarizeResponse } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * summarizeResponse(response, template).sections[0]?.needsAttention; // true
 * ```
 */
export interface SectionSummary extends OutcomeCounts {
  readonly sectionId: string;
  readonly title: LocalizedText;
  readonly needsAttention: boolean;
  readonly reasons: readonly AttentionReason[];
}

/**
 * The summary of a response: per section and overall.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, summarizeResponse, type ChecklistSummary } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * const s: ChecklistSummary = summarizeResponse(response, template);
 * s.overall.unfavourable; // 1
 * ```
 */
export interface ChecklistSummary {
  readonly sections: readonly SectionSummary[];
  readonly overall: OutcomeCounts & {
    readonly needsAttention: boolean;
    readonly reasons: readonly AttentionReason[];
  };
}

const COUNT_KEY: Readonly<Record<AnswerOutcome, keyof OutcomeCounts>> = {
  favourable: 'favourable',
  unfavourable: 'unfavourable',
  'not-applicable': 'notApplicable',
  answered: 'answered',
  unanswered: 'unanswered',
  invalid: 'invalid',
  disabled: 'disabled',
};

function emptyCounts(): Record<keyof OutcomeCounts, number> {
  return {
    favourable: 0,
    unfavourable: 0,
    notApplicable: 0,
    answered: 0,
    unanswered: 0,
    invalid: 0,
    disabled: 0,
  };
}

function questionReason(sectionId: string, q: EvaluatedQuestion): AttentionReason | undefined {
  const text = q.question.text;
  const base = { sectionId, questionId: q.question.id };
  switch (q.outcome) {
    case 'unfavourable':
      return {
        ...base,
        kind: 'unfavourable',
        message: attentionText('unfavourable', text),
      };
    case 'invalid':
      return {
        ...base,
        kind: 'invalid',
        message: attentionText('invalid', text),
      };
    case 'unanswered':
      return q.required
        ? {
            ...base,
            kind: 'unanswered-required',
            message: attentionText('unanswered-required', text),
          }
        : undefined;
    default:
      return undefined;
  }
}

function summarizeSection(section: EvaluatedSection): SectionSummary {
  const counts = emptyCounts();
  const reasons: AttentionReason[] = [];
  for (const q of section.questions) {
    counts[COUNT_KEY[q.outcome]] += 1;
    const reason = questionReason(section.section.id, q);
    if (reason !== undefined) reasons.push(reason);
  }
  if (justificationRequired(section) && section.justification === undefined) {
    reasons.push({
      kind: 'missing-justification',
      sectionId: section.section.id,
      message: attentionText('missing-justification'),
    });
  }
  return {
    sectionId: section.section.id,
    title: section.section.title,
    ...counts,
    needsAttention: reasons.length > 0,
    reasons,
  };
}

/**
 * Summarises a response per section and overall: favourable, unfavourable, not applicable,
 * answered without polarity, unanswered, invalid and disabled counts, and whether the section
 * needs attention with the reasons why.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, summarizeResponse } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * const summary = summarizeResponse(response, template);
 * summary.overall.unanswered; // 3
 * summary.overall.reasons.map((r) => r.kind).slice(0, 2); // ['unfavourable', 'unanswered-required']
 * ```
 */
export function summarizeResponse(
  response: ChecklistResponse,
  template: Template,
): ChecklistSummary {
  const sections = evaluateResponse(response, template).sections.map(summarizeSection);
  const overall = emptyCounts();
  for (const s of sections) {
    for (const key of Object.keys(overall) as (keyof OutcomeCounts)[]) overall[key] += s[key];
  }
  const reasons = sections.flatMap((s) => s.reasons);
  return { sections, overall: { ...overall, needsAttention: reasons.length > 0, reasons } };
}
