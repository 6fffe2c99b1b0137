// POST /api/check on a document with one unreadable field: the field is reported and every
// check that does not depend on it still runs (issue 16, "checks that do not hide each other").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pm3 from '@styrkit/pm3/plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createApp } from '../app.js';
import { REPO_ROOT } from '../plugins.js';
import { bodyOf, openTestStore } from './helpers.js';

let app: ReturnType<typeof createApp>;
let token = '';
let close: () => Promise<void>;

beforeAll(async () => {
  const t = await openTestStore(undefined, [pm3]);
  app = createApp(t.store, t.users, { maxBodyBytes: 256 * 1024 });
  await t.users.create(
    { username: 'viewer', password: 'viewer-password-1', role: 'viewer' },
    'test',
  );
  token = await t.users.createToken('viewer', 'test', 'test');
  close = () => t.db.close();
});
afterAll(async () => {
  await close();
});

interface CheckResults {
  results: { findings: { code: string; path: (string | number)[] }[] }[];
}

async function check(envelope: unknown): Promise<CheckResults> {
  const res = await app.request('/api/check?locale=en', {
    method: 'POST',
    body: JSON.stringify(envelope),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  expect(res.status).toBe(200);
  return bodyOf<CheckResults>(res);
}

describe('POST /api/check reads what it can', { timeout: 240_000 }, () => {
  it('reports an unreadable cell beside the plan’s other findings', async () => {
    const envelope = parse(
      readFileSync(join(REPO_ROOT, 'docs/examples/linkoping-vso-2021/objektplan-a.yaml'), 'utf8'),
    ) as { document: { budget: { rows: Record<string, unknown>[] } } };
    // Row 1 (Förvaltningsstyrning) IT-nära VM, 500 kkr in seed linkoping-vso-objektplan-2021.txt:179.
    envelope.document.budget.rows[0]!.itVm = 'abc';
    const codes = (await check(envelope)).results[0]!.findings.map((f) => f.code);
    expect(codes).toContain('pm3/invalid-input');
    expect(codes).toContain('pm3/cost-items-mismatch'); // 22,9 vs 22,7 mnkr
    expect(codes.filter((c) => c === 'pm3/strategic-without-goal-link')).toHaveLength(4);
    expect(codes).not.toContain('pm3/row-total-mismatch'); // unknown over the cell, not wrong
  });
});
