import { createRoute, z } from '@hono/zod-openapi';
import { can, requirePermission } from '../auth/permissions.js';
import { TOKEN_LIMITS } from '../auth/tokens.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { errors, json } from './schemas.js';

const tokenRequestSchema = z
  .object({
    name: z.string().max(TOKEN_LIMITS.maxName).optional(),
    expiresInDays: z.number().int().min(1).max(TOKEN_LIMITS.maxDays).optional(),
  })
  .openapi('TokenRequest');

const issuedSchema = z
  .object({
    token: z.string().openapi({ description: 'The token: shown once, stored only as a hash' }),
    id: z.string(),
    expiresAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('IssuedToken');

const tokenInfoSchema = z
  .object({
    id: z.string().openapi({ description: "The first 16 hex digits of the token's SHA-256" }),
    username: z.string(),
    name: z.string(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    expiresAt: z.string().openapi({ format: 'date-time' }),
    revokedAt: z.string().nullable().openapi({ format: 'date-time' }),
  })
  .openapi('TokenInfo');

/**
 * `/api/tokens`: everyone issues, lists and revokes their own API tokens; an admin lists and
 * revokes anyone's (audited).
 *
 * @example
 * ```ts
 * app.route('/', tokenRoutes({ store, users, options }));
 * ```
 */
export function tokenRoutes({ users }: RouteDeps) {
  const router = newRouter();
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'post',
        path: '/api/tokens',
        summary: 'Create an API token for yourself (shown once; `id` names it for revoking)',
        request: { body: { required: true, ...json(tokenRequestSchema, 'Name and lifetime') } },
        responses: { 201: json(issuedSchema, 'The token'), ...errors(400, 401, 403, 409, 415) },
      }),
    ),
    async (c) => {
      const { name, expiresInDays } = c.req.valid('json');
      const p = c.get('principal');
      const issued = await users.issueToken(p.username, name ?? '', p.username, {
        ...(expiresInDays === undefined ? {} : { expiresInDays }),
      });
      return c.json(issued, 201);
    },
  );
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/tokens',
        summary: 'List API tokens (never the tokens): your own, or anyone’s for an admin',
        request: { query: z.object({ username: z.string().max(64).optional() }) },
        responses: {
          200: json(z.object({ tokens: z.array(tokenInfoSchema) }).openapi('Tokens'), 'Tokens'),
          ...errors(400, 401, 403),
        },
      }),
    ),
    async (c) => {
      const p = c.get('principal');
      const { username: asked } = c.req.valid('query');
      if (can(p, 'admin')) return c.json({ tokens: await users.listTokens(asked) }, 200);
      if (asked !== undefined && asked !== p.username) requirePermission(p, 'admin');
      return c.json({ tokens: await users.listTokens(p.username) }, 200);
    },
  );
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'delete',
        path: '/api/tokens/{id}',
        summary: 'Revoke an API token: your own, or anyone’s for an admin (audited)',
        request: { params: z.object({ id: z.string().max(64) }) },
        responses: { 200: json(tokenInfoSchema, 'The revoked token'), ...errors(401, 403, 404) },
      }),
    ),
    async (c) => {
      const p = c.get('principal');
      const owner = can(p, 'admin') ? undefined : p.username;
      return c.json(await users.revokeToken(c.req.valid('param').id, p.username, owner), 200);
    },
  );
  return router;
}
