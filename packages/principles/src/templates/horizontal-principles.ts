import { DISCRIMINATION_GROUNDS } from '../labels.js';
import type { Template } from '../model.js';
import { EXPLAIN_UNFAVOURABLE, yesNo, yesNoNa } from './helpers.js';

/**
 * Built-in template: the EU horizontal principles (gender equality, non-discrimination on
 * the seven Swedish grounds, accessibility and sustainable development) as yes/no questions
 * with a justification asked for every unfavourable answer.
 *
 * @example
 * ```ts
 * horizontalPrinciplesTemplate.sections.map((s) => s.id);
 * // ['gender-equality', 'non-discrimination', 'accessibility', 'sustainable-development']
 * ```
 */
export const horizontalPrinciplesTemplate: Template = {
  id: 'horizontal-principles',
  version: 1,
  title: { sv: 'De horisontella principerna', en: 'The horizontal principles' },
  description: {
    sv: 'Prövning av ett beslut mot EU:s horisontella principer.',
    en: 'Assessment of a decision against the EU horizontal principles.',
  },
  references: {
    diskrimineringslagen: {
      title: { sv: 'Diskrimineringslagen (2008:567)', en: 'Swedish Discrimination Act (2008:567)' },
    },
    crpd: {
      title: {
        sv: 'FN:s konvention om rättigheter för personer med funktionsnedsättning',
        en: 'UN Convention on the Rights of Persons with Disabilities',
      },
    },
  },
  sections: [
    {
      id: 'gender-equality',
      title: { sv: 'Jämställdhet', en: 'Gender equality' },
      principles: ['gender-equality'],
      justification: EXPLAIN_UNFAVOURABLE,
      questions: [
        yesNo(
          'ge-analysed',
          'Har beslutets följder för kvinnor och män, flickor och pojkar analyserats?',
          'Have the effects on women and men, girls and boys been analysed?',
          ['yes'],
          { principles: ['gender-equality'] },
        ),
        yesNo(
          'ge-resources',
          'Fördelas resurser och inflytande lika mellan könen?',
          'Are resources and influence shared equally between the sexes?',
          ['yes'],
          { principles: ['gender-equality'] },
        ),
        yesNo(
          'ge-data',
          'Redovisas underlaget uppdelat på kön?',
          'Is the underlying data broken down by sex?',
          ['yes'],
          { principles: ['gender-equality'] },
        ),
      ],
    },
    {
      id: 'non-discrimination',
      title: { sv: 'Icke-diskriminering', en: 'Non-discrimination' },
      principles: ['non-discrimination'],
      justification: EXPLAIN_UNFAVOURABLE,
      // One question per ground, reverse polarity: "no" (nobody is disadvantaged) is good.
      questions: DISCRIMINATION_GROUNDS.map((ground) =>
        yesNoNa(
          `nd-${ground.id}`,
          `Kan beslutet missgynna någon på grund av ${ground.sv.toLowerCase()}?`,
          `Could the decision disadvantage anyone on the ground of ${ground.en.toLowerCase()}?`,
          ['no'],
          { principles: ['non-discrimination'], references: ['diskrimineringslagen'] },
        ),
      ),
    },
    {
      id: 'accessibility',
      title: { sv: 'Tillgänglighet', en: 'Accessibility' },
      principles: ['accessibility'],
      justification: EXPLAIN_UNFAVOURABLE,
      questions: [
        yesNo(
          'acc-barriers',
          'Skapar beslutet hinder för personer med funktionsnedsättning?',
          'Does the decision create barriers for persons with disabilities?',
          ['no'],
          { principles: ['accessibility'], references: ['crpd'] },
        ),
        yesNoNa(
          'acc-information',
          'Finns information och digitala tjänster i tillgänglig form?',
          'Are information and digital services provided in accessible form?',
          ['yes'],
          { principles: ['accessibility'] },
        ),
      ],
    },
    {
      id: 'sustainable-development',
      title: { sv: 'Hållbar utveckling', en: 'Sustainable development' },
      principles: ['sustainable-development'],
      justification: EXPLAIN_UNFAVOURABLE,
      questions: [
        yesNo(
          'sd-environment',
          'Ökar beslutet belastningen på miljö eller klimat?',
          'Does the decision increase the burden on environment or climate?',
          ['no'],
          { principles: ['sustainable-development'] },
        ),
        yesNo(
          'sd-long-term',
          'Är lösningen hållbar över tid, socialt och ekonomiskt?',
          'Is the solution sustainable over time, socially and economically?',
          ['yes'],
          { principles: ['sustainable-development'] },
        ),
      ],
    },
  ],
};
