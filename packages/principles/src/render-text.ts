import type { NumberLocale } from '@styrkit/core';
import type { EvaluatedQuestion } from './evaluate.js';
import { CHOICE_LABELS } from './labels.js';
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
  const sv = locale === 'sv';
  const facts: [string, string][] = [[sv ? 'Ärende' : 'Case', c.title]];
  if (c.diarienummer !== undefined)
    facts.push([sv ? 'Diarienummer' : 'Reference number', c.diarienummer]);
  if (c.committee !== undefined) facts.push([sv ? 'Nämnd' : 'Committee', c.committee]);
  if (c.meetingDate !== undefined) facts.push([sv ? 'Sammanträde' : 'Meeting', c.meetingDate]);
  if (c.agendaItem !== undefined)
    facts.push([sv ? 'Ärendepunkt' : 'Agenda item', String(c.agendaItem)]);
  return facts;
}
