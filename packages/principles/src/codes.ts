import { defineFindingCodes } from '@styrkit/core';

/**
 * Every finding code this package emits, with severity, title and description in Swedish and
 * English. Codes are stable: tools and users may filter on them.
 *
 * @example
 * ```ts
 * principlesCodes.specs['principles/unanswered-required'].severity; // 'error'
 * ```
 */
export const principlesCodes = defineFindingCodes({
  'principles/invalid-template': {
    severity: 'error',
    title: { sv: 'Ogiltig mall', en: 'Invalid template' },
    description: {
      sv: 'Mallen följer inte dataformatet; sökvägen visar var.',
      en: 'The template does not follow the data format; the path shows where.',
    },
  },
  'principles/invalid-response': {
    severity: 'error',
    title: { sv: 'Ogiltigt svar', en: 'Invalid response' },
    description: {
      sv: 'Det ifyllda formuläret följer inte dataformatet; sökvägen visar var.',
      en: 'The filled-in checklist does not follow the data format; the path shows where.',
    },
  },
  'principles/duplicate-id': {
    severity: 'error',
    title: { sv: 'Dubblerat id', en: 'Duplicate id' },
    description: {
      sv: 'Två avsnitt eller två frågor i mallen har samma id.',
      en: 'Two sections or two questions of the template share an id.',
    },
  },
  'principles/condition-unknown-question': {
    severity: 'error',
    title: { sv: 'Villkor pekar på okänd fråga', en: 'Condition points to unknown question' },
    description: {
      sv: 'En frågas villkor hänvisar till en fråga som inte finns i mallen.',
      en: 'A question is enabled by a question that does not exist in the template.',
    },
  },
  'principles/condition-forward-reference': {
    severity: 'error',
    title: { sv: 'Villkor pekar framåt', en: 'Condition points forward' },
    description: {
      sv: 'En fråga styrs av en fråga som kommer senare i formuläret; den som fyller i kan inte veta det ännu.',
      en: 'A question is enabled by one that comes later in the form, which the person filling it in has not reached.',
    },
  },
  'principles/condition-cycle': {
    severity: 'error',
    title: { sv: 'Villkor i cirkel', en: 'Cyclic conditions' },
    description: {
      sv: 'Frågornas villkor beror på varandra i en cirkel; ingen av dem kan någonsin aktiveras.',
      en: 'Question conditions depend on each other in a cycle; none of them can ever be enabled.',
    },
  },
  'principles/condition-impossible-answer': {
    severity: 'error',
    title: { sv: 'Villkor kan aldrig uppfyllas', en: 'Condition can never hold' },
    description: {
      sv: 'Villkoret kräver ett svar som den styrande frågan inte kan få.',
      en: 'The condition asks for an answer the controlling question cannot have.',
    },
  },
  'principles/principle-not-asked': {
    severity: 'warning',
    title: { sv: 'Princip nämns men efterfrågas inte', en: 'Principle named but not asked' },
    description: {
      sv: 'Ett avsnitt säger sig täcka en princip som ingen av dess frågor handlar om.',
      en: 'A section claims to cover a principle that none of its questions asks about.',
    },
  },
  'principles/no-favourable-answer': {
    severity: 'warning',
    title: { sv: 'Gynnsamt svar saknas', en: 'No favourable answer defined' },
    description: {
      sv: 'Frågan anger inte vilket svar som är gynnsamt, så en bedömning kan inte sammanfattas. Ange [] för en ren styrfråga.',
      en: 'The question does not say which answer is favourable, so it cannot be summarised. Use [] for a pure routing question.',
    },
  },
  'principles/invalid-scale': {
    severity: 'error',
    title: { sv: 'Ogiltig skala', en: 'Invalid scale' },
    description: {
      sv: 'Skalans lägsta värde är inte mindre än dess högsta, eller det gynnsamma intervallet ligger utanför skalan.',
      en: 'The scale minimum is not below its maximum, or the favourable range lies outside the scale.',
    },
  },
  'principles/unknown-reference': {
    severity: 'warning',
    title: { sv: 'Okänd hänvisning', en: 'Unknown reference' },
    description: {
      sv: 'En fråga hänvisar till en lag eller konvention som mallen inte beskriver.',
      en: 'A question refers to a law or convention the template does not describe.',
    },
  },
  'principles/empty-section': {
    severity: 'warning',
    title: { sv: 'Tomt avsnitt', en: 'Empty section' },
    description: {
      sv: 'Avsnittet har inga frågor.',
      en: 'The section has no questions.',
    },
  },
  'principles/template-mismatch': {
    severity: 'error',
    title: { sv: 'Fel mall', en: 'Wrong template' },
    description: {
      sv: 'Svaret är gjort på en annan mall än den det prövas mot.',
      en: 'The response was made on a different template than the one it is checked against.',
    },
  },
  'principles/template-not-found': {
    severity: 'error',
    title: { sv: 'Mallen hittas inte', en: 'Template not found' },
    description: {
      sv: 'Den mall som svaret anger finns inte bland de kända mallarna.',
      en: 'The template the response names is not among the known templates.',
    },
  },
  'principles/template-version-mismatch': {
    severity: 'warning',
    title: { sv: 'Annan mallversion', en: 'Template version differs' },
    description: {
      sv: 'Svaret är gjort på en annan version av mallen; det prövas mot den aktuella versionen.',
      en: 'The response was made on another version of the template; it is checked against the current version.',
    },
  },
  'principles/no-migration-path': {
    severity: 'error',
    title: { sv: 'Kan inte flytta svaret', en: 'No migration path' },
    description: {
      sv: 'Mallen beskriver inte hur svar från den äldre versionen förs över.',
      en: 'The template does not describe how answers from the older version carry over.',
    },
  },
  'principles/unknown-question': {
    severity: 'error',
    title: { sv: 'Okänd fråga', en: 'Unknown question' },
    description: {
      sv: 'Svaret har ett svar eller en kommentar till en fråga som mallen inte har.',
      en: 'The response answers or comments on a question the template does not have.',
    },
  },
  'principles/unknown-section': {
    severity: 'warning',
    title: { sv: 'Okänt avsnitt', en: 'Unknown section' },
    description: {
      sv: 'En motivering hör till ett avsnitt som mallen inte har.',
      en: 'A justification belongs to a section the template does not have.',
    },
  },
  'principles/wrong-answer-type': {
    severity: 'error',
    title: { sv: 'Fel typ av svar', en: 'Wrong answer type' },
    description: {
      sv: 'Svaret passar inte frågans svarstyp (till exempel ett tal på en ja/nej-fråga).',
      en: 'The answer does not fit the question type (for example a number on a yes/no question).',
    },
  },
  'principles/unanswered-required': {
    severity: 'error',
    title: { sv: 'Obligatorisk fråga obesvarad', en: 'Required question unanswered' },
    description: {
      sv: 'En aktiv fråga som måste besvaras saknar svar.',
      en: 'An enabled question that must be answered has no answer.',
    },
  },
  'principles/answer-to-disabled-question': {
    severity: 'warning',
    title: { sv: 'Svar på inaktiv fråga', en: 'Answer to a disabled question' },
    description: {
      sv: 'Frågan är inte aktiv med de svar som getts (dess villkor är inte uppfyllt) men har ändå ett svar.',
      en: 'The question is not enabled by the given answers (its condition does not hold) yet it has an answer.',
    },
  },
  'principles/missing-justification': {
    severity: 'error',
    title: { sv: 'Motivering saknas', en: 'Justification missing' },
    description: {
      sv: 'Avsnittet kräver en motivering för ogynnsamma svar, och en sådan saknas.',
      en: 'The section requires a reason for unfavourable answers, and none is given.',
    },
  },
  'principles/not-signed': {
    severity: 'info',
    title: { sv: 'Ej undertecknad', en: 'Not signed' },
    description: {
      sv: 'Det framgår inte vem som har fyllt i checklistan.',
      en: 'It is not stated who filled in the checklist.',
    },
  },
});

/**
 * A finding code of this package.
 *
 * @example
 * ```ts
 * const code: PrinciplesFindingCode = 'principles/missing-justification';
 * ```
 */
export type PrinciplesFindingCode = keyof typeof principlesCodes.specs;
