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

/*
 * The fixed words of the tables, the Markdown/HTML/Word exports and the plugin (manifest,
 * kinds, checks, table views, exporters), in Swedish and English. Tables, renderers and the
 * plugin take their words from here, so an English export cannot pick up a Swedish word and a
 * Swedish one no English; a test checks that every entry has both languages. Finding messages
 * live in codes.ts and messages.ts.
 */

/** Fixed words of the principles tables, exports and plugin. Internal. */
export const principlesLabels = {
  // The plugin's manifest, kinds, checks, table views and exporters.
  pluginTitle: { sv: 'Konsekvenschecklistor', en: 'Impact checklists' },
  pluginDescription: {
    sv: 'Checklistor för horisontella principer, barnrätt och landsbygd: mallar, svar, granskning.',
    en: 'Checklists for horizontal principles, child rights and rural impact: templates, responses, review.',
  },
  kindTemplate: { sv: 'Checklistmall', en: 'Checklist template' },
  kindResponse: { sv: 'Ifylld checklista', en: 'Filled-in checklist' },
  checkTemplate: { sv: 'Granskning av mall', en: 'Template lint' },
  checkResponse: { sv: 'Granskning av ifylld checklista', en: 'Checklist response audit' },
  viewTemplate: { sv: 'Mallens frågor', en: 'Template questions' },
  viewResponse: {
    sv: 'Ifylld checklista och sammanfattning',
    en: 'Filled-in checklist and summary',
  },
  exportMarkdown: { sv: 'Checklista som Markdown', en: 'Checklist as Markdown' },
  exportHtml: { sv: 'Checklista som HTML', en: 'Checklist as HTML' },
  exportDocx: { sv: 'Checklista som Word-bilaga', en: 'Checklist as a Word attachment' },

  // Table titles and column heads.
  summaryTitle: { sv: 'Sammanfattning av checklistan', en: 'Checklist summary' },
  section: { sv: 'Avsnitt', en: 'Section' },
  id: { sv: 'Id', en: 'Id' },
  question: { sv: 'Fråga', en: 'Question' },
  answer: { sv: 'Svar', en: 'Answer' },
  assessment: { sv: 'Bedömning', en: 'Assessment' },
  comment: { sv: 'Kommentar', en: 'Comment' },
  answerType: { sv: 'Svarstyp', en: 'Answer type' },
  typeYesNo: { sv: 'Ja/nej', en: 'Yes/no' },
  typeYesNoNa: { sv: 'Ja/nej/ej aktuellt', en: 'Yes/no/not applicable' },
  typeRating: { sv: 'Positiv/neutral/negativ', en: 'Positive/neutral/negative' },
  typeScale: { sv: 'Skala', en: 'Scale' },
  typeText: { sv: 'Fritext', en: 'Free text' },
  favourableAnswer: { sv: 'Gynnsamt svar', en: 'Favourable answer' },
  askedWhen: { sv: 'Ställs när', en: 'Asked when' },
  principles: { sv: 'Principer', en: 'Principles' },
  needsAttention: { sv: 'Behöver åtgärd', en: 'Needs attention' },
  countFavourable: { sv: 'Gynnsamma', en: 'Favourable' },
  countUnfavourable: { sv: 'Ogynnsamma', en: 'Unfavourable' },
  countNotApplicable: { sv: 'Ej aktuella', en: 'Not applicable' },
  countAnswered: { sv: 'Besvarade utan bedömning', en: 'Answered, no polarity' },
  countUnanswered: { sv: 'Obesvarade', en: 'Unanswered' },
  countInvalid: { sv: 'Ogiltiga', en: 'Invalid' },
  countDisabled: { sv: 'Ställs inte', en: 'Not asked' },
  total: { sv: 'Totalt', en: 'Total' },
  justification: { sv: 'Motivering', en: 'Justification' },

  // The case facts and signature of the Markdown and HTML exports.
  case: { sv: 'Ärende', en: 'Case' },
  caseNumber: { sv: 'Diarienummer', en: 'Case number' },
  committee: { sv: 'Nämnd', en: 'Committee' },
  meetingDate: { sv: 'Sammanträdesdatum', en: 'Meeting date' },
  agendaItem: { sv: 'Ärendepunkt', en: 'Agenda item' },
  completedBy: { sv: 'Ifylld av', en: 'Completed by' },
  expected: { sv: 'förväntat', en: 'expected' },

  // The Word attachment (checklistAttachment): metadata, headings, summary sentence.
  signedBy: { sv: 'Undertecknad av', en: 'Signed by' },
  notSigned: { sv: 'Ej undertecknad', en: 'Not signed' },
  date: { sv: 'Datum', en: 'Date' },
  template: { sv: 'Mall', en: 'Template' },
  filledAgainstVersion: { sv: 'Ifylld mot version', en: 'Filled in against version' },
  summaryHeading: { sv: 'Sammanfattning', en: 'Summary' },
  answersHeading: { sv: 'Svar', en: 'Answers' },
  justificationsHeading: { sv: 'Motiveringar', en: 'Justifications' },
  needsAction: {
    sv: 'Checklistan visar frågor som behöver åtgärdas eller motiveras före beslut.',
    en: 'The checklist shows questions that need action or a justification before the decision.',
  },
  noAction: {
    sv: 'Checklistan visar inga frågor som behöver åtgärdas.',
    en: 'The checklist shows no questions that need action.',
  },
  templateMissing: { sv: 'Mallen saknas', en: 'Template missing' },
} as const satisfies Record<string, LocalizedText>;

/** The key of a fixed principles label. */
export type PrinciplesLabel = keyof typeof principlesLabels;

/** Labels worded around a template's title (already in both languages). Internal. */
export const principlesTitles = {
  /** "Bilaga: Konsekvenschecklista" / "Attachment: Impact checklist". */
  attachment: (title: LocalizedText): LocalizedText => ({
    sv: `Bilaga: ${title.sv}`,
    en: `Attachment: ${title.en}`,
  }),
  /** "Konsekvenschecklista, version 2": the word is the same in both languages. */
  templateVersion: (title: LocalizedText, version: number): LocalizedText => ({
    sv: `${title.sv}, version ${String(version)}`,
    en: `${title.en}, version ${String(version)}`,
  }),
} as const;
