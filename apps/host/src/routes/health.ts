import { createRoute, z } from '@hono/zod-openapi';
import { serveDocsPage } from '../docs-page.js';
import type { OpenApiDocument } from '../openapi.js';
import { HOST_VERSION } from '../version.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { json } from './schemas.js';

const healthSchema = z
  .object({
    ok: z.boolean(),
    host: z.string().openapi({ description: 'The host version' }),
    engine: z.enum(['pglite', 'postgres']),
    plugins: z.array(z.object({ name: z.string(), version: z.string() })),
  })
  .openapi('Health');

/**
 * The public routes: health, the OpenAPI description (built once, from the routes'
 * definitions, by `describe`) and its docs page; `/` goes to the docs when no portal is served.
 *
 * @example
 * ```ts
 * app.route('/', healthRoutes({ store, users, options }, () => description));
 * ```
 */
export function healthRoutes({ store, options }: RouteDeps, describe: () => OpenApiDocument) {
  const router = newRouter();
  if (options.staticDir === undefined) router.get('/', (c) => c.redirect('/docs'));
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/health',
        summary: 'Health and loaded plugins',
        security: [],
        responses: { 200: json(healthSchema, 'Health') },
      }),
    ),
    (c) =>
      c.json(
        {
          ok: true,
          host: HOST_VERSION,
          engine: store.db.engine,
          plugins: store.registry.plugins.map((p) => ({
            name: p.manifest.name,
            version: p.manifest.version,
          })),
        },
        200,
      ),
  );
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/openapi.json',
        summary: 'This description (OpenAPI 3.1), generated from the routes’ definitions',
        security: [],
        responses: {
          200: json(z.record(z.string(), z.unknown()).openapi('OpenApiDocument'), 'OpenAPI 3.1'),
        },
      }),
    ),
    (c) => c.json(describe(), 200),
  );
  serveDocsPage(router, '/api/openapi.json');
  return router;
}
