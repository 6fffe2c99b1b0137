import { createRoute, z } from '@hono/zod-openapi';
import { canSome } from '../auth/permissions.js';
import { schemaKey, type KindSchemas } from '../openapi.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { readableKind } from './kind-access.js';
import { errors, json, kindParams } from './schemas.js';

const titled = z.object({ id: z.string(), title: z.object({ sv: z.string(), en: z.string() }) });

const kindSchema = z
  .object({
    name: z.string(),
    title: z.object({ sv: z.string(), en: z.string() }),
    schemaVersion: z.number().int(),
    plugin: z.object({ name: z.string(), version: z.string() }),
    checks: z.array(titled),
    tables: z.array(titled),
    exporters: z.array(titled.extend({ mediaType: z.string(), fileExtension: z.string() })),
    differ: z.boolean(),
  })
  .openapi('Kind');

/**
 * `/api/kinds`: the document kinds of the loaded plugins a principal may read, and each kind's
 * JSON Schema.
 *
 * @example
 * ```ts
 * app.route('/', kindRoutes({ store, users, options }, kindSchemas(registry)));
 * ```
 */
export function kindRoutes({ store }: RouteDeps, schemas: KindSchemas) {
  const router = newRouter();
  const plugins = [...new Set([...store.registry.kinds.keys()].map((k) => k.split('/')[0] ?? k))];
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/kinds',
        summary: 'Document kinds of the loaded plugins (those you may read)',
        responses: {
          200: json(z.object({ kinds: z.array(kindSchema) }).openapi('Kinds'), 'Kinds'),
          ...errors(401),
        },
      }),
    ),
    (c) => {
      const p = c.get('principal');
      const readable = [...store.registry.kinds.values()].filter((e) =>
        canSome(p, 'read', e.kind.name),
      );
      return c.json(
        {
          kinds: readable.map((e) => ({
            name: e.kind.name,
            title: e.kind.title,
            schemaVersion: e.kind.schemaVersion,
            plugin: { name: e.plugin.manifest.name, version: e.plugin.manifest.version },
            checks: e.checks.map((x) => ({ id: x.id, title: x.title })),
            tables: e.tables.map((x) => ({ id: x.id, title: x.title })),
            exporters: e.exporters.map((x) => ({
              id: x.id,
              title: x.title,
              mediaType: x.mediaType,
              fileExtension: x.fileExtension,
            })),
            differ: e.differ !== undefined,
          })),
        },
        200,
      );
    },
  );
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/kinds/{plugin}/{kind}/schema',
        summary: "A kind's JSON Schema (what a client sends)",
        request: { params: kindParams(plugins) },
        responses: {
          200: json(z.record(z.string(), z.unknown()).openapi('JsonSchema'), 'JSON Schema'),
          ...errors(401, 403, 404),
        },
      }),
    ),
    (c) => {
      const kind = readableKind(store, c.get('principal'), c.req.valid('param'));
      return c.json(schemas.schemas[schemaKey(kind)] ?? {}, 200);
    },
  );
  return router;
}
