// POST /api/audit on the embedded database: upload a committee document, get its audit and the
// drafts the plugins recognise; nothing is stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import esf from '@styrkit/esf/plugin';
import pm3 from '@styrkit/pm3/plugin';
import statements from '@styrkit/statements/plugin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createApp } from '../app.js';
import type { AuditReport } from '../document-audit.js';
import { findSoffice } from '../pdf-convert.js';
import { REPO_ROOT } from '../plugins.js';
import { bodyOf, openTestStore, type ErrorBody } from './helpers.js';

const FIXTURES = join(REPO_ROOT, 'packages/documents/fixtures');

let app: ReturnType<typeof createApp>;
let token = '';
let close: () => Promise<void>;
let store: Awaited<ReturnType<typeof openTestStore>>['store'];

beforeAll(async () => {
  const t = await openTestStore(undefined, [pm3, esf, statements]);
  app = createApp(t.store, t.users, { maxBodyBytes: 64 * 1024 });
  await t.users.create(
    { username: 'viewer', password: 'viewer-password-1', role: 'viewer' },
    'test',
  );
  token = await t.users.createToken('viewer', 'test', 'test');
  close = () => t.db.close();
  store = t.store;
});
afterAll(async () => {
  await close();
});

function upload(bytes: Uint8Array, name: string, auth = true): Promise<Response> {
  const form = new FormData();
  form.set('file', new File([bytes], name));
  return Promise.resolve(
    app.request('/api/audit?locale=en', {
      method: 'POST',
      body: form,
      headers: auth ? { authorization: `Bearer ${token}` } : {},
    }),
  );
}

describe('POST /api/audit', { timeout: 240_000 }, () => {
  it('audits a Word file larger than the API body limit and stores nothing', async () => {
    const docx = new Uint8Array(readFileSync(join(FIXTURES, 'docx/sala.docx')));
    const res = await upload(docx, 'sala.docx');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    const report = await bodyOf<AuditReport>(res);
    const errors = report.audit.findings
      .filter((f) => f.severity === 'error')
      .map((f) => [f.code, f.expected, f.actual]);
    // seed: sala-san-kallelse-2023-06-15.txt:828-844, tablets 29 vs 30 and 16 vs 14
    expect(errors).toEqual([
      ['documents/column-total-mismatch', '29', '30'],
      ['documents/column-total-mismatch', '16', '14'],
    ]);
    expect(report.recognitions.some((r) => r.kind === 'esf/final-report')).toBe(true);
    const list = await app.request('/api/kinds/esf/final-report/documents', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await list.json()) as { items?: unknown[] }).items ?? []).toEqual([]);
  });

  it('refuses an outsider before reading the upload', async () => {
    const res = await upload(new TextEncoder().encode('Summa\t1'), 'a.txt', false);
    expect(res.status).toBe(401);
  });

  it('answers a request without a file and a file over the limit with findings', async () => {
    const empty = await app.request('/api/audit', {
      method: 'POST',
      body: new FormData(),
      headers: { authorization: `Bearer ${token}` },
    });
    expect(empty.status).toBe(400);
    expect((await bodyOf<ErrorBody>(empty)).error.findings[0]?.code).toBe('host/no-file');
    const big = await app.request('/api/audit', {
      method: 'POST',
      body: new Uint8Array(21 * 1024 * 1024),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
    });
    expect(big.status).toBe(413);
  });

  it('reads a file that is not what its name says as what it is, with a finding', async () => {
    const png = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const res = await upload(png, 'budget.pdf');
    expect(res.status).toBe(200);
    const report = await bodyOf<AuditReport>(res);
    expect(report.audit.findings.map((f) => f.code)).toContain('documents/format-mismatch');
  });
});

describe('GET …/export?format=pdf', { timeout: 240_000 }, () => {
  const plan = parse(
    readFileSync(join(REPO_ROOT, 'docs/examples/linkoping-vso-2021/objektplan-a.yaml'), 'utf8'),
  ) as { id: string; document: unknown };
  const path = '/api/kinds/pm3/objektplan/documents/linkoping-vso-2021-a/export';
  const get = (query: string) =>
    app.request(`${path}?${query}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    await store.create({
      kind: 'pm3/objektplan',
      id: plan.id,
      document: plan.document,
      author: 'test',
    });
  });

  it('turns the Word committee document into a PDF with LibreOffice', async (ctx) => {
    // The test command installs LibreOffice (scripts/ensure-libreoffice.mjs); elsewhere skip.
    if ((await findSoffice()) === undefined) {
      ctx.skip();
      return;
    }
    const res = await get('exporter=pm3/objektplan-docx&format=pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('refuses PDF from an exporter that does not write Word', async () => {
    const res = await get('exporter=pm3/objektplan-markdown&format=pdf');
    expect(res.status).toBe(415);
    expect((await bodyOf<ErrorBody>(res)).error.findings[0]?.code).toBe('host/pdf-needs-docx');
  });
});
