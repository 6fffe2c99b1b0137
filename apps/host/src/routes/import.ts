import { createRoute, z } from '@hono/zod-openapi';
import type { Finding } from '@styrkit/core';
import type { Context } from 'hono';
import { requireAnyGrant, requirePermission, type Principal } from '../auth/permissions.js';
import { jsonDiff } from '../diff.js';
import { readEnvelopes, type Envelope } from '../envelope.js';
import { fail, HostError } from '../errors.js';
import { parseJsonExact } from '../http-input.js';
import type { DocumentStore } from '../store.js';
import { isZip, readWorkbook, XLSX_MEDIA_TYPE } from '../xlsx-import.js';
import { parseYamlExact } from '../yaml-bounded.js';
import { readBody } from './body.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { errorBody } from './middleware.js';
import { errors, errorSchema, findingSchema, json } from './schemas.js';

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
  const named = name === '' ? {} : { file: name };
  if (/\.xlsx$/i.test(name) || type.includes('spreadsheetml') || isZip(bytes)) {
    return (await readWorkbook(bytes)).map((e) => ({ ...e, ...named }));
  }
  const text = new TextDecoder().decode(bytes);
  const json = /\.json$/i.test(name) || /json/.test(type);
  const value = json ? parseJsonExact(text) : await parseYamlExact(text);
  return readEnvelopes(value).map((e) => ({ ...e, ...named }));
}

/** The envelopes of an import request: JSON, YAML, an XLSX body, or multipart files. */
async function importEntries(c: Context): Promise<ImportEntry[]> {
  const type = (c.req.header('content-type') ?? 'application/json').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody({ all: true });
    } catch {
      fail(400, 'host/malformed-multipart', {});
    }
    const files = Object.values(form)
      .flat()
      .filter((v): v is File => v instanceof File);
    if (files.length === 0) {
      fail(400, 'host/no-file', { for: 'import' }, { expected: 'a .xlsx, .yaml or .json file' });
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
      fail(400, 'host/empty-body', {});
    }
    return (await readWorkbook(bytes)).map((e) => ({ ...e }));
  }
  return readEnvelopes(await readBody(c, { yaml: true }));
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

const importResultSchema = z
  .object({
    status: z
      .number()
      .int()
      .openapi({ description: '201 created, 200 saved or unchanged, else the error' }),
    file: z.string().optional(),
    sheet: z.string().optional(),
    kind: z.string().optional(),
    id: z.string().optional(),
    version: z.number().int().optional(),
    findings: z.array(findingSchema).optional(),
  })
  .openapi('ImportResult');

const importAnswerSchema = z
  .object({
    imported: z.number().int(),
    failed: z.number().int(),
    results: z.array(importResultSchema),
  })
  .openapi('ImportResults');

const upload = { type: 'string' as const, contentMediaType: 'application/octet-stream' };

/**
 * `POST /api/import`: new documents are created, existing ones get a new version on top of the
 * current one (an import is a deliberate overwrite, recorded with its own message). The body
 * is JSON or YAML envelopes, an XLSX workbook (README: the workbook convention), or a
 * multipart form whose files are any of these.
 *
 * @example
 * ```ts
 * app.route('/', importRoutes({ store, users, options }));
 * ```
 */
export function importRoutes({ store }: RouteDeps) {
  const router = newRouter();
  router.openapi(
    documented(
      router,
      createRoute({
        method: 'post',
        path: '/api/import',
        summary:
          'Import JSON or YAML envelopes or an XLSX workbook (one document per sheet: column A kind, schemaVersion, id, message, document or document.<path>; column B the values)',
        request: {
          body: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Envelopes' } },
              'application/yaml': { schema: { type: 'string' } },
              [XLSX_MEDIA_TYPE]: { schema: upload },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { file: { ...upload, description: '.xlsx, .yaml or .json' } },
                },
              },
            },
          },
        },
        responses: {
          200: json(importAnswerSchema, 'One result per document (some may have failed)'),
          422: json(
            importAnswerSchema.extend({ error: errorSchema.shape.error }).openapi('ImportFailed'),
            'Every document failed (findings)',
          ),
          ...errors(400, 401, 403, 413, 415),
        },
      }),
    ),
    async (c) => {
      const p = c.get('principal');
      // Permission before parsing: a workbook is only opened for someone who may write somewhere.
      requireAnyGrant(p, 'write');
      const entries = await importEntries(c);
      const results = [];
      for (const e of entries) {
        const where = {
          ...(e.file === undefined ? {} : { file: e.file }),
          ...(e.sheet === undefined ? {} : { sheet: e.sheet }),
        };
        if (!e.ok) {
          results.push({ status: 422, ...where, findings: e.error });
          continue;
        }
        try {
          const r = await importEnvelope(store, e.value, p);
          results.push({
            status: r.created ? 201 : 200,
            ...where,
            kind: e.value.kind,
            id: e.value.id,
            version: r.version,
          });
        } catch (error) {
          if (!(error instanceof HostError)) throw error;
          results.push({
            status: error.status,
            ...where,
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
    },
  );
  return router;
}
