import type { Template } from '../model.js';
import { EXPLAIN_UNFAVOURABLE, text, yesNo, yesNoNa } from './helpers.js';

const affectsChildren = { question: 'child-affected', equals: 'yes' } as const;

/**
 * Built-in template: a child-rights assessment (barnrättsbedömning) after the UN Convention
 * on the Rights of the Child, Swedish law since 2020. A first routing question decides
 * whether the rest is asked: the child's best interest, the child's own view and children
 * with disabilities.
 *
 * @example
 * ```ts
 * childRightsTemplate.sections[0]?.questions[0]?.id; // 'child-affected'
 * ```
 */
export const childRightsTemplate: Template = {
  id: 'child-rights',
  version: 1,
  title: { sv: 'Barnrättsbedömning', en: 'Child-rights assessment' },
  references: {
    barnkonventionen: {
      title: {
        sv: 'FN:s konvention om barnets rättigheter (lag 2018:1197)',
        en: 'UN Convention on the Rights of the Child (Swedish law 2018:1197)',
      },
    },
    crpd: {
      title: {
        sv: 'FN:s konvention om rättigheter för personer med funktionsnedsättning',
        en: 'UN Convention on the Rights of Persons with Disabilities',
      },
    },
  },
  terms: [
    {
      term: { sv: 'Barn', en: 'Child' },
      explanation: { sv: 'Varje person under 18 år.', en: 'Every person under 18.' },
    },
  ],
  sections: [
    {
      id: 'scope',
      title: { sv: 'Berörs barn?', en: 'Are children affected?' },
      principles: ['child-rights'],
      questions: [
        yesNo(
          'child-affected',
          'Berör beslutet barn direkt eller indirekt?',
          'Does the decision affect children directly or indirectly?',
          [],
          { principles: ['child-rights'] },
        ),
      ],
    },
    {
      id: 'best-interest',
      title: { sv: 'Barnets bästa', en: 'Best interest of the child' },
      principles: ['child-rights'],
      justification: EXPLAIN_UNFAVOURABLE,
      questions: [
        yesNo(
          'best-interest-assessed',
          'Har barnets bästa utretts och vägts mot andra intressen?',
          "Has the child's best interest been assessed and weighed against other interests?",
          ['yes'],
          {
            principles: ['child-rights'],
            references: ['barnkonventionen'],
            enabledWhen: affectsChildren,
          },
        ),
        yesNo(
          'best-interest-harm',
          'Kan beslutet försämra barns trygghet, hälsa eller utveckling?',
          "Could the decision worsen children's safety, health or development?",
          ['no'],
          {
            principles: ['child-rights'],
            references: ['barnkonventionen'],
            enabledWhen: affectsChildren,
          },
        ),
      ],
    },
    {
      id: 'child-view',
      title: { sv: 'Barnets egen röst', en: "The child's own view" },
      principles: ['child-rights'],
      justification: EXPLAIN_UNFAVOURABLE,
      questions: [
        yesNoNa(
          'child-heard',
          'Har berörda barn fått uttrycka sina åsikter?',
          'Have the children concerned been able to express their views?',
          ['yes'],
          {
            principles: ['child-rights'],
            references: ['barnkonventionen'],
            enabledWhen: affectsChildren,
          },
        ),
        text(
          'child-heard-how',
          'Hur har barnen hörts och vad sa de?',
          'How were the children heard and what did they say?',
          { principles: ['child-rights'], enabledWhen: { question: 'child-heard', equals: 'yes' } },
        ),
      ],
    },
    {
      id: 'child-disability',
      title: { sv: 'Barn med funktionsnedsättning', en: 'Children with disabilities' },
      principles: ['child-rights', 'disability-rights'],
      justification: EXPLAIN_UNFAVOURABLE,
      questions: [
        yesNo(
          'child-disability-considered',
          'Har barn med funktionsnedsättning särskilt beaktats?',
          'Have children with disabilities been specifically considered?',
          ['yes'],
          {
            principles: ['child-rights', 'disability-rights'],
            references: ['barnkonventionen', 'crpd'],
            enabledWhen: affectsChildren,
          },
        ),
      ],
    },
  ],
};
