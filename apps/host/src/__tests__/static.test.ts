import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { openTestStore } from './helpers.js';

describe('serving a built web app beside the API', () => {
  const root = mkdtempSync(join(tmpdir(), 'styrkit-static-'));
  let app: ReturnType<typeof createApp>;
  let close: () => Promise<void>;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log("hi")');
    const { db, store, users } = await openTestStore();
    app = createApp(store, users, { staticDir: root });
    close = () => db.close();
  });
  afterAll(async () => {
    await close();
  });

  it('serves files, fingerprinted assets cached for good', async () => {
    const res = await app.request('/assets/app-1234.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('console.log');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const index = await app.request('/');
    expect(await index.text()).toContain('<title>portal</title>');
    // The portal page runs under a strict CSP: scripts from the host only, no framing.
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('falls back to index.html for client routes, never for the API', async () => {
    const page = await app.request('/objektplan/linkoping-vso-2021-a');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("object-src 'none'");
    expect(await page.text()).toContain('<title>portal</title>');
    const api = await app.request('/api/no-such-thing');
    expect(api.headers.get('content-type')).toContain('application/json');
    expect(await api.text()).not.toContain('<title>portal</title>');
    expect((await app.request('/api/health')).status).toBe(200);
  });
});
