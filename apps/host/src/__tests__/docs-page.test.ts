import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { openTestStore } from './helpers.js';

describe('the API docs page works on a closed network', () => {
  let app: ReturnType<typeof createApp>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const { db, store, users } = await openTestStore();
    app = createApp(store, users);
    close = () => db.close();
  });
  afterAll(async () => {
    await close();
  });

  it('serves /docs with only local script and style URLs, each of which answers 200', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls).toEqual(
      expect.arrayContaining([
        '/docs/assets/swagger-ui.css',
        '/docs/assets/swagger-ui-bundle.js',
        '/docs/assets/swagger-ui-standalone-preset.js',
        '/docs/assets/init.js',
      ]),
    );
    for (const url of urls) {
      expect(url.startsWith('/docs/assets/')).toBe(true);
      const asset = await app.request(url);
      expect(asset.status, url).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, url).toBeGreaterThan(0);
    }
    const bundle = await app.request('/docs/assets/swagger-ui-bundle.js');
    expect(bundle.headers.get('content-type')).toContain('javascript');
    const init = await (await app.request('/docs/assets/init.js')).text();
    expect(init).toContain('"/api/openapi.json"');
    expect(init).not.toMatch(/https?:\/\//);
  });

  it('answers unknown asset names with a JSON 404, never a file outside the package', async () => {
    const res = await app.request('/docs/assets/package.json');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { findings: { code: string }[] } };
    expect(body.error.findings[0]?.code).toBe('host/no-such-route');
    expect((await app.request('/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });
});
