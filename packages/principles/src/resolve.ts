import type { ChecklistResponse, Template } from './model.js';
import { parseTemplate } from './parse.js';

/**
 * Picks the template a response should be checked against among candidates: the same id and
 * version if present, otherwise the highest version with that id. Candidates that are not
 * valid templates are skipped.
 *
 * @example
 * ```ts
 * import { parseResponse, ruralImpactTemplate as template, builtInTemplates, findTemplateFor } from '@styrkit/principles';
 * const parsed = parseResponse({
 *   case: { title: 'Ny skolskjuts', diarienummer: 'BUN 2024/12' },
 *   template: { id: 'rural-impact', version: 1 },
 *   answers: { 'rural-consequences': 'yes', 'rural-services': 'yes' },
 * });
 * if (!parsed.ok) throw new Error('invalid response');
 * const response = parsed.value;
 * findTemplateFor(response, builtInTemplates)?.id; // 'rural-impact'
 * ```
 */
export function findTemplateFor(
  response: ChecklistResponse,
  candidates: Iterable<unknown>,
): Template | undefined {
  let best: Template | undefined;
  for (const candidate of candidates) {
    const parsed = parseTemplate(candidate);
    if (!parsed.ok || parsed.value.id !== response.template.id) continue;
    const template = parsed.value;
    if (template.version === response.template.version) return template;
    if (best === undefined || template.version > best.version) best = template;
  }
  return best;
}
