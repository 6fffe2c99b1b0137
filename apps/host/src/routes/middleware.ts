// What every request passes through: error answers as findings, CORS, the body limit, the
// locale, security headers and clean path and query text.
import { sortFindings, type Finding, type NumberLocale } from '@styrkit/core';
import type { ErrorHandler, Hono, NotFoundHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { CSRF_HEADER, type RequestView } from '../auth/origin.js';
import { fail, HostError, hostFinding, type ErrorStatus } from '../errors.js';
import { assertCleanText, hasBadText } from '../http-input.js';
import type { Env } from './context.js';

/**
 * The error body every error answer has: its status and the findings that explain it.
 *
 * @example
 * ```ts
 * errorBody(404, []).error.status; // 404
 * ```
 */
export function errorBody(status: number, findings: readonly Finding[]) {
  return { error: { status, findings: sortFindings(findings) } };
}

/** Errors raised by Hono itself (a validator's media type gate, a malformed JSON text). */
function fromHttpException(error: HTTPException): HostError {
  const status = ([400, 413, 415] as const).find((s) => s === error.status) ?? 400;
  if (status === 415) {
    return new HostError(415, [hostFinding('host/unsupported-media-type', { yaml: false })]);
  }
  if (status === 413) return new HostError(413, [hostFinding('host/body-too-large', {})]);
  const reason = error.message.slice(0, 200);
  return new HostError(400, [
    hostFinding('host/invalid-request', { problem: 'unreadable', detail: reason }),
  ]);
}

/** Every error as JSON with findings; no stack trace ever leaves the process. */
export const onError: ErrorHandler<Env> = (caught, c) => {
  const error = caught instanceof HTTPException ? fromHttpException(caught) : caught;
  if (error instanceof HostError) {
    if (error.status === 503) c.header('Retry-After', '5');
    return c.json(errorBody(error.status, error.findings), error.status);
  }
  console.error('[styrkit] unexpected error:', error);
  return c.json(errorBody(500, [hostFinding('host/internal-error', {})]), 500);
};

/** 404 with a finding naming the method and path. */
export const notFound: NotFoundHandler<Env> = (c) =>
  c.json(
    errorBody(404, [hostFinding('host/no-such-route', { method: c.req.method, path: c.req.path })]),
    404,
  );

function localeOf(asked: string | undefined, acceptLanguage: string | undefined): NumberLocale {
  if (asked === 'en' || asked === 'sv') return asked;
  return /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'sv';
}

/**
 * Whether a path is under `/api`.
 *
 * @example
 * ```ts
 * isApiPath('/api/health'); // true
 * ```
 */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** 400 when a path segment or query parameter holds NUL, a lone surrogate or broken %-escapes. */
function assertCleanRequestText(c: { req: RequestView }): void {
  for (const segment of c.req.path.split('/')) {
    let text: string;
    try {
      text = decodeURIComponent(segment);
    } catch {
      fail(
        400,
        'host/invalid-text',
        { problem: 'broken-escape' },
        { path: ['path'], actual: segment.slice(0, 100) },
      );
    }
    if (hasBadText(text)) assertCleanText(text, ['path']);
  }
  for (const [key, values] of Object.entries(c.req.queries())) {
    assertCleanText(key, ['query']);
    for (const v of values) assertCleanText(v, ['query', key]);
  }
}

/**
 * Sets headers on the finished answer in place. `c.header` after the handler copies the whole
 * response for each header (on @hono/node-server it also turns the answer into a fetch Response,
 * whose body is then streamed instead of written at once); a response whose headers are
 * immutable (`Response.redirect`, a fetched one) still goes through `c.header`.
 */
function setHeaders(
  c: { readonly res: Response; header: (name: string, value: string) => void },
  headers: readonly (readonly [string, string])[],
): void {
  try {
    const target = c.res.headers;
    for (const [name, value] of headers) target.set(name, value);
  } catch {
    for (const [name, value] of headers) c.header(name, value);
  }
}

/**
 * Installs the shared middleware on an app: error and 404 answers, CORS for the configured
 * origins, the body limit (not on the document audit, which has its own), the locale,
 * security and no-store headers on API answers, and clean request text.
 *
 * @example
 * ```ts
 * useCommonMiddleware(app, { maxBody: 2 * 1024 * 1024, origins: [] });
 * ```
 */
export function useCommonMiddleware(
  app: Hono<Env>,
  options: { maxBody: number; origins: readonly string[] },
): void {
  const { maxBody, origins } = options;
  app.onError(onError);
  app.notFound(notFound);
  if (origins.length > 0) {
    app.use(
      '/api/*',
      cors({
        origin: [...origins],
        credentials: true,
        allowHeaders: ['content-type', 'authorization', 'if-match', CSRF_HEADER],
        allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
        exposeHeaders: ['etag', 'location', 'retry-after'],
      }),
    );
  }
  const apiBodyLimit = bodyLimit({
    maxSize: maxBody,
    onError: (c) =>
      c.json(
        errorBody(413, [
          hostFinding('host/body-too-large', { maxBytes: maxBody }, { expected: `<= ${maxBody}` }),
        ]),
        413 satisfies ErrorStatus,
      ),
  });
  // The document audit takes uploads of committee PDFs and has its own, larger limit. A GET or
  // HEAD has no body (the limit would find none), and asking the request for its body makes
  // @hono/node-server build a whole fetch Request for it (~10 % of a read's CPU): skipped.
  const bodiless = (c: { req: { method: string } }) =>
    c.req.method === 'GET' || c.req.method === 'HEAD';
  app.use('/api/*', except(['/api/audit', bodiless], apiBodyLimit));
  app.use('*', async (c, next) => {
    c.set('locale', localeOf(c.req.query('locale'), c.req.header('accept-language')));
    await next();
    // API answers are per user and change with every save: no cache may keep them.
    const noStore = isApiPath(c.req.path) && !c.res.headers.has('cache-control');
    setHeaders(c, [
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'no-referrer'],
      ...(noStore ? ([['Cache-Control', 'no-store']] as const) : []),
    ]);
  });
  // Path segments and query values are text the database must be able to hold.
  app.use('/api/*', async (c, next) => {
    assertCleanRequestText(c);
    await next();
  });
}
