import type { Condition, Question } from '../model.js';

interface Extra {
  readonly principles?: string[];
  readonly references?: string[];
  readonly enabledWhen?: Condition;
  readonly required?: boolean;
  readonly help?: { sv: string; en: string };
}

/** A yes/no question; `favourable` names the good answer (`no` for reverse polarity). */
export function yesNo(
  id: string,
  sv: string,
  en: string,
  favourable: ('yes' | 'no')[],
  extra: Extra = {},
): Question {
  return { id, type: 'yes-no', text: { sv, en }, favourable, ...extra };
}

/** A yes/no/not applicable question. */
export function yesNoNa(
  id: string,
  sv: string,
  en: string,
  favourable: ('yes' | 'no')[],
  extra: Extra = {},
): Question {
  return { id, type: 'yes-no-na', text: { sv, en }, favourable, ...extra };
}

/** A positive/neutral/negative rating where positive and neutral are acceptable. */
export function rating(id: string, sv: string, en: string, extra: Extra = {}): Question {
  return {
    id,
    type: 'rating',
    text: { sv, en },
    favourable: ['positive', 'neutral'],
    ...extra,
  };
}

/** A free-text question. */
export function text(id: string, sv: string, en: string, extra: Extra = {}): Question {
  return { id, type: 'text', text: { sv, en }, ...extra };
}

/** The justification rule every built-in section uses: an unfavourable answer needs a reason. */
export const EXPLAIN_UNFAVOURABLE = {
  when: 'unfavourable',
  prompt: {
    sv: 'Motivera de ogynnsamma svaren och beskriv vad som görs åt dem.',
    en: 'Explain the unfavourable answers and what is done about them.',
  },
} as const;
