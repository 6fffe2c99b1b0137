import { Exact } from '@styrkit/core';
import type { NumberLocale, Table, TableColumn, TableRow } from '@styrkit/core';
import { evaluateResponse } from './evaluate.js';
import { OUTCOME_LABELS, principleLabel } from './labels.js';
import type { ChecklistResponse, Template } from './model.js';
import { answerText } from './render-text.js';
import type { ChecklistSummary, OutcomeCounts } from './summary.js';

/**
 * The filled-in checklist as it goes into the committee document: one row per question with
 * section, question, answer, assessment and comment, and one row per justification. Answer
 * and assessment texts are in the given locale (default Swedish); a blank answer is `null`
 * (shown as "–").
 *
 * @example
 * ```ts
 * import { tableToMarkdown } from '@styrkit/core';
 * import { parseResponse, ruralImpactTemplate as template, responseTable } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * tableToMarkdown(responseTable(response, template));
 * ```
 */
export function responseTable(
  response: ChecklistResponse,
  template: Template,
  options: { readonly locale?: NumberLocale } = {},
): Table {
  const locale = options.locale ?? 'sv';
  const columns: TableColumn[] = [
    { key: 'section', title: { sv: 'Avsnitt', en: 'Section' }, kind: 'text' },
    { key: 'question', title: { sv: 'Fråga', en: 'Question' }, kind: 'text' },
    { key: 'answer', title: { sv: 'Svar', en: 'Answer' }, kind: 'text' },
    { key: 'assessment', title: { sv: 'Bedömning', en: 'Assessment' }, kind: 'text' },
    { key: 'comment', title: { sv: 'Kommentar', en: 'Comment' }, kind: 'text' },
  ];
  const rows: TableRow[] = [];
  for (const section of evaluateResponse(response, template).sections) {
    const sectionTitle = section.section.title[locale];
    for (const q of section.questions) {
      rows.push({
        id: q.question.id,
        cells: {
          section: sectionTitle,
          question: q.question.text[locale],
          answer: answerText(q, locale) ?? null,
          assessment: OUTCOME_LABELS[q.outcome][locale],
          comment: q.comment ?? null,
        },
      });
    }
    if (section.section.justification !== undefined || section.justification !== undefined) {
      rows.push({
        id: `${section.section.id}/justification`,
        cells: {
          section: sectionTitle,
          question: locale === 'sv' ? 'Motivering' : 'Justification',
          answer: section.justification ?? null,
          assessment: null,
          comment: null,
        },
      });
    }
  }
  const facts = [response.case.title, response.case.diarienummer, response.case.meetingDate]
    .filter((f): f is string => f !== undefined)
    .join(', ');
  return {
    id: 'principles/response',
    title: {
      sv: `${template.title.sv}: ${facts}`,
      en: `${template.title.en}: ${facts}`,
    },
    columns,
    rows,
  };
}

const COUNT_COLUMNS: readonly (readonly [keyof OutcomeCounts, string, string])[] = [
  ['favourable', 'Gynnsamma', 'Favourable'],
  ['unfavourable', 'Ogynnsamma', 'Unfavourable'],
  ['notApplicable', 'Ej aktuella', 'Not applicable'],
  ['answered', 'Besvarade utan bedömning', 'Answered, no polarity'],
  ['unanswered', 'Obesvarade', 'Unanswered'],
  ['invalid', 'Ogiltiga', 'Invalid'],
  ['disabled', 'Ställs inte', 'Not asked'],
];

function countCells(counts: OutcomeCounts): Record<string, Exact> {
  return Object.fromEntries(COUNT_COLUMNS.map(([key]) => [key, Exact.of(counts[key])]));
}

/**
 * The summary of a response as a table: one row per section with the answer counts and
 * whether it needs attention, and a total row. Reasons for attention become the notes.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, summarizeResponse, summaryTable } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * summaryTable(summarizeResponse(response, template)).rows.at(-1)?.kind; // 'total'
 * ```
 */
export function summaryTable(
  summary: ChecklistSummary,
  options: { readonly locale?: NumberLocale } = {},
): Table {
  const locale = options.locale ?? 'sv';
  const yes = locale === 'sv' ? 'Ja' : 'Yes';
  const no = locale === 'sv' ? 'Nej' : 'No';
  const columns: TableColumn[] = [
    { key: 'section', title: { sv: 'Avsnitt', en: 'Section' }, kind: 'text' },
    ...COUNT_COLUMNS.map(([key, sv, en]): TableColumn => ({
      key,
      title: { sv, en },
      kind: 'integer',
    })),
    { key: 'attention', title: { sv: 'Behöver åtgärd', en: 'Needs attention' }, kind: 'text' },
  ];
  const rows: TableRow[] = summary.sections.map((s) => ({
    id: s.sectionId,
    cells: {
      section: s.title[locale],
      ...countCells(s),
      attention: s.needsAttention ? yes : no,
    },
  }));
  rows.push({
    id: 'total',
    kind: 'total',
    cells: {
      section: locale === 'sv' ? 'Totalt' : 'Total',
      ...countCells(summary.overall),
      attention: summary.overall.needsAttention ? yes : no,
    },
  });
  return {
    id: 'principles/summary',
    title: { sv: 'Sammanfattning av checklistan', en: 'Checklist summary' },
    columns,
    rows,
    notes: summary.overall.reasons.map((r) => r.message),
  };
}

/**
 * A template as a table, for review: one row per question with its section, type,
 * favourable answers, condition and principles.
 *
 * @example
 * ```ts
 * import { ruralImpactTemplate, templateTable } from '@styrkit/principles';
 * templateTable(ruralImpactTemplate).rows.length; // 5
 * ```
 */
export function templateTable(
  template: Template,
  options: { readonly locale?: NumberLocale } = {},
): Table {
  const locale = options.locale ?? 'sv';
  const columns: TableColumn[] = [
    { key: 'section', title: { sv: 'Avsnitt', en: 'Section' }, kind: 'text' },
    { key: 'id', title: { sv: 'Id', en: 'Id' }, kind: 'text' },
    { key: 'question', title: { sv: 'Fråga', en: 'Question' }, kind: 'text' },
    { key: 'type', title: { sv: 'Svarstyp', en: 'Answer type' }, kind: 'text' },
    { key: 'favourable', title: { sv: 'Gynnsamt svar', en: 'Favourable answer' }, kind: 'text' },
    { key: 'condition', title: { sv: 'Ställs när', en: 'Asked when' }, kind: 'text' },
    { key: 'principles', title: { sv: 'Principer', en: 'Principles' }, kind: 'text' },
  ];
  const rows: TableRow[] = template.sections.flatMap((section) =>
    section.questions.map((q): TableRow => {
      let favourable: string | null = null;
      if (q.type === 'scale') {
        favourable = q.favourable === undefined ? null : `${q.favourable.min}..${q.favourable.max}`;
      } else if (q.type !== 'text') {
        favourable = q.favourable === undefined ? null : q.favourable.join(', ');
      }
      const condition = q.enabledWhen;
      return {
        id: q.id,
        cells: {
          section: section.title[locale],
          id: q.id,
          question: q.text[locale],
          type: q.type,
          favourable,
          condition:
            condition === undefined ? null : `${condition.question} = ${String(condition.equals)}`,
          principles: (q.principles ?? []).map((p) => principleLabel(p)[locale]).join(', '),
        },
      };
    }),
  );
  return {
    id: 'principles/template',
    title: { sv: template.title.sv, en: template.title.en },
    columns,
    rows,
  };
}
