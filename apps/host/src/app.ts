import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import {
  countBySeverity,
  sortFindings,
  type Finding,
  type NumberLocale,
  type Table,
} from '@styrkit/core';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { cors } from 'hono/cors';
import { setCookie, deleteCookie } from 'hono/cookie';
import {
  can,
  canSome,
  grantedIds,
  RateLimiter,
  MAX_PASSWORD,
  MAX_USERNAME,
  requireAnyGrant,
  requirePermission,
  ROLES,
  Users,
  type Grant,
  type Principal,
  type Role,
} from './auth.js';
import { registerAuditRoute } from './audit-route.js';
import { docxToPdf } from './pdf-convert.js';
import { jsonDiff } from './diff.js';
import { serveDocsPage } from './docs-page.js';
import { fail, HostError, hostFinding } from './errors.js';
import { readEnvelopes, parseText, type Envelope } from './envelope.js';
import { buildOpenApi, schemaKey } from './openapi.js';
import { approvalBody, assertNoOpenErrors } from './approval.js';
import { parseYamlBounded } from './yaml-bounded.js';
import { assertCleanText, hasBadText, intParam, MAX_INT, parseJsonExact } from './http-input.js';
import { isZip, readWorkbook } from './xlsx-import.js';
import { MEDIA_TYPES, renderTables, TABLE_FORMATS, type TableFormat } from './render.js';
import { DocumentStore, toJson } from './store.js';
import { HOST_VERSION } from './version.js';

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

type Env = { Variables: { principal: Principal; locale: NumberLocale } };

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const SESSION_COOKIE = 'styrkit_session';
const CSRF_HEADER = 'x-csrf-token';

function errorBody(status: number, findings: readonly Finding[]) {
  return { error: { status, findings: sortFindings(findings) } };
}

function localeOf(asked: string | undefined, acceptLanguage: string | undefined): NumberLocale {
  if (asked === 'en' || asked === 'sv') return asked;
  return /^en\b/i.test(acceptLanguage ?? '') ? 'en' : 'sv';
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * Reads a request body as JSON, or (only where `yaml` is allowed: import and check) as YAML
 * with the bounded parser. Everything else, sign-in first of all, takes JSON only.
 */
async function readBody(c: Context, accept: { yaml?: boolean } = {}): Promise<unknown> {
  const type = (c.req.header('content-type') ?? 'application/json').toLowerCase();
  const isYaml = /yaml/.test(type);
  if (!(/json/.test(type) || (isYaml && accept.yaml === true))) {
    const sent =
      accept.yaml === true
        ? 'JSON (application/json) eller YAML (application/yaml)'
        : 'JSON (application/json)';
    const send =
      accept.yaml === true
        ? 'JSON (application/json) or YAML (application/yaml)'
        : 'JSON (application/json)';
    fail(
      415,
      'host/unsupported-media-type',
      { sv: `Skicka ${sent}`, en: `Send ${send}` },
      {
        expected: accept.yaml === true ? 'application/json, application/yaml' : 'application/json',
        actual: type.slice(0, 100),
      },
    );
  }
  const text = await c.req.text();
  if (text.trim() === '') {
    fail(400, 'host/empty-body', { sv: 'Begäran saknar innehåll', en: 'The request has no body' });
  }
  if (isYaml) {
    const value = await parseYamlBounded(text);
    assertCleanText(value);
    return value;
  }
  return parseJsonExact(text);
}

type ImportEntry = ({ ok: true; value: Envelope } | { ok: false; error: Finding[] }) & {
  sheet?: string;
  file?: string;
};

/** Envelopes from one uploaded file: XLSX by name, media type or ZIP signature; else JSON/YAML. */
async function entriesOfFile(
  bytes: Uint8Array,
  name: string,
  type: string,
): Promise<ImportEntry[]> {
  if (/\.xlsx$/i.test(name) || type.includes('spreadsheetml') || isZip(bytes)) {
    return (await readWorkbook(bytes)).map((e) => ({
      ...e,
      ...(name === '' ? {} : { file: name }),
    }));
  }
  const text = new TextDecoder().decode(bytes);
  const json = /\.json$/i.test(name) || /json/.test(type);
  return readEnvelopes(json ? parseText(text, 'json') : await parseYamlBounded(text)).map((e) => ({
    ...e,
    ...(name === '' ? {} : { file: name }),
  }));
}

/** The envelopes of an import request: JSON, YAML, an XLSX body, or multipart files. */
async function importEntries(c: Context): Promise<ImportEntry[]> {
  const type = (c.req.header('content-type') ?? 'application/json').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      fail(400, 'host/malformed-multipart', {
        sv: 'Formuläret (multipart/form-data) går inte att läsa',
        en: 'The form (multipart/form-data) cannot be read',
      });
    }
    const files = Object.values(form)
      .flat()
      .filter((v): v is File => v instanceof File);
    if (files.length === 0) {
      fail(
        400,
        'host/no-file',
        {
          sv: 'Formuläret innehåller ingen fil (skicka t.ex. fältet file)',
          en: 'The form holds no file (send e.g. the field file)',
        },
        { expected: 'a .xlsx, .yaml or .json file' },
      );
    }
    const lists = [];
    for (const f of files) {
      lists.push(await entriesOfFile(new Uint8Array(await f.arrayBuffer()), f.name, f.type));
    }
    return lists.flat();
  }
  if (type.includes('spreadsheetml')) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) {
      fail(400, 'host/empty-body', {
        sv: 'Begäran saknar innehåll',
        en: 'The request has no body',
      });
    }
    return (await readWorkbook(bytes)).map((e) => ({ ...e }));
  }
  return readEnvelopes(await readBody(c, { yaml: true }));
}

function clientAddress(c: Context<Env>, trustProxy: boolean): string {
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field<T>(
  body: unknown,
  key: string,
  check: (v: unknown) => v is T,
  what: { sv: string; en: string },
): T {
  const value = isRecord(body) ? body[key] : undefined;
  if (!check(value)) fail(400, 'host/invalid-request', what, { path: [key] });
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isOptionalString = (v: unknown): v is string | undefined =>
  v === undefined || typeof v === 'string';
const isGrantList = (v: unknown): v is Grant[] =>
  Array.isArray(v) &&
  v.length <= 1000 &&
  v.every((g) => isRecord(g) && typeof g.scope === 'string' && typeof g.role === 'string');
const isPositiveInt = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= MAX_INT;
const isOptionalPositiveInt = (v: unknown): v is number | undefined =>
  v === undefined || isPositiveInt(v);

/** The parts of a create or save request body after the id: the document and its options. */
function documentFields(body: unknown): {
  document: unknown;
  options: { schemaVersion?: number; message?: string };
} {
  const schemaVersion = field(body, 'schemaVersion', isOptionalPositiveInt, {
    sv: 'schemaVersion ska vara ett positivt heltal',
    en: 'schemaVersion must be a positive integer',
  });
  const message = field(body, 'message', isOptionalString, {
    sv: 'message ska vara text',
    en: 'message must be text',
  });
  if (!isRecord(body) || !('document' in body)) {
    fail(
      400,
      'host/invalid-request',
      { sv: 'document saknas', en: 'document is missing' },
      { path: ['document'] },
    );
  }
  return {
    document: body.document,
    options: {
      ...(schemaVersion === undefined ? {} : { schemaVersion }),
      ...(message === undefined ? {} : { message }),
    },
  };
}

/** What the request guards read of a request. */
interface RequestView {
  readonly path: string;
  readonly url: string;
  header(name: string): string | undefined;
  queries(): Record<string, string[]>;
}

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

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
        { sv: 'Sökvägen har en trasig %-kodning', en: 'The path has a broken %-escape' },
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
 * Refuses a cookie-authenticated write (and a sign-in) sent from another site: the `Origin`
 * header, when present, must name this host or one of the configured CORS origins, and
 * `Sec-Fetch-Site: cross-site` is refused. The CSRF token is checked as well; this is the
 * second, independent lock.
 */
function assertSameOrigin(
  c: { req: RequestView },
  allowed: readonly string[],
  trustProxy: boolean,
): void {
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  let ok: boolean;
  if (origin === undefined) ok = site !== 'cross-site';
  else if (allowed.includes(origin)) ok = true;
  else {
    const forwarded = trustProxy
      ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim()
      : undefined;
    const own = forwarded ?? c.req.header('host') ?? new URL(c.req.url).host;
    try {
      ok = new URL(origin).host === own;
    } catch {
      ok = false; // "null" (a sandboxed page) or garbage
    }
  }
  if (!ok) {
    fail(
      403,
      'host/cross-origin',
      {
        sv: `Skrivningar med inloggningskaka tas bara emot från värdens egen webbplats (Origin ${String(origin ?? site).slice(0, 100)})`,
        en: `Writes with the sign-in cookie are only accepted from the host's own site (Origin ${String(origin ?? site).slice(0, 100)})`,
      },
      { expected: 'same origin', actual: String(origin ?? site).slice(0, 100) },
    );
  }
}

/**
 * Builds the HTTP API over a store: kinds, document CRUD with versions, diff, checks, tables,
 * exports, import, users and sessions, OpenAPI and its docs page. Every error is JSON with
 * findings; no stack trace ever leaves the process.
 *
 * @example
 * ```ts
 * const app = createApp(store, new Users(store.db));
 * const res = await app.request('/api/health');
 * ```
 */
export function createApp(store: DocumentStore, users: Users, options: AppOptions = {}): Hono<Env> {
  const app = new Hono<Env>();
  const limiter = new RateLimiter(options.signInAttempts ?? 5, 15 * 60_000);
  const addressLimiter = new RateLimiter((options.signInAttempts ?? 5) * 4, 15 * 60_000);
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024;

  app.onError((error, c) => {
    if (error instanceof HostError) {
      if (error.status === 503) c.header('Retry-After', '5');
      return c.json(errorBody(error.status, error.findings), error.status);
    }
    console.error('[styrkit] unexpected error:', error);
    return c.json(
      errorBody(500, [
        hostFinding('host/internal-error', {
          sv: 'Ett oväntat fel inträffade; det är loggat på servern',
          en: 'An unexpected error occurred; it is logged on the server',
        }),
      ]),
      500,
    );
  });
  app.notFound((c) =>
    c.json(
      errorBody(404, [
        hostFinding('host/no-such-route', {
          sv: `Ingen resurs på ${c.req.method} ${c.req.path}`,
          en: `No resource at ${c.req.method} ${c.req.path}`,
        }),
      ]),
      404,
    ),
  );

  const origins = options.corsOrigins ?? [];
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
          hostFinding(
            'host/body-too-large',
            {
              sv: `Begäran är större än ${maxBody} byte`,
              en: `The request is larger than ${maxBody} bytes`,
            },
            { expected: `<= ${maxBody}` },
          ),
        ]),
        413,
      ),
  });
  // The document audit takes uploads of committee PDFs and has its own, larger limit.
  app.use('/api/*', except('/api/audit', apiBodyLimit));
  app.use('*', async (c, next) => {
    c.set('locale', localeOf(c.req.query('locale'), c.req.header('accept-language')));
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    // API answers are per user and change with every save: no cache may keep them.
    if (isApiPath(c.req.path) && !c.res.headers.has('cache-control')) {
      c.header('Cache-Control', 'no-store');
    }
  });
  // Path segments and query values are text the database must be able to hold.
  app.use('/api/*', async (c, next) => {
    assertCleanRequestText(c);
    await next();
  });

  // Public: health, OpenAPI, docs, sign-in.
  if (options.staticDir === undefined) app.get('/', (c) => c.redirect('/docs'));
  app.get('/api/health', (c) =>
    c.json({
      ok: true,
      host: HOST_VERSION,
      engine: store.db.engine,
      plugins: store.registry.plugins.map((p) => ({
        name: p.manifest.name,
        version: p.manifest.version,
      })),
    }),
  );
  const openapi = buildOpenApi(store.registry);
  app.get('/api/openapi.json', (c) => c.json(openapi));
  serveDocsPage(app, '/api/openapi.json');

  app.post('/api/session', async (c) => {
    assertSameOrigin(c, origins, options.trustProxy ?? false);
    const body = await readBody(c);
    const username = field(body, 'username', isString, {
      sv: 'username saknas',
      en: 'username is missing',
    });
    const password = field(body, 'password', isString, {
      sv: 'password saknas',
      en: 'password is missing',
    });
    // Caps before the limiter and scrypt: no unbounded key is ever stored or hashed.
    for (const [name, value, max] of [
      ['username', username, MAX_USERNAME],
      ['password', password, MAX_PASSWORD],
    ] as const) {
      if (value.length > max) {
        fail(
          400,
          'host/invalid-request',
          {
            sv: `${name} får vara högst ${max} tecken`,
            en: `${name} may be at most ${max} characters`,
          },
          { path: [name], expected: `<= ${max}`, actual: String(value.length) },
        );
      }
    }
    const address = clientAddress(c, options.trustProxy ?? false);
    const keys = [`user:${username.toLowerCase()}`, `address:${address}`];
    const wait = Math.max(
      limiter.blockedFor(keys[0] ?? ''),
      addressLimiter.blockedFor(keys[1] ?? ''),
    );
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      fail(429, 'host/too-many-sign-ins', {
        sv: 'För många misslyckade inloggningar; försök igen senare',
        en: 'Too many failed sign-ins; try again later',
      });
    }
    const principal = await users.verify(username, password);
    if (principal === undefined) {
      limiter.fail(keys[0] ?? '');
      addressLimiter.fail(keys[1] ?? '');
      await store.record(username.slice(0, 64), 'auth.sign-in-failed', { address });
      fail(401, 'host/bad-credentials', {
        sv: 'Fel användarnamn eller lösenord',
        en: 'Wrong username or password',
      });
    }
    limiter.reset(keys[0] ?? '');
    const session = await users.createSession(principal.username);
    await store.record(principal.username, 'auth.sign-in', { address });
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: options.secureCookies ?? false,
      expires: session.expiresAt,
    });
    return c.json({
      username: principal.username,
      grants: principal.grants,
      csrfToken: session.csrfToken,
    });
  });

  // Everything else under /api needs a principal: a bearer token or a session (+ CSRF).
  app.use('/api/*', async (c, next) => {
    const auth = c.req.header('authorization');
    let principal: Principal | undefined;
    if (auth?.startsWith('Bearer ') === true) {
      principal = await users.fromToken(auth.slice(7).trim());
    } else {
      const cookie = cookieValue(c.req.header('cookie'), SESSION_COOKIE);
      if (cookie !== undefined) {
        principal = await users.fromSession(cookie);
        const safe = ['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
        if (principal !== undefined && !safe)
          assertSameOrigin(c, origins, options.trustProxy ?? false);
        if (principal !== undefined && !safe && c.req.header(CSRF_HEADER) !== principal.csrfToken) {
          fail(403, 'host/csrf', {
            sv: `CSRF-token saknas eller är fel (skicka ${CSRF_HEADER})`,
            en: `CSRF token missing or wrong (send ${CSRF_HEADER})`,
          });
        }
      }
    }
    if (principal === undefined) {
      fail(401, 'host/unauthenticated', {
        sv: 'Logga in eller skicka en API-token (Authorization: Bearer …)',
        en: 'Sign in or send an API token (Authorization: Bearer …)',
      });
    }
    c.set('principal', principal);
    await next();
  });

  app.get('/api/session', (c) => {
    const p = c.get('principal');
    return c.json({
      username: p.username,
      grants: p.grants,
      via: p.via,
      csrfToken: p.csrfToken ?? null,
    });
  });
  app.delete('/api/session', async (c) => {
    const cookie = cookieValue(c.req.header('cookie'), SESSION_COOKIE);
    if (cookie !== undefined) await users.endSession(cookie);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    await store.record(c.get('principal').username, 'auth.sign-out');
    return c.body(null, 204);
  });
  app.post('/api/tokens', async (c) => {
    const body = await readBody(c);
    const name = field(body, 'name', isOptionalString, {
      sv: 'name ska vara text',
      en: 'name must be text',
    });
    const expiresInDays = field(body, 'expiresInDays', isOptionalPositiveInt, {
      sv: 'expiresInDays ska vara ett positivt heltal',
      en: 'expiresInDays must be a positive integer',
    });
    const p = c.get('principal');
    const issued = await users.issueToken(p.username, name ?? '', p.username, {
      ...(expiresInDays === undefined ? {} : { expiresInDays }),
    });
    return c.json(issued, 201);
  });
  // Tokens: everyone sees and revokes their own; an admin sees and revokes anyone's.
  app.get('/api/tokens', async (c) => {
    const p = c.get('principal');
    const asked = c.req.query('username');
    if (can(p, 'admin')) return c.json({ tokens: await users.listTokens(asked) });
    if (asked !== undefined && asked !== p.username) requirePermission(p, 'admin');
    return c.json({ tokens: await users.listTokens(p.username) });
  });
  app.delete('/api/tokens/:id', async (c) => {
    const p = c.get('principal');
    const owner = can(p, 'admin') ? undefined : p.username;
    return c.json(await users.revokeToken(c.req.param('id'), p.username, owner));
  });
  app.get('/api/users', async (c) => {
    requirePermission(c.get('principal'), 'admin');
    return c.json({ users: await users.list() });
  });
  app.post('/api/users', async (c) => {
    requirePermission(c.get('principal'), 'admin');
    const body = await readBody(c);
    const username = field(body, 'username', isString, {
      sv: 'username saknas',
      en: 'username is missing',
    });
    const password = field(body, 'password', isString, {
      sv: 'password saknas',
      en: 'password is missing',
    });
    const role = field(body, 'role', (v): v is Role => (ROLES as readonly unknown[]).includes(v), {
      sv: `role ska vara en av ${ROLES.join(', ')}`,
      en: `role must be one of ${ROLES.join(', ')}`,
    });
    const scope = field(body, 'scope', isOptionalString, {
      sv: 'scope ska vara text',
      en: 'scope must be text',
    });
    const user = await users.create(
      { username, password, role, ...(scope === undefined ? {} : { scope }) },
      c.get('principal').username,
    );
    return c.json(user, 201);
  });
  app.put('/api/users/:username/grants', async (c) => {
    const p = c.get('principal');
    requirePermission(p, 'admin');
    const body = await readBody(c);
    const grants = field(body, 'grants', isGrantList, {
      sv: 'grants ska vara en lista av { scope, role }',
      en: 'grants must be a list of { scope, role }',
    });
    return c.json(await users.setGrants(c.req.param('username'), grants, p.username));
  });
  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(`/api/users/:username/${action}`, async (c) => {
      const p = c.get('principal');
      requirePermission(p, 'admin');
      const username = c.req.param('username');
      if (disabled && username === p.username) {
        fail(409, 'host/cannot-disable-self', {
          sv: 'Du kan inte stänga av ditt eget konto',
          en: 'You cannot disable your own account',
        });
      }
      return c.json(await users.setDisabled(username, disabled, p.username));
    });
  }
  app.get('/api/audit', async (c) => {
    requirePermission(c.get('principal'), 'admin');
    const kind = c.req.query('kind');
    const id = c.req.query('id');
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? 100 : intParam(limitText, 'limit', { max: 1000 });
    return c.json({
      entries: await store.auditLog({
        ...(kind === undefined ? {} : { kind }),
        ...(id === undefined ? {} : { id }),
        limit,
      }),
    });
  });

  app.get('/api/kinds', (c) => {
    const p = c.get('principal');
    const readable = [...store.registry.kinds.values()].filter((e) =>
      canSome(p, 'read', e.kind.name),
    );
    return c.json({
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
    });
  });

  const kindOf = (c: Context<Env>): string => {
    const kind = `${c.req.param('plugin') ?? ''}/${c.req.param('kind') ?? ''}`;
    store.entry(kind);
    return kind;
  };
  /** The kind, when the principal may read it or at least one document of it (403 otherwise). */
  const readKind = (c: Context<Env>): string => {
    const kind = kindOf(c);
    const p = c.get('principal');
    if (!canSome(p, 'read', kind)) requirePermission(p, 'read', kind);
    return kind;
  };
  /** The kind of a document route, when the principal may read that document. */
  const read = (c: Context<Env>): string => {
    const kind = kindOf(c);
    requirePermission(c.get('principal'), 'read', kind, c.req.param('id'));
    return kind;
  };
  const base = '/api/kinds/:plugin/:kind';

  app.get(`${base}/schema`, (c) => {
    const kind = readKind(c);
    return c.json(openapi.components.schemas[schemaKey(kind)] ?? {});
  });
  app.get(`${base}/documents`, async (c) => {
    const kind = readKind(c);
    const p = c.get('principal');
    const limitText = c.req.query('limit');
    const offsetText = c.req.query('offset');
    const limit = limitText === undefined ? 100 : intParam(limitText, 'limit', { max: 1000 });
    const offset = offsetText === undefined ? 0 : intParam(offsetText, 'offset', { min: 0 });
    const includeDeleted = c.req.query('deleted') === 'true';
    // With document grants only, the list holds just the documents granted, filtered before
    // paging so every page is full while granted documents remain.
    const ids = grantedIds(p, 'read', kind);
    const documents = await store.list(kind, {
      includeDeleted,
      limit,
      offset,
      ...(ids === undefined ? {} : { ids }),
    });
    return c.json({ documents });
  });
  app.post(`${base}/documents`, async (c) => {
    const kind = kindOf(c);
    const p = c.get('principal');
    if (!canSome(p, 'write', kind)) requirePermission(p, 'write', kind);
    const body = await readBody(c);
    const id = field(body, 'id', isString, { sv: 'id saknas', en: 'id is missing' });
    requirePermission(p, 'write', kind, id);
    const { document, options: saveOptions } = documentFields(body);
    const record = await store.create({
      kind,
      id,
      document,
      author: p.username,
      ...saveOptions,
    });
    c.header('Location', `/api/kinds/${kind}/documents/${id}`);
    c.header('ETag', `"${record.version}"`);
    return c.json(record, 201);
  });
  app.get(`${base}/documents/:id`, async (c) => {
    const kind = read(c);
    const record = await store.getVersion(kind, c.req.param('id'));
    c.header('ETag', `"${record.version}"`);
    return c.json(record);
  });
  app.put(`${base}/documents/:id`, async (c) => {
    const kind = kindOf(c);
    const p = c.get('principal');
    requirePermission(p, 'write', kind, c.req.param('id'));
    const body = await readBody(c);
    const ifMatch = c.req.header('if-match')?.replace(/"/g, '');
    const fromBody = isRecord(body) ? body.baseVersion : undefined;
    const baseVersion =
      fromBody ??
      (ifMatch === undefined ? undefined : /^\d{1,10}$/.test(ifMatch) ? Number(ifMatch) : NaN);
    if (!isPositiveInt(baseVersion)) {
      fail(
        400,
        'host/invalid-request',
        {
          sv: 'baseVersion (versionen du redigerat) saknas; en sparning anger alltid vilken version den bygger på',
          en: 'baseVersion (the version you edited) is missing; a save always names the version it builds on',
        },
        { path: ['baseVersion'] },
      );
    }
    const { document, options: saveOptions } = documentFields(body);
    const record = await store.save({
      kind,
      id: c.req.param('id'),
      baseVersion,
      document,
      author: p.username,
      ...saveOptions,
    });
    c.header('ETag', `"${record.version}"`);
    return c.json(record);
  });
  app.delete(`${base}/documents/:id`, async (c) => {
    const kind = kindOf(c);
    const p = c.get('principal');
    requirePermission(p, 'write', kind, c.req.param('id'));
    const baseText = c.req.query('baseVersion');
    await store.remove(
      kind,
      c.req.param('id'),
      p.username,
      baseText === undefined ? undefined : intParam(baseText, 'baseVersion'),
    );
    return c.body(null, 204);
  });
  app.get(`${base}/documents/:id/versions`, async (c) => {
    const kind = read(c);
    return c.json({ versions: await store.versions(kind, c.req.param('id')) });
  });
  app.get(`${base}/documents/:id/versions/:version`, async (c) => {
    const kind = read(c);
    return c.json(
      await store.getVersion(kind, c.req.param('id'), intParam(c.req.param('version'), 'version')),
    );
  });
  app.post(`${base}/documents/:id/versions/:version/approve`, async (c) => {
    const kind = kindOf(c);
    const p = c.get('principal');
    const id = c.req.param('id');
    requirePermission(p, 'approve', kind, id);
    const text = await c.req.text();
    const body = approvalBody(text.trim() === '' ? {} : parseJsonExact(text));
    const version = intParam(c.req.param('version'), 'version');
    if (options.errorsBlockApproval === true) {
      const { value } = await store.parsed(kind, id, version);
      assertNoOpenErrors(await findingsFor(kind, value, c.get('locale')), version);
    }
    return c.json(
      await store.approve(kind, id, version, p.username, body.comment, {
        allowAuthor: options.allowSelfApproval ?? false,
        acknowledgedFindings: body.acknowledgedFindings,
      }),
    );
  });
  app.get(`${base}/documents/:id/diff`, async (c) => {
    const kind = read(c);
    const id = c.req.param('id');
    const to =
      c.req.query('to') === undefined
        ? await store.currentVersion(kind, id)
        : intParam(c.req.query('to'), 'to');
    const from =
      c.req.query('from') === undefined
        ? Math.max(to - 1, 1)
        : intParam(c.req.query('from'), 'from');
    const [a, b] = await Promise.all([store.parsed(kind, id, from), store.parsed(kind, id, to)]);
    const differ = store.entry(kind).differ;
    const locale = c.get('locale');
    const tables =
      differ === undefined ? undefined : differ.diff(a.value, b.value, await store.context(locale));
    return c.json({
      kind,
      id,
      from,
      to,
      changes: jsonDiff(a.record.document, b.record.document),
      ...(tables === undefined ? {} : { tables: toJson(tables) }),
    });
  });

  const findingsFor = async (
    kind: string,
    value: unknown,
    locale: NumberLocale,
  ): Promise<Finding[]> => {
    const context = await store.context(locale);
    return sortFindings(store.entry(kind).checks.flatMap((check) => check.run(value, context)));
  };
  app.get(`${base}/documents/:id/checks`, async (c) => {
    const kind = read(c);
    const version = c.req.query('version');
    const { record, value } = await store.parsed(
      kind,
      c.req.param('id'),
      version === undefined ? undefined : intParam(version, 'version'),
    );
    const findings = await findingsFor(kind, value, c.get('locale'));
    return c.json({
      kind,
      id: record.id,
      version: record.version,
      counts: countBySeverity(findings),
      findings,
    });
  });

  app.get(`${base}/documents/:id/tables`, async (c) => {
    const kind = read(c);
    const format = (c.req.query('format') ?? 'json') as TableFormat;
    if (!TABLE_FORMATS.includes(format)) {
      fail(
        400,
        'host/invalid-format',
        {
          sv: `format ska vara en av ${TABLE_FORMATS.join(', ')}`,
          en: `format must be one of ${TABLE_FORMATS.join(', ')}`,
        },
        { actual: format },
      );
    }
    const locale = c.get('locale');
    const version = c.req.query('version');
    const id = c.req.param('id');
    const { value } = await store.parsed(
      kind,
      id,
      version === undefined ? undefined : intParam(version, 'version'),
    );
    const views = store.entry(kind).tables.filter((v) => {
      const wanted = c.req.query('view');
      return wanted === undefined || v.id === wanted;
    });
    const context = await store.context(locale);
    let tables: Table[] = views.flatMap((v) => v.render(value, context));
    const only = c.req.query('table');
    if (only !== undefined) tables = tables.filter((t) => t.id === only);
    const output = await renderTables(tables, format, locale, `${kind} ${id}`);
    c.header('Content-Type', MEDIA_TYPES[format]);
    if (format === 'html') {
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    }
    if (format === 'xlsx' || format === 'csv') {
      c.header('Content-Disposition', `attachment; filename="${id}.${format}"`);
    }
    return typeof output === 'string' ? c.body(output) : c.body(output.slice().buffer);
  });

  app.get(`${base}/documents/:id/export`, async (c) => {
    const kind = read(c);
    const exporterId = c.req.query('exporter');
    const entry = store.entry(kind);
    const exporter = entry.exporters.find((e) => e.id === exporterId);
    if (exporter === undefined) {
      fail(
        404,
        'host/unknown-exporter',
        {
          sv: `Okänd export "${String(exporterId)}"`,
          en: `Unknown exporter "${String(exporterId)}"`,
        },
        { expected: entry.exporters.map((e) => e.id).join(', ') },
      );
    }
    const locale = c.get('locale');
    const id = c.req.param('id');
    const { value } = await store.parsed(kind, id);
    const output = await exporter.render(value, await store.context(locale));
    // `format=pdf` turns a Word export into the PDF a committee publishes (LibreOffice).
    if (c.req.query('format') === 'pdf') {
      if (exporter.mediaType !== DOCX_MEDIA_TYPE || typeof output === 'string') {
        fail(
          415,
          'host/pdf-needs-docx',
          {
            sv: `Exporten "${exporter.id}" ger inte Word och kan inte bli PDF`,
            en: `The exporter "${exporter.id}" does not write Word, so it cannot become PDF`,
          },
          { expected: DOCX_MEDIA_TYPE, actual: exporter.mediaType },
        );
      }
      const pdf = await docxToPdf(output);
      c.header('Content-Type', 'application/pdf');
      c.header('Content-Disposition', `attachment; filename="${id}.pdf"`);
      return c.body(pdf.slice().buffer);
    }
    c.header('Content-Type', exporter.mediaType);
    c.header('Content-Disposition', `attachment; filename="${id}.${exporter.fileExtension}"`);
    return typeof output === 'string' ? c.body(output) : c.body(output.slice().buffer);
  });

  // Validate envelopes without storing them: the API form of `styrkit check`.
  app.post('/api/check', async (c) => {
    const p = c.get('principal');
    // Permission before parsing: someone who may read nothing gets 403 without any parse cost.
    requireAnyGrant(p, 'read');
    const envelopes = readEnvelopes(await readBody(c, { yaml: true }));
    const locale = c.get('locale');
    const results = await Promise.all(
      envelopes.map(async (e) => {
        if (!e.ok) return { findings: e.error };
        const base = { kind: e.value.kind, id: e.value.id };
        try {
          requirePermission(p, 'read', e.value.kind, e.value.id);
          const { value } = store.validate(
            e.value.kind,
            e.value.id,
            e.value.document,
            e.value.schemaVersion,
          );
          return { ...base, findings: await findingsFor(e.value.kind, value, locale) };
        } catch (error) {
          if (error instanceof HostError) return { ...base, findings: [...error.findings] };
          throw error;
        }
      }),
    );
    return c.json({ results });
  });

  // Import envelopes: new documents are created, existing ones get a new version on top of the
  // current one (an import is a deliberate overwrite, recorded with its own message). The body
  // is JSON or YAML envelopes, an XLSX workbook (README: the workbook convention), or a
  // multipart form whose files are any of these.
  app.post('/api/import', async (c) => {
    const p = c.get('principal');
    // Permission before parsing: a workbook is only opened for someone who may write somewhere.
    requireAnyGrant(p, 'write');
    const entries = await importEntries(c);
    const results = [];
    for (const e of entries) {
      const sheet = e.sheet === undefined ? {} : { sheet: e.sheet };
      const file = e.file === undefined ? {} : { file: e.file };
      if (!e.ok) {
        results.push({ status: 422, ...file, ...sheet, findings: e.error });
        continue;
      }
      try {
        const r = await importEnvelope(store, e.value, p);
        results.push({
          status: r.created ? 201 : 200,
          ...file,
          ...sheet,
          kind: e.value.kind,
          id: e.value.id,
          version: r.version,
        });
      } catch (error) {
        if (!(error instanceof HostError)) throw error;
        results.push({
          status: error.status,
          ...file,
          ...sheet,
          kind: e.value.kind,
          id: e.value.id,
          findings: error.findings,
        });
      }
    }
    const failed = results.filter((r) => r.status >= 400).length;
    if (failed > 0 && failed === results.length) {
      // Everything failed: the usual error body as well, so every error answer has findings.
      const findings = results.flatMap((r) => ('findings' in r ? r.findings : []));
      return c.json({ imported: 0, failed, results, ...errorBody(422, findings) }, 422);
    }
    return c.json({ imported: results.length - failed, failed, results }, 200);
  });

  registerAuditRoute(app, store.registry.plugins);

  if (options.staticDir !== undefined) serveSinglePageApp(app, options.staticDir);

  return app;
}

/**
 * Imports one envelope: creates the document, or saves a new version on top of the current one
 * when it exists and differs (an unchanged document is left alone).
 *
 * @example
 * ```ts
 * await importEnvelope(store, { kind: 'demo/note', id: 'a', document: { text: 'hej' } }, principal);
 * ```
 */
export async function importEnvelope(
  store: DocumentStore,
  envelope: Envelope,
  principal: Principal,
): Promise<{ created: boolean; version: number }> {
  requirePermission(principal, 'write', envelope.kind, envelope.id);
  const base = {
    kind: envelope.kind,
    id: envelope.id,
    document: envelope.document,
    author: principal.username,
    message: envelope.message ?? 'import',
    ...(envelope.schemaVersion === undefined ? {} : { schemaVersion: envelope.schemaVersion }),
  };
  let current: number | undefined;
  try {
    current = await store.currentVersion(envelope.kind, envelope.id);
  } catch (error) {
    if (!(error instanceof HostError) || error.findings[0]?.code !== 'host/not-found') throw error;
  }
  if (current === undefined) {
    const record = await store.create(base);
    return { created: true, version: record.version };
  }
  const { json } = store.validate(
    envelope.kind,
    envelope.id,
    envelope.document,
    envelope.schemaVersion,
  );
  const existing = await store.getVersion(envelope.kind, envelope.id, current);
  if (jsonDiff(existing.document, json, 1).length === 0)
    return { created: false, version: current };
  const record = await store.save({ ...base, baseVersion: current });
  return { created: false, version: record.version };
}

/**
 * The portal page's Content-Security-Policy: scripts, styles and data only from the host itself
 * (the built app has no inline script), no framing, no plugins.
 */
export const PORTAL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Serves a built web app from `root`; API and docs routes registered before it win. */
function serveSinglePageApp(app: Hono<Env>, root: string): void {
  const index = join(root, 'index.html');
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  const files: MiddlewareHandler<Env> = serveStatic<Env>({ root });
  app.use('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
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
    if (isApi(c.req.path) || !existsSync(index)) return next();
    c.header('Cache-Control', 'no-cache');
    c.header('Content-Security-Policy', PORTAL_CSP);
    return c.html(await readFile(index, 'utf8'));
  });
}
