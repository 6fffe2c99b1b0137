import type { Template } from '../model.js';
import { EXPLAIN_UNFAVOURABLE, yesNo } from './helpers.js';

const hasConsequences = { question: 'rural-consequences', equals: 'yes' } as const;

/**
 * Built-in template: rural impact (landsbygdssäkring). The follow-ups are asked only when
 * the first question is answered yes.
 *
 * @example
 * ```ts
 * ruralImpactTemplate.sections[0]?.questions.filter((q) => q.enabledWhen).length; // 4
 * ```
 */
export const ruralImpactTemplate: Template = {
  id: 'rural-impact',
  version: 1,
  title: { sv: 'Landsbygdsperspektivet', en: 'Rural impact' },
  sections: [
    {
      id: 'rural',
      title: { sv: 'Följder för landsbygden', en: 'Consequences for rural areas' },
      principles: ['rural'],
      justification: EXPLAIN_UNFAVOURABLE,
      questions: [
        yesNo(
          'rural-consequences',
          'Får beslutet särskilda följder för dem som bor och verkar på landsbygden?',
          'Does the decision have particular consequences for people living and working in rural areas?',
          [],
          { principles: ['rural'] },
        ),
        yesNo(
          'rural-services',
          'Blir kommunal eller kommersiell service svårare att nå på landsbygden?',
          'Do public or commercial services become harder to reach in rural areas?',
          ['no'],
          { principles: ['rural'], enabledWhen: hasConsequences },
        ),
        yesNo(
          'rural-jobs',
          'Skapar beslutet arbetstillfällen på landsbygden?',
          'Does the decision create jobs in rural areas?',
          ['yes'],
          { principles: ['rural'], enabledWhen: hasConsequences },
        ),
        yesNo(
          'rural-housing',
          'Blir det svårare att bo kvar på landsbygden?',
          'Does it become harder to keep living in rural areas?',
          ['no'],
          { principles: ['rural'], enabledWhen: hasConsequences },
        ),
        yesNo(
          'rural-transport',
          'Försämras resor och transporter till och från landsbygden?',
          'Do travel and transport to and from rural areas get worse?',
          ['no'],
          { principles: ['rural'], enabledWhen: hasConsequences },
        ),
      ],
    },
  ],
};
