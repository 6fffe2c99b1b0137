import { safeParseWith } from '@styrkit/core';
import type { Finding, Result } from '@styrkit/core';
import { responseSchema, templateSchema } from './model.js';
import type { ChecklistResponse, Template } from './model.js';

/**
 * Parses a checklist template from JSON or YAML data. Never throws; reports every problem at
 * once as `principles/invalid-template` findings with paths.
 *
 * @example
 * ```ts
 * const result = parseTemplate({ id: 'mini', version: 1, title: { sv: 'Mini', en: 'Mini' }, sections: [] });
 * if (result.ok) console.log(result.value.id);
 * ```
 */
export function parseTemplate(input: unknown): Result<Template, Finding[]> {
  return safeParseWith(templateSchema, input, { code: 'principles/invalid-template' });
}

/**
 * Parses a filled-in checklist from JSON or YAML data. Never throws; reports every problem at
 * once as `principles/invalid-response` findings with paths. Whether the answers fit the
 * template is checked by {@link auditResponse}.
 *
 * @example
 * ```ts
 * const result = parseResponse({
 *   case: { title: 'Budget i balans' }, template: { id: 'mini', version: 1 }, answers: {},
 * });
 * ```
 */
export function parseResponse(input: unknown): Result<ChecklistResponse, Finding[]> {
  return safeParseWith(responseSchema, input, { code: 'principles/invalid-response' });
}
