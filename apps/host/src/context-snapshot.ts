import type { NumberLocale } from '@styrkit/core';
import type { PluginContext, StoredDocument } from '@styrkit/plugin';

/** A live document's current version, as the snapshot query lists it. */
export interface SnapshotRow {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
}

/** Where snapshots come from: the store's queries. */
export interface SnapshotSource {
  /**
   * The live documents and the change token they belong to. The token must be read no later
   * than the rows (the same statement on PostgreSQL), so a snapshot is never older than it.
   */
  readonly rows: () => Promise<{ token: number; rows: readonly SnapshotRow[] }>;
  /**
   * The parsed values of these versions by `kind id version`; unreadable ones left out. A
   * `kind id version` must name one body forever (the store never reuses a version number, not
   * even for a deleted id): the builder reads only versions its previous snapshot lacks.
   */
  readonly values: (rows: readonly SnapshotRow[]) => Promise<Map<string, unknown>>;
}

const versionKey = (r: SnapshotRow) => `${r.kind} ${r.id} ${r.version}`;

/**
 * The current versions of every live document, parsed, at one change token: what plugins see
 * as their context. Each kind carries a stamp that changes exactly when the kind's documents
 * change (one added, removed or saved), so a cached result that read only some kinds stays
 * valid while other kinds change.
 *
 * @example
 * ```ts
 * const snapshot = new ContextSnapshot(7, [{ kind: 'demo/memo', id: 'm', version: 1, value: {} }], new Map([['demo/memo', 3]]));
 * snapshot.context('sv').documents('demo/memo').length; // 1
 * snapshot.stamp('demo/note'); // 0
 * ```
 */
export class ContextSnapshot {
  /** The change token it was read at (the store's generation on PGlite, the database's counter on a server). */
  readonly token: number;
  readonly #byKind = new Map<string, StoredDocument[]>();
  readonly #values = new Map<string, unknown>();
  readonly #stamps: ReadonlyMap<string, number>;

  /** A snapshot of `documents` (sorted by id within a kind) with the kinds' stamps. */
  constructor(
    token: number,
    documents: readonly (SnapshotRow & { readonly value: unknown })[],
    stamps: ReadonlyMap<string, number>,
  ) {
    this.token = token;
    this.#stamps = stamps;
    for (const d of documents) {
      const list = this.#byKind.get(d.kind) ?? [];
      list.push({ id: d.id, kind: d.kind, document: d.value });
      this.#byKind.set(d.kind, list);
      this.#values.set(versionKey(d), d.value);
    }
  }

  /** The plugin context over this snapshot in a locale. */
  context(locale: NumberLocale): PluginContext {
    return { locale, documents: (kind) => this.documents(kind) };
  }

  /** The documents of a kind (read-only; empty when there are none). */
  documents(kind: string): readonly StoredDocument[] {
    return this.#byKind.get(kind) ?? [];
  }

  /** The kinds that have live documents. */
  kinds(): readonly string[] {
    return [...this.#byKind.keys()];
  }

  /** The kind's stamp: 0 when it has no documents, else a number that changes with them. */
  stamp(kind: string): number {
    return this.#stamps.get(kind) ?? 0;
  }

  /** The parsed value of a version, when it is a current version in this snapshot. */
  value(kind: string, id: string, version: number): unknown {
    return this.#values.get(`${kind} ${id} ${version}`);
  }

  /** Whether the snapshot holds this version as current. */
  has(kind: string, id: string, version: number): boolean {
    return this.#values.has(`${kind} ${id} ${version}`);
  }
}

/**
 * Builds context snapshots: one build at a time shared by every reader waiting for it
 * (single-flight), each new one reusing the parsed values of the previous snapshot so only
 * the versions saved since are read and parsed.
 *
 * @example
 * ```ts
 * const snapshots = new SnapshotBuilder(source);
 * const snapshot = await snapshots.atLeast(0);
 * ```
 */
export class SnapshotBuilder {
  readonly #source: SnapshotSource;
  #current: ContextSnapshot | undefined;
  #building: Promise<ContextSnapshot> | undefined;
  #nextStamp = 1;
  #builds = 0;

  /** A builder over the store's queries. */
  constructor(source: SnapshotSource) {
    this.#source = source;
  }

  /** How many snapshots have been built (for tests and benchmarks). */
  get builds(): number {
    return this.#builds;
  }

  /** The newest snapshot built so far, if any. */
  get current(): ContextSnapshot | undefined {
    return this.#current;
  }

  /**
   * A snapshot at change token `token` or later: the newest one when it is recent enough,
   * else the build in flight when it turns out recent enough, else a new build.
   */
  async atLeast(token: number): Promise<ContextSnapshot> {
    for (;;) {
      const current = this.#current;
      if (current !== undefined && current.token >= token) return current;
      const building = this.#building ?? this.#build();
      const built = await building;
      if (built.token >= token) return built;
    }
  }

  #build(): Promise<ContextSnapshot> {
    const base = this.#current;
    const promise = (async () => {
      const { token, rows } = await this.#source.rows();
      const missing = rows.filter((r) => base?.has(r.kind, r.id, r.version) !== true);
      const fresh =
        missing.length === 0 ? new Map<string, unknown>() : await this.#source.values(missing);
      const documents: (SnapshotRow & { value: unknown })[] = [];
      const changed = new Set(missing.map((r) => r.kind));
      const counts = new Map<string, number>();
      for (const r of rows) {
        const key = versionKey(r);
        const value = fresh.has(key) ? fresh.get(key) : base?.value(r.kind, r.id, r.version);
        if (!fresh.has(key) && base?.has(r.kind, r.id, r.version) !== true) continue; // unreadable
        documents.push({ ...r, value });
        counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
      }
      // A kind whose count fell (a document deleted) changed as well.
      for (const kind of base?.kinds() ?? []) {
        if ((counts.get(kind) ?? 0) !== base?.documents(kind).length) changed.add(kind);
      }
      const stamps = new Map<string, number>();
      for (const kind of counts.keys()) {
        const old = base?.stamp(kind) ?? 0;
        stamps.set(kind, changed.has(kind) || old === 0 ? this.#nextStamp++ : old);
      }
      const snapshot = new ContextSnapshot(token, documents, stamps);
      this.#builds++;
      if (this.#current === undefined || this.#current.token <= token) this.#current = snapshot;
      return snapshot;
    })();
    this.#building = promise;
    const clear = () => {
      if (this.#building === promise) this.#building = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }
}
