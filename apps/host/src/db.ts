import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from './dir-lock.js';
import { HostError, hostFinding } from './errors.js';

/** A row as the database returns it. */
export type Row = Record<string, unknown>;

/** The SQL surface the host uses: the same statements run on PGlite and on a PostgreSQL server. */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** A database: queries, transactions and a way to close it. */
export interface Database extends Queryable {
  /** Which engine is behind it. */
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Releases the connection(s). */
  close(): Promise<void>;
}

/** Where the data lives: an embedded PGlite (in memory or in a directory) or a server URL. */
export interface DatabaseOptions {
  /** PGlite data directory; absent (and no URL) means in memory. */
  readonly dataDir?: string;
  /** PostgreSQL connection URL; when given, PGlite is not used. */
  readonly databaseUrl?: string;
}

/**
 * Opens the database: a PostgreSQL server pool when `databaseUrl` is set, otherwise PGlite
 * persisted in `dataDir` (or in memory), and runs the schema migrations.
 *
 * @example
 * ```ts
 * const db = await openDatabase({}); // in memory
 * await db.close();
 * ```
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db =
    options.databaseUrl === undefined
      ? await openPglite(options.dataDir)
      : openPostgres(options.databaseUrl);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  // One process per directory: the lock is taken before PGlite touches a file.
  const lock = dataDir === undefined ? undefined : lockDataDir(dataDir);
  let lite: PGlite;
  try {
    lite = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, [...params]);
      return result.rows;
    },
  });
  return {
    engine: 'pglite',
    ...wrap(lite),
    transaction: (fn) => lite.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      try {
        await lite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

/** SQLSTATE classes and socket errors that mean "the server is away", not "the query is bad". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
]);

/**
 * Whether an error from the database driver means the server cannot be reached right now (a
 * restart, a network cut): the request gets 503 and the pool reconnects on the next one.
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) {
    return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connection timeout|not queryable|Connection ended|terminating connection|pool after calling end/i.test(
    message,
  );
}

function unavailable(): HostError {
  return new HostError(503, [hostFinding('host/database-unavailable', {})]);
}

/** Runs a driver call, turning "server away" errors into a 503 {@link HostError}. */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isUnavailable(error)) throw unavailable();
    throw error;
  }
}

function openPostgres(url: string): Database {
  // A connection that cannot be made within 5 s fails the request (503) instead of hanging it.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // Without a listener, an idle client's error (a server restart) would end the process. The
  // pool drops that client and makes a new connection on the next query.
  pool.on('error', (error) => {
    console.error(`[styrkit] database connection lost: ${error.message}`);
  });
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []) {
      const result = await guarded(() => q.query<T>(sql, [...params]));
      return result.rows;
    },
  });
  const ignore = () => undefined;
  return {
    engine: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await guarded(() => pool.connect());
      // A checked-out client that loses its server emits 'error'; the query in flight rejects.
      client.on('error', ignore);
      let broken = false;
      try {
        await guarded(() => client.query('BEGIN'));
        const value = await fn(wrap(client));
        await guarded(() => client.query('COMMIT'));
        return value;
      } catch (error) {
        broken = error instanceof HostError && error.status === 503;
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        client.off('error', ignore);
        // A client whose connection broke is destroyed, not returned to the pool.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/**
 * The schema, as numbered migrations. Each runs once, in order, inside a transaction; the same
 * SQL serves PGlite and a PostgreSQL server. Never edit a released step: add a new one.
 */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE documents (
  kind text NOT NULL,
  id text NOT NULL,
  current_version integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  deleted_by text,
  PRIMARY KEY (kind, id)
);
CREATE TABLE versions (
  kind text NOT NULL,
  document_id text NOT NULL,
  version integer NOT NULL,
  schema_version integer NOT NULL,
  body jsonb NOT NULL,
  author text NOT NULL,
  message text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, document_id, version),
  FOREIGN KEY (kind, document_id) REFERENCES documents (kind, id)
);
CREATE TABLE approvals (
  kind text NOT NULL,
  document_id text NOT NULL,
  version integer NOT NULL,
  approved_by text NOT NULL,
  note text NOT NULL DEFAULT '',
  approved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, document_id, version, approved_by),
  FOREIGN KEY (kind, document_id, version) REFERENCES versions (kind, document_id, version)
);
CREATE TABLE audit_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  kind text,
  document_id text,
  version integer,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_document ON audit_log (kind, document_id);
CREATE FUNCTION styrkit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION styrkit_append_only();
CREATE TABLE users (
  username text PRIMARY KEY,
  display_name text NOT NULL DEFAULT '',
  password_hash text NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE grants (
  username text NOT NULL REFERENCES users (username),
  scope text NOT NULL,
  role text NOT NULL CHECK (role IN ('viewer', 'editor', 'approver', 'admin')),
  PRIMARY KEY (username, scope)
);
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES users (username),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE TABLE api_tokens (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES users (username),
  name text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);`,
  },
  {
    // Tokens expire (issue 14); tokens issued before this step get a year from their creation.
    version: 2,
    sql: `
ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
UPDATE api_tokens SET expires_at = created_at + interval '365 days' WHERE expires_at IS NULL;
ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX api_tokens_user ON api_tokens (username);`,
  },
  {
    // An approval records the findings its approver saw and acknowledged (issue 14, item 6).
    version: 3,
    sql: `
ALTER TABLE approvals ADD COLUMN acknowledged_findings jsonb NOT NULL DEFAULT '[]'::jsonb;`,
  },
  {
    // One row counting document writes (issue 18): caches of every host process compare it
    // with the value they were built at, so a save on one host is read on another at once.
    version: 4,
    sql: `
CREATE TABLE document_changes (id integer PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL);
INSERT INTO document_changes (id, seq) VALUES (1, 0);`,
  },
  {
    // Document bodies as text, the JSON exactly as the host serialised it (issue 18): no query
    // reads inside a body, and turning the text into jsonb (and back out on a read) was the
    // largest part of a save's database time on PGlite. Existing bodies keep their content, in
    // jsonb's text form (keys in jsonb's order), which reads back as the same JSON value.
    version: 5,
    sql: `
ALTER TABLE versions ALTER COLUMN body TYPE text USING body::text;`,
  },
  {
    // A save as one function (issue 18): PL/pgSQL keeps the plans of its statements for the
    // session, where the same statements sent as one query were parsed and planned on every
    // save (half of a save's database time on PGlite). One call is one statement, so the
    // version check, the new version, its audit entry and the change counter stay atomic, and
    // exactly one of concurrent saves on a base version finds the row (the others get none).
    version: 6,
    sql: `
CREATE FUNCTION styrkit_save_version(p_kind text, p_id text, p_base integer,
  p_schema_version integer, p_body text, p_author text, p_message text, p_detail jsonb)
RETURNS TABLE (saved_version integer, saved_at timestamptz) LANGUAGE plpgsql AS $$
DECLARE
  next_version integer;
BEGIN
  UPDATE documents SET current_version = current_version + 1, updated_at = now()
    WHERE kind = p_kind AND id = p_id AND current_version = p_base AND deleted_at IS NULL
    RETURNING current_version INTO next_version;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  RETURN QUERY
    INSERT INTO versions (kind, document_id, version, schema_version, body, author, message)
    VALUES (p_kind, p_id, next_version, p_schema_version, p_body, p_author, p_message)
    RETURNING version, created_at;
  INSERT INTO audit_log (actor, action, kind, document_id, version, detail)
    VALUES (p_author, 'document.save', p_kind, p_id, next_version, p_detail);
  UPDATE document_changes SET seq = seq + 1 WHERE id = 1;
END
$$;`,
  },
];

async function migrate(db: Database): Promise<void> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  // One host migrates at a time on a shared server.
  for (const step of MIGRATIONS) {
    await db.transaction(async (tx) => {
      if (db.engine === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(7316251)');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        step.version,
      ]);
      if (done.length > 0) return;
      for (const statement of splitStatements(step.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [step.version]);
    });
  }
}

/** Splits a migration into statements on `;` at line ends, keeping `$$` bodies whole. */
function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of sql.split('\n')) {
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && line.trimEnd().endsWith(';')) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}
