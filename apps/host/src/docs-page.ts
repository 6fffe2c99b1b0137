import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Hono } from 'hono';
import { escapeHtml } from './render.js';

/** Where the docs page's files are served from (no CDN: a closed network must work). */
export const DOCS_ASSETS = '/docs/assets';

/** The Swagger UI files the page uses, served from the installed `swagger-ui-dist` package. */
const ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/** The page's own start script: a file, not inline, so the page runs under a strict CSP. */
function initScript(specUrl: string): string {
  return `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: ${JSON.stringify(specUrl)},
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    withCredentials: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
});
`;
}

function page(title: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${DOCS_ASSETS}/swagger-ui.css">
<link rel="icon" type="image/png" href="${DOCS_ASSETS}/favicon-32x32.png" sizes="32x32">
</head><body>
<div id="swagger-ui"></div>
<script src="${DOCS_ASSETS}/swagger-ui-bundle.js"></script>
<script src="${DOCS_ASSETS}/swagger-ui-standalone-preset.js"></script>
<script src="${DOCS_ASSETS}/init.js"></script>
</body></html>
`;
}

/** Only same-origin files; Swagger UI sets inline styles and shows data: images. */
const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * Serves the interactive API docs page at `/docs` with Swagger UI from the installed
 * `swagger-ui-dist` package under {@link DOCS_ASSETS}: no CDN, so it works on a closed network.
 *
 * @example
 * ```ts
 * serveDocsPage(app, '/api/openapi.json');
 * ```
 */
export function serveDocsPage<E extends object>(app: Hono<E>, specUrl: string): void {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('swagger-ui-dist/package.json'));
  const cache = new Map<string, Uint8Array>();
  const script = initScript(specUrl);
  const html = page('styrkit host API');

  app.get('/docs', (c) => {
    c.header('Content-Security-Policy', CSP);
    return c.html(html);
  });
  app.get(`${DOCS_ASSETS}/init.js`, (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(script);
  });
  app.get(`${DOCS_ASSETS}/:file`, async (c) => {
    const file = c.req.param('file');
    // Own keys only: `constructor`, `__proto__` and `toString` are not files.
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (typeof type !== 'string') return c.notFound();
    let bytes = cache.get(file);
    if (bytes === undefined) {
      bytes = new Uint8Array(await readFile(join(root, file)));
      cache.set(file, bytes);
    }
    c.header('Content-Type', type);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(bytes.slice().buffer);
  });
}
