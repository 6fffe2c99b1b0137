import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { HostError } from '../errors.js';
import type { DocumentStore } from '../store.js';
import { openTestStore, uid } from './helpers.js';

async function failure(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof HostError) return error;
    throw error;
  }
  throw new Error('expected a HostError');
}

/** The storage suite, run on PGlite always and on a PostgreSQL server when one is given. */
export function storeSuite(label: string, url: string | undefined): void {
  describe(`document store on ${label}`, () => {
    let db: Database;
    let store: DocumentStore;
    beforeAll(async () => {
      ({ db, store } = await openTestStore(url));
    });
    afterAll(async () => {
      await db.close();
    });
    const note = (title: string, amount = '100') => ({ title, amount, tags: [] });

    it('versions every save and keeps author, message and the validated JSON', async () => {
      const id = uid('n');
      const v1 = await store.create({
        kind: 'demo/note',
        id,
        document: note('A', '45 100'),
        author: 'anna',
        message: 'first',
      });
      expect(v1.version).toBe(1);
      expect(v1.document).toEqual({ title: 'A', amount: '45100', tags: [] }); // Exact → string
      const v2 = await store.save({
        kind: 'demo/note',
        id,
        baseVersion: 1,
        document: note('B', '1,5'),
        author: 'bo',
        message: 'second',
      });
      expect(v2.version).toBe(2);
      expect(v2.document).toEqual({ title: 'B', amount: '1.5', tags: [] });
      const versions = await store.versions('demo/note', id);
      expect(versions.map((v) => [v.version, v.author, v.message])).toEqual([
        [1, 'anna', 'first'],
        [2, 'bo', 'second'],
      ]);
      expect((await store.getVersion('demo/note', id, 1)).document).toMatchObject({ title: 'A' });
      expect((await store.getVersion('demo/note', id)).version).toBe(2);
    });

    it('migrates older schema versions on save', async () => {
      const id = uid('old');
      const v1 = await store.create({
        kind: 'demo/note',
        id,
        schemaVersion: 1,
        document: { title: 'Old', amount: '3' },
        author: 'a',
      });
      expect(v1.schemaVersion).toBe(2);
      expect(v1.document).toEqual({ title: 'Old', amount: '3', tags: [] });
    });

    it('refuses a stale save with 409 and loses nothing (two editors)', async () => {
      const id = uid('race');
      await store.create({ kind: 'demo/note', id, document: note('base'), author: 'a' });
      const results = await Promise.allSettled([
        store.save({
          kind: 'demo/note',
          id,
          baseVersion: 1,
          document: note('anna'),
          author: 'anna',
        }),
        store.save({ kind: 'demo/note', id, baseVersion: 1, document: note('bo'), author: 'bo' }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const error = (lost[0] as PromiseRejectedResult).reason as HostError;
      expect(error.status).toBe(409);
      expect(error.findings[0]?.code).toBe('host/stale-version');
      expect(error.findings[0]?.expected).toBe('2');
      // The loser reloads and saves on top: both edits are in the history.
      const loser =
        (won[0] as PromiseFulfilledResult<{ author: string }>).value.author === 'anna'
          ? 'bo'
          : 'anna';
      await store.save({
        kind: 'demo/note',
        id,
        baseVersion: 2,
        document: note(loser),
        author: loser,
      });
      const history = await Promise.all([1, 2, 3].map((v) => store.getVersion('demo/note', id, v)));
      expect(history.map((h) => (h.document as { title: string }).title).sort()).toEqual([
        'anna',
        'base',
        'bo',
      ]);
    });

    it('soft-deletes: gone from lists and reads, versions kept, id not reusable', async () => {
      const id = uid('del');
      await store.create({ kind: 'demo/note', id, document: note('x'), author: 'a' });
      await store.remove('demo/note', id, 'admin');
      expect((await failure(store.getVersion('demo/note', id))).status).toBe(404);
      expect((await store.list('demo/note', { limit: 1000 })).some((d) => d.id === id)).toBe(false);
      expect(
        (await store.list('demo/note', { includeDeleted: true, limit: 1000 })).find(
          (d) => d.id === id,
        )?.deleted,
      ).toBe(true);
      const rows = await db.query(
        'SELECT count(*)::integer AS n FROM versions WHERE document_id = $1',
        [id],
      );
      expect(rows[0]?.n).toBe(1);
      expect(
        (await failure(store.create({ kind: 'demo/note', id, document: note('y'), author: 'a' })))
          .status,
      ).toBe(409);
      expect(
        (
          await failure(
            store.save({ kind: 'demo/note', id, baseVersion: 1, document: note('y'), author: 'a' }),
          )
        ).findings[0]?.code,
      ).toBe('host/deleted');
    });

    it('keeps an append-only audit log of every change', async () => {
      const id = uid('aud');
      await store.create({ kind: 'demo/note', id, document: note('x'), author: 'anna' });
      await store.save({
        kind: 'demo/note',
        id,
        baseVersion: 1,
        document: note('y'),
        author: 'bo',
      });
      await store.approve('demo/note', id, 2, 'cia', 'ok');
      await store.remove('demo/note', id, 'dan');
      const log = await store.auditLog({ kind: 'demo/note', id });
      expect(log.map((e) => [e.action, e.actor, e.version])).toEqual([
        ['document.delete', 'dan', null],
        ['document.approve', 'cia', 2],
        ['document.save', 'bo', 2],
        ['document.create', 'anna', 1],
      ]);
      await expect(
        db.query('UPDATE audit_log SET actor = $1 WHERE document_id = $2', ['mallory', id]),
      ).rejects.toThrow(/append-only/);
      await expect(db.query('DELETE FROM audit_log WHERE document_id = $1', [id])).rejects.toThrow(
        /append-only/,
      );
    });

    it('rejects invalid documents with 422 findings and writes nothing', async () => {
      const id = uid('bad');
      const error = await failure(
        store.create({
          kind: 'demo/note',
          id,
          document: { title: '', amount: '?', extra: 1 },
          author: 'a',
        }),
      );
      expect(error.status).toBe(422);
      expect(error.findings.length).toBeGreaterThanOrEqual(2);
      expect((await failure(store.getVersion('demo/note', id))).status).toBe(404);
      const hook = await failure(
        store.create({ kind: 'demo/note', id, document: note('forbidden'), author: 'a' }),
      );
      expect(hook.findings[0]?.code).toBe('demo/forbidden');
      expect(
        (await failure(store.create({ kind: 'demo/nope', id, document: {}, author: 'a' }))).status,
      ).toBe(404);
      expect(
        (
          await failure(
            store.create({
              kind: 'demo/note',
              id: "x'; DROP TABLE documents;--",
              document: note('a'),
              author: 'a',
            }),
          )
        ).status,
      ).toBe(400);
    });

    it('stores injection strings verbatim and harmlessly', async () => {
      const id = uid('inj');
      const nasty = [
        "Robert'); DROP TABLE versions;--",
        '<script>alert(1)</script>',
        '{{constructor.constructor("x")()}}',
        '$$; DELETE FROM documents; $$',
        '\\x00 ../../etc/passwd %s %n',
      ];
      await store.create({
        kind: 'demo/note',
        id,
        document: { title: nasty[0], amount: '1', tags: nasty },
        author: "o'brien",
      });
      const back = await store.getVersion('demo/note', id);
      expect(back.document).toEqual({ title: nasty[0], amount: '1', tags: nasty });
      expect(back.author).toBe("o'brien");
      const still = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM versions');
      expect(still[0]?.n).toBeGreaterThan(0);
      const nul = await failure(
        store.create({
          kind: 'demo/note',
          id: uid('nul'),
          document: note('a\u0000b'),
          author: 'a',
        }),
      );
      expect(nul.status).toBe(422);
    });

    it('gives plugins a read-only context of current documents, parsed', async () => {
      const id = uid('memo');
      await store.create({ kind: 'demo/memo', id, document: { text: 'hej' }, author: 'a' });
      const context = await store.context('sv');
      expect(context.documents('demo/memo').some((d) => d.id === id)).toBe(true);
      const noteId = uid('ctx');
      await store.create({ kind: 'demo/note', id: noteId, document: note('n', '-5'), author: 'a' });
      const { value } = await store.parsed('demo/note', noteId);
      expect(String((value as { amount: unknown }).amount)).toBe('-5');
    });
  });
}
