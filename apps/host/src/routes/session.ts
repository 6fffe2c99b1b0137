import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { clientAddress } from '../auth/authenticate.js';
import { assertSameOrigin, cookieValue, SESSION_COOKIE } from '../auth/origin.js';
import { RateLimiter } from '../auth/rate-limiter.js';
import { MAX_PASSWORD, MAX_USERNAME } from '../auth/users.js';
import { fail } from '../errors.js';
import { before, documented, newRouter, type RouteDeps } from './context.js';
import { errors, grantSchema, json } from './schemas.js';

/** How long failed sign-ins are remembered (docs/hosting.md, "Limits"). */
const SIGN_IN_WINDOW_MS = 15 * 60_000;

const signInSchema = z
  .object({
    username: z.string().max(MAX_USERNAME),
    password: z.string().max(MAX_PASSWORD),
  })
  .openapi('SignIn');

/** The host's approval settings, so a portal can say before approving what the host will refuse. */
const approvalPolicySchema = z
  .object({
    errorsBlockApproval: z.boolean().openapi({
      description:
        'With --errors-block-approval: open errors refuse approval (409 host/open-errors)',
    }),
    fourEyes: z.boolean().openapi({
      description: 'The author of a version may not approve it (off with --allow-self-approval)',
    }),
  })
  .openapi('ApprovalPolicy');

const signedInSchema = z
  .object({
    username: z.string(),
    grants: z.array(grantSchema),
    csrfToken: z.string(),
    approvalPolicy: approvalPolicySchema,
  })
  .openapi('SignedIn');

const meSchema = z
  .object({
    username: z.string(),
    grants: z.array(grantSchema),
    via: z.enum(['session', 'token', 'local']),
    csrfToken: z.string().nullable(),
    approvalPolicy: approvalPolicySchema,
  })
  .openapi('Me');

/**
 * `/api/session`: sign in (JSON only, never YAML; capped fields; rate-limited per username and
 * address), who am I (with the host's approval policy), sign out.
 *
 * @example
 * ```ts
 * app.route('/', sessionRoutes({ store, users, options }));
 * ```
 */
export function sessionRoutes({ store, users, options }: RouteDeps) {
  const router = newRouter();
  const attempts = options.signInAttempts ?? 5;
  const limiter = new RateLimiter(attempts, SIGN_IN_WINDOW_MS);
  const addressLimiter = new RateLimiter(attempts * 4, SIGN_IN_WINDOW_MS);
  const trustProxy = options.trustProxy ?? false;
  const approvalPolicy = {
    errorsBlockApproval: options.errorsBlockApproval ?? false,
    fourEyes: !(options.allowSelfApproval ?? false),
  };
  const sameSite = before((c) => {
    assertSameOrigin(c, options.corsOrigins ?? [], trustProxy);
  });

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'post',
        path: '/api/session',
        summary: 'Sign in (sets an httpOnly SameSite=Strict cookie; returns the CSRF token)',
        security: [],
        middleware: [sameSite] as const,
        request: { body: { required: true, ...json(signInSchema, 'Username and password') } },
        responses: {
          200: json(signedInSchema, 'Signed in'),
          ...errors(400, 401, 403, 415, 429),
        },
      }),
    ),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const address = clientAddress(c, trustProxy);
      const keys = [`user:${username.toLowerCase()}`, `address:${address}`] as const;
      const wait = Math.max(limiter.blockedFor(keys[0]), addressLimiter.blockedFor(keys[1]));
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        fail(429, 'host/too-many-sign-ins', {});
      }
      const principal = await users.verify(username, password);
      if (principal === undefined) {
        limiter.fail(keys[0]);
        addressLimiter.fail(keys[1]);
        await store.record(username.slice(0, 64), 'auth.sign-in-failed', { address });
        fail(401, 'host/bad-credentials', {});
      }
      limiter.reset(keys[0]);
      const session = await users.createSession(principal.username);
      await store.record(principal.username, 'auth.sign-in', { address });
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
        secure: options.secureCookies ?? false,
        expires: session.expiresAt,
      });
      return c.json(
        {
          username: principal.username,
          grants: principal.grants,
          csrfToken: session.csrfToken,
          approvalPolicy,
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
        path: '/api/session',
        summary: 'Who am I',
        responses: { 200: json(meSchema, 'The principal'), ...errors(401) },
      }),
    ),
    (c) => {
      const p = c.get('principal');
      return c.json(
        {
          username: p.username,
          grants: p.grants,
          via: p.via,
          csrfToken: p.csrfToken ?? null,
          approvalPolicy,
        },
        200,
      );
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'delete',
        path: '/api/session',
        summary: 'Sign out',
        responses: { 204: { description: 'Signed out' }, ...errors(401, 403) },
      }),
    ),
    async (c) => {
      const cookie = cookieValue(c.req.header('cookie'), SESSION_COOKIE);
      if (cookie !== undefined) await users.endSession(cookie);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      await store.record(c.get('principal').username, 'auth.sign-out');
      return c.body(null, 204);
    },
  );
  return router;
}
