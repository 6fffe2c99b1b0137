import type { Finding, NumberLocale } from '@styrkit/core';
import { migrateDocument, type PluginContext } from '@styrkit/plugin';
import type { Database, Queryable } from './db.js';
import { fail, HostError, hostFinding } from './errors.js';
import { ContextSnapshot, SnapshotBuilder, type SnapshotRow } from './context-snapshot.js';
import { LruCache } from './lru.js';
import { ResultCache } from './result-cache.js';
import type { KindEntry, Registry } from './registry.js';

/** A document's current state in a list. */
export interface DocumentSummary {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deleted: boolean;
}

/** A finding an approver saw and acknowledged when approving: its code and path. */
export interface AcknowledgedFinding {
  readonly code: string;
  readonly path: readonly (string | number)[];
}

/** One approval of a version. */
export interface ApprovalMeta {
  readonly by: string;
  readonly at: string;
  /** The approver's comment (also `comment`; `note` is its older name). */
  readonly note: string;
  readonly comment: string;
  readonly acknowledgedFindings: readonly AcknowledgedFinding[];
}

/** One version's metadata. */
export interface VersionMeta {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  readonly schemaVersion: number;
  readonly author: string;
  readonly message: string;
  readonly createdAt: string;
  readonly approvals: readonly ApprovalMeta[];
}

/** One version with its stored (validated, JSON) document. */
export interface VersionRecord extends VersionMeta {
  readonly document: unknown;
}

/** An audit log entry. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly kind: string | null;
  readonly documentId: string | null;
  readonly version: number | null;
  readonly detail: unknown;
}

/** What a write needs besides the document. */
export interface WriteInput {
  readonly kind: string;
  readonly id: string;
  readonly document: unknown;
  /** Schema version of `document`; the kind's current one when absent. */
  readonly schemaVersion?: number;
  readonly author: string;
  readonly message?: string;
}

/**
 * Parsed versions kept in memory (least recently used go first). Every save adds one; the soak
 * test showed an unbounded-until-20 000 cache growing RSS by ~30 kB per save.
 */
const PARSED_CACHE_ENTRIES = 1_000;

/**
 * Document list pages and counts kept per change token (issue 18: the list at 1 000 documents
 * cost ~10 ms of host CPU per request in two queries). A page only changes when a document is
 * written, and every document write moves the token, so a page read at a token is served again
 * until the next write; entries of older tokens age out of this bound.
 */
const LIST_CACHE_ENTRIES = 1_000;

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_MESSAGE = 2000;

/**
 * Every document write (create, save, delete, approval) bumps this counter in the statement or
 * transaction that writes, so a reader on any process sees a new value exactly when it can see
 * the change: caches built at an older value are rebuilt (issue 18, two hosts on one database).
 */
const BUMP_CHANGES = 'UPDATE document_changes SET seq = seq + 1 WHERE id = 1';

/**
 * Serialises a validated document to plain JSON: `Exact` values become strings through their
 * `toJSON`, dates and other values as JSON has them.
 *
 * @example
 * ```ts
 * toJson({ amount: exact('45100') }); // { amount: '45100' }
 * ```
 */
export function toJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * A stored body as the JSON value it holds. Bodies are text since migration 5 (the JSON the
 * host serialised, parsed here once per read instead of by the driver from jsonb); a value that
 * is not a string is one a driver already parsed (a row written by SQL outside the host).
 */
function storedBody(body: unknown): unknown {
  return typeof body === 'string' ? (JSON.parse(body) as unknown) : body;
}

function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * Checks a document id: 1–128 characters of letters, digits, `.`, `_` and `-`, starting with a
 * letter or digit (ids appear in URLs and file names).
 *
 * @example
 * ```ts
 * assertDocumentId('linkoping-vso-2021-a');
 * ```
 */
export function assertDocumentId(id: string): void {
  if (!idPattern.test(id)) {
    fail(400, 'host/invalid-id', {}, { path: ['id'], actual: id.slice(0, 200) });
  }
}

/**
 * The versioned document store: every save is a new version validated by its plugin kind,
 * optimistic concurrency on the version a save edits, soft deletes and an append-only audit
 * log. Knows no domain: kinds come from the {@link Registry}.
 */
export class DocumentStore {
  readonly #db: Database;
  readonly #registry: Registry;
  /** Parsed documents by `kind id version`: versions never change, so this never goes stale. */
  readonly #parsed = new LruCache<string, unknown>(PARSED_CACHE_ENTRIES);

  /**
   * PGlite is opened by this process alone, so reads can be cached until this process writes;
   * on a PostgreSQL server other hosts may write, so only immutable versions are cached.
   */
  readonly #exclusive: boolean;
  /** Bumped on every write; a read caches its result only if no write happened meanwhile. */
  #generation = 0;
  readonly #records = new Map<string, VersionRecord>();
  /** Reads of the same version in flight on PGlite, shared (single-flight). */
  readonly #reading = new Map<string, Promise<VersionRecord>>();
  /** Plugin contexts, rebuilt once per change for every reader waiting (single-flight). */
  readonly #snapshots = new SnapshotBuilder({
    rows: () => this.#snapshotRows(),
    values: (rows) => this.#snapshotValues(rows),
  });
  /** Rendered tables and check results per document version (see {@link ResultCache}). */
  readonly results = new ResultCache();
  /** List pages and counts by `token query` (see {@link LIST_CACHE_ENTRIES}). */
  readonly #lists = new LruCache<string, unknown>(LIST_CACHE_ENTRIES);
  #listQueries = 0;

  /** A store over an opened database and a validated plugin registry. */
  constructor(db: Database, registry: Registry) {
    this.#db = db;
    this.#registry = registry;
    this.#exclusive = db.engine === 'pglite';
  }

  #remember(key: string, value: unknown): void {
    this.#parsed.set(key, value);
  }

  async #mutate<T>(fn: (db: Database) => Promise<T>): Promise<T> {
    try {
      return await fn(this.#db);
    } finally {
      this.#invalidate();
    }
  }

  #invalidate(): void {
    this.#generation++;
    this.#records.clear();
  }

  async #write<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    try {
      return await this.#db.transaction(fn);
    } finally {
      this.#invalidate();
    }
  }

  /** The database underneath (for users and sessions). */
  get db(): Database {
    return this.#db;
  }

  /** The plugin registry. */
  get registry(): Registry {
    return this.#registry;
  }

  /** The loaded kind, or a 404 naming the known kinds. */
  entry(kind: string): KindEntry {
    const entry = this.#registry.kinds.get(kind);
    if (entry === undefined) {
      fail(
        404,
        'host/unknown-kind',
        { kind },
        { path: ['kind'], actual: kind, expected: [...this.#registry.kinds.keys()].join(', ') },
      );
    }
    return entry;
  }

  /**
   * Migrates and validates a document through its kind, runs the plugins' `beforeSave` hooks,
   * and returns the value as parsed and as the JSON that is stored. Errors → 422 with findings.
   */
  validate(
    kind: string,
    id: string,
    document: unknown,
    schemaVersion?: number,
  ): { value: unknown; json: unknown; text: string; warnings: Finding[] } {
    const entry = this.entry(kind);
    const from = schemaVersion ?? entry.kind.schemaVersion;
    if (!Number.isInteger(from) || from < 1) {
      fail(422, 'host/invalid-schema-version', {});
    }
    const parsed = migrateDocument(entry.kind, document, from);
    if (!parsed.ok) throw new HostError(422, parsed.error);
    const hook = entry.plugin.hooks?.beforeSave;
    const hookFindings = hook
      ? hook({ id, kind, document: parsed.value }, this.#emptyContext('sv'))
      : [];
    if (hookFindings.some((f) => f.severity === 'error')) throw new HostError(422, hookFindings);
    // Serialised once: the NUL check, the stored body (this very text, migration 5) and the
    // returned JSON all come from it (three serialisations of a 10 kB objektplan per save
    // before, issue 18). NUL stays refused as when bodies were jsonb, which cannot hold it.
    const text = parsed.value === undefined ? 'null' : JSON.stringify(parsed.value);
    if (text.includes('\\u0000')) {
      fail(422, 'host/nul-character', {});
    }
    return { value: parsed.value, json: JSON.parse(text) as unknown, text, warnings: hookFindings };
  }

  /** Creates a document at version 1; 409 when the id is taken (also by a deleted document). */
  async create(input: WriteInput): Promise<VersionRecord> {
    assertDocumentId(input.id);
    const message = checkMessage(input.message);
    const { value, json, text } = this.validate(
      input.kind,
      input.id,
      input.document,
      input.schemaVersion,
    );
    const schemaVersion = this.entry(input.kind).kind.schemaVersion;
    // One statement: document, version and audit entry are written together or not at all.
    const rows = await this.#mutate((db) =>
      db.query<{ created_at: unknown }>(
        `WITH d AS (
           INSERT INTO documents (kind, id, current_version) VALUES ($1::text, $2::text, 1)
           ON CONFLICT (kind, id) DO NOTHING RETURNING kind, id),
         v AS (
           INSERT INTO versions (kind, document_id, version, schema_version, body, author, message)
           SELECT d.kind, d.id, 1, $3::integer, $4::text, $5::text, $6::text FROM d
           RETURNING kind, document_id, version, created_at),
         a AS (
           INSERT INTO audit_log (actor, action, kind, document_id, version, detail)
           SELECT $5::text, 'document.create', v.kind, v.document_id, v.version, $7::jsonb FROM v),
         c AS (${BUMP_CHANGES} AND EXISTS (SELECT 1 FROM v))
         SELECT created_at FROM v`,
        [
          input.kind,
          input.id,
          schemaVersion,
          text,
          input.author,
          message,
          JSON.stringify({ message }),
        ],
      ),
    );
    const row = rows[0];
    if (row === undefined) {
      fail(409, 'host/already-exists', { id: input.id }, { path: ['id'], actual: input.id });
    }
    this.#remember(`${input.kind} ${input.id} 1`, value);
    return {
      kind: input.kind,
      id: input.id,
      version: 1,
      schemaVersion,
      author: input.author,
      message,
      createdAt: iso(row.created_at),
      approvals: [],
      document: json,
    };
  }

  /**
   * Saves a new version on top of `baseVersion`. When someone saved in between, nothing is
   * written and the answer is 409 with the current version: a stale save is never merged.
   */
  async save(input: WriteInput & { readonly baseVersion: number }): Promise<VersionRecord> {
    assertDocumentId(input.id);
    const message = checkMessage(input.message);
    if (!Number.isInteger(input.baseVersion) || input.baseVersion < 1) {
      fail(400, 'host/invalid-base-version', {});
    }
    const { value, json, text } = this.validate(
      input.kind,
      input.id,
      input.document,
      input.schemaVersion,
    );
    const schemaVersion = this.entry(input.kind).kind.schemaVersion;
    // One statement, a call of styrkit_save_version (migration 6, whose plans the database
    // keeps): the version check, the new version, its audit entry and the change counter are
    // atomic; under concurrency exactly one save on a base version matches, the others get no row.
    const rows = await this.#mutate((db) =>
      db.query<{ version: number; created_at: unknown }>(
        `SELECT saved_version AS version, saved_at AS created_at FROM styrkit_save_version(
           $1::text, $2::text, $3::integer, $4::integer, $5::text, $6::text, $7::text, $8::jsonb)`,
        [
          input.kind,
          input.id,
          input.baseVersion,
          schemaVersion,
          text,
          input.author,
          message,
          JSON.stringify({ message, baseVersion: input.baseVersion }),
        ],
      ),
    );
    const row = rows[0];
    if (row === undefined)
      return this.#explainRefusal(this.#db, input.kind, input.id, input.baseVersion);
    const version = row.version;
    this.#remember(`${input.kind} ${input.id} ${version}`, value);
    return {
      kind: input.kind,
      id: input.id,
      version,
      schemaVersion,
      author: input.author,
      message,
      createdAt: iso(row.created_at),
      approvals: [],
      document: json,
    };
  }

  async #explainRefusal(tx: Queryable, kind: string, id: string, base: number): Promise<never> {
    const rows = await tx.query<{ current_version: number; deleted_at: unknown }>(
      'SELECT current_version, deleted_at FROM documents WHERE kind = $1 AND id = $2',
      [kind, id],
    );
    const row = rows[0];
    if (row === undefined) this.#notFound(kind, id);
    if (row.deleted_at !== null) {
      fail(409, 'host/deleted', { id });
    }
    fail(
      409,
      'host/stale-version',
      { current: row.current_version, base },
      { path: ['baseVersion'], expected: String(row.current_version), actual: String(base) },
    );
  }

  #notFound(kind: string, id: string, version?: number): never {
    fail(404, 'host/not-found', version === undefined ? { kind, id } : { kind, id, version });
  }

  /** Soft-deletes a document (its versions stay, for the audit trail). */
  async remove(kind: string, id: string, actor: string, baseVersion?: number): Promise<void> {
    this.entry(kind);
    await this.#write(async (tx) => {
      const rows = await tx.query(
        `UPDATE documents SET deleted_at = now(), deleted_by = $3
         WHERE kind = $1 AND id = $2 AND deleted_at IS NULL
           AND ($4::integer IS NULL OR current_version = $4::integer)
         RETURNING id`,
        [kind, id, actor, baseVersion ?? null],
      );
      if (rows.length === 0) {
        if (baseVersion === undefined) this.#notFound(kind, id);
        await this.#explainRefusal(tx, kind, id, baseVersion);
      }
      await audit(tx, actor, 'document.delete', kind, id, null, {});
      await tx.query(BUMP_CHANGES);
    });
  }

  /** Records that `actor` approves a version (its own permission, checked by the caller). */
  async approve(
    kind: string,
    id: string,
    version: number,
    actor: string,
    note = '',
    policy: { allowAuthor?: boolean; acknowledgedFindings?: readonly AcknowledgedFinding[] } = {},
  ): Promise<VersionRecord> {
    const acknowledged = policy.acknowledgedFindings ?? [];
    const record = await this.getVersion(kind, id, version);
    // Four eyes: whoever wrote a version does not approve it, unless the host allows it.
    if (policy.allowAuthor !== true && record.author === actor) {
      fail(
        409,
        'host/four-eyes',
        { version },
        { path: ['version'], expected: `an approver other than ${actor}`, actual: actor },
      );
    }
    await this.#write(async (tx) => {
      await tx.query(
        `INSERT INTO approvals (kind, document_id, version, approved_by, note, acknowledged_findings)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT DO NOTHING`,
        [kind, id, version, actor, checkMessage(note), JSON.stringify(acknowledged)],
      );
      await tx.query(BUMP_CHANGES);
      await audit(tx, actor, 'document.approve', kind, id, version, {
        note,
        acknowledgedFindings: acknowledged,
      });
    });
    return this.getVersion(kind, id, version);
  }

  /**
   * Documents of a kind, newest first; with `ids`, only those documents (filtered before
   * `limit`/`offset`, so a page is full whenever enough of them exist).
   */
  async list(
    kind: string,
    options: {
      includeDeleted?: boolean;
      limit?: number;
      offset?: number;
      ids?: readonly string[];
    } = {},
  ): Promise<DocumentSummary[]> {
    this.entry(kind);
    if (options.ids?.length === 0) return [];
    const params = [
      kind,
      options.includeDeleted ?? false,
      options.limit ?? 100,
      options.offset ?? 0,
      options.ids === undefined ? null : [...options.ids],
    ];
    return this.#listed(['list', ...params], async () => {
      const rows = await this.#db.query(
        `SELECT kind, id, current_version, created_at, updated_at, deleted_at FROM documents
         WHERE kind = $1 AND ($2::boolean OR deleted_at IS NULL)
           AND ($5::text[] IS NULL OR id = ANY($5::text[]))
         ORDER BY updated_at DESC, id LIMIT $3 OFFSET $4`,
        params,
      );
      return rows.map((r) => ({
        kind: String(r.kind),
        id: String(r.id),
        version: Number(r.current_version),
        createdAt: iso(r.created_at),
        updatedAt: iso(r.updated_at),
        deleted: r.deleted_at !== null,
      }));
    });
  }

  /**
   * A list query's answer, reused while no document is written: keyed by the change token read
   * before the query (this process's write generation on PGlite, the database's change counter
   * on a server), so the answer is at least as new as the token, and a write anywhere moves the
   * token and makes the next reader query again. Callers get a shared copy: read only.
   */
  async #listed<T>(query: readonly unknown[], read: () => Promise<T>): Promise<T> {
    const token = this.#exclusive ? this.#generation : await this.#changeSeq();
    const key = `${String(token)} ${JSON.stringify(query)}`;
    if (this.#lists.has(key)) return this.#lists.get(key) as T;
    const value = await read();
    this.#listQueries++;
    // On PGlite a write during the query may or may not be in the answer: keep it only when
    // none happened (a server's token is read from the database, so the key is already right).
    if (!this.#exclusive || token === this.#generation) this.#lists.set(key, value);
    return value;
  }

  /** How many list and count queries reached the database (tests and benchmarks). */
  get listQueries(): number {
    return this.#listQueries;
  }

  async #changeSeq(): Promise<number> {
    const rows = await this.#db.query<{ seq: string | number }>(
      'SELECT seq FROM document_changes WHERE id = 1',
    );
    return Number(rows[0]?.seq ?? 0);
  }

  /**
   * How many documents of a kind {@link list} pages through with the same filters: the
   * `total` beside a page, so a client knows how many pages there are.
   */
  async count(
    kind: string,
    options: { includeDeleted?: boolean; ids?: readonly string[] } = {},
  ): Promise<number> {
    this.entry(kind);
    if (options.ids?.length === 0) return 0;
    const params = [
      kind,
      options.includeDeleted ?? false,
      options.ids === undefined ? null : [...options.ids],
    ];
    return this.#listed(['count', ...params], async () => {
      const rows = await this.#db.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM documents
         WHERE kind = $1 AND ($2::boolean OR deleted_at IS NULL)
           AND ($3::text[] IS NULL OR id = ANY($3::text[]))`,
        params,
      );
      return rows[0]?.n ?? 0;
    });
  }

  /** The current version number of a live document, or 404. */
  async currentVersion(kind: string, id: string): Promise<number> {
    this.entry(kind);
    const rows = await this.#db.query<{ current_version: number }>(
      'SELECT current_version FROM documents WHERE kind = $1 AND id = $2 AND deleted_at IS NULL',
      [kind, id],
    );
    const row = rows[0];
    if (row === undefined) this.#notFound(kind, id);
    return row.current_version;
  }

  /** One version (the current one when `version` is absent) of a live document. */
  async getVersion(kind: string, id: string, version?: number): Promise<VersionRecord> {
    this.entry(kind);
    const key = `${kind} ${id} ${version ?? 'current'}`;
    const cached = this.#records.get(key);
    if (cached !== undefined) return cached;
    if (!this.#exclusive) return this.#readVersion(kind, id, version, key);
    // On PGlite, readers of the same version while no write happens share one query.
    const flight = `${this.#generation} ${key}`;
    const pending = this.#reading.get(flight);
    if (pending !== undefined) return pending;
    const promise = this.#readVersion(kind, id, version, key);
    this.#reading.set(flight, promise);
    try {
      return await promise;
    } finally {
      this.#reading.delete(flight);
    }
  }

  async #readVersion(
    kind: string,
    id: string,
    version: number | undefined,
    key: string,
  ): Promise<VersionRecord> {
    const generation = this.#generation;
    const rows = await this.#db.query(
      `SELECT v.version, v.schema_version, v.body, v.author, v.message, v.created_at,
         COALESCE((SELECT json_agg(json_build_object('by', a.approved_by, 'at', a.approved_at, 'note', a.note, 'comment', a.note, 'acknowledgedFindings', a.acknowledged_findings) ORDER BY a.approved_at)
           FROM approvals a WHERE a.kind = v.kind AND a.document_id = v.document_id AND a.version = v.version), '[]'::json) AS approvals
       FROM documents d JOIN versions v ON v.kind = d.kind AND v.document_id = d.id
         AND v.version = COALESCE($3::integer, d.current_version)
       WHERE d.kind = $1 AND d.id = $2 AND d.deleted_at IS NULL`,
      [kind, id, version ?? null],
    );
    const row = rows[0];
    if (row === undefined) this.#notFound(kind, id, version);
    const record: VersionRecord = {
      kind,
      id,
      version: Number(row.version),
      schemaVersion: Number(row.schema_version),
      author: String(row.author),
      message: String(row.message),
      createdAt: iso(row.created_at),
      document: storedBody(row.body),
      approvals: row.approvals as VersionMeta['approvals'],
    };
    if (this.#exclusive && generation === this.#generation) {
      if (this.#records.size > 10_000) this.#records.clear();
      this.#records.set(key, record);
    }
    return record;
  }

  /** Every version's metadata, oldest first. */
  async versions(kind: string, id: string): Promise<VersionMeta[]> {
    await this.currentVersion(kind, id);
    const rows = await this.#db.query(
      `SELECT v.version, v.schema_version, v.author, v.message, v.created_at,
         COALESCE((SELECT json_agg(json_build_object('by', a.approved_by, 'at', a.approved_at, 'note', a.note, 'comment', a.note, 'acknowledgedFindings', a.acknowledged_findings) ORDER BY a.approved_at)
           FROM approvals a WHERE a.kind = v.kind AND a.document_id = v.document_id AND a.version = v.version), '[]'::json) AS approvals
       FROM versions v WHERE v.kind = $1 AND v.document_id = $2 ORDER BY v.version`,
      [kind, id],
    );
    return rows.map((r) => ({
      kind,
      id,
      version: Number(r.version),
      schemaVersion: Number(r.schema_version),
      author: String(r.author),
      message: String(r.message),
      createdAt: iso(r.created_at),
      approvals: r.approvals as VersionMeta['approvals'],
    }));
  }

  /** A stored version parsed back through its kind (Exact values and all), cached. */
  async parsed(
    kind: string,
    id: string,
    version?: number,
  ): Promise<{ record: VersionRecord; value: unknown }> {
    const record = await this.getVersion(kind, id, version);
    return { record, value: this.#parse(kind, record) };
  }

  #parse(
    kind: string,
    record: Pick<VersionRecord, 'id' | 'version' | 'schemaVersion' | 'document'>,
  ): unknown {
    const current = this.#snapshots.current;
    if (current?.has(kind, record.id, record.version) === true) {
      return current.value(kind, record.id, record.version);
    }
    const key = `${kind} ${record.id} ${record.version}`;
    if (this.#parsed.has(key)) return this.#parsed.get(key);
    const result = migrateDocument(this.entry(kind).kind, record.document, record.schemaVersion);
    if (!result.ok) {
      throw new HostError(500, [
        hostFinding('host/stored-document-invalid', { id: record.id, version: record.version }),
        ...result.error,
      ]);
    }
    this.#remember(key, result.value);
    return result.value;
  }

  /**
   * A plugin context over the current versions of every live document, parsed. Plugins get
   * read-only copies; the snapshot is at least as new as the moment this is called.
   */
  async context(locale: NumberLocale): Promise<PluginContext> {
    return (await this.snapshot()).context(locale);
  }

  /**
   * The current versions of every live document at least as new as now: on PGlite, reused
   * until this process writes; on a PostgreSQL server, reused while the database's change
   * counter is unchanged (one small query), so a save on another host is seen at once. One
   * rebuild serves every reader waiting for it, and reparses only what changed.
   */
  async snapshot(): Promise<ContextSnapshot> {
    if (this.#exclusive) return this.#snapshots.atLeast(this.#generation);
    return this.#snapshots.atLeast(await this.#changeSeq());
  }

  /** How many snapshots this store has built (benchmarks and tests). */
  get snapshotBuilds(): number {
    return this.#snapshots.builds;
  }

  async #snapshotRows(): Promise<{ token: number; rows: SnapshotRow[] }> {
    // PGlite: the generation before the query (a write during it makes the next reader rebuild).
    const generation = this.#generation;
    const found = await this.#db.query<{
      kind: string | null;
      id: string;
      v: number;
      seq: unknown;
    }>(
      `SELECT c.seq, d.kind, d.id, d.current_version AS v
       FROM document_changes c LEFT JOIN documents d ON d.deleted_at IS NULL
       WHERE c.id = 1 ORDER BY d.id`,
    );
    const rows: SnapshotRow[] = [];
    for (const r of found) {
      if (r.kind === null || !this.#registry.kinds.has(r.kind)) continue;
      rows.push({ kind: r.kind, id: r.id, version: r.v });
    }
    return { token: this.#exclusive ? generation : Number(found[0]?.seq ?? 0), rows };
  }

  async #snapshotValues(rows: readonly SnapshotRow[]): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    const unparsed = rows.filter((r) => {
      const key = `${r.kind} ${r.id} ${r.version}`;
      if (!this.#parsed.has(key)) return true;
      out.set(key, this.#parsed.get(key));
      return false;
    });
    // One query for every body not yet parsed (the first snapshot reads them all).
    for (let at = 0; at < unparsed.length; at += 1000) {
      const batch = unparsed.slice(at, at + 1000);
      const bodies = await this.#db.query<{
        kind: string;
        document_id: string;
        version: number;
        schema_version: number;
        body: unknown;
      }>(
        `SELECT v.kind, v.document_id, v.version, v.schema_version, v.body FROM versions v
         JOIN unnest($1::text[], $2::text[], $3::integer[]) AS w(kind, id, version)
           ON v.kind = w.kind AND v.document_id = w.id AND v.version = w.version`,
        [batch.map((r) => r.kind), batch.map((r) => r.id), batch.map((r) => r.version)],
      );
      for (const b of bodies) {
        try {
          const value = this.#parse(b.kind, {
            id: b.document_id,
            version: b.version,
            schemaVersion: b.schema_version,
            document: storedBody(b.body),
          });
          out.set(`${b.kind} ${b.document_id} ${b.version}`, value);
        } catch {
          // unreadable documents are reported where they are read, not in the context
        }
      }
    }
    return out;
  }

  #emptyContext(locale: NumberLocale): PluginContext {
    return { locale, documents: () => [] };
  }

  /** Audit log entries, newest first, optionally for one document. */
  async auditLog(
    filter: { kind?: string; id?: string; limit?: number; afterSeq?: number } = {},
  ): Promise<AuditEntry[]> {
    const rows = await this.#db.query(
      `SELECT seq, at, actor, action, kind, document_id, version, detail FROM audit_log
       WHERE ($1::text IS NULL OR kind = $1::text) AND ($2::text IS NULL OR document_id = $2::text)
         AND seq > $4
       ORDER BY seq DESC LIMIT $3`,
      [filter.kind ?? null, filter.id ?? null, filter.limit ?? 100, filter.afterSeq ?? 0],
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: iso(r.at),
      actor: String(r.actor),
      action: String(r.action),
      kind: typeof r.kind === 'string' ? r.kind : null,
      documentId: typeof r.document_id === 'string' ? r.document_id : null,
      version: r.version === null ? null : Number(r.version),
      detail: r.detail,
    }));
  }

  /** Appends an entry to the audit log outside a document write (sign-ins, user changes). */
  async record(actor: string, action: string, detail: Record<string, unknown> = {}): Promise<void> {
    await audit(this.#db, actor, action, null, null, null, detail);
  }
}

function checkMessage(message: string | undefined): string {
  const text = message ?? '';
  if (text.length > MAX_MESSAGE) {
    fail(
      400,
      'host/message-too-long',
      { limit: MAX_MESSAGE },
      { path: ['message'], expected: String(MAX_MESSAGE), actual: String(text.length) },
    );
  }
  return text;
}

/**
 * Appends one audit entry (inside the caller's transaction when given one).
 *
 * @example
 * ```ts
 * await audit(db, 'anna', 'document.save', 'pm3/objektplan', 'plan-a', 2, {});
 * ```
 */
export async function audit(
  q: Queryable,
  actor: string,
  action: string,
  kind: string | null,
  id: string | null,
  version: number | null,
  detail: Record<string, unknown>,
): Promise<void> {
  await q.query(
    'INSERT INTO audit_log (actor, action, kind, document_id, version, detail) VALUES ($1, $2, $3, $4, $5, $6::jsonb)',
    [actor, action, kind, id, version, JSON.stringify(detail)],
  );
}
