// The one role list and the permission logic on grants. Pure and browser-safe: the portal
// imports this file, so what it offers is decided exactly as the host decides it.
import * as z from 'zod';

/** Roles, weakest first. Approving a version is the approver's own permission. */
export const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const;

/** A role as zod reads it: the one role list, used by the routes, the storage and the portal. */
export const roleSchema = z.enum(ROLES);

/** A role a user holds in a scope. */
export type Role = z.infer<typeof roleSchema>;

/** The role each permission needs. */
export const NEEDS = {
  read: 'viewer',
  write: 'editor',
  approve: 'approver',
  admin: 'admin',
} as const satisfies Record<string, Role>;

/** What a request wants to do. */
export type Permission = keyof typeof NEEDS;

/** Longest scope text (`plugin/kind/document-id`). */
export const MAX_SCOPE = 400;

/**
 * A grant as zod reads it: a role in a scope, `*` (everything), a plugin name (`pm3`), a kind
 * (`pm3/objektplan`) or one document (`pm3/objektplan/linkoping-vso-2026`). The scope's form
 * and that it names something loaded are checked by the storage (`host/invalid-scope`,
 * `host/unknown-scope`).
 */
export const grantSchema = z.strictObject({
  scope: z.string().min(1).max(MAX_SCOPE),
  role: roleSchema,
});

/** A role in a scope. */
export interface Grant {
  readonly scope: string;
  readonly role: Role;
}

/** `*`, `plugin`, `plugin/kind` or `plugin/kind/document-id`. */
const scopePattern =
  /^(\*|[^/\s*]{1,100}(\/[^/\s*]{1,100}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,127})?)?)$/;

/**
 * Whether a text is a valid grant scope: `*`, a plugin, a kind or a kind and a document id.
 *
 * @example
 * ```ts
 * isScope('pm3/objektplan/plan-a'); // true
 * ```
 */
export function isScope(scope: string): boolean {
  return scopePattern.test(scope);
}

/**
 * Whether `role` is at least as strong as `needed`.
 *
 * @example
 * ```ts
 * atLeast('approver', 'editor'); // true
 * ```
 */
export function atLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/**
 * The strongest role grants give for a kind, or for one document of it when `id` is given (or
 * for everything when `kind` is absent). A document grant applies to that document only;
 * grants on `*`, the plugin or the kind apply to all its documents.
 *
 * @example
 * ```ts
 * roleOf([{ scope: 'pm3', role: 'editor' }], 'pm3/objektplan'); // 'editor'
 * ```
 */
export function roleOf(grants: readonly Grant[], kind?: string, id?: string): Role | undefined {
  const target = kind === undefined ? undefined : id === undefined ? kind : `${kind}/${id}`;
  let best = -1;
  for (const grant of grants) {
    const applies =
      grant.scope === '*' ||
      (target !== undefined && (grant.scope === target || target.startsWith(`${grant.scope}/`)));
    if (applies) best = Math.max(best, ROLES.indexOf(grant.role));
  }
  return best < 0 ? undefined : ROLES[best];
}

/**
 * Whether grants allow `permission` on a kind, or on one document of it when `id` is given
 * (global when `kind` is absent).
 *
 * @example
 * ```ts
 * allows([{ scope: '*', role: 'editor' }], 'approve'); // false
 * ```
 */
export function allows(
  grants: readonly Grant[],
  permission: Permission,
  kind?: string,
  id?: string,
): boolean {
  const role = roleOf(grants, kind, id);
  return role !== undefined && atLeast(role, NEEDS[permission]);
}

/**
 * Whether grants allow `permission` on a kind or on at least one document of it (a document
 * grant): who may see the kind in lists and reach its routes at all.
 *
 * @example
 * ```ts
 * allowsSome([{ scope: 'pm3/objektplan/plan-a', role: 'editor' }], 'write', 'pm3/objektplan'); // true
 * ```
 */
export function allowsSome(
  grants: readonly Grant[],
  permission: Permission,
  kind: string,
): boolean {
  if (allows(grants, permission, kind)) return true;
  return grants.some((g) => g.scope.startsWith(`${kind}/`) && atLeast(g.role, NEEDS[permission]));
}

/**
 * The documents of a kind grants allow `permission` on through document grants alone, or
 * `undefined` when a grant on `*`, the plugin or the kind covers every document of it.
 *
 * @example
 * ```ts
 * allowedIds([{ scope: 'pm3/objektplan/plan-a', role: 'viewer' }], 'read', 'pm3/objektplan'); // ['plan-a']
 * ```
 */
export function allowedIds(
  grants: readonly Grant[],
  permission: Permission,
  kind: string,
): string[] | undefined {
  if (allows(grants, permission, kind)) return undefined;
  const ids = grants
    .filter((g) => g.scope.startsWith(`${kind}/`) && atLeast(g.role, NEEDS[permission]))
    .map((g) => g.scope.slice(kind.length + 1));
  return [...new Set(ids)];
}
