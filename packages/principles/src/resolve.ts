import type { ChecklistResponse, Template } from './model.js';
import { parseTemplate } from './parse.js';

/**
 * Picks the template a response should be checked against among candidates: the same id and
 * version if present, otherwise the highest version with that id. Candidates that are not
 * valid templates are skipped.
 *
 * @example
 * ```ts
 * findTemplateFor(response, [salaTemplate, ...builtInTemplates]);
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
