import { createRoute, z } from '@hono/zod-openapi';
import { approvalBody, approvalBodySchema, assertNoOpenErrors } from '../approval.js';
import { parseJsonExact } from '../http-input.js';
import { requirePermission } from '../auth/permissions.js';
import { jsonDiff } from '../diff.js';
import { toJson } from '../store.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { checkFindings } from './document-findings.js';
import { kindNamesOf } from './documents.js';
import { kindOf, readableDocument } from './kind-access.js';
import {
  documentIdSchema,
  errors,
  intText,
  json,
  kindParams,
  localeQuery,
  versionMetaSchema,
  versionSchema,
} from './schemas.js';

const changeSchema = z
  .object({
    op: z.enum(['add', 'remove', 'replace']),
    path: z.array(z.union([z.string(), z.number().int()])),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .openapi('Change');

const diffSchema = z
  .object({
    kind: z.string(),
    id: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    changes: z.array(changeSchema),
    tables: z
      .array(z.record(z.string(), z.unknown()))
      .optional()
      .openapi({ description: "The plugin differ's tables, when the kind has one" }),
  })
  .openapi('Diff');

/**
 * A document's versions: history, one version, approval (four eyes; a comment and the
 * acknowledged findings; `errorsBlockApproval` refuses open errors) and the diff of two.
 *
 * @example
 * ```ts
 * app.route('/', versionRoutes({ store, users, options }));
 * ```
 */
export function versionRoutes(deps: RouteDeps) {
  const { store, options } = deps;
  const router = newRouter();
  const docPath = kindParams(kindNamesOf(deps).plugins).extend({ id: documentIdSchema });
  const versionPath = docPath.extend({ version: intText() });
  const base = '/api/kinds/{plugin}/{kind}/documents/{id}';

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: `${base}/versions`,
        summary: 'Version history, oldest first, with each version’s approvals',
        request: { params: docPath },
        responses: {
          200: json(
            z.object({ versions: z.array(versionMetaSchema) }).openapi('Versions'),
            'History',
          ),
          ...errors(401, 403, 404),
        },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = readableDocument(store, c.get('principal'), params);
      return c.json({ versions: await store.versions(kind, params.id) }, 200);
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: `${base}/versions/{version}`,
        summary: 'One version',
        request: { params: versionPath },
        responses: { 200: json(versionSchema, 'The version'), ...errors(400, 401, 403, 404) },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = readableDocument(store, c.get('principal'), params);
      return c.json(await store.getVersion(kind, params.id, params.version), 200);
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'post',
        path: `${base}/versions/{version}/approve`,
        summary:
          'Approve a version (approver role; four eyes unless the host allows self-approval). The body is optional: a comment and the findings you saw. With --errors-block-approval, 409 host/open-errors while its checks report errors.',
        request: {
          params: versionPath,
          query: z.object({ locale: localeQuery }),
          body: {
            required: false,
            description: 'Optional: a comment and the findings you saw (read by approvalBody)',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ApprovalRequest' } },
            },
          },
        },
        responses: {
          200: json(versionSchema, 'The version with its approvals'),
          ...errors(400, 401, 403, 404, 409, 415),
        },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = kindOf(store, params);
      requirePermission(c.get('principal'), 'approve', kind, params.id);
      const text = await c.req.text();
      const body = approvalBody(text.trim() === '' ? {} : parseJsonExact(text));
      if (options.errorsBlockApproval === true) {
        const { value } = await store.parsed(kind, params.id, params.version);
        const findings = await checkFindings(store, kind, value, c.get('locale'));
        assertNoOpenErrors(findings, params.version);
      }
      return c.json(
        await store.approve(
          kind,
          params.id,
          params.version,
          c.get('principal').username,
          body.comment,
          {
            allowAuthor: options.allowSelfApproval ?? false,
            acknowledgedFindings: body.acknowledgedFindings,
          },
        ),
        200,
      );
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: `${base}/diff`,
        summary:
          'Diff two versions (default: the current one and the one before): generic JSON changes plus the plugin differ tables when it has one',
        request: {
          params: docPath,
          query: z.object({
            from: intText().optional(),
            to: intText().optional(),
            locale: localeQuery,
          }),
        },
        responses: { 200: json(diffSchema, 'The changes'), ...errors(400, 401, 403, 404) },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = readableDocument(store, c.get('principal'), params);
      const q = c.req.valid('query');
      const to = q.to ?? (await store.currentVersion(kind, params.id));
      const from = q.from ?? Math.max(to - 1, 1);
      const [a, b] = await Promise.all([
        store.parsed(kind, params.id, from),
        store.parsed(kind, params.id, to),
      ]);
      const differ = store.entry(kind).differ;
      const context = await store.context(c.get('locale'));
      const tables = differ === undefined ? undefined : differ.diff(a.value, b.value, context);
      return c.json(
        {
          kind,
          id: params.id,
          from,
          to,
          changes: jsonDiff(a.record.document, b.record.document),
          ...(tables === undefined ? {} : { tables: toJson(tables) }),
        },
        200,
      );
    },
  );
  router.openAPIRegistry.register('ApprovalRequest', approvalBodySchema);
  return router;
}
