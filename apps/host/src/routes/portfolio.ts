import { createRoute, z } from '@hono/zod-openapi';
import { can, canSome, requirePermission } from '../auth/permissions.js';
import { portfolioSummarySchema } from '../portfolio-schema.js';
import { portfolioSummary } from '../portfolio-summary.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { errors, json, localeQuery } from './schemas.js';

/**
 * `GET /api/portfolio`: every live document of the asked kinds (default: every kind the asker
 * may read) in one answer, with title, organisation, year, status, version, approval, budget
 * in kronor and the counts of its checks' findings (issue 18: the portal made three requests
 * per document). Documents the asker may not read are left out.
 *
 * @example
 * ```ts
 * app.route('/', portfolioRoutes({ store, users, options }));
 * ```
 */
export function portfolioRoutes(deps: RouteDeps) {
  const { store } = deps;
  const router = newRouter();
  const known = [...store.registry.kinds.keys()];
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/portfolio',
        summary: 'The portfolio: one row per document of the kinds, with budget and findings',
        request: {
          query: z.object({
            kinds: z
              .string()
              .max(4000)
              .optional()
              .openapi({
                description: `Comma-separated kind names (default: every kind you may read): ${known.join(', ')}`,
                example: 'pm3/objektplan,esf/project',
              }),
            locale: localeQuery,
          }),
        },
        responses: {
          200: json(portfolioSummarySchema.openapi('PortfolioSummary'), 'The portfolio'),
          ...errors(400, 401, 403, 422),
        },
      }),
    ),
    async (c) => {
      const p = c.get('principal');
      const asked = c.req.valid('query').kinds;
      const kinds =
        asked === undefined
          ? known.filter((k) => canSome(p, 'read', k))
          : [...new Set(asked.split(',').map((k) => k.trim()))].filter((k) => k !== '');
      for (const kind of kinds) {
        store.entry(kind); // 404 naming the known kinds
        // The kind, or at least one document of it (403 otherwise), as the document list asks.
        if (!canSome(p, 'read', kind)) requirePermission(p, 'read', kind);
      }
      const summary = await portfolioSummary(store, {
        kinds,
        locale: c.get('locale'),
        canRead: (kind, id) => can(p, 'read', kind, id),
      });
      return c.json(summary, 200);
    },
  );
  return router;
}
