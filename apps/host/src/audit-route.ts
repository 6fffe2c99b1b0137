import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { StyrkitPlugin } from '@styrkit/plugin';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireAnyGrant } from './auth/permissions.js';
import { auditUpload } from './document-audit.js';
import { fail, HostError, hostFinding } from './errors.js';
import { documented, type Env } from './routes/context.js';
import { errors, findingSchema, json, localeQuery } from './routes/schemas.js';

/** The report's shape: its three parts are required; their contents are documents/ and plugins'. */
const auditReportSchema = z
  .object({
    audit: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'Tables, text claims and findings of @styrkit/documents' }),
    recognitions: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: 'Drafts the loaded plugins recognised, with their findings' }),
    findings: z.array(findingSchema),
  })
  .openapi('AuditReport');

/** Limits of `POST /api/audit` (docs/hosting.md, "Limits"). */
export const AUDIT_LIMITS = {
  /** Largest upload: a committee PDF of a few hundred pages. */
  maxBytes: 20 * 1024 * 1024,
  /** Audits running at once; more get 503 with Retry-After, so uploads cannot pile up. */
  concurrency: 2,
} as const;

let running = 0;

/**
 * `POST /api/audit`: upload one Word, Excel, PDF, HTML, Markdown or text file (multipart field
 * `file`, or the raw bytes with `?file=<name>`) and get the document audit with the drafts the
 * loaded plugins recognise. Nothing is stored; a draft is stored by creating it through the
 * documents API. Any signed-in reader may audit. The global 2 MiB body limit does not apply:
 * this route has its own, {@link AUDIT_LIMITS}.
 *
 * @example
 * ```ts
 * registerAuditRoute(app, registry.plugins);
 * ```
 */
export function registerAuditRoute(
  app: OpenAPIHono<Env>,
  plugins: readonly StyrkitPlugin[],
  limits: { maxBytes?: number; concurrency?: number } = {},
): void {
  const maxBytes = limits.maxBytes ?? AUDIT_LIMITS.maxBytes;
  const concurrency = limits.concurrency ?? AUDIT_LIMITS.concurrency;
  const upload = { type: 'string' as const, contentMediaType: 'application/octet-stream' };
  const limit: MiddlewareHandler<Env> = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HostError(413, [
        hostFinding(
          'host/body-too-large',
          { maxBytes, file: true },
          { expected: `<= ${String(maxBytes)}` },
        ),
      ]);
    },
  });
  app.openapi(
    documented(
      app,
      createRoute({
        method: 'post',
        path: '/api/audit',
        summary:
          'Audit a Word, Excel, PDF, HTML, Markdown or text document as it is: its tables, stated totals and text claims, and the drafts the loaded plugins recognise. Nothing is stored; at most 20 MiB.',
        middleware: [limit] as const,
        request: {
          query: z.object({
            locale: localeQuery,
            file: z.string().max(300).optional().openapi({
              description: 'The file name, when the body is the raw file',
            }),
          }),
          body: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: { ...upload, description: '.docx, .xlsx, .pdf, .html, .md or .txt' },
                  },
                  required: ['file'],
                },
              },
              'application/octet-stream': { schema: upload },
            },
          },
        },
        responses: {
          200: json(auditReportSchema, 'The audit report'),
          ...errors(400, 401, 403, 413, 503),
        },
      }),
    ),
    async (c) => {
      // Permission before reading: an outsider's upload costs nothing.
      requireAnyGrant(c.get('principal'), 'read');
      if (running >= concurrency) {
        throw new HostError(503, [hostFinding('host/busy', { with: 'audits' })]);
      }
      running += 1;
      try {
        const { bytes, name } = await uploadOf(c, c.req.valid('query').file);
        const locale = c.get('locale');
        const report = await auditUpload(
          { bytes, ...(name === undefined ? {} : { file: name }), locale },
          plugins,
        );
        return c.json(report);
      } finally {
        running -= 1;
      }
    },
  );
}

async function uploadOf(
  c: Context<Env>,
  nameParam: string | undefined,
): Promise<{ bytes: Uint8Array; name?: string }> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (!type.startsWith('multipart/form-data')) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.length === 0) noFile();
    return { bytes, ...(nameParam === undefined ? {} : { name: nameParam }) };
  }
  let form: Record<string, unknown>;
  try {
    form = await c.req.parseBody();
  } catch {
    fail(400, 'host/malformed-multipart', {});
  }
  const file = form.file;
  if (!(file instanceof File)) noFile();
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

function noFile(): never {
  fail(
    400,
    'host/no-file',
    { for: 'audit' },
    { expected: 'a .docx, .xlsx, .pdf, .html, .md or .txt file' },
  );
}
