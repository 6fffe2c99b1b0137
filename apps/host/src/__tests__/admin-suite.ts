/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- response bodies are untyped JSON checked by expect */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { openTestStore, uid } from './helpers.js';

const BASE = '/api/kinds/demo/note/documents';
const note = (title: string) => ({ title, amount: '1', tags: [] });

/** The admin API suite, on PGlite always and on a PostgreSQL server when one is given. */
export function adminSuite(label: string, url: string | undefined): void {
  describe(`admin API on ${label}: tokens, disabled users, grants, all audited`, () => {
    let db: Database;
    let app: ReturnType<typeof createApp>;
    const tokens: Record<string, string> = {};

    const call = async (method: string, path: string, as: string, body?: unknown) =>
      app.request(path, {
        method,
        headers: {
          authorization: `Bearer ${tokens[as] ?? as}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const json = async (res: Response): Promise<any> => res.json();
    const actions = async (): Promise<{ action: string; actor: string; detail: any }[]> =>
      (await json(await call('GET', '/api/audit?limit=200', 'admin'))).entries;

    beforeAll(async () => {
      const t = await openTestStore(url);
      db = t.db;
      app = createApp(t.store, t.users);
      for (const [username, role] of [
        ['admin', 'admin'],
        ['anna', 'editor'],
        ['bo', 'viewer'],
      ] as const) {
        await t.users.create({ username, password: `${username}-password-1`, role }, 'test');
        tokens[username] = await t.users.createToken(username, 'test', 'test');
      }
    });
    afterAll(async () => {
      await db.close();
    });

    it('revokes a bearer token: lists show ids, never tokens; owners revoke their own, admins any', async () => {
      const created = await json(await call('POST', '/api/tokens', 'anna', { name: 'ci' }));
      expect(created.id).toMatch(/^[0-9a-f]{16}$/);
      const mine = await json(await call('GET', '/api/tokens', 'anna'));
      expect(mine.tokens.map((t: any) => t.name).sort()).toEqual(['ci', 'test']);
      expect(JSON.stringify(mine)).not.toContain(created.token);
      expect((await call('GET', '/api/tokens?username=bo', 'anna')).status).toBe(403);
      // bo cannot revoke anna's token.
      expect((await call('DELETE', `/api/tokens/${created.id}`, 'bo')).status).toBe(404);
      expect((await call('GET', '/api/session', String(created.token))).status).toBe(200);
      const all = await json(await call('GET', '/api/tokens?username=anna', 'admin'));
      expect(all.tokens.some((t: any) => t.id === created.id)).toBe(true);
      const revoked = await call('DELETE', `/api/tokens/${created.id}`, 'admin');
      expect(revoked.status).toBe(200);
      expect((await json(revoked)).revokedAt).not.toBeNull();
      // At once, despite the principal cache.
      expect((await call('GET', '/api/session', String(created.token))).status).toBe(401);
      const again = await call('DELETE', `/api/tokens/${created.id}`, 'admin');
      expect(again.status).toBe(404);
      expect((await json(again)).error.findings[0]).toMatchObject({
        code: 'host/no-such-token',
        message: { sv: expect.any(String), en: expect.any(String) },
      });
      expect((await call('DELETE', '/api/tokens/not-an-id', 'admin')).status).toBe(404);
      // Owners revoke their own.
      const own = await json(await call('POST', '/api/tokens', 'bo', { name: 'mine' }));
      expect((await call('DELETE', `/api/tokens/${own.id}`, 'bo')).status).toBe(200);
      const log = await actions();
      expect(log.filter((e) => e.action === 'token.revoke').map((e) => e.actor)).toEqual([
        'bo',
        'admin',
      ]);
    });

    it('disables and enables a user: sign-in, sessions and tokens stop at once', async () => {
      const session = await app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bo', password: 'bo-password-1' }),
      });
      const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      expect((await call('GET', '/api/kinds', 'bo')).status).toBe(200);
      expect((await call('POST', '/api/users/bo/disable', 'anna')).status).toBe(403);
      const res = await call('POST', '/api/users/bo/disable', 'admin');
      expect(res.status).toBe(200);
      expect((await json(res)).disabled).toBe(true);
      expect((await call('GET', '/api/kinds', 'bo')).status).toBe(401);
      expect((await app.request('/api/session', { headers: { cookie } })).status).toBe(401);
      const signIn = await app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'bo', password: 'bo-password-1' }),
      });
      expect(signIn.status).toBe(401);
      expect((await call('POST', '/api/users/bo/enable', 'admin')).status).toBe(200);
      expect((await call('GET', '/api/kinds', 'bo')).status).toBe(200);
      const self = await call('POST', '/api/users/admin/disable', 'admin');
      expect(self.status).toBe(409);
      expect((await json(self)).error.findings[0].code).toBe('host/cannot-disable-self');
      const nobody = await call('POST', '/api/users/nobody/disable', 'admin');
      expect(nobody.status).toBe(404);
      expect((await json(nobody)).error.findings[0].code).toBe('host/no-such-user');
      const log = await actions();
      expect(log.filter((e) => e.action.startsWith('user.')).map((e) => e.action)).toEqual(
        expect.arrayContaining(['user.disable', 'user.enable']),
      );
      expect(log.find((e) => e.action === 'user.disable')?.detail).toEqual({ username: 'bo' });
    });

    it("changes a user's grants, effective at once, with before and after in the audit log", async () => {
      const id = uid('g');
      expect((await call('POST', BASE, 'bo', { id, document: note('x') })).status).toBe(403);
      const grants = [
        { scope: 'demo/memo', role: 'viewer' },
        { scope: `demo/note/${id}`, role: 'editor' },
      ];
      const res = await call('PUT', '/api/users/bo/grants', 'admin', { grants });
      expect(res.status).toBe(200);
      expect((await json(res)).grants).toEqual(grants);
      expect((await call('POST', BASE, 'bo', { id, document: note('x') })).status).toBe(201);
      expect(
        (await call('POST', BASE, 'bo', { id: uid('other'), document: note('x') })).status,
      ).toBe(403);
      const entry = (await actions()).find((e) => e.action === 'user.grants');
      expect(entry).toMatchObject({
        actor: 'admin',
        detail: { username: 'bo', before: [{ scope: '*', role: 'viewer' }], after: grants },
      });
      const users = await json(await call('GET', '/api/users', 'admin'));
      expect(users.users.find((u: any) => u.username === 'bo').grants).toEqual(grants);
    });

    it('refuses bad grant changes with findings and never locks out the last admin', async () => {
      const bad = await call('PUT', '/api/users/bo/grants', 'admin', {
        grants: [{ scope: 'demo/note', role: 'boss' }],
      });
      expect(bad.status).toBe(400);
      expect((await json(bad)).error.findings[0]).toMatchObject({
        code: 'host/invalid-role',
        path: ['grants', 0, 'role'],
        actual: 'boss',
      });
      const dup = await call('PUT', '/api/users/bo/grants', 'admin', {
        grants: [
          { scope: '*', role: 'viewer' },
          { scope: '*', role: 'editor' },
        ],
      });
      expect((await json(dup)).error.findings[0].code).toBe('host/duplicate-scope');
      expect((await call('PUT', '/api/users/bo/grants', 'admin', { grants: 'all' })).status).toBe(
        400,
      );
      expect((await call('PUT', '/api/users/bo/grants', 'anna', { grants: [] })).status).toBe(403);
      const lockout = await call('PUT', '/api/users/admin/grants', 'admin', {
        grants: [{ scope: 'demo', role: 'admin' }],
      });
      expect(lockout.status).toBe(409);
      expect((await json(lockout)).error.findings[0].code).toBe('host/last-admin');
      // Nothing changed: the admin is still an admin.
      expect((await call('GET', '/api/users', 'admin')).status).toBe(200);
    });
  });
}
