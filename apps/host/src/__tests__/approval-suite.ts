import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { bodyOf, openTestStore, uid, type ErrorBody } from './helpers.js';

interface Approval {
  by: string;
  comment: string;
  note: string;
  acknowledgedFindings: { code: string; path: (string | number)[] }[];
}

/**
 * The approval body (issue 14, item 6): a comment and the findings the approver acknowledged are
 * stored with the approval and returned with the version; `errorsBlockApproval` refuses a
 * version whose checks report errors. The demo fixture's check reports
 * `demo/negative-amount` (an error) for a negative amount and `demo/memo-count` (info) always.
 */
export function approvalSuite(label: string, url: string | undefined): void {
  describe(`approval body on ${label}`, () => {
    let db: Database;
    let app: ReturnType<typeof createApp>;
    let strict: ReturnType<typeof createApp>;
    const tokens: Record<string, string> = {};
    const BASE = '/api/kinds/demo/note/documents';

    beforeAll(async () => {
      const t = await openTestStore(url);
      db = t.db;
      app = createApp(t.store, t.users);
      strict = createApp(t.store, t.users, { errorsBlockApproval: true });
      for (const role of ['editor', 'approver'] as const) {
        const name = uid(role);
        await t.users.create({ username: name, password: `${role}-password-1`, role }, 'test');
        tokens[role] = await t.users.createToken(name, 'test', 'test');
      }
    });
    afterAll(async () => {
      await db.close();
    });

    const call = (method: string, path: string, as: string, body?: unknown, on = app) =>
      on.request(path, {
        method,
        headers: {
          authorization: `Bearer ${tokens[as] ?? ''}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const create = async (amount: string) => {
      const id = uid('appr');
      const res = await call('POST', BASE, 'editor', {
        id,
        document: { title: 't', amount, tags: [] },
      });
      expect(res.status).toBe(201);
      return id;
    };

    it('stores the comment and the acknowledged findings and returns them with the version', async () => {
      const id = await create('-5');
      const seen = [
        { code: 'demo/negative-amount', path: ['amount'] },
        { code: 'demo/memo-count', path: [] },
      ];
      const res = await call('POST', `${BASE}/${id}/versions/1/approve`, 'approver', {
        comment: 'Beloppet är negativt med avsikt (återbetalning).',
        acknowledgedFindings: seen,
      });
      expect(res.status).toBe(200);
      const expected = {
        comment: 'Beloppet är negativt med avsikt (återbetalning).',
        note: 'Beloppet är negativt med avsikt (återbetalning).',
        acknowledgedFindings: seen,
      };
      expect((await bodyOf<{ approvals: Approval[] }>(res)).approvals).toEqual([
        expect.objectContaining(expected),
      ]);
      const one = await bodyOf<{ approvals: Approval[] }>(
        await call('GET', `${BASE}/${id}/versions/1`, 'approver'),
      );
      expect(one.approvals).toEqual([expect.objectContaining(expected)]);
      const list = await bodyOf<{ versions: { approvals: Approval[] }[] }>(
        await call('GET', `${BASE}/${id}/versions`, 'approver'),
      );
      expect(list.versions[0]?.approvals).toEqual([expect.objectContaining(expected)]);
    });

    it('an empty body still approves, with an empty comment and no acknowledged findings', async () => {
      const id = await create('5');
      const res = await call('POST', `${BASE}/${id}/versions/1/approve`, 'approver');
      expect(res.status).toBe(200);
      expect((await bodyOf<{ approvals: Approval[] }>(res)).approvals).toEqual([
        expect.objectContaining({ comment: '', acknowledgedFindings: [] }),
      ]);
    });

    it('refuses a comment over 2000 characters and malformed acknowledged findings with findings', async () => {
      const id = await create('5');
      const long = await call('POST', `${BASE}/${id}/versions/1/approve`, 'approver', {
        comment: 'x'.repeat(2001),
      });
      expect(long.status).toBe(400);
      expect((await bodyOf<ErrorBody>(long)).error.findings[0]).toMatchObject({
        code: 'host/invalid-request',
        path: ['comment'],
      });
      const bad = await call('POST', `${BASE}/${id}/versions/1/approve`, 'approver', {
        acknowledgedFindings: [{ code: 'demo/negative-amount', path: 'amount' }],
      });
      expect(bad.status).toBe(400);
      expect((await bodyOf<ErrorBody>(bad)).error.findings[0]?.path).toEqual([
        'acknowledgedFindings',
        0,
        'path',
      ]);
      const extra = await call('POST', `${BASE}/${id}/versions/1/approve`, 'approver', {
        comment: 'ok',
        approved: true,
      });
      expect(extra.status).toBe(400);
    });

    it('tells the signed-in user the approval policy (GET /api/session), so a portal can say it first', async () => {
      const policy = async (on: ReturnType<typeof createApp>) =>
        (
          await bodyOf<{ approvalPolicy: { errorsBlockApproval: boolean; fourEyes: boolean } }>(
            await call('GET', '/api/session', 'approver', undefined, on),
          )
        ).approvalPolicy;
      expect(await policy(app)).toEqual({ errorsBlockApproval: false, fourEyes: true });
      expect(await policy(strict)).toEqual({ errorsBlockApproval: true, fourEyes: true });
    });

    it('with errorsBlockApproval, open errors refuse approval with 409 and the errors as findings', async () => {
      const id = await create('-5');
      const refused = await call(
        'POST',
        `${BASE}/${id}/versions/1/approve`,
        'approver',
        {
          comment: 'ok',
          acknowledgedFindings: [{ code: 'demo/negative-amount', path: ['amount'] }],
        },
        strict,
      );
      expect(refused.status).toBe(409);
      const findings = (await bodyOf<ErrorBody>(refused)).error.findings;
      expect(findings.map((f) => f.code).sort()).toEqual([
        'demo/negative-amount',
        'host/open-errors',
      ]);
      expect(findings.find((f) => f.code === 'demo/negative-amount')?.path).toEqual(['amount']);
      // Nothing was stored.
      const stored = await bodyOf<{ approvals: Approval[] }>(
        await call('GET', `${BASE}/${id}/versions/1`, 'approver'),
      );
      expect(stored.approvals).toEqual([]);
      // Fixed in version 2 (only an info finding left): approved.
      const saved = await call('PUT', `${BASE}/${id}`, 'editor', {
        baseVersion: 1,
        document: { title: 't', amount: '5', tags: [] },
      });
      expect(saved.status).toBe(200);
      const ok = await call('POST', `${BASE}/${id}/versions/2/approve`, 'approver', {}, strict);
      expect(ok.status).toBe(200);
    });
  });
}
