import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import type { Env } from './context.js';
import { isApiPath } from './middleware.js';

/**
 * The portal page's Content-Security-Policy: scripts, styles and data only from the host itself
 * (the built app has no inline script), no framing, no plugins.
 */
export const PORTAL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * Serves a built web app from `root`; API and docs routes registered before it win.
 *
 * @example
 * ```ts
 * serveSinglePageApp(app, 'apps/demo/dist');
 * ```
 */
export function serveSinglePageApp(app: Hono<Env>, root: string): void {
  const index = join(root, 'index.html');
  const files: MiddlewareHandler<Env> = serveStatic<Env>({ root });
  app.use('*', async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- Hono types the '*' route's context with an `any` path; the handler reads no path parameters.
    const response = await files(c, next);
    if (response instanceof Response && response.ok) {
      // Vite fingerprints asset names, so they may be cached for good; index.html may not.
      response.headers.set(
        'Cache-Control',
        c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      if (response.headers.get('content-type')?.startsWith('text/html') === true) {
        response.headers.set('Content-Security-Policy', PORTAL_CSP);
      }
    }
    return response;
  });
  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path) || !existsSync(index)) return next();
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Security-Policy', PORTAL_CSP);
    return c.html(await readFile(index, 'utf8'));
  });
}
