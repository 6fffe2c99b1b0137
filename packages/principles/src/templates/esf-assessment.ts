import { KNOWN_PRINCIPLES } from '../labels.js';
import type { Section, Template } from '../model.js';
import { EXPLAIN_UNFAVOURABLE, rating, text } from './helpers.js';

const ESF_PRINCIPLES = [
  'gender-equality',
  'non-discrimination',
  'accessibility',
  'sustainable-development',
] as const;

function principleSection(principle: (typeof ESF_PRINCIPLES)[number]): Section {
  const label = KNOWN_PRINCIPLES[principle];
  return {
    id: principle,
    title: label,
    principles: [principle],
    justification: EXPLAIN_UNFAVOURABLE,
    questions: [
      rating(
        `${principle}-rating`,
        `Hur påverkar projektet ${label.sv.toLowerCase()}?`,
        `How does the project affect ${label.en.toLowerCase()}?`,
        { principles: [principle] },
      ),
      text(`${principle}-description`, 'Beskriv bedömningen.', 'Describe the assessment.', {
        principles: [principle],
      }),
    ],
  };
}

/**
 * Built-in template: an ESF-style assessment that rates each horizontal principle positive,
 * neutral or negative and describes the rating in text. A negative rating needs a
 * justification.
 *
 * @example
 * ```ts
 * esfAssessmentTemplate.sections.length; // 4
 * ```
 */
export const esfAssessmentTemplate: Template = {
  id: 'esf-assessment',
  version: 1,
  title: {
    sv: 'Bedömning av de horisontella principerna (ESF)',
    en: 'Assessment of the horizontal principles (ESF)',
  },
  sections: ESF_PRINCIPLES.map(principleSection),
};
