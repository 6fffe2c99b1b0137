import { OpenAPIHono, z, type OpenAPIHonoOptions, type RouteConfig } from '@hono/zod-openapi';
import type { NumberLocale } from '@styrkit/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { Principal } from '../auth/permissions.js';
import type { Users } from '../auth/users.js';
import type { DocumentStore } from '../store.js';
import { jsonBody } from './body.js';
import { requestRefused } from './validation.js';

/** What every handler finds on its context. */
export type Env = { Variables: { principal: Principal; locale: NumberLocale } };

/** Options of the HTTP app. */
export interface AppOptions {
  /** Largest accepted request body in bytes (default 2 MiB). */
  readonly maxBodyBytes?: number;
  /** Mark cookies Secure (serve behind HTTPS). */
  readonly secureCookies?: boolean;
  /** Failed sign-ins allowed per username in 15 minutes (default 5; per address 4×). */
  readonly signInAttempts?: number;
  /** Take the client address from X-Forwarded-For (only behind a reverse proxy you run). */
  readonly trustProxy?: boolean;
  /** Browser origins allowed to call the API with credentials (e.g. a separate web UI). */
  readonly corsOrigins?: readonly string[];
  /**
   * A built single-page app (e.g. apps/demo/dist) to serve at `/`: files as they are, and
   * index.html for any other GET outside /api, so client-side routes survive a reload.
   */
  readonly staticDir?: string;
  /**
   * Let the author of a version approve it too. Off by default: four eyes, another approver
   * approves what someone wrote (issue 13, "Approval").
   */
  readonly allowSelfApproval?: boolean;
  /**
   * Refuse to approve a version whose checks report errors (409 `host/open-errors` with the
   * errors as findings). Off by default: the approver sees the findings and acknowledges them.
   */
  readonly errorsBlockApproval?: boolean;
}

/** What a route file's handlers work on. */
export interface RouteDeps {
  readonly store: DocumentStore;
  readonly users: Users;
  readonly options: AppOptions;
}

/**
 * The default hook of every route: a request that its zod schemas refuse (body, path, query)
 * is a 400 with one finding per problem, in the host's usual error body.
 *
 * @example
 * ```ts
 * new OpenAPIHono<Env>({ defaultHook: findingsHook });
 * ```
 */
export const findingsHook: NonNullable<OpenAPIHonoOptions<Env>['defaultHook']> = (result) => {
  if (result.success) return;
  // The validator hands the hook what it read; zod reports an issue's input only on request.
  const data: unknown = 'data' in result ? result.data : undefined;
  throw requestRefused(result.error.issues, data);
};

/**
 * A router for one resource's routes: validation by the routes' zod schemas, refusals as
 * findings ({@link findingsHook}).
 *
 * @example
 * ```ts
 * const router = newRouter();
 * ```
 */
export function newRouter(): OpenAPIHono<Env> {
  return new OpenAPIHono<Env>({ defaultHook: findingsHook });
}

/** A route as its handler is typed: the same request schemas, responses by status only. */
type HandledRoute<R extends RouteConfig> = Omit<R, 'responses'> & {
  hide: true;
  responses: { [K in keyof R['responses']]: { description: string } };
};

/**
 * Registers a route's whole definition (request and response schemas) in the router's OpenAPI
 * registry and returns it for `router.openapi(...)` with its responses reduced to their
 * statuses: the request is validated by its schemas as declared, while a handler may answer
 * the store's readonly records without copying them into mutable JSON types. The answers are
 * checked against the response schemas by the test suite (responses.test.ts).
 *
 * @example
 * ```ts
 * router.openapi(documented(router, createRoute({ ... })), (c) => c.json(body, 200));
 * ```
 */
export function documented<R extends RouteConfig>(
  router: OpenAPIHono<Env>,
  route: R,
): HandledRoute<R> {
  // The description holds what a client sees: not the route's middleware.
  const { middleware, hide: _hide, ...definition }: RouteConfig = route;
  router.openAPIRegistry.registerPath(definition);
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, r]) => [
      status,
      { description: 'description' in r ? r.description : '' },
    ]),
  ) as HandledRoute<R>['responses'];
  const bodySchema = zodJsonBody(route);
  if (bodySchema === undefined) return { ...route, hide: true, responses };
  // The body is read once, by jsonBody (exact numbers, caps before scans), not a second time by
  // the library's own JSON validator: the route is handed on without its body definition.
  const { body: _body, ...request } = route.request ?? {};
  const own = middleware === undefined ? [] : Array.isArray(middleware) ? middleware : [middleware];
  return {
    ...route,
    request,
    middleware: [...own, jsonBody(bodySchema)],
    hide: true,
    responses,
  };
}

/** The zod schema of a route's JSON body, when it declares one. */
function zodJsonBody(route: RouteConfig): z.ZodType | undefined {
  const media = route.request?.body?.content['application/json'];
  const schema: unknown = media !== undefined && 'schema' in media ? media.schema : undefined;
  return schema instanceof z.ZodType ? schema : undefined;
}

/**
 * A route middleware that runs a check (a permission, typically) before the route's body is
 * read or validated: what a refused caller sends costs nothing.
 *
 * @example
 * ```ts
 * createRoute({ ..., middleware: [before((c) => requirePermission(c.get('principal'), 'admin'))] });
 * ```
 */
export function before(check: (c: Context<Env>) => void): MiddlewareHandler<Env> {
  return async (c, next) => {
    check(c);
    await next();
  };
}
