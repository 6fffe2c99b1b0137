import { canSome, requirePermission, type Principal } from '../auth/permissions.js';
import type { DocumentStore } from '../store.js';

/**
 * The kind a route's path names (404 `host/unknown-kind` when no plugin declares it).
 *
 * @example
 * ```ts
 * kindOf(store, { plugin: 'pm3', kind: 'objektplan' }); // 'pm3/objektplan'
 * ```
 */
export function kindOf(store: DocumentStore, params: { plugin: string; kind: string }): string {
  const kind = `${params.plugin}/${params.kind}`;
  store.entry(kind);
  return kind;
}

/**
 * The kind, when the principal may read it or at least one document of it (403 otherwise).
 *
 * @example
 * ```ts
 * readableKind(store, principal, { plugin: 'pm3', kind: 'objektplan' });
 * ```
 */
export function readableKind(
  store: DocumentStore,
  principal: Principal,
  params: { plugin: string; kind: string },
): string {
  const kind = kindOf(store, params);
  if (!canSome(principal, 'read', kind)) requirePermission(principal, 'read', kind);
  return kind;
}

/**
 * The kind of a document route, when the principal may read that document (403 otherwise).
 *
 * @example
 * ```ts
 * readableDocument(store, principal, { plugin: 'pm3', kind: 'objektplan', id: 'plan-a' });
 * ```
 */
export function readableDocument(
  store: DocumentStore,
  principal: Principal,
  params: { plugin: string; kind: string; id: string },
): string {
  const kind = kindOf(store, params);
  requirePermission(principal, 'read', kind, params.id);
  return kind;
}
