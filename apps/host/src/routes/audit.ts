import { createRoute, z } from '@hono/zod-openapi';
import { registerAuditRoute } from '../audit-route.js';
import { requirePermission } from '../auth/permissions.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { errors, intText, json } from './schemas.js';

const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string().openapi({ format: 'date-time' }),
    actor: z.string(),
    action: z.string(),
    kind: z.string().nullable(),
    documentId: z.string().nullable(),
    version: z.number().int().nullable(),
    detail: z.unknown().openapi({ description: 'What the action changed (by action)' }),
  })
  .openapi('AuditEntry');

/**
 * `/api/audit`: the audit log for administrators (GET), and the document audit of an uploaded
 * file for any reader (POST, nothing stored; see audit-route.ts).
 *
 * @example
 * ```ts
 * app.route('/', auditRoutes({ store, users, options }));
 * ```
 */
export function auditRoutes({ store }: RouteDeps) {
  const router = newRouter();
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/audit',
        summary: 'Audit log, newest first (admin)',
        request: {
          query: z.object({
            kind: z.string().max(200).optional(),
            id: z.string().max(200).optional(),
            limit: intText({ max: 1000 }).optional(),
          }),
        },
        responses: {
          200: json(
            z.object({ entries: z.array(auditEntrySchema) }).openapi('AuditLog'),
            'Entries',
          ),
          ...errors(400, 401, 403),
        },
      }),
    ),
    async (c) => {
      requirePermission(c.get('principal'), 'admin');
      const { kind, id, limit } = c.req.valid('query');
      return c.json(
        {
          entries: await store.auditLog({
            ...(kind === undefined ? {} : { kind }),
            ...(id === undefined ? {} : { id }),
            limit: limit ?? 100,
          }),
        },
        200,
      );
    },
  );
  registerAuditRoute(router, store.registry.plugins);
  return router;
}
