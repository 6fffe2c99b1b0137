import { defineTemplatedFindingCodes, messageTemplate, type CodedFinding } from '@styrkit/core';
import {
  idWord,
  principleName,
  type PrinciplesConditionData,
  type PrinciplesCycleData,
  type PrinciplesDuplicateIdData,
  type PrinciplesIdData,
  type PrinciplesImpossibleAnswerData,
  type PrinciplesInvalidInputData,
  type PrinciplesMigrationData,
  type PrinciplesNoData,
  type PrinciplesPrincipleNotAskedData,
  type PrinciplesQuestionIdData,
  type PrinciplesQuestionTextData,
  type PrinciplesReferenceData,
  type PrinciplesSectionData,
  type PrinciplesTemplateMismatchData,
  type PrinciplesTemplateNotFoundData,
  type PrinciplesVersionMismatchData,
  type PrinciplesWrongAnswerData,
} from './messages.js';

/**
 * Every finding code this package emits, with severity, title and description in Swedish and
 * English, and the message template that words its findings from the data a rule passes
 * (rules never write sentences). Codes are stable: tools and users may filter on them.
 *
 * @example
 * ```ts
 * import { principlesCodes } from '@styrkit/principles';
 * principlesCodes.specs['principles/unanswered-required'].severity; // 'error'
 * principlesCodes.render('principles/unknown-question', { id: 'q9' }).en; // 'The template has no question with id "q9".'
 * ```
 */
export const principlesCodes = defineTemplatedFindingCodes({
  'principles/invalid-template': {
    severity: 'error',
    title: { sv: 'Ogiltig mall', en: 'Invalid template' },
    description: {
      sv: 'Mallen följer inte dataformatet; sökvägen visar var.',
      en: 'The template does not follow the data format; the path shows where.',
    },
    message: messageTemplate<PrinciplesInvalidInputData>({
      sv: (d) => d.detail.sv,
      en: (d) => d.detail.en,
    }),
  },
  'principles/invalid-response': {
    severity: 'error',
    title: { sv: 'Ogiltigt svar', en: 'Invalid response' },
    description: {
      sv: 'Det ifyllda formuläret följer inte dataformatet; sökvägen visar var.',
      en: 'The filled-in checklist does not follow the data format; the path shows where.',
    },
    message: messageTemplate<PrinciplesInvalidInputData>({
      sv: (d) => d.detail.sv,
      en: (d) => d.detail.en,
    }),
  },
  'principles/duplicate-id': {
    severity: 'error',
    title: { sv: 'Dubblerat id', en: 'Duplicate id' },
    description: {
      sv: 'Två avsnitt eller två frågor i mallen har samma id.',
      en: 'Two sections or two questions of the template share an id.',
    },
    message: messageTemplate<PrinciplesDuplicateIdData>({
      sv: (d) => `${idWord(d.what, 'sv')} "${d.id}" finns mer än en gång.`,
      en: (d) => `${idWord(d.what, 'en')} "${d.id}" appears more than once.`,
    }),
  },
  'principles/condition-unknown-question': {
    severity: 'error',
    title: { sv: 'Villkor pekar på okänd fråga', en: 'Condition points to unknown question' },
    description: {
      sv: 'En frågas villkor hänvisar till en fråga som inte finns i mallen.',
      en: 'A question is enabled by a question that does not exist in the template.',
    },
    message: messageTemplate<PrinciplesConditionData>({
      sv: (d) => `Frågan "${d.question}" styrs av "${d.controller}", som inte finns.`,
      en: (d) => `Question "${d.question}" is enabled by "${d.controller}", which does not exist.`,
    }),
  },
  'principles/condition-forward-reference': {
    severity: 'error',
    title: { sv: 'Villkor pekar framåt', en: 'Condition points forward' },
    description: {
      sv: 'En fråga styrs av en fråga som kommer senare i formuläret; den som fyller i kan inte veta det ännu.',
      en: 'A question is enabled by one that comes later in the form, which the person filling it in has not reached.',
    },
    message: messageTemplate<PrinciplesConditionData>({
      sv: (d) => `Frågan "${d.question}" styrs av "${d.controller}", som inte kommer före den.`,
      en: (d) =>
        `Question "${d.question}" is enabled by "${d.controller}", which does not come before it.`,
    }),
  },
  'principles/condition-cycle': {
    severity: 'error',
    title: { sv: 'Villkor i cirkel', en: 'Cyclic conditions' },
    description: {
      sv: 'Frågornas villkor beror på varandra i en cirkel; ingen av dem kan någonsin aktiveras.',
      en: 'Question conditions depend on each other in a cycle; none of them can ever be enabled.',
    },
    message: messageTemplate<PrinciplesCycleData>({
      sv: (d) => `Villkoren bildar en cirkel: ${d.cycle.join(' → ')}.`,
      en: (d) => `The conditions form a cycle: ${d.cycle.join(' → ')}.`,
    }),
  },
  'principles/condition-impossible-answer': {
    severity: 'error',
    title: { sv: 'Villkor kan aldrig uppfyllas', en: 'Condition can never hold' },
    description: {
      sv: 'Villkoret kräver ett svar som den styrande frågan inte kan få.',
      en: 'The condition asks for an answer the controlling question cannot have.',
    },
    message: messageTemplate<PrinciplesImpossibleAnswerData>({
      sv: (d) => `Frågan "${d.controller}" kan inte få svaret "${d.value}".`,
      en: (d) => `Question "${d.controller}" cannot be answered "${d.value}".`,
    }),
  },
  'principles/principle-not-asked': {
    severity: 'warning',
    title: { sv: 'Princip nämns men efterfrågas inte', en: 'Principle named but not asked' },
    description: {
      sv: 'Ett avsnitt säger sig täcka en princip som ingen av dess frågor handlar om.',
      en: 'A section claims to cover a principle that none of its questions asks about.',
    },
    message: messageTemplate<PrinciplesPrincipleNotAskedData>({
      sv: (d) =>
        `Avsnittet "${d.section.sv}" nämner ${principleName(d.principle, 'sv')} men ingen fråga tar upp den.`,
      en: (d) =>
        `The section "${d.section.en}" names ${principleName(d.principle, 'en')} but no question asks about it.`,
    }),
  },
  'principles/no-favourable-answer': {
    severity: 'warning',
    title: { sv: 'Gynnsamt svar saknas', en: 'No favourable answer defined' },
    description: {
      sv: 'Frågan anger inte vilket svar som är gynnsamt, så en bedömning kan inte sammanfattas. Ange [] för en ren styrfråga.',
      en: 'The question does not say which answer is favourable, so it cannot be summarised. Use [] for a pure routing question.',
    },
    message: messageTemplate<PrinciplesQuestionIdData>({
      sv: (d) => `Frågan "${d.question}" anger inte vilket svar som är gynnsamt.`,
      en: (d) => `Question "${d.question}" does not say which answer is favourable.`,
    }),
  },
  'principles/invalid-scale': {
    severity: 'error',
    title: { sv: 'Ogiltig skala', en: 'Invalid scale' },
    description: {
      sv: 'Skalans lägsta värde är inte mindre än dess högsta, eller det gynnsamma intervallet ligger utanför skalan.',
      en: 'The scale minimum is not below its maximum, or the favourable range lies outside the scale.',
    },
    message: messageTemplate<PrinciplesQuestionIdData>({
      sv: (d) =>
        `Frågan "${d.question}" har en ogiltig skala eller ett gynnsamt intervall utanför skalan.`,
      en: (d) => `Question "${d.question}" has an invalid scale or a favourable range outside it.`,
    }),
  },
  'principles/unknown-reference': {
    severity: 'warning',
    title: { sv: 'Okänd hänvisning', en: 'Unknown reference' },
    description: {
      sv: 'En fråga hänvisar till en lag eller konvention som mallen inte beskriver.',
      en: 'A question refers to a law or convention the template does not describe.',
    },
    message: messageTemplate<PrinciplesReferenceData>({
      sv: (d) =>
        `Frågan "${d.question}" hänvisar till "${d.reference}", som mallen inte beskriver.`,
      en: (d) =>
        `Question "${d.question}" refers to "${d.reference}", which the template does not describe.`,
    }),
  },
  'principles/empty-section': {
    severity: 'warning',
    title: { sv: 'Tomt avsnitt', en: 'Empty section' },
    description: {
      sv: 'Avsnittet har inga frågor.',
      en: 'The section has no questions.',
    },
    message: messageTemplate<PrinciplesSectionData>({
      sv: (d) => `Avsnittet "${d.section.sv}" har inga frågor.`,
      en: (d) => `The section "${d.section.en}" has no questions.`,
    }),
  },
  'principles/template-mismatch': {
    severity: 'error',
    title: { sv: 'Fel mall', en: 'Wrong template' },
    description: {
      sv: 'Svaret är gjort på en annan mall än den det prövas mot.',
      en: 'The response was made on a different template than the one it is checked against.',
    },
    message: messageTemplate<PrinciplesTemplateMismatchData>({
      sv: (d) => `Svaret hör till mallen ${d.made}, inte ${d.template}.`,
      en: (d) => `The response belongs to template ${d.made}, not ${d.template}.`,
    }),
  },
  'principles/template-not-found': {
    severity: 'error',
    title: { sv: 'Mallen hittas inte', en: 'Template not found' },
    description: {
      sv: 'Den mall som svaret anger finns inte bland de kända mallarna.',
      en: 'The template the response names is not among the known templates.',
    },
    message: messageTemplate<PrinciplesTemplateNotFoundData>({
      sv: (d) => `Mallen ${d.id} (version ${String(d.version)}) finns inte.`,
      en: (d) => `The template ${d.id} (version ${String(d.version)}) does not exist.`,
    }),
  },
  'principles/template-version-mismatch': {
    severity: 'warning',
    title: { sv: 'Annan mallversion', en: 'Template version differs' },
    description: {
      sv: 'Svaret är gjort på en annan version av mallen; det prövas mot den aktuella versionen.',
      en: 'The response was made on another version of the template; it is checked against the current version.',
    },
    message: messageTemplate<PrinciplesVersionMismatchData>({
      sv: (d) =>
        d.migrated
          ? `Svaret är gjort på version ${String(d.made)} av mallen och har förts över till version ${String(d.current)}.`
          : `Svaret är gjort på version ${String(d.made)} av mallen men prövas mot version ${String(d.current)}.`,
      en: (d) =>
        d.migrated
          ? `The response was made on version ${String(d.made)} of the template and was carried over to version ${String(d.current)}.`
          : `The response was made on version ${String(d.made)} of the template but is checked against version ${String(d.current)}.`,
    }),
  },
  'principles/no-migration-path': {
    severity: 'error',
    title: { sv: 'Kan inte flytta svaret', en: 'No migration path' },
    description: {
      sv: 'Mallen beskriver inte hur svar från den äldre versionen förs över.',
      en: 'The template does not describe how answers from the older version carry over.',
    },
    message: messageTemplate<PrinciplesMigrationData>({
      sv: (d) =>
        `Mallen ${d.template} beskriver inte hur svar förs från version ${String(d.from)} till version ${String(d.to)}.`,
      en: (d) =>
        `Template ${d.template} does not describe how answers move from version ${String(d.from)} to version ${String(d.to)}.`,
    }),
  },
  'principles/unknown-question': {
    severity: 'error',
    title: { sv: 'Okänd fråga', en: 'Unknown question' },
    description: {
      sv: 'Svaret har ett svar eller en kommentar till en fråga som mallen inte har.',
      en: 'The response answers or comments on a question the template does not have.',
    },
    message: messageTemplate<PrinciplesIdData>({
      sv: (d) => `Mallen har ingen fråga med id "${d.id}".`,
      en: (d) => `The template has no question with id "${d.id}".`,
    }),
  },
  'principles/unknown-section': {
    severity: 'warning',
    title: { sv: 'Okänt avsnitt', en: 'Unknown section' },
    description: {
      sv: 'En motivering hör till ett avsnitt som mallen inte har.',
      en: 'A justification belongs to a section the template does not have.',
    },
    message: messageTemplate<PrinciplesIdData>({
      sv: (d) => `Mallen har inget avsnitt med id "${d.id}".`,
      en: (d) => `The template has no section with id "${d.id}".`,
    }),
  },
  'principles/wrong-answer-type': {
    severity: 'error',
    title: { sv: 'Fel typ av svar', en: 'Wrong answer type' },
    description: {
      sv: 'Svaret passar inte frågans svarstyp (till exempel ett tal på en ja/nej-fråga).',
      en: 'The answer does not fit the question type (for example a number on a yes/no question).',
    },
    message: messageTemplate<PrinciplesWrongAnswerData>({
      sv: (d) => `Svaret "${d.answer}" passar inte frågan "${d.question.sv}" (${d.expected}).`,
      en: (d) =>
        `The answer "${d.answer}" does not fit the question "${d.question.en}" (${d.expected}).`,
    }),
  },
  'principles/unanswered-required': {
    severity: 'error',
    title: { sv: 'Obligatorisk fråga obesvarad', en: 'Required question unanswered' },
    description: {
      sv: 'En aktiv fråga som måste besvaras saknar svar.',
      en: 'An enabled question that must be answered has no answer.',
    },
    message: messageTemplate<PrinciplesQuestionTextData>({
      sv: (d) => `Frågan "${d.question.sv}" är obesvarad.`,
      en: (d) => `The question "${d.question.en}" is unanswered.`,
    }),
  },
  'principles/answer-to-disabled-question': {
    severity: 'warning',
    title: { sv: 'Svar på inaktiv fråga', en: 'Answer to a disabled question' },
    description: {
      sv: 'Frågan är inte aktiv med de svar som getts (dess villkor är inte uppfyllt) men har ändå ett svar.',
      en: 'The question is not enabled by the given answers (its condition does not hold) yet it has an answer.',
    },
    message: messageTemplate<PrinciplesQuestionTextData>({
      sv: (d) =>
        `Frågan "${d.question.sv}" ska inte besvaras med de svar som getts, men har ett svar.`,
      en: (d) =>
        `The question "${d.question.en}" is not asked given the other answers, yet it has an answer.`,
    }),
  },
  'principles/missing-justification': {
    severity: 'error',
    title: { sv: 'Motivering saknas', en: 'Justification missing' },
    description: {
      sv: 'Avsnittet kräver en motivering för ogynnsamma svar, och en sådan saknas.',
      en: 'The section requires a reason for unfavourable answers, and none is given.',
    },
    message: messageTemplate<PrinciplesSectionData>({
      sv: (d) => `Avsnittet "${d.section.sv}" kräver en motivering som saknas.`,
      en: (d) => `The section "${d.section.en}" requires a justification that is missing.`,
    }),
  },
  'principles/not-signed': {
    severity: 'info',
    title: { sv: 'Ej undertecknad', en: 'Not signed' },
    description: {
      sv: 'Det framgår inte vem som har fyllt i checklistan.',
      en: 'It is not stated who filled in the checklist.',
    },
    message: messageTemplate<PrinciplesNoData>({
      sv: () => 'Det framgår inte vem som fyllt i checklistan.',
      en: () => 'The checklist does not say who filled it in.',
    }),
  },
});

/**
 * A finding code of this package.
 *
 * @example
 * ```ts
 * import type { PrinciplesFindingCode } from '@styrkit/principles';
 * const code: PrinciplesFindingCode = 'principles/missing-justification';
 * ```
 */
export type PrinciplesFindingCode = keyof typeof principlesCodes.specs;

/**
 * A finding of this package: its code is one of {@link PrinciplesFindingCode}.
 *
 * @example
 * ```ts
 * import type { PrinciplesFinding } from '@styrkit/principles';
 * const isUnanswered = (f: PrinciplesFinding): boolean => f.code === 'principles/unanswered-required';
 * ```
 */
export type PrinciplesFinding = CodedFinding<PrinciplesFindingCode>;
