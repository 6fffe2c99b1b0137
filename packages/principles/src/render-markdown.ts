import type { NumberLocale } from '@styrkit/core';
import { evaluateResponse } from './evaluate.js';
import { OUTCOME_LABELS, principlesLabels as L } from './labels.js';
import type { ChecklistResponse, Template } from './model.js';
import { answerText, caseFacts } from './render-text.js';

/**
 * Escapes the Markdown syntax that can act inside a line (emphasis, code, links, HTML, table
 * pipes, strikethrough, entities) and a leading `#`, and folds line breaks into spaces so a value cannot
 * start a new block. Ordinary punctuation such as "-" and "()" is left alone for readability.
 *
 * @example
 * ```ts
 * escapeMarkdown('*viktigt* [länk](x)'); // '\\*viktigt\\* \\[länk\\](x)'
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^#/, '\\#');
}

/**
 * Options for rendering a filled-in checklist.
 *
 * @example
 * ```ts
 * const o: ChecklistRenderOptions = { locale: 'en' };
 * ```
 */
export interface ChecklistRenderOptions {
  /** Language of labels and question texts; Swedish by default. */
  readonly locale?: NumberLocale;
}

/**
 * Renders a filled-in checklist as Markdown, the way it goes into the committee document:
 * case facts, one heading per section, each question with its answer and assessment,
 * justifications and signature. All user text is escaped.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, renderResponseMarkdown } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * const markdown = renderResponseMarkdown(response, template, { locale: 'sv' });
 * markdown.includes('Ny skolskjuts'); // true
 * ```
 */
export function renderResponseMarkdown(
  response: ChecklistResponse,
  template: Template,
  options: ChecklistRenderOptions = {},
): string {
  const locale = options.locale ?? 'sv';
  const evaluated = evaluateResponse(response, template);
  const lines: string[] = [`# ${escapeMarkdown(template.title[locale])}`, ''];
  for (const [label, value] of caseFacts(response.case, locale)) {
    lines.push(`- **${label}:** ${escapeMarkdown(value)}`);
  }
  lines.push('');
  for (const section of evaluated.sections) {
    lines.push(`## ${escapeMarkdown(section.section.title[locale])}`, '');
    for (const q of section.questions) {
      const answer = answerText(q, locale);
      const shown = answer === undefined ? '–' : `**${escapeMarkdown(answer)}**`;
      lines.push(
        `- ${escapeMarkdown(q.question.text[locale])} ${shown} _(${OUTCOME_LABELS[q.outcome][locale]})_`,
      );
      if (q.comment !== undefined) lines.push(`  - ${escapeMarkdown(q.comment)}`);
    }
    const rule = section.section.justification;
    if (rule !== undefined || section.justification !== undefined) {
      const label = L.justification[locale];
      lines.push('', `**${label}:** ${escapeMarkdown(section.justification ?? '–')}`);
    }
    lines.push('');
  }
  const signer = response.signedBy;
  const signed =
    signer === undefined
      ? '–'
      : [signer.name, signer.role, response.signedAt]
          .filter((part): part is string => part !== undefined)
          .map(escapeMarkdown)
          .join(', ');
  lines.push(`**${L.completedBy[locale]}:** ${signed}`, '');
  return lines.join('\n');
}
