import type { LocalizedText, NumberLocale } from '@styrkit/core';
import { KNOWN_PRINCIPLES } from './labels.js';

/*
 * The data each principles finding code's message is made from, and the wording helpers the
 * templates in codes.ts share. Rules pass these data objects; only codes.ts and this file hold
 * sentences, so English output cannot pick up Swedish.
 */

/** Data of the parse codes: the reader's own description of the problem. */
export interface PrinciplesInvalidInputData {
  readonly detail: LocalizedText;
}

/** Data of `principles/duplicate-id`: a section's or a question's id. */
export interface PrinciplesDuplicateIdData {
  readonly id: string;
  readonly what: 'section' | 'question';
}

const ID_WORD: Readonly<Record<PrinciplesDuplicateIdData['what'], LocalizedText>> = {
  section: { sv: 'Avsnitts-id', en: 'Section id' },
  question: { sv: 'Fråge-id', en: 'Question id' },
};

/** "Avsnitts-id" / "Question id". */
export function idWord(what: PrinciplesDuplicateIdData['what'], locale: NumberLocale): string {
  return ID_WORD[what][locale];
}

/** Data of the condition codes: the question and the one that controls it. */
export interface PrinciplesConditionData {
  readonly question: string;
  readonly controller: string;
}

/** Data of `principles/condition-impossible-answer`. */
export interface PrinciplesImpossibleAnswerData {
  readonly controller: string;
  readonly value: string;
}

/** Data of `principles/condition-cycle`: the question ids around the cycle. */
export interface PrinciplesCycleData {
  readonly cycle: readonly string[];
}

/** Data of `principles/principle-not-asked`. */
export interface PrinciplesPrincipleNotAskedData {
  readonly section: LocalizedText;
  /** The principle's id (its name comes from the known principles when there is one). */
  readonly principle: string;
}

/** 'principen "Jämställdhet" (gender-equality)', or the bare id of an unknown principle. */
export function principleName(id: string, locale: NumberLocale): string {
  const label = Object.hasOwn(KNOWN_PRINCIPLES, id)
    ? KNOWN_PRINCIPLES[id as keyof typeof KNOWN_PRINCIPLES][locale]
    : undefined;
  const word = locale === 'sv' ? 'principen' : 'the principle';
  return label === undefined ? `${word} "${id}"` : `${word} "${label}" (${id})`;
}

/** A question's id. */
export interface PrinciplesQuestionIdData {
  readonly question: string;
}

/** Data of `principles/unknown-reference`. */
export interface PrinciplesReferenceData {
  readonly question: string;
  readonly reference: string;
}

/** A section's title, in both languages. */
export interface PrinciplesSectionData {
  readonly section: LocalizedText;
}

/** Data of `principles/template-mismatch`. */
export interface PrinciplesTemplateMismatchData {
  /** The template the response was made on. */
  readonly made: string;
  /** The template it is checked against. */
  readonly template: string;
}

/** Data of `principles/template-not-found`. */
export interface PrinciplesTemplateNotFoundData {
  readonly id: string;
  readonly version: number;
}

/** Data of `principles/template-version-mismatch`. */
export interface PrinciplesVersionMismatchData {
  readonly made: number;
  readonly current: number;
  /** Whether the answers were carried over to the current version. */
  readonly migrated: boolean;
}

/** Data of `principles/no-migration-path`. */
export interface PrinciplesMigrationData {
  readonly template: string;
  readonly from: number;
  readonly to: number;
}

/** An id the template does not have (a question's or a section's). */
export interface PrinciplesIdData {
  readonly id: string;
}

/** Data of `principles/wrong-answer-type`. */
export interface PrinciplesWrongAnswerData {
  readonly answer: string;
  readonly question: LocalizedText;
  /** The answers the question takes ("yes | no", "1–5"). */
  readonly expected: string;
}

/** A question's text, in both languages. */
export interface PrinciplesQuestionTextData {
  readonly question: LocalizedText;
}

/** A code whose message needs no data. */
export type PrinciplesNoData = Readonly<Record<string, never>>;

/*
 * Texts that are not findings but are worded from data the same way: why a summary asks for
 * attention to a question or a section.
 */

/** Why a summary points at a question or section. */
export type PrinciplesAttentionKind =
  'unfavourable' | 'unanswered-required' | 'invalid' | 'missing-justification';

const ATTENTION: Readonly<Record<PrinciplesAttentionKind, LocalizedText>> = {
  unfavourable: { sv: 'Ogynnsamt svar', en: 'Unfavourable answer' },
  invalid: { sv: 'Ogiltigt svar', en: 'Invalid answer' },
  'unanswered-required': { sv: 'Obesvarad fråga', en: 'Unanswered question' },
  'missing-justification': { sv: 'Motivering saknas', en: 'Justification missing' },
};

/** "Ogynnsamt svar: <question>", or the bare reason of a section (no question). */
export function attentionText(
  kind: PrinciplesAttentionKind,
  question?: LocalizedText,
): LocalizedText {
  const head = ATTENTION[kind];
  return question === undefined
    ? head
    : { sv: `${head.sv}: ${question.sv}`, en: `${head.en}: ${question.en}` };
}
