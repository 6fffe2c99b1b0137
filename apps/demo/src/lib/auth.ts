import type { Grant } from './api.js';

const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const;
const NEEDS = { read: 'viewer', write: 'editor', approve: 'approver', admin: 'admin' } as const;

/** What a user wants to do. */
export type Permission = keyof typeof NEEDS;

/**
 * The strongest role the grants give for a kind, or for one document of it when `id` is given,
 * as the host decides it (scopes `*`, `plugin`, `plugin/kind`, `plugin/kind/document-id`).
 */
export function roleFor(
  grants: readonly Grant[],
  kind?: string,
  id?: string,
): Grant['role'] | undefined {
  const target = kind === undefined ? undefined : id === undefined ? kind : `${kind}/${id}`;
  let best = -1;
  for (const g of grants) {
    const applies =
      g.scope === '*' ||
      (target !== undefined && (g.scope === target || target.startsWith(`${g.scope}/`)));
    if (applies) best = Math.max(best, ROLES.indexOf(g.role));
  }
  return best < 0 ? undefined : ROLES[best];
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
  const role = roleFor(grants, kind, id);
  return role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(NEEDS[permission]);
}
