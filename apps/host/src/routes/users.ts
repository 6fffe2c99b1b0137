import { createRoute, z } from '@hono/zod-openapi';
import { requirePermission } from '../auth/permissions.js';
import { MAX_GRANTS, MAX_PASSWORD, MAX_USERNAME } from '../auth/users.js';
import { MAX_SCOPE } from '../auth/roles.js';
import { fail } from '../errors.js';
import { before, documented, newRouter, type RouteDeps } from './context.js';
import { errors, grantSchema, json, roleSchema } from './schemas.js';

const userSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    grants: z.array(grantSchema),
    disabled: z.boolean(),
  })
  .openapi('User');

const newUserSchema = z
  .object({
    username: z.string().max(MAX_USERNAME),
    password: z.string().max(MAX_PASSWORD).openapi({ minLength: 10 }),
    role: roleSchema,
    scope: z.string().max(MAX_SCOPE).optional().openapi({
      description:
        "'*', a plugin name, a kind (pm3/objektplan) or one document (pm3/objektplan/plan-a)",
    }),
  })
  .openapi('NewUser');

/** Permission before the body is read: a non-admin's body costs nothing. */
const adminFirst = before((c) => {
  requirePermission(c.get('principal'), 'admin');
});

const usernameParam = z.object({ username: z.string().max(MAX_USERNAME) });

/**
 * `/api/users`: accounts and grants, for administrators (every change audited; the host never
 * loses its last enabled admin).
 *
 * @example
 * ```ts
 * app.route('/', userRoutes({ store, users, options }));
 * ```
 */
export function userRoutes({ users }: RouteDeps) {
  const router = newRouter();
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/users',
        summary: 'List users (admin)',
        responses: {
          200: json(z.object({ users: z.array(userSchema) }).openapi('Users'), 'Users'),
          ...errors(401, 403),
        },
      }),
    ),
    async (c) => {
      requirePermission(c.get('principal'), 'admin');
      return c.json({ users: await users.list() }, 200);
    },
  );
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'post',
        path: '/api/users',
        summary: 'Create a user (admin)',
        middleware: [adminFirst] as const,
        request: { body: { required: true, ...json(newUserSchema, 'The account') } },
        responses: { 201: json(userSchema, 'Created'), ...errors(400, 401, 403, 409, 415) },
      }),
    ),
    async (c) => {
      const body = c.req.valid('json');
      const user = await users.create(
        {
          username: body.username,
          password: body.password,
          role: body.role,
          ...(body.scope === undefined ? {} : { scope: body.scope }),
        },
        c.get('principal').username,
      );
      return c.json(user, 201);
    },
  );
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'put',
        path: '/api/users/{username}/grants',
        summary: "Replace a user's grants (admin, audited with before and after)",
        middleware: [adminFirst] as const,
        request: {
          params: usernameParam,
          body: {
            required: true,
            ...json(
              z.object({ grants: z.array(grantSchema).max(MAX_GRANTS) }).openapi('Grants'),
              'The new grants',
            ),
          },
        },
        responses: {
          200: json(userSchema, 'The user'),
          ...errors(400, 401, 403, 404, 409, 415),
        },
      }),
    ),
    async (c) => {
      const p = c.get('principal');
      const { username } = c.req.valid('param');
      return c.json(await users.setGrants(username, c.req.valid('json').grants, p.username), 200);
    },
  );
  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    router.openapi(
      documented(
        router,
        createRoute({
          method: 'post',
          path: `/api/users/{username}/${action}`,
          summary: disabled
            ? 'Disable a user: sign-in, sessions and tokens stop (admin, audited)'
            : 'Enable a disabled user (admin, audited)',
          request: { params: usernameParam },
          responses: {
            200: json(userSchema, 'The user'),
            ...errors(401, 403, 404, ...(disabled ? ([409] as const) : [])),
          },
        }),
      ),
      async (c) => {
        const p = c.get('principal');
        requirePermission(p, 'admin');
        const { username } = c.req.valid('param');
        if (disabled && username === p.username) {
          fail(409, 'host/cannot-disable-self', {});
        }
        return c.json(await users.setDisabled(username, disabled, p.username), 200);
      },
    );
  }
  return router;
}
