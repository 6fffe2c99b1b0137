import type { Template } from '../model.js';
import { childRightsTemplate } from './child-rights.js';
import { esfAssessmentTemplate } from './esf-assessment.js';
import { horizontalPrinciplesTemplate } from './horizontal-principles.js';
import { ruralImpactTemplate } from './rural-impact.js';

/**
 * Every built-in template, in the order they are usually shown.
 *
 * @example
 * ```ts
 * builtInTemplates.map((t) => t.id);
 * // ['horizontal-principles', 'child-rights', 'rural-impact', 'esf-assessment']
 * ```
 */
export const builtInTemplates: readonly Template[] = [
  horizontalPrinciplesTemplate,
  childRightsTemplate,
  ruralImpactTemplate,
  esfAssessmentTemplate,
];

export {
  childRightsTemplate,
  esfAssessmentTemplate,
  horizontalPrinciplesTemplate,
  ruralImpactTemplate,
};
