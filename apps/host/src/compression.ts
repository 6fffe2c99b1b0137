import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/** Bodies smaller than this are sent as they are: a gzip header would outweigh the saving. */
export const COMPRESS_THRESHOLD_BYTES = 1024;
/** Bodies larger than this are sent as they are (bounded work per request). */
export const COMPRESS_MAX_BYTES = 16 * 1024 * 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

type Encoding = 'br' | 'gzip';

/**
 * The encoding to answer with: brotli when the client takes it (smaller for the portal's
 * scripts), else gzip; none when it names neither or refuses them with `q=0`.
 *
 * @example
 * ```ts
 * chooseEncoding('gzip, deflate, br'); // 'br'
 * chooseEncoding('gzip;q=0'); // undefined
 * ```
 */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  if (header === undefined) return undefined;
  const accepted = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0 && weight('br') >= weight('gzip')) return 'br';
  return weight('gzip') > 0 ? 'gzip' : undefined;
}

/**
 * Compresses responses whose type compresses well (JSON, text, CSV, Markdown, HTML, JavaScript,
 * CSS, SVG) with brotli or gzip, as the client's `Accept-Encoding` allows; in zlib's thread pool,
 * so the event loop keeps serving. Unlike hono's `compress`, it leaves bodies under
 * {@link COMPRESS_THRESHOLD_BYTES} alone and keeps the ETag strong: the host's ETag names a
 * document version (what `If-Match` compares on save), not a byte sequence, and API answers are
 * `no-store`, so no cache mixes encodings.
 *
 * @example
 * ```ts
 * app.use('*', compression());
 * ```
 */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    if (
      c.req.method === 'HEAD' ||
      res.status === 204 ||
      res.status === 206 ||
      res.headers.has('content-encoding') ||
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) ||
      /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(res.headers.get('cache-control') ?? '')
    ) {
      return;
    }
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    if (length < COMPRESS_THRESHOLD_BYTES || length > COMPRESS_MAX_BYTES) return;
    // Asked last and only when the length is unknown: on @hono/node-server, asking an answer
    // for its body turns it into a fetch Response that is then streamed, not written at once
    // (an answer that states a length of 1 kB or more has a body).
    if (Number.isNaN(length) && res.body === null) return;
    const vary = res.headers.get('vary');
    if (vary === null) res.headers.set('Vary', 'Accept-Encoding');
    else if (!/accept-encoding/i.test(vary)) res.headers.set('Vary', `${vary}, Accept-Encoding`);
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if (encoding === undefined) return;
    const bytes = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    let body: Uint8Array = bytes;
    if (bytes.byteLength >= COMPRESS_THRESHOLD_BYTES && bytes.byteLength <= COMPRESS_MAX_BYTES) {
      body =
        encoding === 'br'
          ? await brotliAsync(bytes, {
              params: {
                // Quality 5: most of brotli's gain over gzip at a fraction of its maximum's cost.
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
              },
            })
          : await gzipAsync(bytes, { level: 6 });
      headers.set('Content-Encoding', encoding);
    }
    headers.set('Content-Length', String(body.byteLength));
    c.res = undefined;
    // zlib's Buffers may be views into a shared pool: copy into an ArrayBuffer of their own.
    const owned = new Uint8Array(body.byteLength);
    owned.set(body);
    c.res = new Response(owned.buffer, {
      status: res.status,
      statusText: res.statusText,
      headers,
    });
  };
}
