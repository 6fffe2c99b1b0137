import type { NumberLocale } from '@styrkit/core';
import type { StyrkitPlugin } from '@styrkit/plugin';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireAnyGrant, type Principal } from './auth.js';
import { auditUpload } from './document-audit.js';
import { fail, HostError, hostFinding } from './errors.js';

/** Limits of `POST /api/audit` (docs/hosting.md, "Limits"). */
export const AUDIT_LIMITS = {
  /** Largest upload: a committee PDF of a few hundred pages. */
  maxBytes: 20 * 1024 * 1024,
  /** Audits running at once; more get 503 with Retry-After, so uploads cannot pile up. */
  concurrency: 2,
} as const;

let running = 0;

type Env = { Variables: { principal: Principal; locale: NumberLocale } };

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
  app: Hono<Env>,
  plugins: readonly StyrkitPlugin[],
  limits: { maxBytes?: number; concurrency?: number } = {},
): void {
  const maxBytes = limits.maxBytes ?? AUDIT_LIMITS.maxBytes;
  const concurrency = limits.concurrency ?? AUDIT_LIMITS.concurrency;
  app.post(
    '/api/audit',
    bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        throw new HostError(413, [
          hostFinding(
            'host/body-too-large',
            {
              sv: `Filen är större än ${String(maxBytes)} byte`,
              en: `The file is larger than ${String(maxBytes)} bytes`,
            },
            { expected: `<= ${String(maxBytes)}` },
          ),
        ]);
      },
    }),
    async (c) => {
      // Permission before reading: an outsider's upload costs nothing.
      requireAnyGrant(c.get('principal'), 'read');
      if (running >= concurrency) {
        throw new HostError(503, [
          hostFinding('host/busy', {
            sv: 'Servern granskar redan andra dokument; försök igen om en stund',
            en: 'The server is auditing other documents; try again shortly',
          }),
        ]);
      }
      running += 1;
      try {
        const { bytes, name } = await uploadOf(c, c.req.query('file'));
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
    fail(400, 'host/malformed-multipart', {
      sv: 'Formuläret (multipart/form-data) går inte att läsa',
      en: 'The form (multipart/form-data) cannot be read',
    });
  }
  const file = form.file;
  if (!(file instanceof File)) noFile();
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}

function noFile(): never {
  fail(
    400,
    'host/no-file',
    {
      sv: 'Ingen fil att granska: skicka den i fältet file',
      en: 'No file to audit: send it in the field file',
    },
    { expected: 'a .docx, .xlsx, .pdf, .html, .md or .txt file' },
  );
}
