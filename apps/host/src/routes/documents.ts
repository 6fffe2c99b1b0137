import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { canSome, grantedIds, requirePermission } from '../auth/permissions.js';
import { fail } from '../errors.js';
import { MAX_INT } from '../http-input.js';
import { schemaKey } from '../openapi.js';
import { before, documented, newRouter, type RouteDeps } from './context.js';
import { kindOf, readableDocument, readableKind } from './kind-access.js';
import { documentIdSchema, errors, intText, json, kindParams, versionSchema } from './schemas.js';
import type { VersionRecord } from '../store.js';

/** An answer's JSON text and its length in bytes (sent as Content-Length). */
interface JsonText {
  readonly text: string;
  readonly byteLength: number;
}

/**
 * The JSON text of a version record and its length in bytes, made once per record object: on
 * PGlite the store hands every reader the same record until the next write, so 50 readers of
 * a document serialise it once instead of once each (a 10–30 kB body per request).
 */
const recordJson = new WeakMap<VersionRecord, JsonText>();

function jsonOf(record: VersionRecord): JsonText {
  let made = recordJson.get(record);
  if (made === undefined) {
    made = jsonText(record);
    recordJson.set(record, made);
  }
  return made;
}

function jsonText(value: unknown): JsonText {
  const text = JSON.stringify(value);
  return { text, byteLength: Buffer.byteLength(text) };
}

/**
 * A list answer's JSON text per page array: the store hands out the same page array while no
 * document changes (its list cache), so repeated reads of a page serialise it once.
 */
const listJson = new WeakMap<readonly object[], Map<string, JsonText>>();

/** Longest save message, in characters. */
const MAX_MESSAGE = 2000;

const summarySchema = z
  .object({
    kind: z.string(),
    id: z.string(),
    version: z.number().int(),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
    deleted: z.boolean(),
  })
  .openapi('DocumentSummary');

/**
 * The kind's path parameters as a route middleware sees them (before validation).
 *
 * @example
 * ```ts
 * kindOf(store, pathKind(c));
 * ```
 */
export function pathKind(c: Context): { plugin: string; kind: string } {
  return { plugin: c.req.param('plugin') ?? '', kind: c.req.param('kind') ?? '' };
}

/** The kinds' names, for the path enum and the document's oneOf. */
export function kindNamesOf(deps: RouteDeps): { kinds: string[]; plugins: string[] } {
  const kinds = [...deps.store.registry.kinds.keys()];
  return { kinds, plugins: [...new Set(kinds.map((k) => k.split('/')[0] ?? k))] };
}

/**
 * The document of a create or save: any value here (its kind validates it, 422 with findings),
 * described as one of the kinds' schemas. Required: a body without it is a 400.
 */
function documentField(kinds: readonly string[]) {
  return z
    .unknown()
    .refine((v) => v !== undefined, { error: 'document is missing' })
    .openapi({
      description: 'The document; its schema is components.schemas[<kind>]',
      oneOf: kinds.map((k) => ({ $ref: `#/components/schemas/${schemaKey(k)}` })),
    });
}

/**
 * `/api/kinds/{plugin}/{kind}/documents`: list, create, read, save on top of a base version
 * (409 when stale) and soft-delete documents.
 *
 * @example
 * ```ts
 * app.route('/', documentRoutes({ store, users, options }));
 * ```
 */
export function documentRoutes(deps: RouteDeps) {
  const { store } = deps;
  const router = newRouter();
  const { kinds, plugins } = kindNamesOf(deps);
  const kindPath = kindParams(plugins);
  const docPath = kindPath.extend({ id: documentIdSchema });
  const writeFields = {
    document: documentField(kinds),
    schemaVersion: z.number().int().min(1).max(MAX_INT).optional(),
    message: z.string().max(MAX_MESSAGE).optional(),
  };
  const base = '/api/kinds/{plugin}/{kind}/documents';

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: base,
        summary: 'List documents of a kind (newest first; only those granted to you)',
        request: {
          params: kindPath,
          query: z.object({
            deleted: z.enum(['true', 'false']).optional(),
            limit: intText({ max: 1000 }).optional(),
            offset: intText({ min: 0 }).optional(),
          }),
        },
        responses: {
          200: json(
            z
              .object({
                documents: z.array(summarySchema),
                total: z.number().int().openapi({
                  description: 'How many documents the list pages through (same filters)',
                }),
                limit: z.number().int(),
                offset: z.number().int(),
              })
              .openapi('DocumentList'),
            'Documents',
          ),
          ...errors(400, 401, 403, 404),
        },
      }),
    ),
    async (c) => {
      const p = c.get('principal');
      const kind = readableKind(store, p, c.req.valid('param'));
      const q = c.req.valid('query');
      // With document grants only, the list holds just the documents granted, filtered before
      // paging so every page is full while granted documents remain.
      const ids = grantedIds(p, 'read', kind);
      const filter = {
        includeDeleted: q.deleted === 'true',
        ...(ids === undefined ? {} : { ids }),
      };
      const limit = q.limit ?? 100;
      const offset = q.offset ?? 0;
      const [documents, total] = await Promise.all([
        store.list(kind, { ...filter, limit, offset }),
        store.count(kind, filter),
      ]);
      // The same bytes as c.json({ documents, total, limit, offset }), made once per page.
      let texts = listJson.get(documents);
      if (texts === undefined) listJson.set(documents, (texts = new Map<string, JsonText>()));
      const key = `${String(total)} ${String(limit)} ${String(offset)}`;
      let made = texts.get(key);
      if (made === undefined)
        texts.set(key, (made = jsonText({ documents, total, limit, offset })));
      c.header('Content-Type', 'application/json');
      c.header('Content-Length', String(made.byteLength));
      return c.body(made.text, 200);
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'post',
        path: base,
        summary: 'Create a document (version 1)',
        middleware: [
          // Permission on the kind before the body is read.
          before((c) => {
            const kind = kindOf(store, pathKind(c));
            const p = c.get('principal');
            if (!canSome(p, 'write', kind)) requirePermission(p, 'write', kind);
          }),
        ] as const,
        request: {
          params: kindPath,
          body: {
            required: true,
            ...json(
              z.object({ id: documentIdSchema, ...writeFields }).openapi('NewDocument'),
              'The document and its id',
            ),
          },
        },
        responses: {
          201: json(versionSchema, 'Created (version 1)'),
          ...errors(400, 401, 403, 404, 409, 413, 415, 422),
        },
      }),
    ),
    async (c) => {
      const kind = kindOf(store, c.req.valid('param'));
      const p = c.get('principal');
      const body = c.req.valid('json');
      requirePermission(p, 'write', kind, body.id);
      const record = await store.create({
        kind,
        id: body.id,
        document: body.document,
        author: p.username,
        ...(body.schemaVersion === undefined ? {} : { schemaVersion: body.schemaVersion }),
        ...(body.message === undefined ? {} : { message: body.message }),
      });
      c.header('Location', `/api/kinds/${kind}/documents/${body.id}`);
      c.header('ETag', `"${record.version}"`);
      return c.json(record, 201);
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: `${base}/{id}`,
        summary: 'Current version',
        request: { params: docPath },
        responses: { 200: json(versionSchema, 'The current version'), ...errors(401, 403, 404) },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = readableDocument(store, c.get('principal'), params);
      const record = await store.getVersion(kind, params.id);
      c.header('ETag', `"${record.version}"`);
      // The same bytes as c.json(record), serialised once per record (see recordJson).
      const { text, byteLength } = jsonOf(record);
      c.header('Content-Type', 'application/json');
      c.header('Content-Length', String(byteLength));
      return c.body(text, 200);
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'put',
        path: `${base}/{id}`,
        summary: 'Save a new version on top of baseVersion (or If-Match; 409 when stale)',
        middleware: [
          before((c) => {
            const kind = kindOf(store, pathKind(c));
            requirePermission(c.get('principal'), 'write', kind, c.req.param('id') ?? '');
          }),
        ] as const,
        request: {
          params: docPath,
          headers: z.object({
            'if-match': z.string().max(20).optional().openapi({
              description: 'The base version as an ETag ("3"), when the body names none',
            }),
          }),
          body: {
            required: true,
            ...json(
              z
                .object({
                  baseVersion: z.number().int().min(1).max(MAX_INT).optional(),
                  ...writeFields,
                })
                .openapi('SavedDocument'),
              'The document and the version it builds on',
            ),
          },
        },
        responses: {
          200: json(versionSchema, 'The new version'),
          ...errors(400, 401, 403, 404, 409, 413, 415, 422),
        },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = kindOf(store, params);
      const p = c.get('principal');
      const body = c.req.valid('json');
      const ifMatch = c.req.valid('header')['if-match']?.replace(/"/g, '');
      const baseVersion =
        body.baseVersion ??
        (ifMatch !== undefined && /^\d{1,10}$/.test(ifMatch) ? Number(ifMatch) : undefined);
      if (baseVersion === undefined || baseVersion < 1 || baseVersion > MAX_INT) {
        fail(
          400,
          'host/invalid-request',
          { problem: 'base-version-missing' },
          { path: ['baseVersion'] },
        );
      }
      const record = await store.save({
        kind,
        id: params.id,
        baseVersion,
        document: body.document,
        author: p.username,
        ...(body.schemaVersion === undefined ? {} : { schemaVersion: body.schemaVersion }),
        ...(body.message === undefined ? {} : { message: body.message }),
      });
      c.header('ETag', `"${record.version}"`);
      return c.json(record, 200);
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'delete',
        path: `${base}/{id}`,
        summary: 'Soft-delete (with baseVersion: only if it is still the current version)',
        request: { params: docPath, query: z.object({ baseVersion: intText().optional() }) },
        responses: { 204: { description: 'Deleted' }, ...errors(400, 401, 403, 404, 409) },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = kindOf(store, params);
      const p = c.get('principal');
      requirePermission(p, 'write', kind, params.id);
      await store.remove(kind, params.id, p.username, c.req.valid('query').baseVersion);
      return c.body(null, 204);
    },
  );
  return router;
}
