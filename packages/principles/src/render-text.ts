import type { NumberLocale } from '@styrkit/core';
import type { EvaluatedQuestion } from './evaluate.js';
import { CHOICE_LABELS, principlesLabels as L } from './labels.js';
import type { CaseRef } from './model.js';

/** The displayed answer of a question in the given locale, or undefined when blank. */
export function answerText(q: EvaluatedQuestion, locale: NumberLocale): string | undefined {
  const a = q.answer;
  switch (a.kind) {
    case 'blank':
      return undefined;
    case 'choice':
      return CHOICE_LABELS[a.choice][locale];
    case 'score':
      return String(a.score);
    case 'text':
      return a.text;
    case 'invalid':
      return a.actual;
  }
}

/** The case facts as label/value pairs, in display order, omitting what is unknown. */
export function caseFacts(c: CaseRef, locale: NumberLocale): [string, string][] {
  const facts: [string, string][] = [[L.case[locale], c.title]];
  if (c.diarienummer !== undefined) facts.push([L.caseNumber[locale], c.diarienummer]);
  if (c.committee !== undefined) facts.push([L.committee[locale], c.committee]);
  if (c.meetingDate !== undefined) facts.push([L.meetingDate[locale], c.meetingDate]);
  if (c.agendaItem !== undefined) facts.push([L.agendaItem[locale], String(c.agendaItem)]);
  return facts;
}
