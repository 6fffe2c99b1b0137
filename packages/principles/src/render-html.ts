import type { NumberLocale } from '@styrkit/core';
import { describeExpectedAnswer } from './answers.js';
import { evaluateResponse } from './evaluate.js';
import type { EvaluatedQuestion } from './evaluate.js';
import { CHOICE_LABELS, OUTCOME_LABELS, principlesLabels as L } from './labels.js';
import type { Choice, ChecklistResponse, Template } from './model.js';
import type { ChecklistRenderOptions } from './render-markdown.js';
import { answerText, caseFacts } from './render-text.js';

/**
 * Escapes text for HTML element content and attribute values. Internal to the package (its
 * tests use it); @styrkit/reports exports the public `escapeHtml`.
 */
export function escapeHtml(text: string): string {
  // One pass over the text; the class lists exactly the keys of HTML_ENTITIES.
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Options for the HTML rendering.
 *
 * @example
 * ```ts
 * const o: HtmlRenderOptions = { locale: 'sv', idPrefix: 'punkt-5' };
 * ```
 */
export interface HtmlRenderOptions extends ChecklistRenderOptions {
  /** Prefix of element ids, so several checklists can share a page. Default `checklist`. */
  readonly idPrefix?: string;
}

const SCALE_RADIO_LIMIT = 11;

function choicesOf(q: EvaluatedQuestion): readonly (Choice | number)[] | undefined {
  const question = q.question;
  switch (question.type) {
    case 'yes-no':
      return ['yes', 'no'];
    case 'yes-no-na':
      return ['yes', 'no', 'not-applicable'];
    case 'rating':
      return ['positive', 'neutral', 'negative'];
    case 'scale': {
      const count = question.max - question.min + 1;
      if (count < 1 || count > SCALE_RADIO_LIMIT) return undefined;
      return Array.from({ length: count }, (_, i) => question.min + i);
    }
    case 'text':
      return undefined;
  }
}

function isChecked(q: EvaluatedQuestion, option: Choice | number): boolean {
  return (
    (q.answer.kind === 'choice' && q.answer.choice === option) ||
    (q.answer.kind === 'score' && q.answer.score === option)
  );
}

function renderQuestion(q: EvaluatedQuestion, id: string, locale: NumberLocale): string[] {
  const outcome = OUTCOME_LABELS[q.outcome][locale];
  const lines = [
    `<fieldset id="${id}" disabled>`,
    `<legend>${escapeHtml(q.question.text[locale])}</legend>`,
  ];
  const options = choicesOf(q);
  if (options !== undefined) {
    for (const option of options) {
      const optionId = `${id}-${String(option)}`;
      const label = typeof option === 'number' ? String(option) : CHOICE_LABELS[option][locale];
      const checked = isChecked(q, option) ? ' checked' : '';
      lines.push(
        `<input type="radio" id="${optionId}" name="${id}" value="${escapeHtml(String(option))}"${checked}>` +
          `<label for="${optionId}">${escapeHtml(label)}</label>`,
      );
    }
  }
  const answer = answerText(q, locale);
  if (options === undefined || q.answer.kind === 'invalid') {
    const answerLabel = L.answer[locale];
    lines.push(`<p>${answerLabel}: ${answer === undefined ? '–' : escapeHtml(answer)}</p>`);
  }
  if (q.answer.kind === 'invalid') {
    const expected = L.expected[locale];
    lines.push(`<p>${expected}: ${escapeHtml(describeExpectedAnswer(q.question))}</p>`);
  }
  lines.push(`<p>${L.assessment[locale]}: <strong>${escapeHtml(outcome)}</strong></p>`);
  if (q.comment !== undefined) lines.push(`<p>${escapeHtml(q.comment)}</p>`);
  lines.push('</fieldset>');
  return lines;
}

/**
 * Renders a filled-in checklist as an accessible HTML fragment: an `article` with the
 * language set, one `section` per checklist section labelled by its heading, and each
 * question as a disabled `fieldset` whose `legend` is the question and whose labelled radio
 * buttons show the answer given. All text is escaped; no DOM library is needed.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, renderResponseHtml } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * const html = renderResponseHtml(response, template, { locale: 'sv', idPrefix: 'punkt-5' });
 * html.includes('<fieldset'); // true
 * ```
 */
export function renderResponseHtml(
  response: ChecklistResponse,
  template: Template,
  options: HtmlRenderOptions = {},
): string {
  const locale = options.locale ?? 'sv';
  const prefix = (options.idPrefix ?? 'checklist').replace(/[^A-Za-z0-9_-]/g, '-');
  const evaluated = evaluateResponse(response, template);
  const lines = [
    `<article class="styrkit-checklist" lang="${locale}" aria-labelledby="${prefix}-title">`,
    `<h1 id="${prefix}-title">${escapeHtml(template.title[locale])}</h1>`,
    '<dl>',
  ];
  for (const [label, value] of caseFacts(response.case, locale)) {
    lines.push(`<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`);
  }
  lines.push('</dl>');
  for (const section of evaluated.sections) {
    const sectionId = `${prefix}-s${section.index}`;
    lines.push(
      `<section aria-labelledby="${sectionId}-h">`,
      `<h2 id="${sectionId}-h">${escapeHtml(section.section.title[locale])}</h2>`,
    );
    for (const q of section.questions) {
      lines.push(...renderQuestion(q, `${sectionId}-q${q.index}`, locale));
    }
    const rule = section.section.justification;
    if (rule !== undefined || section.justification !== undefined) {
      const heading = rule?.prompt?.[locale] ?? L.justification[locale];
      lines.push(
        `<h3>${escapeHtml(heading)}</h3>`,
        `<p>${section.justification === undefined ? '–' : escapeHtml(section.justification)}</p>`,
      );
    }
    lines.push('</section>');
  }
  const signer = response.signedBy;
  const signed =
    signer === undefined
      ? '–'
      : [signer.name, signer.role, response.signedAt]
          .filter((part): part is string => part !== undefined)
          .join(', ');
  lines.push(`<p>${L.completedBy[locale]}: ${escapeHtml(signed)}</p>`, '</article>');
  return lines.join('\n');
}
