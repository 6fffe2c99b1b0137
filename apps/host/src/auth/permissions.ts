import { fail } from '../errors.js';
import {
  allows,
  allowedIds,
  allowsSome,
  atLeast,
  NEEDS,
  roleOf,
  type Grant,
  type Permission,
  type Role,
} from './roles.js';

/** Who is asking, and how they proved it. */
export interface Principal {
  readonly username: string;
  readonly grants: readonly Grant[];
  readonly via: 'session' | 'token' | 'local';
  /** The session's CSRF token (sessions only). */
  readonly csrfToken?: string;
}

/**
 * The strongest role a principal holds for a kind, or for one document of it when `id` is
 * given (see {@link roleOf}).
 *
 * @example
 * ```ts
 * roleFor({ username: 'a', via: 'token', grants: [{ scope: 'pm3', role: 'editor' }] }, 'pm3/objektplan'); // 'editor'
 * ```
 */
export function roleFor(principal: Principal, kind?: string, id?: string): Role | undefined {
  return roleOf(principal.grants, kind, id);
}

/**
 * Whether a principal may do `permission` on a kind, or on one document of it when `id` is given
 * (global when `kind` is absent).
 *
 * @example
 * ```ts
 * can({ username: 'a', via: 'token', grants: [{ scope: '*', role: 'editor' }] }, 'approve'); // false
 * ```
 */
export function can(
  principal: Principal,
  permission: Permission,
  kind?: string,
  id?: string,
): boolean {
  return allows(principal.grants, permission, kind, id);
}

/**
 * Whether a principal may do `permission` on a kind or on at least one document of it.
 *
 * @example
 * ```ts
 * canSome({ username: 'a', via: 'token', grants: [{ scope: 'pm3/objektplan/plan-a', role: 'editor' }] }, 'write', 'pm3/objektplan'); // true
 * ```
 */
export function canSome(principal: Principal, permission: Permission, kind: string): boolean {
  return allowsSome(principal.grants, permission, kind);
}

/**
 * The documents of a kind a principal may do `permission` on through document grants alone, or
 * `undefined` when a wider grant covers every document. Lists filter on these ids before paging.
 *
 * @example
 * ```ts
 * grantedIds({ username: 'a', via: 'token', grants: [{ scope: 'pm3/objektplan/plan-a', role: 'viewer' }] }, 'read', 'pm3/objektplan'); // ['plan-a']
 * ```
 */
export function grantedIds(
  principal: Principal,
  permission: Permission,
  kind: string,
): string[] | undefined {
  return allowedIds(principal.grants, permission, kind);
}

/**
 * Throws 403 unless the principal may do `permission` on `kind` (or on document `id` of it).
 *
 * @example
 * ```ts
 * requirePermission(principal, 'write', 'pm3/objektplan', 'plan-a');
 * ```
 */
export function requirePermission(
  principal: Principal,
  permission: Permission,
  kind?: string,
  id?: string,
): void {
  if (!can(principal, permission, kind, id)) {
    const what = kind === undefined ? '' : id === undefined ? kind : `${kind}/${id}`;
    fail(
      403,
      'host/forbidden',
      { role: NEEDS[permission], ...(what === '' ? {} : { on: what }) },
      { expected: NEEDS[permission], actual: roleFor(principal, kind, id) ?? 'none' },
    );
  }
}

/**
 * Throws 403 unless the principal holds at least the role `permission` needs in some scope:
 * the cheap check made before an upload is parsed.
 *
 * @example
 * ```ts
 * requireAnyGrant(principal, 'write');
 * ```
 */
export function requireAnyGrant(principal: Principal, permission: Permission): void {
  if (!principal.grants.some((g) => atLeast(g.role, NEEDS[permission]))) {
    fail(
      403,
      'host/forbidden',
      { role: NEEDS[permission] },
      { expected: NEEDS[permission], actual: 'none' },
    );
  }
}
