import { createRoute, z } from '@hono/zod-openapi';
import { fail } from '../errors.js';
import { docxToPdf } from '../pdf-convert.js';
import { renderedTables } from '../document-results.js';
import { notModified } from '../result-cache.js';
import { MEDIA_TYPES, TABLE_FORMATS } from '../render.js';
import { documented, newRouter, type RouteDeps } from './context.js';
import { kindNamesOf } from './documents.js';
import { readableDocument } from './kind-access.js';
import { documentIdSchema, errors, intText, kindParams, localeQuery } from './schemas.js';

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const file = { schema: { type: 'string' as const, contentMediaType: 'application/octet-stream' } };
const text = { schema: { type: 'string' as const } };

/**
 * A document's outputs: its tables as JSON, CSV, Markdown, HTML or XLSX, and its kind's
 * exporters (a Word export also as PDF, through LibreOffice).
 *
 * @example
 * ```ts
 * app.route('/', exportRoutes({ store, users, options }));
 * ```
 */
export function exportRoutes(deps: RouteDeps) {
  const { store } = deps;
  const router = newRouter();
  const docPath = kindParams(kindNamesOf(deps).plugins).extend({ id: documentIdSchema });
  const base = '/api/kinds/{plugin}/{kind}/documents/{id}';

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: `${base}/tables`,
        summary: 'Tables as JSON, CSV, Markdown, HTML or XLSX',
        request: {
          params: docPath,
          query: z.object({
            format: z.enum(TABLE_FORMATS).optional(),
            view: z.string().max(200).optional(),
            table: z.string().max(200).optional(),
            version: intText().optional(),
            locale: localeQuery,
          }),
        },
        responses: {
          200: {
            description: 'The rendered tables',
            content: {
              [MEDIA_TYPES.json]: {
                schema: z.array(z.record(z.string(), z.unknown())).openapi('Tables'),
              },
              [MEDIA_TYPES.csv]: text,
              [MEDIA_TYPES.md]: text,
              [MEDIA_TYPES.html]: text,
              [MEDIA_TYPES.xlsx]: file,
            },
          },
          ...errors(400, 401, 403, 404),
        },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = readableDocument(store, c.get('principal'), params);
      const q = c.req.valid('query');
      const format = q.format ?? 'json';
      const locale = c.get('locale');
      // Rendered once per version, view, table, format and locale (document-results.ts).
      const { output, etag, byteLength } = await renderedTables(store, {
        kind,
        id: params.id,
        locale,
        format,
        ...(q.version === undefined ? {} : { version: q.version }),
        ...(q.view === undefined ? {} : { view: q.view }),
        ...(q.table === undefined ? {} : { table: q.table }),
      });
      c.header('ETag', etag);
      if (notModified(c.req.header('if-none-match'), etag)) return c.body(null, 304);
      c.header('Content-Type', MEDIA_TYPES[format]);
      if (format === 'html') {
        c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      }
      if (format === 'xlsx' || format === 'csv') {
        c.header(
          'Content-Disposition',
          `attachment; filename="${tablesFileName(params.id, q, format)}"`,
        );
      }
      // Stated, so neither the server nor the compression middleware counts or inspects the body.
      c.header('Content-Length', String(byteLength));
      return typeof output === 'string' ? c.body(output) : c.body(output.slice().buffer);
    },
  );

  router.openapi(
    documented(
      router,
      createRoute({
        method: 'get',
        path: `${base}/export`,
        summary: "Run one of the kind's exporters (the current version)",
        request: {
          params: docPath,
          query: z.object({
            exporter: z.string().max(200),
            format: z.enum(['pdf']).optional().openapi({
              description:
                "pdf: a Word exporter's document converted to PDF with LibreOffice on the server (503 when it is not installed)",
            }),
            locale: localeQuery,
          }),
        },
        responses: {
          200: {
            description: "The exporter's file (its media type), or PDF",
            content: { 'application/octet-stream': file, 'application/pdf': file },
          },
          ...errors(400, 401, 403, 404, 415, 503),
        },
      }),
    ),
    async (c) => {
      const params = c.req.valid('param');
      const kind = readableDocument(store, c.get('principal'), params);
      const q = c.req.valid('query');
      const entry = store.entry(kind);
      const exporter = entry.exporters.find((e) => e.id === q.exporter);
      if (exporter === undefined) {
        fail(
          404,
          'host/unknown-exporter',
          { exporter: q.exporter },
          { expected: entry.exporters.map((e) => e.id).join(', ') },
        );
      }
      const { value } = await store.parsed(kind, params.id);
      const output = await exporter.render(value, {
        ...(await store.context(c.get('locale'))),
        now: new Date(),
      });
      // `format=pdf` turns a Word export into the PDF a committee publishes (LibreOffice).
      if (q.format === 'pdf') {
        if (exporter.mediaType !== DOCX_MEDIA_TYPE || typeof output === 'string') {
          fail(
            415,
            'host/pdf-needs-docx',
            { exporter: exporter.id },
            { expected: DOCX_MEDIA_TYPE, actual: exporter.mediaType },
          );
        }
        const pdf = await docxToPdf(output);
        c.header('Content-Type', 'application/pdf');
        c.header('Content-Disposition', `attachment; filename="${params.id}.pdf"`);
        return c.body(pdf.slice().buffer);
      }
      c.header('Content-Type', exporter.mediaType);
      c.header(
        'Content-Disposition',
        `attachment; filename="${params.id}.${exporter.fileExtension}"`,
      );
      return typeof output === 'string' ? c.body(output) : c.body(output.slice().buffer);
    },
  );
  return router;
}

/** A file-name part from an id: letters, digits, `.`, `_` and `-` only (no quotes, no paths). */
function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'tables';
}

/**
 * The download name of a table download: the document id and, when one table or view is asked
 * for, its id without the plugin namespace, so a plan's budget, FTE and initiatives tables save
 * as `plan-a-budget-matrix.csv`, `plan-a-fte-matrix.csv` … instead of one name for all.
 *
 * @example
 * ```ts
 * tablesFileName('plan-a', { table: 'pm3/budget-matrix' }, 'csv'); // 'plan-a-budget-matrix.csv'
 * ```
 */
export function tablesFileName(
  id: string,
  query: { readonly table?: string | undefined; readonly view?: string | undefined },
  format: string,
): string {
  const part = query.table ?? query.view;
  const name = part === undefined ? '' : `-${fileNamePart(part.slice(part.lastIndexOf('/') + 1))}`;
  return `${fileNamePart(id)}${name}.${format}`;
}
