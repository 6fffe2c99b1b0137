// The read answers over a real @hono/node-server socket (where the cached-bytes path and the
// in-place headers matter): the same bytes as JSON.stringify of what the store holds, a stated
// Content-Length, the shared headers, compression when asked, and the body limit on writes.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import type { DocumentStore } from '../store.js';
import { openTestStore, uid } from './helpers.js';

const BASE = '/api/kinds/demo/note/documents';

describe('read answers over the node server', () => {
  let db: Database;
  let store: DocumentStore;
  let server: ServerType;
  let url = '';
  let auth: Record<string, string>;
  const id = uid('bytes');

  beforeAll(async () => {
    const t = await openTestStore();
    db = t.db;
    store = t.store;
    await t.users.create({ username: 'ed', password: 'editor-password-1', role: 'editor' }, 't');
    auth = { authorization: `Bearer ${await t.users.createToken('ed', 'test', 't')}` };
    // Long enough (> 1 kB) that the compression middleware takes it.
    const tags = Array.from({ length: 200 }, (_, i) => `tag-${String(i)}`);
    await store.create({
      kind: 'demo/note',
      id,
      document: { title: 'Bytes', amount: '100', tags },
      author: 'ed',
    });
    const app = createApp(t.store, t.users, { maxBodyBytes: 4096 });
    await new Promise<void>((done) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        url = `http://127.0.0.1:${String(info.port)}`;
        done();
      });
    });
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await db.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    // fetch asks for gzip by default: identity unless a test asks otherwise.
    fetch(`${url}${path}`, { headers: { ...auth, 'accept-encoding': 'identity', ...headers } });

  async function expectJsonAnswer(res: Response, expected: unknown): Promise<string> {
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toBe(JSON.stringify(expected));
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    return text;
  }

  it('answers a document as the store holds it, the same bytes on every read and after a save', async () => {
    const record = await store.getVersion('demo/note', id);
    const first = await get(`${BASE}/${id}`);
    expect(first.headers.get('etag')).toBe(`"${String(record.version)}"`);
    const text = await expectJsonAnswer(first, record);
    expect(first.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await (await get(`${BASE}/${id}`)).text()).toBe(text);
    const saved = await store.save({
      kind: 'demo/note',
      id,
      baseVersion: record.version,
      document: { title: 'Bytes, saved', amount: '101', tags: [] },
      author: 'ed',
    });
    const after = await get(`${BASE}/${id}`);
    expect(after.headers.get('etag')).toBe(`"${String(saved.version)}"`);
    await expectJsonAnswer(after, await store.getVersion('demo/note', id));
  });

  it('answers a list page with its total, the same bytes as the page and count', async () => {
    const path = `${BASE}?limit=10&offset=0`;
    const expected = {
      documents: await store.list('demo/note', { limit: 10, offset: 0 }),
      total: await store.count('demo/note'),
      limit: 10,
      offset: 0,
    };
    const text = await expectJsonAnswer(await get(path), expected);
    expect(await (await get(path)).text()).toBe(text);
  });

  it('states the length of checks and tables, and compresses them when asked', async () => {
    for (const path of [`${BASE}/${id}/checks`, `${BASE}/${id}/tables?format=json`]) {
      const plain = await get(path);
      expect(plain.status).toBe(200);
      const text = await plain.text();
      expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(text));
      expect(plain.headers.get('cache-control')).toBe('no-store');
    }
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((done) => {
      void import('node:http').then(({ get: httpGet }) =>
        httpGet(
          `${url}${BASE}/${id}/tables?format=json`,
          { headers: { ...auth, 'accept-encoding': 'gzip' } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => {
              chunks.push(c);
            });
            res.on('end', () => {
              done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) });
            });
          },
        ),
      );
    });
    const plainTables = await (await get(`${BASE}/${id}/tables?format=json`)).text();
    if (Buffer.byteLength(plainTables) >= 1024) {
      expect(raw.encoding).toBe('gzip');
      expect(gunzipSync(raw.body).toString()).toBe(plainTables);
    } else {
      expect(raw.body.toString()).toBe(plainTables);
    }
  });

  it('still limits the body of a write', async () => {
    const res = await fetch(`${url}${BASE}/${id}`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ baseVersion: 1, document: { title: 'x'.repeat(8000) } }),
    });
    expect(res.status).toBe(413);
  });
});
