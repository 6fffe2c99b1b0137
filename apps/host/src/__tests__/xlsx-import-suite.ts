import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Database } from '../db.js';
import { XLSX_MEDIA_TYPE } from '../xlsx-import.js';
import {
  bodyOf,
  openTestStore,
  uid,
  workbook,
  type ErrorBody,
  type ImportResult,
} from './helpers.js';

/** The XLSX import suite over HTTP, on PGlite always and on a PostgreSQL server when one is given. */
export function xlsxImportSuite(label: string, url: string | undefined): void {
  describe(`XLSX import (one document per sheet) on ${label}`, () => {
    let db: Database;
    let app: ReturnType<typeof createApp>;
    let token = '';

    beforeAll(async () => {
      const t = await openTestStore(url);
      db = t.db;
      app = createApp(t.store, t.users);
      await t.users.create({ username: 'ed', password: 'editor-password-1', role: 'editor' }, 't');
      token = await t.users.createToken('ed', 'test', 't');
    });
    afterAll(async () => {
      await db.close();
    });

    const post = (body: string | Blob | FormData, type?: string) =>
      app.request('/api/import', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          ...(type === undefined ? {} : { 'content-type': type }),
        },
        body,
      });
    const get = async (id: string) =>
      bodyOf<{ document: unknown; message: string }>(
        await app.request(`/api/kinds/demo/note/documents/${id}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      );

    it('round-trips a workbook made with exceljs: a JSON/YAML document cell and document.<path> rows', async () => {
      const a = uid('xa');
      const b = uid('xb');
      const bytes = await workbook({
        _instructions: [['This sheet is ignored']],
        Budget: [
          ['field', 'value'],
          ['kind', 'demo/note'],
          ['schemaVersion', 2],
          ['id', a],
          ['message', 'från Excel'],
          ['# a comment row', 'ignored'],
          ['document', '{"title": "Budget 2026", "amount": "45 100,50", "tags": ["a"]}'],
        ],
        Rows: [
          ['kind', 'demo/note'],
          ['id', b],
          ['document.title', 'Handifylld'],
          ['document.amount', 1500.25],
          ['document.tags.0', 'x'],
          ['document.tags.1', 'y'],
        ],
      });
      const res = await post(new Blob([bytes.slice().buffer]), XLSX_MEDIA_TYPE);
      expect(res.status).toBe(200);
      const body = await bodyOf<{ imported: number; failed: number; results: ImportResult[] }>(res);
      expect(body).toMatchObject({ imported: 2, failed: 0 });
      expect(body.results).toEqual([
        expect.objectContaining({ status: 201, sheet: 'Budget', kind: 'demo/note', id: a }),
        expect.objectContaining({ status: 201, sheet: 'Rows', id: b, version: 1 }),
      ]);
      const first = await get(a);
      expect(first.document).toEqual({ title: 'Budget 2026', amount: '45100.5', tags: ['a'] });
      expect(first.message).toBe('från Excel');
      expect((await get(b)).document).toEqual({
        title: 'Handifylld',
        amount: '1500.25',
        tags: ['x', 'y'],
      });
      // The same workbook as a multipart upload changes nothing (import is idempotent).
      const form = new FormData();
      form.append(
        'file',
        new Blob([bytes.slice().buffer], { type: XLSX_MEDIA_TYPE }),
        'plans.xlsx',
      );
      const again = await post(form);
      expect(again.status).toBe(200);
      const againBody = await bodyOf<{ results: ImportResult[] }>(again);
      expect(againBody.results.map((r) => [r.file, r.sheet, r.status, r.version])).toEqual([
        ['plans.xlsx', 'Budget', 200, 1],
        ['plans.xlsx', 'Rows', 200, 1],
      ]);
    });

    it('answers a broken workbook with 422 and findings naming the cell, never a crash', async () => {
      const bytes = await workbook({
        envelope: [
          ['kind', 'demo/note'],
          ['schemaVersion', 'two'],
          ['id', null],
          ['document', '{"title": "x", '],
          ['colour', 'blue'],
        ],
        'Bad doc': [
          ['kind', 'demo/note'],
          ['id', uid('bad')],
          ['document.amount', 'not a number'],
        ],
      });
      const res = await post(new Blob([bytes.slice().buffer]), XLSX_MEDIA_TYPE);
      expect(res.status).toBe(422);
      const body = await bodyOf<
        ErrorBody & { imported: number; failed: number; results: ImportResult[] }
      >(res);
      expect(body).toMatchObject({ imported: 0, failed: 2 });
      expect(body.error.status).toBe(422);
      const sheet = (body.results[0]?.findings ?? []).map((f) => [f.code, f.path[0]]);
      expect(sheet).toEqual(
        expect.arrayContaining([
          ['host/xlsx-invalid-field', 'sheet envelope!B2'],
          ['host/xlsx-missing-field', 'sheet envelope!B3'],
          ['host/xlsx-malformed-document', 'sheet envelope!B4'],
          ['host/xlsx-unknown-field', 'sheet envelope!A5'],
        ]),
      );
      for (const f of body.error.findings) {
        expect(f.message.sv).toBeTruthy();
        expect(f.message.en).toBeTruthy();
      }
      expect(body.results[1]?.sheet).toBe('Bad doc');
      expect(body.results[1]?.findings?.length).toBeGreaterThan(0);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);

      const notXlsx = await post('this is not a zip', XLSX_MEDIA_TYPE);
      expect(notXlsx.status).toBe(422);
      expect((await bodyOf<ErrorBody>(notXlsx)).error.findings[0]?.code).toBe(
        'host/xlsx-unreadable',
      );
      const empty = await post(new Blob([await workbook({ _notes: [['x']] })]), XLSX_MEDIA_TYPE);
      expect(empty.status).toBe(422);
      expect((await bodyOf<ErrorBody>(empty)).error.findings[0]?.code).toBe(
        'host/xlsx-no-documents',
      );
      const noFile = new FormData();
      noFile.append('name', 'x');
      expect((await post(noFile)).status).toBe(400);
    });
  });
}
