import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { CachedBody, notModified } from '../result-cache.js';
import { openTestStore, uid } from './helpers.js';

const BASE = '/api/kinds/demo/note/documents';

describe('ETags of cached checks and tables', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let auth: Record<string, string>;
  const id = uid('etag');

  beforeAll(async () => {
    const t = await openTestStore();
    db = t.db;
    app = createApp(t.store, t.users, {});
    await t.users.create({ username: 'ed', password: 'editor-password-1', role: 'editor' }, 't');
    auth = { authorization: `Bearer ${await t.users.createToken('ed', 'test', 't')}` };
    // The demo kind (fixtures/plugin.ts): a note with a title, an amount and tags.
    await t.store.create({
      kind: 'demo/note',
      id,
      document: { title: 'ETag', amount: '100', tags: [] },
      author: 'ed',
    });
  });
  afterAll(async () => {
    await db.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(path, { headers: { ...auth, ...headers } });

  for (const [what, path] of [
    ['checks', `${BASE}/${id}/checks`],
    ['tables', `${BASE}/${id}/tables?format=json`],
  ] as const) {
    it(`answers ${what} with a weak ETag, 304 to If-None-Match, and a new ETag after a change`, async () => {
      const first = await get(path);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag') ?? '';
      expect(etag).toMatch(/^W\/"[\w-]{20}"$/);
      const body = await first.text();
      expect(JSON.parse(body)).toBeTruthy();
      expect(first.headers.get('content-type')).toMatch(/^application\/json/);
      const again = await get(path);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe(body);
      const cached = await get(path, { 'if-none-match': etag });
      expect(cached.status).toBe(304);
      expect(await cached.text()).toBe('');
      expect((await get(path, { 'if-none-match': 'W/"other"' })).status).toBe(200);
      // A memo changes what the demo check counts (fixtures/plugin.ts:45-53), a save the
      // table: either way the old ETag no longer matches and the new bytes come back.
      await app.request('/api/kinds/demo/memo/documents', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ id: uid('m'), document: { text: what } }),
      });
      const version = Number((await get(`${BASE}/${id}`)).headers.get('etag')?.replace(/"/g, ''));
      await app.request(`${BASE}/${id}`, {
        method: 'PUT',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          baseVersion: version,
          document: { title: `ETag ${what}`, amount: '200', tags: [] },
          message: 'etag',
        }),
      });
      const changed = await get(path, { 'if-none-match': etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
      expect(await changed.text()).not.toBe(body);
    });
  }
});

describe('notModified and CachedBody', () => {
  it('compares ETags weakly, in lists and with *', () => {
    const { etag } = new CachedBody('{"a":1}');
    expect(notModified(etag, etag)).toBe(true);
    expect(notModified(etag.replace(/^W\//, ''), etag)).toBe(true);
    expect(notModified(`W/"x", ${etag}`, etag)).toBe(true);
    expect(notModified('*', etag)).toBe(true);
    expect(notModified('W/"x"', etag)).toBe(false);
    expect(notModified(undefined, etag)).toBe(false);
    expect(new CachedBody('{"a":2}').etag).not.toBe(etag);
    expect(new CachedBody(new TextEncoder().encode('{"a":1}')).etag).toBe(etag);
  });
});
