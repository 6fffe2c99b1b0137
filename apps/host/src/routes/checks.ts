import { createRoute, z } from '@hono/zod-openapi';
import { readWithKind, type PartialReading } from '@styrkit/plugin';
import { requireAnyGrant, requirePermission } from '../auth/permissions.js';
import { envelopeSchema, readEnvelopes } from '../envelope.js';
import { HostError } from '../errors.js';
import { checkDocumentBody } from '../document-results.js';
import { notModified } from '../result-cache.js';
import { readBody } from './body.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { checkFindings } from './document-findings.js';
import { kindNamesOf } from './documents.js';
import { readableDocument } from './kind-access.js';
import {
  countsSchema,
  documentIdSchema,
  errors,
  findingSchema,
  intText,
  json,
  kindParams,
  localeQuery,
} from './schemas.js';

/** The envelope, as its own component (a clone: envelope.ts makes it with plain zod). */
export const envelopeComponent = envelopeSchema.clone().openapi('Envelope');

const envelopesSchema = z.union([envelopeComponent, z.array(envelopeComponent)]);

const checksSchema = z
  .object({
    kind: z.string(),
    id: z.string(),
    version: z.number().int(),
    counts: countsSchema,
    findings: z.array(findingSchema),
  })
  .openapi('Checks');

const checkResultsSchema = z
  .object({
    results: z.array(
      z.object({
        kind: z.string().optional(),
        id: z.string().optional(),
        findings: z.array(findingSchema),
      }),
    ),
  })
  .openapi('CheckResults');

/**
 * A document's checks, and `POST /api/check`: envelopes validated and checked without storing
 * them (the API form of `styrkit check`; JSON or bounded YAML).
 *
 * @example
 * ```ts
 * app.route('/', checkRoutes({ store, users, options }));
 * ```
 */
export function checkRoutes(deps: RouteDeps) {
  const { store } = deps;
  const router = newRouter();
  const docPath = kindParams(kindNamesOf(deps).plugins).extend({ id: documentIdSchema });

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: '/api/kinds/{plugin}/{kind}/documents/{id}/checks',
        summary: "Run the kind's checks on a version (the current one by default): findings",
        request: {
          params: docPath,
          query: z.object({ version: intText().optional(), locale: localeQuery }),
        },
        responses: { 200: json(checksSchema, 'Findings'), ...errors(400, 401, 403, 404) },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = readableDocument(store, c.get('principal'), params);
      const { version } = c.req.valid('query');
      // Cached per version and the kinds the checks read, as JSON text (document-results.ts).
      const { body, etag, byteLength } = await checkDocumentBody(store, {
        kind,
        id: params.id,
        locale: c.get('locale'),
        ...(version === undefined ? {} : { version }),
      });
      c.header('ETag', etag);
      if (notModified(c.req.header('if-none-match'), etag)) return c.body(null, 304);
      c.header('Content-Type', 'application/json');
      // Stated, so neither the server nor the compression middleware counts or inspects the body.
      c.header('Content-Length', String(byteLength));
      return c.body(String(body), 200);
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'post',
        path: '/api/check',
        summary: 'Validate and check envelopes without storing them (JSON or YAML)',
        request: {
          query: z.object({ locale: localeQuery }),
          body: {
            required: true,
            description: 'One envelope or a list',
            content: {
              // Read by readBody (exact numbers, bounded YAML) and validated by readEnvelopes.
              'application/json': { schema: { $ref: '#/components/schemas/Envelopes' } },
              'application/yaml': { schema: { type: 'string' } },
            },
          },
        },
        responses: {
          200: json(checkResultsSchema, 'Findings per envelope'),
          ...errors(400, 401, 403, 413, 415, 422),
        },
      }),
    ),
    async (c) => {
      const p = c.get('principal');
      // Permission before parsing: someone who may read nothing gets 403 without any parse cost.
      requireAnyGrant(p, 'read');
      const envelopes = readEnvelopes(await readBody(c, { yaml: true }));
      const locale = c.get('locale');
      const results = await Promise.all(
        envelopes.map(async (e) => {
          if (!e.ok) return { findings: e.error };
          const where = { kind: e.value.kind, id: e.value.id };
          try {
            requirePermission(p, 'read', e.value.kind, e.value.id);
            const { value } = store.validate(
              e.value.kind,
              e.value.id,
              e.value.document,
              e.value.schemaVersion,
            );
            return { ...where, findings: await checkFindings(store, e.value.kind, value, locale) };
          } catch (error) {
            if (!(error instanceof HostError)) throw error;
            // A document with invalid fields is read as far as its kind can read it, and every
            // check that does not depend on those fields still runs (nothing is stored here).
            const partial = error.status === 422 ? readPartially(store, e.value) : undefined;
            if (partial?.value === undefined) return { ...where, findings: [...error.findings] };
            const checked = await checkFindings(store, e.value.kind, partial.value, locale);
            return { ...where, findings: [...partial.findings, ...checked] };
          }
        }),
      );
      return c.json({ results }, 200);
    },
  );
  router.openAPIRegistry.register('Envelopes', envelopesSchema);
  return router;
}

/**
 * The readable part of an envelope's document through its kind's `parsePartial`, when the
 * envelope is at the kind's current schema version (an older one must migrate first).
 */
function readPartially(
  store: RouteDeps['store'],
  envelope: { kind: string; document: unknown; schemaVersion?: number | undefined },
): PartialReading<unknown> | undefined {
  const { kind } = store.entry(envelope.kind);
  if (kind.parsePartial === undefined) return undefined;
  if ((envelope.schemaVersion ?? kind.schemaVersion) !== kind.schemaVersion) return undefined;
  return readWithKind(kind, envelope.document);
}
