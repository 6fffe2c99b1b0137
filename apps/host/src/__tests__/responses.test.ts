import type { z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { openTestStore, uid } from './helpers.js';

type Definition = {
  type: string;
  route?: {
    method: string;
    path: string;
    responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  };
};

function isZod(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && 'safeParse' in value;
}

// Handlers are typed by status only (routes/context.ts, `documented`): this suite checks that
// what they answer fits the response schemas the description declares.
describe('answers fit their declared response schemas', () => {
  let db: Database;
  let app: ReturnType<typeof createApp>;
  let token = '';
  let approverToken = '';

  beforeAll(async () => {
    const t = await openTestStore();
    db = t.db;
    app = createApp(t.store, t.users);
    await t.users.create({ username: 'ad', password: 'admin-password-1', role: 'admin' }, 't');
    await t.users.create({ username: 'ap', password: 'approver-pw-1', role: 'approver' }, 't');
    token = await t.users.createToken('ad', 't', 't');
    approverToken = await t.users.createToken('ap', 't', 't');
  }, 240_000);
  afterAll(async () => {
    await db.close();
  });

  const schemaFor = (method: string, template: string, status: number): z.ZodType => {
    const defs = app.openAPIRegistry.definitions as unknown as Definition[];
    const def = defs.find((d) => d.route?.method === method && d.route.path === template);
    const schema = def?.route?.responses[String(status)]?.content?.['application/json']?.schema;
    if (!isZod(schema)) throw new Error(`no zod schema for ${method} ${template} ${status}`);
    return schema;
  };

  it('for sessions, tokens, users, kinds, documents, versions, approvals, checks and the audit log', async () => {
    const id = uid('resp');
    const doc = `/api/kinds/demo/note/documents/${id}`;
    const calls: [string, string, string, unknown?, string?][] = [
      ['get', '/api/health', '/api/health'],
      ['get', '/api/session', '/api/session'],
      ['post', '/api/tokens', '/api/tokens', { name: 'x' }],
      ['get', '/api/tokens', '/api/tokens'],
      ['get', '/api/users', '/api/users'],
      ['get', '/api/kinds', '/api/kinds'],
      [
        'post',
        '/api/kinds/{plugin}/{kind}/documents',
        '/api/kinds/demo/note/documents',
        { id, document: { title: 't', amount: '-1', tags: [] } },
      ],
      ['get', '/api/kinds/{plugin}/{kind}/documents', '/api/kinds/demo/note/documents'],
      ['get', '/api/kinds/{plugin}/{kind}/documents/{id}', doc],
      ['get', '/api/kinds/{plugin}/{kind}/documents/{id}/versions', `${doc}/versions`],
      [
        'post',
        '/api/kinds/{plugin}/{kind}/documents/{id}/versions/{version}/approve',
        `${doc}/versions/1/approve`,
        {
          comment: 'ok',
          acknowledgedFindings: [{ code: 'demo/negative-amount', path: ['amount'] }],
        },
        approverToken,
      ],
      ['get', '/api/kinds/{plugin}/{kind}/documents/{id}/checks', `${doc}/checks`],
      ['get', '/api/kinds/{plugin}/{kind}/documents/{id}/diff', `${doc}/diff`],
      ['post', '/api/check', '/api/check', { kind: 'demo/note', id: 'x', document: {} }],
      ['get', '/api/audit', '/api/audit'],
    ];
    for (const [method, template, path, body, as] of calls) {
      const res = await app.request(path, {
        method: method.toUpperCase(),
        headers: {
          authorization: `Bearer ${as ?? token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      const parsed = schemaFor(method, template, res.status).safeParse(await res.json());
      expect(parsed.success ? [] : parsed.error.issues, `${method} ${path}`).toEqual([]);
    }
  }, 240_000);
});
