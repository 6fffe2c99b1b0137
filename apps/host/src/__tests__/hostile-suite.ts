import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { XLSX_MEDIA_TYPE } from '../xlsx-import.js';
import { bodyOf, openTestStore, uid, zipBomb, type ErrorBody } from './helpers.js';

/** How long a call took, in milliseconds, with its response. */
async function timed(
  call: () => Response | Promise<Response>,
): Promise<{ res: Response; ms: number }> {
  const start = performance.now();
  const res = await call();
  return { res, ms: Math.round(performance.now() - start) };
}

/** Figures for the report: what each hostile request cost to refuse. */
export const refusalTimes: Record<string, number> = {};

/**
 * Hostile requests (issue 14): each must be refused quickly with findings, never a 500, while
 * the server keeps answering. On PGlite always and on PostgreSQL when one is given.
 */
export function hostileSuite(label: string, url: string | undefined): void {
  describe(`hostile requests on ${label}`, () => {
    let db: Database;
    let app: ReturnType<typeof createApp>;
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      const t = await openTestStore(url);
      db = t.db;
      app = createApp(t.store, t.users, { signInAttempts: 3 });
      for (const role of ['viewer', 'editor'] as const) {
        const name = uid(role);
        await t.users.create({ username: name, password: `${role}-password-1`, role }, 'test');
        tokens[role] = await t.users.createToken(name, 'test', 'test');
      }
      const nobody = uid('nobody');
      await t.users.create(
        { username: nobody, password: 'nobody-password-1', role: 'viewer' },
        't',
      );
      await t.db.query('DELETE FROM grants WHERE username = $1', [nobody]);
      tokens.nobody = await t.users.createToken(nobody, 'test', 'test');
    });
    afterAll(async () => {
      await db.close();
    });

    const post = (
      path: string,
      body: NonNullable<RequestInit['body']>,
      type: string,
      as = 'editor',
    ) =>
      app.request(path, {
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[as] ?? ''}`, 'content-type': type },
        body,
      });
    const health = async () => (await timed(() => app.request('/api/health'))).ms;

    it('refuses an XLSX zip bomb (450 MiB of sheet XML in ~0.5 MB) before parsing it', async () => {
      const bomb = await zipBomb(450);
      expect(bomb.length).toBeLessThan(1_500_000);
      const { res, ms } = await timed(() => post('/api/import', bomb, XLSX_MEDIA_TYPE));
      expect(res.status).toBe(413);
      const body = await bodyOf<ErrorBody>(res);
      expect(body.error.findings[0]).toMatchObject({ code: 'host/xlsx-too-large' });
      expect(ms).toBeLessThan(2_000);
      refusalTimes['XLSX bomb, honest sizes'] = ms;
      // A bomb whose headers lie about its size is stopped by the inflate cap.
      const liar = await zipBomb(450, 1000);
      const lying = await timed(() => post('/api/import', liar, XLSX_MEDIA_TYPE));
      expect(lying.res.status).toBe(413);
      expect(lying.ms).toBeLessThan(3_000);
      refusalTimes['XLSX bomb, lying sizes'] = lying.ms;
      // …and through /api/check as a multipart file.
      const form = new FormData();
      form.append('file', new Blob([liar]), 'bomb.xlsx');
      const multipart = await timed(() =>
        app.request('/api/import', {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens.editor ?? ''}` },
          body: form,
        }),
      );
      expect(multipart.res.status).toBe(413);
      expect(await health()).toBeLessThan(1_000);
    });

    it('checks permission before opening an upload: a viewer cannot make the host parse a workbook', async () => {
      const bomb = await zipBomb(450, 1000);
      const { res, ms } = await timed(() => post('/api/import', bomb, XLSX_MEDIA_TYPE, 'viewer'));
      expect(res.status).toBe(403);
      expect(ms).toBeLessThan(500);
      refusalTimes['XLSX upload by a viewer'] = ms;
      const check = await timed(() =>
        post('/api/check', '{"kind":"demo/note"}', 'application/json', 'nobody'),
      );
      expect(check.res.status).toBe(403);
    });

    it('never reads YAML at sign-in: a 2 MiB YAML body gets 415 at once', async () => {
      const yaml = `[${'a,'.repeat(1024 * 1024 - 2)}a]`;
      const { res, ms } = await timed(() =>
        app.request('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/yaml' },
          body: yaml,
        }),
      );
      expect([413, 415]).toContain(res.status);
      const body = await bodyOf<ErrorBody>(res);
      expect(body.error.findings[0]?.code).toMatch(/host\/(unsupported-media-type|body-too-large)/);
      expect(ms).toBeLessThan(500);
      refusalTimes['2 MiB YAML at sign-in'] = ms;
    });

    it('bounds YAML where it is accepted: size limit, and a slow parse runs off the main thread', async () => {
      const big = `[${'1,'.repeat(300 * 1024)}1]`;
      const tooBig = await timed(() => post('/api/check', big, 'application/yaml'));
      expect(tooBig.res.status).toBe(413);
      expect((await bodyOf<ErrorBody>(tooBig.res)).error.findings[0]?.code).toBe(
        'host/yaml-too-large',
      );
      refusalTimes['600 kB YAML at /api/check'] = tooBig.ms;
      // 480 kB of aliases: refused by the alias limit, parsed in a worker; meanwhile the host
      // answers other requests at once.
      const aliases = `a: &a [1]\nb: [${'*a,'.repeat(160 * 1024)}*a]`;
      const pending = timed(() => post('/api/check', aliases, 'application/yaml'));
      await new Promise((r) => setTimeout(r, 50));
      expect(await health()).toBeLessThan(1_000);
      const { res, ms } = await pending;
      expect([400, 422]).toContain(res.status);
      refusalTimes['480 kB YAML alias flood at /api/check'] = ms;
    });

    it('caps the username at sign-in: a 1.9 MB username is refused before the limiter', async () => {
      const username = 'x'.repeat(1_900_000);
      const { res, ms } = await timed(() =>
        app.request('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: 'whatever-password' }),
        }),
      );
      expect(res.status).toBe(400);
      const body = await bodyOf<ErrorBody>(res);
      expect(body.error.findings[0]).toMatchObject({
        code: 'host/invalid-request',
        path: ['username'],
        expected: '<= 64',
      });
      expect(ms).toBeLessThan(500);
      refusalTimes['1.9 MB username'] = ms;
    });
  });
}
