/**
 * Older pm3 role names and the names the model uses today. Plans written before the rename
 * say förvaltningsledare where newer ones say objektledare; both are accepted.
 */
const ROLE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['förvaltningsledare', 'Objektledare'],
  ['förvaltningsledare verksamhet', 'Objektledare'],
  ['teknisk förvaltningsledare', 'Objektledare IT'],
  ['förvaltningsledare it', 'Objektledare IT'],
  ['förvaltningsägare', 'Objektägare'],
]);

/**
 * The current pm3 name of a role title: older names (förvaltningsledare, teknisk
 * förvaltningsledare) map to objektledare and objektledare IT; other titles are returned as
 * written. Matching ignores case and surrounding space.
 *
 * @example
 * ```ts
 * import { canonicalRoleTitle } from '@styrkit/pm3';
 * canonicalRoleTitle('Teknisk förvaltningsledare'); // 'Objektledare IT'
 * canonicalRoleTitle('Objektägare'); // 'Objektägare'
 * ```
 */
export function canonicalRoleTitle(title: string): string {
  return ROLE_ALIASES.get(title.trim().toLocaleLowerCase('sv')) ?? title.trim();
}
