import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { HostError } from '../errors.js';
import type { DocumentStore } from '../store.js';
import { freshSchemaUrl, openTestStore, uid } from './helpers.js';

const note = (title: string) => ({ title, amount: '1', tags: [] });

async function seq(db: Database): Promise<number> {
  const rows = await db.query<{ seq: unknown }>('SELECT seq FROM document_changes WHERE id = 1');
  return Number(rows[0]?.seq);
}

async function audits(db: Database, id: string): Promise<unknown[]> {
  const rows = await db.query<{ version: number }>(
    `SELECT version FROM audit_log WHERE document_id = $1 AND action = 'document.save' ORDER BY version`,
    [id],
  );
  return rows.map((r) => r.version);
}

/**
 * A save is one call of styrkit_save_version (migration 6): what the single statement before it
 * guaranteed, checked on the database itself: one winner among concurrent saves on a base
 * version, an audit entry and a counter bump per saved version, nothing written by a refusal.
 */
function saveFunctionSuite(label: string, url: () => Promise<string | undefined>): void {
  describe(`a save as one database call on ${label}`, () => {
    let db: Database;
    let store: DocumentStore;
    beforeAll(async () => {
      ({ db, store } = await openTestStore(await url()));
    });
    afterAll(async () => {
      await db.close();
    });

    it('lets exactly one of concurrent saves on a base version win, and audits only it', async () => {
      const id = uid('race');
      await store.create({ kind: 'demo/note', id, document: note('base'), author: 'a' });
      const before = await seq(db);
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          store.save({
            kind: 'demo/note',
            id,
            baseVersion: 1,
            document: note(`editor ${i}`),
            author: `editor${i}`,
          }),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const r of results) {
        if (r.status === 'rejected') {
          expect(r.reason).toBeInstanceOf(HostError);
          expect((r.reason as HostError).findings[0]?.code).toBe('host/stale-version');
        }
      }
      expect(await audits(db, id)).toEqual([2]);
      expect(await seq(db)).toBe(before + 1);
      const saved = await store.save({
        kind: 'demo/note',
        id,
        baseVersion: 2,
        document: note('next'),
        author: 'b',
        message: 'on top',
      });
      expect(saved.version).toBe(3);
      expect(await audits(db, id)).toEqual([2, 3]);
      expect(await seq(db)).toBe(before + 2);
      const current = await store.getVersion('demo/note', id);
      expect([current.version, current.author, current.message]).toEqual([3, 'b', 'on top']);
      expect(current.document).toEqual(note('next'));
    });

    it('writes nothing for a save on a deleted or missing document', async () => {
      const id = uid('gone');
      await store.create({ kind: 'demo/note', id, document: note('x'), author: 'a' });
      await store.remove('demo/note', id, 'admin');
      const before = await seq(db);
      const refused = await store
        .save({ kind: 'demo/note', id, baseVersion: 1, document: note('y'), author: 'a' })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect((refused as HostError).findings[0]?.code).toBe('host/deleted');
      const missing = await store
        .save({
          kind: 'demo/note',
          id: uid('none'),
          baseVersion: 1,
          document: note('y'),
          author: 'a',
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect((missing as HostError).status).toBe(404);
      expect(await audits(db, id)).toEqual([]);
      expect(await seq(db)).toBe(before);
    });
  });
}

saveFunctionSuite('PGlite (in memory)', () => Promise.resolve(undefined));

const url = process.env.STYRKIT_TEST_DATABASE_URL;
const available = url !== undefined && url !== '';
describe.skipIf(!available)('PostgreSQL server', () => {
  saveFunctionSuite('PostgreSQL', () => freshSchemaUrl(url ?? ''));
});
