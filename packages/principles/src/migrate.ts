import { err, ok } from '@styrkit/core';
import type { Result } from '@styrkit/core';
import { principlesCodes, type PrinciplesFinding } from './codes.js';
import type { ChecklistResponse, Template } from './model.js';

function renameKeys<T>(
  record: Readonly<Record<string, T>>,
  renames: Readonly<Record<string, string>>,
): Record<string, T> {
  const renamed: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    const target = Object.hasOwn(renames, key) ? renames[key] : undefined;
    renamed[target ?? key] = value;
  }
  return renamed;
}

/**
 * Carries a response made on an older template version over to the template's current
 * version, applying the template's `migrations` one version step at a time (a migration with
 * `from: n` takes version n to n + 1). A response already on the current version comes back
 * unchanged. When a step is missing, or the response is newer than the template, the result
 * is an error finding and the caller reports the response as made on its own version.
 *
 * @example
 * ```ts
 * const template = {
 *   id: 'mini', version: 2, title: { sv: 'Mini', en: 'Mini' }, sections: [],
 *   migrations: [{ from: 1, renames: { 'old-q': 'new-q' } }],
 * };
 * const migrated = migrateResponse(
 *   { case: { title: 'Ärende' }, template: { id: 'mini', version: 1 }, answers: { 'old-q': 'yes' } },
 *   template,
 * );
 * // migrated.ok && migrated.value.answers: { 'new-q': 'yes' }
 * ```
 */
export function migrateResponse(
  response: ChecklistResponse,
  template: Template,
): Result<ChecklistResponse, PrinciplesFinding[]> {
  if (response.template.id !== template.id) {
    return err([
      principlesCodes.create('principles/template-mismatch', {
        path: ['template', 'id'],
        expected: template.id,
        actual: response.template.id,
        data: { made: response.template.id, template: template.id },
      }),
    ]);
  }
  let version = response.template.version;
  let answers = response.answers;
  let comments = response.comments;
  // Looked up once, the first migration of each version as `find` took it: a search per step
  // made a long chain of versions quadratic (50 000 migrations took a check 2 s).
  const stepFrom = new Map<number, NonNullable<Template['migrations']>[number]>();
  for (const m of template.migrations ?? []) if (!stepFrom.has(m.from)) stepFrom.set(m.from, m);
  while (version < template.version) {
    const step = stepFrom.get(version);
    if (step === undefined) break;
    const renames = step.renames ?? {};
    // A step that renames no key the response has leaves it as it is: not copied.
    if (Object.keys(renames).some((key) => Object.hasOwn(answers, key))) {
      answers = renameKeys(answers, renames);
    }
    if (
      comments !== undefined &&
      Object.keys(renames).some((key) => Object.hasOwn(comments ?? {}, key))
    ) {
      comments = renameKeys(comments, renames);
    }
    version += 1;
  }
  if (version !== template.version) {
    return err([
      principlesCodes.create('principles/no-migration-path', {
        path: ['template', 'version'],
        expected: String(template.version),
        actual: String(response.template.version),
        data: { template: template.id, from: version, to: template.version },
      }),
    ]);
  }
  return ok({
    ...response,
    template: { id: template.id, version },
    answers,
    ...(comments !== undefined ? { comments } : {}),
  });
}
