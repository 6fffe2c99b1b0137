import { createHash } from 'node:crypto';
import type { NumberLocale } from '@styrkit/core';
import type { PluginContext } from '@styrkit/plugin';
import type { ContextSnapshot } from './context-snapshot.js';
import { LruCache } from './lru.js';

/**
 * Rendered tables and check results kept per document version (issue 18: 50 readers each
 * recomputed the same tables). At most this many results (room for the portfolio rows of its
 * 20 000-document limit twice over, beside full results) …
 */
export const RESULT_CACHE_ENTRIES = 50_000;
/** … and at most this many bytes (estimated as twice the JSON length) of them. */
export const RESULT_CACHE_BYTES = 64 * 1024 * 1024;

interface Entry {
  readonly value: unknown;
  /** The kinds the computation read through its context, with their stamps at the time. */
  readonly deps: readonly (readonly [string, number])[];
}

/**
 * A response body made once per cached result, with a weak ETag naming its bytes: a repeated
 * read sends the bytes as they are (no serialising per request), and a client that sends the
 * ETag back in `If-None-Match` gets 304 without them.
 *
 * @example
 * ```ts
 * const made = new CachedBody('{"a":1}');
 * made.etag.startsWith('W/"'); // true
 * ```
 */
export class CachedBody {
  /** The bytes, or text sent as UTF-8. */
  readonly body: string | Uint8Array;
  /** `W/"<hash of the bytes>"`: weak, since the compression middleware may re-encode them. */
  readonly etag: string;
  /** The length in bytes (UTF-8 for text), sent as `Content-Length` without counting per request. */
  readonly byteLength: number;

  /** Hashes `body` once (SHA-1, 120 bits of it: an ETag needs no security, only difference). */
  constructor(body: string | Uint8Array) {
    this.body = body;
    this.byteLength = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    this.etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  }
}

/**
 * Whether a request's `If-None-Match` header names this ETag (weak comparison, as RFC 9110
 * asks for GET), or is `*`: then the answer is 304 Not Modified without a body.
 *
 * @example
 * ```ts
 * notModified('W/"abc", W/"def"', 'W/"def"'); // true
 * notModified(undefined, 'W/"def"'); // false
 * ```
 */
export function notModified(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** How much memory a result takes, roughly: UTF-16 text of its JSON. */
export function weighJson(value: unknown): number {
  if (value instanceof CachedBody) return weighJson(value.body) + 64;
  if (typeof value === 'string') return value.length * 2;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value === undefined) return 0;
  return JSON.stringify(value).length * 2;
}

/**
 * A bounded cache of results computed from one document version and the plugin context.
 * The key names the document version and everything else the result depends on (kind, id,
 * version, locale, view, format); the context is tracked: the computation sees a context that
 * records which kinds it reads, and the result is served again only while every one of those
 * kinds has the same stamp in the reader's snapshot. So a save of a document the result read
 * (or the first document of a kind it asked for) is never answered from the cache, and a save
 * of an unrelated kind leaves it cached. Concurrent readers of the same key share one
 * computation (single-flight).
 *
 * @example
 * ```ts
 * const cache = new ResultCache();
 * const tables = await cache.get('tables pm3/objektplan plan-a 3 sv', snapshot, 'sv', (ctx) => render(ctx));
 * ```
 */
export class ResultCache {
  readonly #entries: LruCache<string, Entry>;
  readonly #inflight = new Map<string, Promise<Entry>>();
  #computed = 0;

  /** A cache bounded by entry count and estimated bytes. */
  constructor(maxEntries = RESULT_CACHE_ENTRIES, maxBytes = RESULT_CACHE_BYTES) {
    this.#entries = new LruCache<string, Entry>(maxEntries, {
      maxWeight: maxBytes,
      weigh: (e) => weighJson(e.value),
    });
  }

  /** How many results have been computed (misses), for tests and benchmarks. */
  get computed(): number {
    return this.#computed;
  }

  /** How many results are held. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * The cached result for `key` when still valid in `snapshot`, else `compute` run once for
   * every reader waiting on the same key.
   */
  async get<T>(
    key: string,
    snapshot: ContextSnapshot,
    locale: NumberLocale,
    compute: (context: PluginContext) => T | Promise<T>,
  ): Promise<T> {
    const cached = this.#entries.get(key);
    if (cached !== undefined && valid(cached, snapshot)) return cached.value as T;
    const pending = this.#inflight.get(key);
    if (pending !== undefined) {
      const shared = await pending;
      if (valid(shared, snapshot)) return shared.value as T;
    }
    const promise = this.#compute(key, snapshot, locale, compute);
    this.#inflight.set(key, promise);
    try {
      return (await promise).value as T;
    } finally {
      if (this.#inflight.get(key) === promise) this.#inflight.delete(key);
    }
  }

  async #compute<T>(
    key: string,
    snapshot: ContextSnapshot,
    locale: NumberLocale,
    compute: (context: PluginContext) => T | Promise<T>,
  ): Promise<Entry> {
    const read = new Set<string>();
    const context: PluginContext = {
      locale,
      documents: (kind) => {
        read.add(kind);
        return snapshot.documents(kind);
      },
    };
    const value = await compute(context);
    this.#computed++;
    const entry: Entry = { value, deps: [...read].map((k) => [k, snapshot.stamp(k)] as const) };
    // Validity is checked on every read, so even a result of an older snapshot stored after a
    // newer one's is never served to a reader whose snapshot differs in a kind it read.
    this.#entries.set(key, entry);
    return entry;
  }

  /** Forgets everything (tests). */
  clear(): void {
    this.#entries.clear();
  }
}

function valid(entry: Entry, snapshot: ContextSnapshot): boolean {
  return entry.deps.every(([kind, stamp]) => snapshot.stamp(kind) === stamp);
}
