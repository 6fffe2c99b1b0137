// The portal decides what to offer exactly as the host decides what to accept: the role list
// and the permission logic are the host's own (apps/host/src/auth/roles.ts), not a copy.
import {
  allows,
  NEEDS,
  ROLES,
  roleOf,
  type Permission as HostPermission,
  type Role,
} from '../../../host/src/auth/roles.js';
import type { Grant } from './api.js';

export { NEEDS, ROLES, type Role };

/** What a user wants to do. */
export type Permission = HostPermission;

/**
 * The strongest role the grants give for a kind, or for one document of it when `id` is given,
 * as the host decides it (scopes `*`, `plugin`, `plugin/kind`, `plugin/kind/document-id`).
 */
export function roleFor(
  grants: readonly Grant[],
  kind?: string,
  id?: string,
): Grant['role'] | undefined {
  return roleOf(grants, kind, id);
}

/**
 * Whether the grants allow a permission on a kind: the portal offers only what the host will
 * accept (the host still checks every request).
 */
export function can(
  grants: readonly Grant[],
  permission: Permission,
  kind?: string,
  id?: string,
): boolean {
  return allows(grants, permission, kind, id);
}
