import { principlesCodes, type PrinciplesFinding } from './codes.js';
import { lintTemplate } from './lint.js';
import { migrateResponse } from './migrate.js';
import type { ChecklistResponse, Template } from './model.js';
import { validateResponse } from './validate.js';

/**
 * Every rule this package knows about a template (see {@link lintTemplate}).
 *
 * @example
 * ```ts
 * import { auditTemplate, ruralImpactTemplate } from '@styrkit/principles';
 * // A section that names gender equality but asks nothing about it:
 * const sections = ruralImpactTemplate.sections.map((s) => ({ ...s, principles: [...s.principles, 'gender-equality'] }));
 * auditTemplate({ ...ruralImpactTemplate, sections }).map((f) => f.code); // ['principles/principle-not-asked']
 * ```
 */
export function auditTemplate(template: Template): PrinciplesFinding[] {
  return lintTemplate(template);
}

/**
 * Every rule this package knows about a response, checked against the given template. A
 * response made on another version of the template is reported with
 * `principles/template-version-mismatch`; when the template describes how to migrate it, the
 * migrated answers are validated, otherwise the answers are validated as they stand.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, auditResponse } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * auditResponse(response, template).filter((f) => f.severity === 'error').map((f) => f.path.join('.'));
 * // three unanswered follow-ups and the missing justification for the unfavourable answer
 * ```
 */
export function auditResponse(
  response: ChecklistResponse,
  template: Template,
): PrinciplesFinding[] {
  if (response.template.id !== template.id) {
    return [
      principlesCodes.create('principles/template-mismatch', {
        path: ['template', 'id'],
        expected: template.id,
        actual: response.template.id,
        data: { made: response.template.id, template: template.id },
      }),
    ];
  }
  if (response.template.version === template.version) {
    return validateResponse(response, template);
  }
  const migrated = migrateResponse(response, template);
  const made = response.template.version;
  const current = template.version;
  const mismatch = principlesCodes.create('principles/template-version-mismatch', {
    path: ['template', 'version'],
    expected: String(current),
    actual: String(made),
    data: { made, current, migrated: migrated.ok },
  });
  return [mismatch, ...validateResponse(migrated.ok ? migrated.value : response, template)];
}
