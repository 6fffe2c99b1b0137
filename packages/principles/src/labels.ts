import type { LocalizedText } from '@styrkit/core';
import type { AnswerOutcome } from './answers.js';
import type { Choice } from './model.js';

/**
 * Labelled default principles. Templates may use other ids; those are shown as written.
 *
 * @example
 * ```ts
 * KNOWN_PRINCIPLES['gender-equality'].sv; // 'Jämställdhet'
 * ```
 */
export const KNOWN_PRINCIPLES = {
  'gender-equality': { sv: 'Jämställdhet', en: 'Gender equality' },
  'non-discrimination': { sv: 'Icke-diskriminering', en: 'Non-discrimination' },
  accessibility: { sv: 'Tillgänglighet', en: 'Accessibility' },
  'sustainable-development': { sv: 'Hållbar utveckling', en: 'Sustainable development' },
  'child-rights': { sv: 'Barnets rättigheter', en: "Children's rights" },
  rural: { sv: 'Landsbygdsperspektivet', en: 'Rural perspective' },
  'disability-rights': {
    sv: 'Rättigheter för personer med funktionsnedsättning',
    en: 'Rights of persons with disabilities',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The seven grounds of discrimination in Swedish law (diskrimineringsgrunderna), in the order
 * the law lists them.
 *
 * @example
 * ```ts
 * DISCRIMINATION_GROUNDS.length; // 7
 * ```
 */
export const DISCRIMINATION_GROUNDS = [
  { id: 'sex', sv: 'Kön', en: 'Sex' },
  {
    id: 'transgender-identity',
    sv: 'Könsöverskridande identitet eller uttryck',
    en: 'Transgender identity or expression',
  },
  { id: 'ethnicity', sv: 'Etnisk tillhörighet', en: 'Ethnicity' },
  { id: 'religion', sv: 'Religion eller annan trosuppfattning', en: 'Religion or other belief' },
  { id: 'disability', sv: 'Funktionsnedsättning', en: 'Disability' },
  { id: 'sexual-orientation', sv: 'Sexuell läggning', en: 'Sexual orientation' },
  { id: 'age', sv: 'Ålder', en: 'Age' },
] as const;

/**
 * The label of a principle id, falling back to the id itself for a custom principle.
 *
 * @example
 * ```ts
 * principleLabel('rural').en; // 'Rural perspective'
 * principleLabel('climate').sv; // 'climate'
 * ```
 */
export function principleLabel(id: string): LocalizedText {
  return Object.hasOwn(KNOWN_PRINCIPLES, id)
    ? KNOWN_PRINCIPLES[id as keyof typeof KNOWN_PRINCIPLES]
    : { sv: id, en: id };
}

/**
 * Labels of the answer choices.
 *
 * @example
 * ```ts
 * CHOICE_LABELS.yes.sv; // 'Ja'
 * ```
 */
export const CHOICE_LABELS: Readonly<Record<Choice, LocalizedText>> = {
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  'not-applicable': { sv: 'Ej aktuellt', en: 'Not applicable' },
  positive: { sv: 'Positiv', en: 'Positive' },
  neutral: { sv: 'Neutral', en: 'Neutral' },
  negative: { sv: 'Negativ', en: 'Negative' },
};

/**
 * Labels of the answer outcomes.
 *
 * @example
 * ```ts
 * OUTCOME_LABELS.unfavourable.sv; // 'Ogynnsamt'
 * ```
 */
export const OUTCOME_LABELS: Readonly<Record<AnswerOutcome, LocalizedText>> = {
  favourable: { sv: 'Gynnsamt', en: 'Favourable' },
  unfavourable: { sv: 'Ogynnsamt', en: 'Unfavourable' },
  'not-applicable': { sv: 'Ej aktuellt', en: 'Not applicable' },
  answered: { sv: 'Besvarad', en: 'Answered' },
  unanswered: { sv: 'Obesvarad', en: 'Unanswered' },
  invalid: { sv: 'Ogiltigt svar', en: 'Invalid answer' },
  disabled: { sv: 'Ställs inte (villkor ej uppfyllt)', en: 'Not asked (condition not met)' },
};
