import type { OpenAPIHono } from '@hono/zod-openapi';
import { authenticate } from './auth/authenticate.js';
import type { Users } from './auth/users.js';
import { compression } from './compression.js';
import { buildOpenApi, kindSchemas, type OpenApiDocument } from './openapi.js';
import { auditRoutes } from './routes/audit.js';
import { checkRoutes } from './routes/checks.js';
import { newRouter, type AppOptions, type Env, type RouteDeps } from './routes/context.js';
import { documentRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { importRoutes } from './routes/import.js';
import { kindRoutes } from './routes/kinds.js';
import { portfolioRoutes } from './routes/portfolio.js';
import { useCommonMiddleware } from './routes/middleware.js';
import { errorSchema } from './routes/schemas.js';
import { sessionRoutes } from './routes/session.js';
import { serveSinglePageApp } from './routes/spa.js';
import { tokenRoutes } from './routes/tokens.js';
import { userRoutes } from './routes/users.js';
import { versionRoutes } from './routes/versions.js';
import type { DocumentStore } from './store.js';

export type { AppOptions } from './routes/context.js';
export { importEnvelope } from './routes/import.js';
export { PORTAL_CSP } from './routes/spa.js';

/**
 * Builds the HTTP API over a store: the shared middleware, then every resource's routes
 * (apps/host/src/routes/, each declared once with zod: validation, the OpenAPI description
 * and the portal's client types come from those definitions). Every error is JSON with
 * findings; no stack trace ever leaves the process.
 *
 * @example
 * ```ts
 * const app = createApp(store, new Users(store.db));
 * const res = await app.request('/api/health');
 * ```
 */
export function createApp(
  store: DocumentStore,
  users: Users,
  options: AppOptions = {},
): OpenAPIHono<Env> {
  const app = newRouter();
  // Every error answer refers to this one component.
  app.openAPIRegistry.register('Error', errorSchema);
  const origins = options.corsOrigins ?? [];
  // First, so it compresses every answer, errors and the portal's files included.
  app.use('*', compression());
  useCommonMiddleware(app, { maxBody: options.maxBodyBytes ?? 2 * 1024 * 1024, origins });
  app.use('/api/*', authenticate(users, { origins, trustProxy: options.trustProxy ?? false }));

  const deps: RouteDeps = { store, users, options };
  const kinds = kindSchemas(store.registry);
  let description: OpenApiDocument | undefined;
  const describe = () => (description ??= buildOpenApi(app, kinds));
  app.route('/', healthRoutes(deps, describe));
  app.route('/', sessionRoutes(deps));
  app.route('/', tokenRoutes(deps));
  app.route('/', userRoutes(deps));
  app.route('/', auditRoutes(deps));
  app.route('/', kindRoutes(deps, kinds));
  app.route('/', documentRoutes(deps));
  app.route('/', versionRoutes(deps));
  app.route('/', checkRoutes(deps));
  app.route('/', exportRoutes(deps));
  app.route('/', importRoutes(deps));
  app.route('/', portfolioRoutes(deps));

  if (options.staticDir !== undefined) serveSinglePageApp(app, options.staticDir);
  return app;
}
