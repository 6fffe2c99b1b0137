import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, openDatabase, type DatabaseOptions } from '../db.js';
import { createRegistry } from '../registry.js';
import { DocumentStore } from '../store.js';
import demo from './fixtures/plugin.js';
import { freshSchemaUrl } from './helpers.js';

/** Runs SQL without parameters (several statements at once) on the old-schema database. */
type Exec = (sql: string) => Promise<unknown>;

/** A body (a valid demo/note) with what jsonb normalises: key order, escapes, non-ASCII. */
const OLD_BODY = {
  title: 'Åtgärd "ett" \\ två\nrad \u{1F600}',
  amount: '45100.50',
  tags: ['ö', 'a b', ''],
};

/**
 * Builds a database as a host before migration 5 left it: migrations 1–4 and rows written by
 * that host's statements (bodies as jsonb), a document with two versions and an approval.
 */
async function oldDatabase(exec: Exec): Promise<void> {
  await exec(
    'CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  for (const step of MIGRATIONS.filter((m) => m.version <= 4)) {
    await exec(step.sql);
    await exec(`INSERT INTO schema_migrations (version) VALUES (${step.version})`);
  }
  const body = (title: string) => JSON.stringify({ ...OLD_BODY, title }).replace(/'/g, "''");
  await exec(`
INSERT INTO documents (kind, id, current_version) VALUES ('demo/note', 'old-note', 2);
INSERT INTO versions (kind, document_id, version, schema_version, body, author, message)
  VALUES ('demo/note', 'old-note', 1, 2, '${body('first')}'::jsonb, 'anna', 'one'),
         ('demo/note', 'old-note', 2, 2, '${body(OLD_BODY.title)}'::jsonb, 'bo', 'two');
INSERT INTO approvals (kind, document_id, version, approved_by, note)
  VALUES ('demo/note', 'old-note', 2, 'cecilia', 'ok');`);
}

async function bodyType(options: DatabaseOptions): Promise<unknown> {
  const db = await openDatabase(options);
  try {
    const rows = await db.query(
      `SELECT data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'versions' AND column_name = 'body'`,
    );
    return rows[0]?.data_type;
  } finally {
    await db.close();
  }
}

/** Opens the old database with today's host and checks that nothing was lost. */
async function checkMigrated(options: DatabaseOptions): Promise<void> {
  const db = await openDatabase(options);
  try {
    const store = new DocumentStore(db, createRegistry([demo]));
    const current = await store.getVersion('demo/note', 'old-note');
    expect(current.version).toBe(2);
    expect(current.document).toEqual(OLD_BODY);
    expect(current.approvals.map((a) => [a.by, a.note])).toEqual([['cecilia', 'ok']]);
    expect((await store.getVersion('demo/note', 'old-note', 1)).document).toEqual({
      ...OLD_BODY,
      title: 'first',
    });
    expect((await store.versions('demo/note', 'old-note')).map((v) => v.author)).toEqual([
      'anna',
      'bo',
    ]);
    // The plugin context reads bodies in bulk: the old ones parse there too.
    const context = await store.context('sv');
    expect(context.documents('demo/note').map((d) => d.id)).toContain('old-note');
    // A save on top of the migrated version is version 3, stored as the text it was sent as.
    const saved = await store.save({
      kind: 'demo/note',
      id: 'old-note',
      baseVersion: 2,
      document: { title: 'three', amount: '1', tags: [] },
      author: 'anna',
    });
    expect(saved.version).toBe(3);
    const rows = await db.query<{ body: string }>(
      `SELECT body FROM versions WHERE document_id = 'old-note' AND version = 3`,
    );
    expect(rows[0]?.body).toBe(JSON.stringify(saved.document));
  } finally {
    await db.close();
  }
  // Opening again runs no step twice.
  expect(await bodyType(options)).toBe('text');
}

describe('migration 5: document bodies from jsonb to text', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every version of a PGlite database made by the old schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'styrkit-migrate-'));
    dirs.push(dir);
    const dataDir = join(dir, 'data');
    const lite = await PGlite.create(dataDir);
    await oldDatabase((sql) => lite.exec(sql));
    const before = await lite.query<{ t: string }>(
      `SELECT pg_typeof(body)::text AS t FROM versions LIMIT 1`,
    );
    expect(before.rows[0]?.t).toBe('jsonb');
    await lite.close();
    await checkMigrated({ dataDir });
  });

  const url = process.env.STYRKIT_TEST_DATABASE_URL;
  it.skipIf(url === undefined || url === '')(
    'keeps every version of a PostgreSQL database made by the old schema',
    async () => {
      const databaseUrl = await freshSchemaUrl(url ?? '');
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await oldDatabase((sql) => client.query(sql));
      } finally {
        await client.end();
      }
      await checkMigrated({ databaseUrl });
    },
  );
});
