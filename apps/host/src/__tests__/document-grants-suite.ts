import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { bodyOf, openTestStore, uid, type ErrorBody, type ImportResult } from './helpers.js';

const BASE = '/api/kinds/demo/note/documents';
const note = (title: string) => ({ title, amount: '1', tags: [] });

/** The document-grant suite, on PGlite always and on a PostgreSQL server when one is given. */
export function documentGrantsSuite(label: string, url: string | undefined): void {
  describe(`grants on one document on ${label}`, () => {
    let db: Database;
    let app: ReturnType<typeof createApp>;
    const tokens: Record<string, string> = {};
    const planA = uid('plan-a');
    const planB = uid('plan-b');

    const call = async (method: string, path: string, as: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: {
          authorization: `Bearer ${tokens[as] ?? ''}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });

    beforeAll(async () => {
      const t = await openTestStore(url);
      db = t.db;
      app = createApp(t.store, t.users);
      const users = [
        ['admin', 'admin', '*'],
        ['a-editor', 'editor', `demo/note/${planA}`],
        ['a-approver', 'approver', `demo/note/${planA}`],
      ] as const;
      for (const [username, role, scope] of users) {
        await t.users.create({ username, password: `${username}-password`, role, scope }, 'test');
        tokens[username] = await t.users.createToken(username, 'test', 'test');
      }
      for (const id of [planA, planB]) {
        expect((await call('POST', BASE, 'admin', { id, document: note(id) })).status).toBe(201);
      }
    });
    afterAll(async () => {
      await db.close();
    });

    it('an editor of one plan can read and save it, but not another plan', async () => {
      const ok = await call('PUT', `${BASE}/${planA}`, 'a-editor', {
        baseVersion: 1,
        document: note('edited'),
      });
      expect(ok.status).toBe(200);
      expect((await call('GET', `${BASE}/${planA}`, 'a-editor')).status).toBe(200);
      expect((await call('GET', `${BASE}/${planA}/versions`, 'a-editor')).status).toBe(200);
      const other = await call('PUT', `${BASE}/${planB}`, 'a-editor', {
        baseVersion: 1,
        document: note('hijack'),
      });
      expect(other.status).toBe(403);
      const finding = (await bodyOf<ErrorBody>(other)).error.findings[0];
      expect(finding).toMatchObject({ code: 'host/forbidden', expected: 'editor', actual: 'none' });
      expect(finding?.message.en).toContain(`demo/note/${planB}`);
      expect(finding?.message.sv).toContain(`demo/note/${planB}`);
      expect((await call('GET', `${BASE}/${planB}`, 'a-editor')).status).toBe(403);
      expect((await call('GET', `${BASE}/${planB}/tables`, 'a-editor')).status).toBe(403);
      expect((await call('DELETE', `${BASE}/${planB}`, 'a-editor')).status).toBe(403);
      expect(
        (await call('POST', BASE, 'a-editor', { id: uid('new'), document: note('n') })).status,
      ).toBe(403);
      const imported = await call('POST', '/api/import', 'a-editor', {
        kind: 'demo/note',
        id: planB,
        document: note('via import'),
      });
      expect(imported.status).toBe(422);
      expect((await bodyOf<{ results: ImportResult[] }>(imported)).results[0]?.status).toBe(403);
      expect(
        (
          await bodyOf<{ document: { title: string } }>(
            await call('GET', `${BASE}/${planB}`, 'admin'),
          )
        ).document.title,
      ).toBe(planB);
    });

    it('lists only the granted documents and kinds', async () => {
      const list = await bodyOf<{ documents: { id: string }[] }>(
        await call('GET', `${BASE}?limit=1000`, 'a-editor'),
      );
      expect(list.documents.map((d) => d.id)).toEqual([planA]);
      const kinds = await bodyOf<{ kinds: { name: string }[] }>(
        await call('GET', '/api/kinds', 'a-editor'),
      );
      expect(kinds.kinds.map((k) => k.name)).toEqual(['demo/note']);
      expect((await call('GET', '/api/kinds/demo/memo/documents', 'a-editor')).status).toBe(403);
    });

    it('pages over the granted documents only: a page is full when enough are granted', async () => {
      const granted = [uid('g1'), uid('g2'), uid('g3')];
      // Granted documents first, then newer ungranted ones that lead every unfiltered page.
      for (const id of [...granted, uid('x1'), uid('x2'), uid('x3')]) {
        expect((await call('POST', BASE, 'admin', { id, document: note(id) })).status).toBe(201);
      }
      const res = await call('POST', '/api/users', 'admin', {
        username: 'pager',
        password: 'pager-password-1',
        role: 'viewer',
        scope: `demo/note/${granted[0] ?? ''}`,
      });
      expect(res.status).toBe(201);
      const grants = granted.map((id) => ({ scope: `demo/note/${id}`, role: 'viewer' }));
      expect((await call('PUT', '/api/users/pager/grants', 'admin', { grants })).status).toBe(200);
      const session = await app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'pager', password: 'pager-password-1' }),
      });
      expect(session.status).toBe(200);
      const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = async (query: string): Promise<string[]> => {
        const r = await app.request(`${BASE}?${query}`, { headers: { cookie } });
        expect(r.status).toBe(200);
        return (await bodyOf<{ documents: { id: string }[] }>(r)).documents.map((d) => d.id);
      };
      const newestFirst = [...granted].reverse();
      expect(await page('limit=2')).toEqual(newestFirst.slice(0, 2));
      expect(await page('limit=2&offset=2')).toEqual(newestFirst.slice(2));
      expect(await page('limit=2&offset=4')).toEqual([]);
      expect(await page('limit=1000&deleted=true')).toEqual(newestFirst);
    });

    it('approving is per document too', async () => {
      expect(
        (await call('POST', `${BASE}/${planA}/versions/1/approve`, 'a-editor', {})).status,
      ).toBe(403);
      expect(
        (await call('POST', `${BASE}/${planA}/versions/1/approve`, 'a-approver', {})).status,
      ).toBe(200);
      expect(
        (await call('POST', `${BASE}/${planB}/versions/1/approve`, 'a-approver', {})).status,
      ).toBe(403);
    });

    it('creates document grants over the API and refuses malformed scopes', async () => {
      const res = await call('POST', '/api/users', 'admin', {
        username: 'b-editor',
        password: 'b-editor-password',
        role: 'editor',
        scope: `demo/note/${planB}`,
      });
      expect(res.status).toBe(201);
      expect((await bodyOf<{ grants: unknown[] }>(res)).grants).toEqual([
        { scope: `demo/note/${planB}`, role: 'editor' },
      ]);
      const bad = await call('POST', '/api/users', 'admin', {
        username: 'c-editor',
        password: 'c-editor-password',
        role: 'editor',
        scope: 'demo/note/plan b/x',
      });
      expect(bad.status).toBe(400);
      expect((await bodyOf<ErrorBody>(bad)).error.findings[0]?.code).toBe('host/invalid-scope');
    });
  });
}
