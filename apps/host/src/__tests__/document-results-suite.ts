import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db.js';
import { checkDocument, renderedTables } from '../document-results.js';
import { createRegistry } from '../registry.js';
import { DocumentStore } from '../store.js';
import demo from './fixtures/plugin.js';
import { openTestStore, uid } from './helpers.js';

const note = (title: string, amount = '100') => ({ title, amount, tags: [] });

/** The demo check's info finding counts the memos it sees in its context (fixtures/plugin.ts:45-53). */
const memoCount = (findings: readonly { code: string; message: { en: string } }[]) =>
  Number(
    /^(\d+) memos$/.exec(findings.find((f) => f.code === 'demo/memo-count')?.message.en ?? '')?.[1],
  );

/**
 * Cached checks and tables on one store, and on two stores sharing one database the way two
 * host processes share a PostgreSQL server (on PGlite the database object is marked as a
 * server's, so each store caches only what the change counter allows).
 */
export function documentResultsSuite(label: string, url: string | undefined): void {
  describe(`cached checks and tables on ${label}`, () => {
    let db: Database;
    let store: DocumentStore;
    let a: DocumentStore;
    let b: DocumentStore;
    beforeAll(async () => {
      ({ db, store } = await openTestStore(url));
      const shared: Database = { ...db, engine: 'postgres' };
      const registry = createRegistry([demo]);
      a = new DocumentStore(url === undefined ? shared : db, registry);
      b = new DocumentStore(url === undefined ? shared : db, registry);
    });
    afterAll(async () => {
      await db.close();
    });

    it('serves checks from the cache until a document they read changes, never stale', async () => {
      const id = uid('n');
      await store.create({ kind: 'demo/note', id, document: note('A'), author: 'anna' });
      const first = await checkDocument(store, { kind: 'demo/note', id, locale: 'en' });
      const computed = store.results.computed;
      const again = await checkDocument(store, { kind: 'demo/note', id, locale: 'en' });
      expect(again.findings).toEqual(first.findings);
      expect(store.results.computed).toBe(computed);
      // Another note: the check reads only memos, so its result stays cached.
      await store.create({ kind: 'demo/note', id: uid('n'), document: note('B'), author: 'anna' });
      await checkDocument(store, { kind: 'demo/note', id, locale: 'en' });
      expect(store.results.computed).toBe(computed);
      // A memo: the cached count would be stale, so it is computed again.
      const memo = uid('m');
      await store.create({ kind: 'demo/memo', id: memo, document: { text: 'x' }, author: 'anna' });
      const after = await checkDocument(store, { kind: 'demo/note', id, locale: 'en' });
      expect(memoCount(after.findings)).toBe(memoCount(first.findings) + 1);
      await store.remove('demo/memo', memo, 'anna');
      const removed = await checkDocument(store, { kind: 'demo/note', id, locale: 'en' });
      expect(memoCount(removed.findings)).toBe(memoCount(first.findings));
    });

    it('renders a saved version, not the cached one before it', async () => {
      const id = uid('n');
      const v1 = await store.create({
        kind: 'demo/note',
        id,
        document: note('Old'),
        author: 'anna',
      });
      const before = await renderedTables(store, {
        kind: 'demo/note',
        id,
        locale: 'sv',
        format: 'csv',
      });
      expect(String(before.output)).toContain('Old');
      await store.save({
        kind: 'demo/note',
        id,
        baseVersion: v1.version,
        document: note('New'),
        author: 'anna',
      });
      const after = await renderedTables(store, {
        kind: 'demo/note',
        id,
        locale: 'sv',
        format: 'csv',
      });
      expect(after.record.version).toBe(2);
      expect(String(after.output)).toContain('New');
      // An older version asked for by number still renders as it was.
      const old = await renderedTables(store, {
        kind: 'demo/note',
        id,
        version: 1,
        locale: 'sv',
        format: 'csv',
      });
      expect(String(old.output)).toContain('Old');
    });

    it('shares one context rebuild and one computation among concurrent readers', async () => {
      const id = uid('n');
      await store.create({ kind: 'demo/note', id, document: note('C'), author: 'anna' });
      await store.create({
        kind: 'demo/memo',
        id: uid('m'),
        document: { text: 'y' },
        author: 'anna',
      });
      const builds = store.snapshotBuilds;
      const computed = store.results.computed;
      const results = await Promise.all(
        Array.from({ length: 30 }, () =>
          checkDocument(store, { kind: 'demo/note', id, locale: 'en' }),
        ),
      );
      expect(new Set(results.map((r) => JSON.stringify(r.findings))).size).toBe(1);
      expect(store.snapshotBuilds - builds).toBeLessThanOrEqual(url === undefined ? 1 : 2);
      expect(store.results.computed - computed).toBeLessThanOrEqual(url === undefined ? 1 : 2);
    });

    it('reads a save on one host at once on another sharing the database', async () => {
      const id = uid('n');
      await a.create({ kind: 'demo/note', id, document: note('On A'), author: 'anna' });
      const onB = await renderedTables(b, { kind: 'demo/note', id, locale: 'sv', format: 'csv' });
      expect(String(onB.output)).toContain('On A');
      const countOnB = memoCount(
        (await checkDocument(b, { kind: 'demo/note', id, locale: 'en' })).findings,
      );
      // A saves the note and adds a memo; B's cached table and check must not be served.
      await a.save({
        kind: 'demo/note',
        id,
        baseVersion: 1,
        document: note('Saved on A'),
        author: 'anna',
      });
      await a.create({ kind: 'demo/memo', id: uid('m'), document: { text: 'z' }, author: 'anna' });
      const saved = await renderedTables(b, { kind: 'demo/note', id, locale: 'sv', format: 'csv' });
      expect(String(saved.output)).toContain('Saved on A');
      const checked = await checkDocument(b, { kind: 'demo/note', id, locale: 'en' });
      expect(checked.version).toBe(2);
      expect(memoCount(checked.findings)).toBe(countOnB + 1);
      // And B's context (what exporters and differs see) has A's memo as well.
      const memos = (await b.context('sv')).documents('demo/memo').length;
      expect(memos).toBe((await a.context('sv')).documents('demo/memo').length);
    });

    it('counts the documents a list pages through', async () => {
      const kind = 'demo/memo';
      const total = await store.count(kind);
      const listed = await store.list(kind, { limit: 1000 });
      expect(total).toBe(listed.length);
      const page = await store.list(kind, { limit: 1, offset: 1 });
      expect(page.length).toBe(Math.min(1, Math.max(total - 1, 0)));
      expect(await store.count(kind, { ids: [] })).toBe(0);
      expect(await store.count(kind, { ids: listed.slice(0, 2).map((d) => d.id) })).toBe(
        Math.min(2, total),
      );
    });

    it('answers a repeated list page from the cache until a document is written', async () => {
      const kind = 'demo/memo';
      const id = uid('m');
      await store.create({ kind, id, document: { text: 'list' }, author: 'anna' });
      const first = await store.list(kind, { limit: 1000 });
      const total = await store.count(kind);
      const queries = store.listQueries;
      expect(await store.list(kind, { limit: 1000 })).toEqual(first);
      expect(await store.count(kind)).toBe(total);
      expect(store.listQueries).toBe(queries);
      // A save moves the document to the top with its new version; a delete removes it.
      await store.save({ kind, id, baseVersion: 1, document: { text: 'again' }, author: 'anna' });
      const saved = await store.list(kind, { limit: 1 });
      expect(saved[0]).toMatchObject({ id, version: 2 });
      await store.remove(kind, id, 'anna');
      expect((await store.list(kind, { limit: 1000 })).some((d) => d.id === id)).toBe(false);
      expect(await store.count(kind)).toBe(total - 1);
    });

    it('lists a document created on one host at once on another sharing the database', async () => {
      const kind = 'demo/memo';
      const before = await b.list(kind, { limit: 1000 });
      const countBefore = await b.count(kind);
      const id = uid('m');
      await a.create({ kind, id, document: { text: 'on A' }, author: 'anna' });
      const after = await b.list(kind, { limit: 1000 });
      expect(after.length).toBe(before.length + 1);
      expect(after.some((d) => d.id === id)).toBe(true);
      expect(await b.count(kind)).toBe(countBefore + 1);
    });
  });
}
