import { Exact } from '@styrkit/core';
import type { LocalizedText, NumberLocale, Table, TableColumn, TableRow } from '@styrkit/core';
import { evaluateResponse } from './evaluate.js';
import { CHOICE_LABELS, OUTCOME_LABELS, principleLabel, principlesLabels as L } from './labels.js';
import type { AnswerType, ChecklistResponse, Template } from './model.js';
import { answerText } from './render-text.js';
import type { ChecklistSummary, OutcomeCounts } from './summary.js';

/** The catalogue key that names each answer type in the reader's language. */
const ANSWER_TYPE_LABEL = {
  'yes-no': 'typeYesNo',
  'yes-no-na': 'typeYesNoNa',
  rating: 'typeRating',
  scale: 'typeScale',
  text: 'typeText',
} as const satisfies Record<AnswerType, keyof typeof L>;

// Every fixed word of the tables comes from the label catalogue (labels.ts).
const text = (key: string, title: LocalizedText): TableColumn => ({ key, title, kind: 'text' });

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
    text('section', L.section),
    text('question', L.question),
    text('answer', L.answer),
    text('assessment', L.assessment),
    text('comment', L.comment),
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
          question: L.justification[locale],
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

const COUNT_COLUMNS: readonly (readonly [keyof OutcomeCounts, LocalizedText])[] = [
  ['favourable', L.countFavourable],
  ['unfavourable', L.countUnfavourable],
  ['notApplicable', L.countNotApplicable],
  ['answered', L.countAnswered],
  ['unanswered', L.countUnanswered],
  ['invalid', L.countInvalid],
  ['disabled', L.countDisabled],
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
  const yes = CHOICE_LABELS.yes[locale];
  const no = CHOICE_LABELS.no[locale];
  const columns: TableColumn[] = [
    text('section', L.section),
    ...COUNT_COLUMNS.map(([key, title]): TableColumn => ({ key, title, kind: 'integer' })),
    text('attention', L.needsAttention),
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
      section: L.total[locale],
      ...countCells(summary.overall),
      attention: summary.overall.needsAttention ? yes : no,
    },
  });
  return {
    id: 'principles/summary',
    title: L.summaryTitle,
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
    text('section', L.section),
    text('id', L.id),
    text('question', L.question),
    text('type', L.answerType),
    text('favourable', L.favourableAnswer),
    text('condition', L.askedWhen),
    text('principles', L.principles),
  ];
  const rows: TableRow[] = template.sections.flatMap((section) =>
    section.questions.map((q): TableRow => {
      let favourable: string | null = null;
      if (q.type === 'scale') {
        favourable = q.favourable === undefined ? null : `${q.favourable.min}..${q.favourable.max}`;
      } else if (q.type !== 'text') {
        // Choices as the reader's words ("Nej", "No"), not their ids ("no").
        favourable =
          q.favourable === undefined
            ? null
            : q.favourable.map((c) => CHOICE_LABELS[c][locale]).join(', ');
      }
      const condition = q.enabledWhen;
      const equals =
        condition === undefined
          ? ''
          : typeof condition.equals === 'number'
            ? String(condition.equals)
            : CHOICE_LABELS[condition.equals][locale];
      return {
        id: q.id,
        cells: {
          section: section.title[locale],
          id: q.id,
          question: q.text[locale],
          type: L[ANSWER_TYPE_LABEL[q.type]][locale],
          favourable,
          condition: condition === undefined ? null : `${condition.question} = ${equals}`,
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
