import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { fail } from '../errors.js';
import type { Env } from '../routes/context.js';
import { assertCsrf, assertSameOrigin, cookieValue, SESSION_COOKIE } from './origin.js';
import type { Principal } from './permissions.js';
import type { Users } from './users.js';

/** Routes anyone may call: health, the description, sign-in. */
const PUBLIC = new Set(['GET /api/health', 'GET /api/openapi.json', 'POST /api/session']);

/**
 * Whether a request may be answered without a principal.
 *
 * @example
 * ```ts
 * isPublic('POST', '/api/session'); // true
 * ```
 */
export function isPublic(method: string, path: string): boolean {
  return PUBLIC.has(`${method === 'HEAD' ? 'GET' : method} ${path}`);
}

/**
 * The client's address: the first `X-Forwarded-For` entry behind a trusted proxy, else the
 * socket's.
 *
 * @example
 * ```ts
 * clientAddress(c, false); // '127.0.0.1'
 * ```
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded !== undefined && forwarded !== '') return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local'; // requests made in-process (tests) have no socket
  }
}

/**
 * Sets the principal of every non-public `/api` request: a bearer token, or a session cookie
 * (whose writes must come from this site and carry the CSRF token). 401 otherwise.
 *
 * @example
 * ```ts
 * app.use('/api/*', authenticate(users, { origins: [], trustProxy: false }));
 * ```
 */
export function authenticate(
  users: Users,
  options: { origins: readonly string[]; trustProxy: boolean },
): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (isPublic(c.req.method, c.req.path)) return next();
    const auth = c.req.header('authorization');
    let principal: Principal | undefined;
    if (auth?.startsWith('Bearer ') === true) {
      principal = await users.fromToken(auth.slice(7).trim());
    } else {
      const cookie = cookieValue(c.req.header('cookie'), SESSION_COOKIE);
      if (cookie !== undefined) {
        principal = await users.fromSession(cookie);
        const safe = ['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
        if (principal !== undefined && !safe) {
          assertSameOrigin(c, options.origins, options.trustProxy);
          assertCsrf(c.req.header('x-csrf-token'), principal.csrfToken);
        }
      }
    }
    if (principal === undefined) {
      fail(401, 'host/unauthenticated', {});
    }
    c.set('principal', principal);
    await next();
  };
}
