import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { XLSX_MEDIA_TYPE } from '../xlsx-import.js';
import { TOKEN_LIMITS } from '../auth.js';
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
    const names: Record<string, string> = {};
    let selfApproving: ReturnType<typeof createApp>;
    let users: Awaited<ReturnType<typeof openTestStore>>['users'];

    beforeAll(async () => {
      const t = await openTestStore(url);
      db = t.db;
      app = createApp(t.store, t.users, { signInAttempts: 3 });
      for (const role of ['viewer', 'editor', 'approver', 'admin'] as const) {
        const name = uid(role);
        names[role] = name;
        await t.users.create({ username: name, password: `${role}-password-1`, role }, 'test');
        tokens[role] = await t.users.createToken(name, 'test', 'test');
      }
      const second = uid('approver2');
      await t.users.create(
        { username: second, password: 'approver-password-2', role: 'approver' },
        't',
      );
      tokens.approver2 = await t.users.createToken(second, 'test', 'test');
      selfApproving = createApp(t.store, t.users, { allowSelfApproval: true });
      users = t.users;
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
      // A NUL at the end and an inexact number beside it: refused for the username's length
      // alone shows the cap is checked before the text is scanned for either.
      const username = `${'x'.repeat(1_900_000)}\u0000`;
      const body = `{"username":${JSON.stringify(username)},"password":"whatever-password","n":1e-400}`;
      const parse = vi.spyOn(JSON, 'parse');
      const times: number[] = [];
      try {
        // The best of three: one slow answer on a loaded machine is not a slow host.
        for (let i = 0; i < 3; i++) {
          const { res, ms } = await timed(() =>
            app.request('/api/session', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            }),
          );
          times.push(ms);
          expect(res.status).toBe(400);
          const { findings } = (await bodyOf<ErrorBody>(res)).error;
          expect(findings).toHaveLength(1);
          expect(findings[0]).toMatchObject({
            code: 'host/invalid-request',
            path: ['username'],
            expected: '<= 64',
          });
        }
        // The body is read once: the exact reader's value is the one validated.
        expect(parse.mock.calls.filter(([text]) => text === body)).toHaveLength(3);
      } finally {
        parse.mockRestore();
      }
      expect(Math.min(...times)).toBeLessThan(500);
      refusalTimes['1.9 MB username'] = Math.min(...times);
    });

    it('still names a number JSON would round when the schema refuses it', async () => {
      const res = await call(
        'PUT',
        `${BASE}/${uid('r')}`,
        'editor',
        '{"baseVersion":1e400,"document":{}}',
      );
      expect(res.status).toBe(400);
      expect((await bodyOf<ErrorBody>(res)).error.findings[0]).toMatchObject({
        code: 'host/inexact-number',
        path: ['baseVersion'],
      });
    });

    const call = (
      method: string,
      path: string,
      as: string | undefined,
      body?: unknown,
      headers: Record<string, string> = {},
      on = app,
    ) =>
      on.request(path, {
        method,
        headers: {
          ...(as === undefined ? {} : { authorization: `Bearer ${tokens[as] ?? ''}` }),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    const BASE = '/api/kinds/demo/note/documents';
    const codeOf = async (res: Response) =>
      (await bodyOf<ErrorBody>(res)).error.findings.map((f) => f.code);

    it('answers NUL and lone surrogates with 400 and a finding at the path, never 500', async () => {
      const id = uid('nul');
      const nulTitle = await timed(() =>
        call(
          'POST',
          BASE,
          'editor',
          `{"id":"${id}","document":{"title":"a\\u0000b","amount":"1","tags":[]}}`,
        ),
      );
      expect(nulTitle.res.status).toBe(400);
      const finding = (await bodyOf<ErrorBody>(nulTitle.res)).error.findings[0];
      expect(finding).toMatchObject({
        code: 'host/invalid-text',
        path: ['document', 'title'],
        actual: 'U+0000',
      });
      expect(finding?.message.sv).toContain('NUL');
      refusalTimes['NUL in a document'] = nulTitle.ms;
      const surrogate = await call(
        'POST',
        BASE,
        'editor',
        `{"id":"${id}","message":"x\\ud800","document":{"title":"t","amount":"1","tags":["\\udc00"]}}`,
      );
      expect(surrogate.status).toBe(400);
      const paths = (await bodyOf<ErrorBody>(surrogate)).error.findings.map((f) => f.path);
      expect(paths).toEqual(expect.arrayContaining([['message'], ['document', 'tags', 0]]));
      // A valid pair (an emoji) is fine.
      expect(
        (
          await call('POST', BASE, 'editor', {
            id,
            document: { title: '🙂', amount: '1', tags: [] },
          })
        ).status,
      ).toBe(201);
      for (const path of [
        `${BASE}/a%00b`,
        '/api/users/a%00b/grants',
        `${BASE}?deleted=%00`,
        `${BASE}/%ZZ`,
      ]) {
        const res = await call('GET', path, 'admin');
        expect(res.status, path).toBe(400);
        expect(await codeOf(res)).toEqual(['host/invalid-text']);
      }
    });

    it('answers huge versions and bad paging with 400 and findings', async () => {
      const id = uid('big');
      await call('POST', BASE, 'editor', { id, document: { title: 't', amount: '1', tags: [] } });
      for (const path of [
        `${BASE}/${id}/versions/2147483648`,
        `${BASE}/${id}/versions/99999999999999999999`,
        `${BASE}/${id}/versions/1.5`,
        `${BASE}/${id}/diff?from=2147483648`,
        `${BASE}?limit=-1`,
        `${BASE}?limit=1001`,
        `${BASE}?offset=1.5`,
        `${BASE}?offset=-1`,
        '/api/audit?limit=-1',
      ]) {
        const { res, ms } = await timed(() => call('GET', path, 'admin'));
        expect(res.status, path).toBe(400);
        const f = (await bodyOf<ErrorBody>(res)).error.findings[0];
        expect(f?.code, path).toBe('host/invalid-request');
        expect(f?.expected, path).toMatch(/^integer /);
        refusalTimes[`GET ${path.replace(/^.*documents/, '…')}`] = ms;
      }
      const save = await call('PUT', `${BASE}/${id}`, 'editor', {
        baseVersion: 2 ** 31,
        document: { title: 't', amount: '1', tags: [] },
      });
      expect(save.status).toBe(400);
      expect((await bodyOf<ErrorBody>(save)).error.findings[0]?.path).toEqual(['baseVersion']);
      const ifMatch = await call(
        'PUT',
        `${BASE}/${id}`,
        'editor',
        { document: { title: 't', amount: '1', tags: [] } },
        { 'if-match': '"1e3"' },
      );
      expect(ifMatch.status).toBe(400);
      expect((await call('DELETE', `${BASE}/${id}?baseVersion=4294967296`, 'editor')).status).toBe(
        400,
      );
    });

    it('refuses JSON numbers that cannot be held exactly; money is never rounded in transport', async () => {
      for (const amount of [
        '12345678901234567890123',
        '1e-400',
        '0.1000000000000000055511151231257827',
      ]) {
        const res = await call(
          'POST',
          BASE,
          'editor',
          `{"id":"${uid('n')}","document":{"title":"t","amount":${amount},"tags":[]}}`,
        );
        expect(res.status, amount).toBe(400);
        expect((await bodyOf<ErrorBody>(res)).error.findings[0]).toMatchObject({
          code: 'host/inexact-number',
          path: ['document', 'amount'],
          actual: amount,
        });
      }
      const ok = await call(
        'POST',
        BASE,
        'editor',
        `{"id":"${uid('n')}","document":{"title":"t","amount":45100.5,"tags":[]}}`,
      );
      expect(ok.status).toBe(201);
      const text = await call('POST', BASE, 'editor', {
        id: uid('n'),
        document: { title: 't', amount: '12345678901234567890123', tags: [] },
      });
      expect(((await text.json()) as { document: { amount: string } }).document.amount).toBe(
        '12345678901234567890123',
      );
    });

    it('serves no docs asset for prototype names', async () => {
      for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        const res = await app.request(`/docs/assets/${name}`);
        expect(res.status, name).toBe(404);
        expect(await codeOf(res)).toEqual(['host/no-such-route']);
      }
    });

    it('marks API answers no-store', async () => {
      for (const path of ['/api/kinds', BASE, '/api/health', '/api/nope']) {
        expect((await call('GET', path, 'viewer')).headers.get('cache-control'), path).toBe(
          'no-store',
        );
      }
    });

    it('refuses cookie-authenticated writes from another origin', async () => {
      const username = names.editor ?? '';
      const signIn = (origin?: string) =>
        app.request('/api/session', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(origin === undefined ? {} : { origin }),
          },
          body: JSON.stringify({ username, password: 'editor-password-1' }),
        });
      const evilSignIn = await signIn('http://evil.example');
      expect(evilSignIn.status).toBe(403);
      expect(await codeOf(evilSignIn)).toEqual(['host/cross-origin']);
      const res = await signIn('http://localhost');
      expect(res.status).toBe(200);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const write = (headers: Record<string, string>) =>
        app.request('/api/tokens', {
          method: 'POST',
          headers: {
            cookie,
            'x-csrf-token': csrfToken,
            'content-type': 'application/json',
            ...headers,
          },
          body: '{}',
        });
      const evil = await write({ origin: 'http://evil.example' });
      expect(evil.status).toBe(403);
      expect(await codeOf(evil)).toEqual(['host/cross-origin']);
      expect((await write({ origin: 'null' })).status).toBe(403);
      expect((await write({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await write({ origin: 'http://localhost' })).status).toBe(201);
      expect((await write({})).status).toBe(201); // no Origin (not a browser): the CSRF token decides
    });

    it('gives tokens an expiry and caps them per user', async () => {
      for (const days of [0, 366, 1.5]) {
        const res = await call('POST', '/api/tokens', 'viewer', { expiresInDays: days });
        expect(res.status, String(days)).toBe(400);
      }
      const made = await call('POST', '/api/tokens', 'viewer', { name: 'short', expiresInDays: 1 });
      expect(made.status).toBe(201);
      const issued = (await made.json()) as { token: string; id: string; expiresAt: string };
      expect(Date.parse(issued.expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
      const listed = (await (await call('GET', '/api/tokens', 'viewer')).json()) as {
        tokens: { id: string; expiresAt: string }[];
      };
      expect(listed.tokens.find((t) => t.id === issued.id)?.expiresAt).toBe(issued.expiresAt);
      const auth = { authorization: `Bearer ${issued.token}` };
      expect((await app.request('/api/kinds', { headers: auth })).status).toBe(200);
      await db.query(
        `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE left(token_hash, 16) = $1`,
        [issued.id],
      );
      await new Promise((r) => setTimeout(r, 5_100)); // past the principal cache
      expect((await app.request('/api/kinds', { headers: auth })).status).toBe(401);
      // The cap: live tokens per user.
      const capped = uid('capped');
      await users.create({ username: capped, password: 'capped-password-1', role: 'viewer' }, 't');
      for (let i = 0; i < TOKEN_LIMITS.maxPerUser; i++)
        await users.createToken(capped, `t${i}`, 't');
      await expect(users.createToken(capped, 'one too many', 't')).rejects.toMatchObject({
        status: 409,
        findings: [{ code: 'host/too-many-tokens' }],
      });
    });

    it('refuses grants naming scopes that do not exist', async () => {
      const target = names.viewer ?? '';
      for (const scope of ['../../etc', 'nope', 'demo/nope', 'nope/note/x']) {
        const res = await call('PUT', `/api/users/${target}/grants`, 'admin', {
          grants: [{ scope, role: 'viewer' }],
        });
        expect(res.status, scope).toBe(400);
        expect((await bodyOf<ErrorBody>(res)).error.findings[0]).toMatchObject({
          code:
            scope === '../../etc'
              ? expect.stringMatching(/host\/(unknown|invalid)-scope/)
              : 'host/unknown-scope',
          path: ['grants', 0, 'scope'],
        });
      }
      const created = await call('POST', '/api/users', 'admin', {
        username: uid('u'),
        password: 'a-long-password',
        role: 'viewer',
        scope: '../../etc',
      });
      expect(created.status).toBe(400);
      const fine = await call('PUT', `/api/users/${target}/grants`, 'admin', {
        grants: [
          { scope: 'demo', role: 'viewer' },
          { scope: 'demo/note/not-yet-written', role: 'editor' },
        ],
      });
      expect(fine.status).toBe(200);
    });

    it('four eyes: the author of a version cannot approve it, another approver can', async () => {
      const id = uid('eyes');
      expect(
        (
          await call('POST', BASE, 'approver', {
            id,
            document: { title: 't', amount: '1', tags: [] },
          })
        ).status,
      ).toBe(201);
      const own = await call('POST', `${BASE}/${id}/versions/1/approve`, 'approver', {});
      expect(own.status).toBe(409);
      expect((await bodyOf<ErrorBody>(own)).error.findings[0]).toMatchObject({
        code: 'host/four-eyes',
        path: ['version'],
      });
      const other = await call('POST', `${BASE}/${id}/versions/1/approve`, 'approver2', {
        note: 'ok',
      });
      expect(other.status).toBe(200);
      // A host configured to allow it lets the author approve.
      const allowed = await call(
        'POST',
        `${BASE}/${id}/versions/1/approve`,
        'approver',
        {},
        {},
        selfApproving,
      );
      expect(allowed.status).toBe(200);
    });
    it('reads a 91 kB cell text through /api/check quickly (number parsing is linear)', async () => {
      const amount = `${'a '.repeat(40_000)}1`;
      const { res, ms } = await timed(() =>
        call('POST', '/api/check', 'viewer', {
          kind: 'demo/note',
          id: 'long',
          document: { title: 't', amount, tags: [] },
        }),
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as { results: { findings: { path: unknown[] }[] }[] };
      expect(body.results[0]?.findings[0]?.path).toEqual(['amount']);
      refusalTimes['91 kB number text at /api/check'] = ms;
      expect(ms).toBeLessThan(1_500);
    });
  });
}
