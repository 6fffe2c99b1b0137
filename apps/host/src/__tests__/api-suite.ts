/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- response bodies are untyped JSON checked by expect */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { openTestStore, uid } from './helpers.js';

type App = ReturnType<typeof createApp>;
const BASE = '/api/kinds/demo/note/documents';

/** The HTTP API suite, on PGlite always and on a PostgreSQL server when one is given. */
export function apiSuite(label: string, url: string | undefined): void {
  describe(`HTTP API on ${label}`, () => {
    let db: Database;
    let app: App;
    const tokens: Record<string, string> = {};

    const call = async (
      method: string,
      path: string,
      o: {
        as?: string;
        body?: unknown;
        raw?: string;
        type?: string;
        headers?: Record<string, string>;
      } = {},
    ) => {
      const headers: Record<string, string> = { ...o.headers };
      if (o.as !== undefined) headers.authorization = `Bearer ${tokens[o.as] ?? ''}`;
      let body: string | undefined;
      if (o.raw !== undefined) body = o.raw;
      else if (o.body !== undefined) body = JSON.stringify(o.body);
      if (body !== undefined) headers['content-type'] = o.type ?? 'application/json';
      return app.request(path, { method, headers, ...(body === undefined ? {} : { body }) });
    };
    const json = async (res: Response): Promise<any> => res.json();

    beforeAll(async () => {
      const t = await openTestStore(url);
      db = t.db;
      app = createApp(t.store, t.users, { maxBodyBytes: 64 * 1024, signInAttempts: 3 });
      for (const role of ['viewer', 'editor', 'approver', 'admin'] as const) {
        await t.users.create({ username: role, password: `${role}-password-1`, role }, 'test');
        tokens[role] = await t.users.createToken(role, 'test', 'test');
      }
      await t.users.create(
        {
          username: 'memo-editor',
          password: 'memo-password-1',
          role: 'editor',
          scope: 'demo/memo',
        },
        'test',
      );
      tokens['memo-editor'] = await t.users.createToken('memo-editor', 'test', 'test');
    });
    afterAll(async () => {
      await db.close();
    });

    const note = (title: string, amount = '100') => ({ title, amount, tags: [] });

    it('serves health, OpenAPI with kind schemas and a docs page without sign-in', async () => {
      expect((await json(await call('GET', '/api/health'))).plugins).toEqual([
        { name: 'demo', version: '1.0.0' },
      ]);
      const spec = await json(await call('GET', '/api/openapi.json'));
      expect(spec.openapi).toBe('3.1.0');
      expect(spec.components.schemas['demo.note'].properties.title).toBeDefined();
      expect(spec.paths['/api/kinds/{plugin}/{kind}/documents/{id}'].put).toBeDefined();
      const docs = await call('GET', '/docs');
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger');
    });

    it('requires authentication for the API', async () => {
      const res = await call('GET', '/api/kinds');
      expect(res.status).toBe(401);
      expect((await json(res)).error.findings[0].code).toBe('host/unauthenticated');
      expect(
        (await call('GET', '/api/kinds', { headers: { authorization: 'Bearer stk_wrong' } }))
          .status,
      ).toBe(401);
    });

    it('lists kinds with their checks, tables, exporters and differ', async () => {
      const body = await json(await call('GET', '/api/kinds', { as: 'viewer' }));
      const kind = body.kinds.find((k: { name: string }) => k.name === 'demo/note');
      expect(kind).toMatchObject({
        schemaVersion: 2,
        differ: true,
        checks: [{ id: 'demo/negative' }],
        tables: [{ id: 'demo/summary' }],
      });
    });

    it('does document CRUD with versions, ETags and diff', async () => {
      const id = uid('crud');
      const created = await call('POST', BASE, {
        as: 'editor',
        body: { id, document: note('A', '100'), message: 'new' },
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('etag')).toBe('"1"');
      const saved = await call('PUT', `${BASE}/${id}`, {
        as: 'editor',
        body: { baseVersion: 1, document: note('B', '250') },
      });
      expect(saved.status).toBe(200);
      expect((await json(saved)).version).toBe(2);
      const viaIfMatch = await call('PUT', `${BASE}/${id}`, {
        as: 'editor',
        body: { document: note('C', '250') },
        headers: { 'if-match': '"2"' },
      });
      expect(viaIfMatch.status).toBe(200);
      expect(
        (await json(await call('GET', `${BASE}/${id}`, { as: 'viewer' }))).document.title,
      ).toBe('C');
      expect(
        (await json(await call('GET', `${BASE}/${id}/versions`, { as: 'viewer' }))).versions,
      ).toHaveLength(3);
      expect(
        (await json(await call('GET', `${BASE}/${id}/versions/1`, { as: 'viewer' }))).document
          .title,
      ).toBe('A');
      const diff = await json(
        await call('GET', `${BASE}/${id}/diff?from=1&to=2`, { as: 'viewer' }),
      );
      expect(diff.changes).toEqual(
        expect.arrayContaining([
          { op: 'replace', path: ['title'], before: 'A', after: 'B' },
          { op: 'replace', path: ['amount'], before: '100', after: '250' },
        ]),
      );
      expect(diff.tables[0].rows[0].cells.change).toBe('150'); // the plugin differ
      const list = await json(
        await call('GET', '/api/kinds/demo/note/documents?limit=1000', { as: 'viewer' }),
      );
      expect(list.documents.some((d: { id: string }) => d.id === id)).toBe(true);
      expect((await call('DELETE', `${BASE}/${id}?baseVersion=1`, { as: 'editor' })).status).toBe(
        409,
      );
      expect((await call('DELETE', `${BASE}/${id}?baseVersion=3`, { as: 'editor' })).status).toBe(
        204,
      );
      expect((await call('GET', `${BASE}/${id}`, { as: 'viewer' })).status).toBe(404);
    });

    it('answers two editors on the same version with one 200 and one 409; nothing is lost', async () => {
      const id = uid('race');
      await call('POST', BASE, { as: 'editor', body: { id, document: note('base') } });
      const [a, b] = await Promise.all([
        call('PUT', `${BASE}/${id}`, {
          as: 'editor',
          body: { baseVersion: 1, document: note('anna') },
        }),
        call('PUT', `${BASE}/${id}`, {
          as: 'admin',
          body: { baseVersion: 1, document: note('bo') },
        }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      const finding = (await json(loser)).error.findings[0];
      expect(finding).toMatchObject({ code: 'host/stale-version', expected: '2', actual: '1' });
      const winner = (await json(await call('GET', `${BASE}/${id}`, { as: 'viewer' }))).document
        .title;
      expect(['anna', 'bo']).toContain(winner);
      const retry = await call('PUT', `${BASE}/${id}`, {
        as: 'editor',
        body: { baseVersion: 2, document: note(winner === 'anna' ? 'bo' : 'anna') },
      });
      expect(retry.status).toBe(200);
      const titles = await Promise.all(
        [1, 2, 3].map(
          async (v) =>
            (await json(await call('GET', `${BASE}/${id}/versions/${v}`, { as: 'viewer' })))
              .document.title,
        ),
      );
      expect(titles.sort()).toEqual(['anna', 'base', 'bo']);
    });

    it('rejects bad requests with findings and never a stack trace', async () => {
      const malformed = await call('POST', BASE, { as: 'editor', raw: '{"id": "x", "document": ' });
      expect(malformed.status).toBe(400);
      const body = await json(malformed);
      expect(body.error.findings[0].code).toBe('host/malformed-json');
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
      const big = await call('POST', BASE, {
        as: 'editor',
        raw: JSON.stringify({
          id: 'big',
          document: { title: 'x'.repeat(70 * 1024), amount: '1', tags: [] },
        }),
      });
      expect(big.status).toBe(413);
      expect((await json(big)).error.findings[0].code).toBe('host/body-too-large');
      const unknownKind = await call('POST', '/api/kinds/demo/nope/documents', {
        as: 'admin',
        body: { id: 'x', document: {} },
      });
      expect(unknownKind.status).toBe(404);
      expect((await json(unknownKind)).error.findings[0].code).toBe('host/unknown-kind');
      const wrongShape = await call('POST', BASE, {
        as: 'editor',
        body: { id: uid('w'), document: { text: 'a memo, not a note' } },
      });
      expect(wrongShape.status).toBe(422);
      const findings = (await json(wrongShape)).error.findings;
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f: { path: unknown[] }) => Array.isArray(f.path))).toBe(true);
      expect(
        (
          await call('PUT', `${BASE}/nobody`, {
            as: 'editor',
            body: { baseVersion: 1, document: note('a') },
          })
        ).status,
      ).toBe(404);
      expect(
        (await call('PUT', `${BASE}/x`, { as: 'editor', body: { document: note('a') } })).status,
      ).toBe(400);
      expect(
        (await call('POST', BASE, { as: 'editor', raw: 'id: x', type: 'text/plain' })).status,
      ).toBe(415);
      expect((await call('GET', '/api/nothing-here', { as: 'viewer' })).status).toBe(404);
      const dup = uid('dup');
      await call('POST', BASE, { as: 'editor', body: { id: dup, document: note('a') } });
      expect(
        (await call('POST', BASE, { as: 'editor', body: { id: dup, document: note('a') } })).status,
      ).toBe(409);
    });

    it('stores injection strings verbatim and serves them as inert data', async () => {
      const id = uid('inj');
      const title = `<img src=x onerror=alert(1)>'; DROP TABLE documents;--`;
      expect(
        (await call('POST', BASE, { as: 'editor', body: { id, document: note(title) } })).status,
      ).toBe(201);
      expect(
        (await json(await call('GET', `${BASE}/${id}`, { as: 'viewer' }))).document.title,
      ).toBe(title);
      const html = await (
        await call('GET', `${BASE}/${id}/tables?format=html`, { as: 'viewer' })
      ).text();
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(
        (
          await call(
            'GET',
            `/api/kinds/demo/note/documents/${encodeURIComponent("x' OR '1'='1")}`,
            {
              as: 'viewer',
            },
          )
        ).status,
      ).toBe(404);
    });

    it('runs checks with findings in both languages and a context of other documents', async () => {
      const id = uid('chk');
      await call('POST', BASE, { as: 'editor', body: { id, document: note('minus', '-5') } });
      const res = await json(await call('GET', `${BASE}/${id}/checks?locale=en`, { as: 'viewer' }));
      expect(res.counts.error).toBe(1);
      expect(res.findings[0]).toMatchObject({ code: 'demo/negative-amount', actual: '-5' });
      expect(res.findings[0].message.sv).toBe('Negativt belopp');
    });

    it('renders tables as JSON, CSV, Markdown, HTML and XLSX, and runs exporters', async () => {
      const id = uid('tab');
      await call('POST', BASE, { as: 'editor', body: { id, document: note('Budget', '45100.5') } });
      const url = `${BASE}/${id}/tables`;
      const asJson = await json(await call('GET', `${url}?format=json`, { as: 'viewer' }));
      expect(asJson[0].rows[0].cells.amount).toBe('45100.5');
      expect(
        await (await call('GET', `${url}?format=csv&locale=en`, { as: 'viewer' })).text(),
      ).toContain('Budget,45100.5');
      expect(await (await call('GET', `${url}?format=csv`, { as: 'viewer' })).text()).toContain(
        'Budget;45100,5',
      );
      expect(await (await call('GET', `${url}?format=md`, { as: 'viewer' })).text()).toContain(
        '| Budget | 45\u00a0100,5 |',
      );
      const html = await call('GET', `${url}?format=html`, { as: 'viewer' });
      expect(html.headers.get('content-type')).toContain('text/html');
      const xlsx = await call('GET', `${url}?format=xlsx`, { as: 'viewer' });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      expect(workbook.worksheets[0]?.getRow(2).getCell(2).value).toBe(45100.5);
      expect((await call('GET', `${url}?format=pdf`, { as: 'viewer' })).status).toBe(400);
      const exported = await call('GET', `${BASE}/${id}/export?exporter=demo/text`, {
        as: 'viewer',
      });
      expect(await exported.text()).toBe('Budget: 45100.5');
      expect(
        (await call('GET', `${BASE}/${id}/export?exporter=nope`, { as: 'viewer' })).status,
      ).toBe(404);
    });

    it('imports JSON and YAML envelopes and checks without storing', async () => {
      const a = uid('imp');
      const yaml = `- kind: demo/note\n  schemaVersion: 1\n  id: ${a}\n  document:\n    title: Från YAML\n    amount: "1 500"\n- kind: demo/nope\n  id: x\n  document: {}\n`;
      const res = await call('POST', '/api/import', {
        as: 'editor',
        raw: yaml,
        type: 'application/yaml',
      });
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body).toMatchObject({ imported: 1, failed: 1 });
      expect((await json(await call('GET', `${BASE}/${a}`, { as: 'viewer' }))).document).toEqual({
        title: 'Från YAML',
        amount: '1500',
        tags: [],
      });
      // Re-importing the same content leaves the document alone; changed content is a new version.
      const again = await json(
        await call('POST', '/api/import', { as: 'editor', raw: yaml, type: 'application/yaml' }),
      );
      expect(again.results[0].version).toBe(1);
      const changed = await json(
        await call('POST', '/api/import', {
          as: 'editor',
          body: { kind: 'demo/note', id: a, document: note('ny') },
        }),
      );
      expect(changed.results[0].version).toBe(2);
      expect(
        (
          await call('POST', '/api/import', {
            as: 'viewer',
            body: { kind: 'demo/note', id: uid('v'), document: note('x') },
          })
        ).status,
      ).toBe(403); // refused before the body is read: a viewer may write nowhere
      const checked = await json(
        await call('POST', '/api/check', {
          as: 'viewer',
          body: { kind: 'demo/note', id: 'tmp', document: note('x', '-1') },
        }),
      );
      expect(checked.results[0].findings.map((f: { code: string }) => f.code)).toContain(
        'demo/negative-amount',
      );
      expect((await call('GET', `${BASE}/tmp`, { as: 'viewer' })).status).toBe(404);
      expect(
        (
          await call('POST', '/api/import', {
            as: 'editor',
            raw: 'a: [1, 2',
            type: 'application/yaml',
          })
        ).status,
      ).toBe(400);
    });

    it('enforces roles: viewer reads, editor writes, approving is its own permission, admin manages', async () => {
      const id = uid('role');
      expect(
        (await call('POST', BASE, { as: 'viewer', body: { id, document: note('v') } })).status,
      ).toBe(403);
      expect(
        (await call('POST', BASE, { as: 'editor', body: { id, document: note('e') } })).status,
      ).toBe(201);
      const approve = `${BASE}/${id}/versions/1/approve`;
      expect((await call('POST', approve, { as: 'editor', body: {} })).status).toBe(403);
      const approved = await call('POST', approve, { as: 'approver', body: { note: 'godkänd' } });
      expect(approved.status).toBe(200);
      expect((await json(approved)).approvals).toEqual([
        expect.objectContaining({ by: 'approver', note: 'godkänd' }),
      ]);
      expect((await call('GET', '/api/audit', { as: 'editor' })).status).toBe(403);
      const log = await json(
        await call('GET', `/api/audit?kind=demo/note&id=${id}`, { as: 'admin' }),
      );
      expect(log.entries.map((e: { action: string }) => e.action)).toEqual([
        'document.approve',
        'document.create',
      ]);
      expect(
        (
          await call('POST', '/api/users', {
            as: 'editor',
            body: { username: 'x1', password: 'long-enough-pw', role: 'admin' },
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await call('POST', '/api/users', {
            as: 'admin',
            body: { username: 'new-user', password: 'long-enough-pw', role: 'viewer' },
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await call('POST', '/api/users', {
            as: 'admin',
            body: { username: 'weak', password: 'short', role: 'viewer' },
          })
        ).status,
      ).toBe(400);
      // Scoped grant: an editor of demo/memo only.
      expect(
        (
          await call('POST', '/api/kinds/demo/memo/documents', {
            as: 'memo-editor',
            body: { id: uid('m'), document: { text: 'ok' } },
          })
        ).status,
      ).toBe(201);
      expect(
        (
          await call('POST', BASE, {
            as: 'memo-editor',
            body: { id: uid('m'), document: note('no') },
          })
        ).status,
      ).toBe(403);
      const kinds = await json(await call('GET', '/api/kinds', { as: 'memo-editor' }));
      expect(kinds.kinds.map((k: { name: string }) => k.name)).toEqual(['demo/memo']);
    });

    it('signs in browsers with an httpOnly SameSite=Strict cookie and requires the CSRF token on writes', async () => {
      const res = await call('POST', '/api/session', {
        body: { username: 'editor', password: 'editor-password-1' },
      });
      expect(res.status).toBe(200);
      const setCookie = res.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      const cookie = setCookie.split(';')[0] ?? '';
      const { csrfToken } = await json(res);
      expect((await call('GET', '/api/session', { headers: { cookie } })).status).toBe(200);
      const id = uid('csrf');
      const without = await call('POST', BASE, {
        headers: { cookie },
        body: { id, document: note('a') },
      });
      expect(without.status).toBe(403);
      expect((await json(without)).error.findings[0].code).toBe('host/csrf');
      expect(
        (
          await call('POST', BASE, {
            headers: { cookie, 'x-csrf-token': csrfToken },
            body: { id, document: note('a') },
          })
        ).status,
      ).toBe(201);
      expect(
        (await call('DELETE', '/api/session', { headers: { cookie, 'x-csrf-token': csrfToken } }))
          .status,
      ).toBe(204);
      expect((await call('GET', '/api/session', { headers: { cookie } })).status).toBe(401);
      const log = await json(await call('GET', '/api/audit?limit=50', { as: 'admin' }));
      expect(log.entries.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining(['auth.sign-in', 'auth.sign-out']),
      );
    });

    it('rate-limits failed sign-ins', async () => {
      const attempt = (password: string) =>
        call('POST', '/api/session', { body: { username: 'viewer', password } });
      expect((await attempt('wrong-1')).status).toBe(401);
      expect((await attempt('wrong-2')).status).toBe(401);
      expect((await attempt('wrong-3')).status).toBe(401);
      const blocked = await attempt('viewer-password-1');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(
        (await call('POST', '/api/session', { body: { username: 'nobody', password: 'x' } }))
          .status,
      ).toBe(401);
    });

    it('answers CORS preflights only for configured origins', async () => {
      const t = await openTestStore();
      const withCors = createApp(t.store, t.users, { corsOrigins: ['http://localhost:5173'] });
      const preflight = await withCors.request('/api/kinds', {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      const other = await app.request('/api/health', {
        headers: { origin: 'http://evil.example' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      await t.db.close();
    });

    it('issues API tokens to a signed-in user', async () => {
      const res = await json(
        await call('POST', '/api/tokens', { as: 'viewer', body: { name: 'ci' } }),
      );
      expect(res.token).toMatch(/^stk_/);
      const me = await app.request('/api/session', {
        headers: { authorization: `Bearer ${String(res.token)}` },
      });
      expect((await json(me)).username).toBe('viewer');
    });
  });
}
