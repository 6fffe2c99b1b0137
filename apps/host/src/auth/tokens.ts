import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db.js';
import { fail } from '../errors.js';
import { audit } from '../store.js';
import type { Principal } from './permissions.js';
import type { Grant } from './roles.js';

/**
 * The SHA-256 of a text, hex: how session and API tokens are stored.
 *
 * @example
 * ```ts
 * sha256('a').length; // 64
 * ```
 */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A new random token with a prefix (`s_` session, `c_` CSRF, `stk_` API token).
 *
 * @example
 * ```ts
 * newToken('stk_').startsWith('stk_'); // true
 * ```
 */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** An API token as its owner or an administrator sees it (never the token itself). */
export interface TokenInfo {
  /** The first 16 hex digits of the token's SHA-256: names it without revealing it. */
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
}

/** Token lifetimes and the per-user cap (docs/hosting.md, "Limits"). */
export const TOKEN_LIMITS = {
  /** Days a token lives when its creator names none. */
  defaultDays: 90,
  /** Longest lifetime a token may be given. */
  maxDays: 365,
  /** Live (unrevoked, unexpired) tokens one user may hold. */
  maxPerUser: 20,
  /** Longest token name. */
  maxName: 200,
} as const;

/**
 * The public id of a token: the first 16 hex digits of its SHA-256 hash.
 *
 * @example
 * ```ts
 * tokenId('3f1c2a9b8e7d6c5b4a39281706f5e4d3').length; // 16
 * ```
 */
export function tokenId(tokenHash: string): string {
  return tokenHash.slice(0, 16);
}

/**
 * The id of a token value (what `Users.listTokens` shows for it).
 *
 * @example
 * ```ts
 * tokenIdOf('stk_abc').length; // 16
 * ```
 */
export function tokenIdOf(tokenValue: string): string {
  return tokenId(sha256(tokenValue));
}

function isoText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** A row of api_tokens as the token queries select it. */
type TokenRow = {
  token_hash: string;
  username: string;
  name: string;
  created_at: unknown;
  expires_at: unknown;
  revoked_at: unknown;
};

/** A token's public metadata; its id is the start of its hash, never the token itself. */
function tokenInfo(row: TokenRow): TokenInfo {
  return {
    id: tokenId(row.token_hash),
    username: row.username,
    name: row.name,
    createdAt: isoText(row.created_at),
    expiresAt: isoText(row.expires_at),
    revokedAt: row.revoked_at === null ? null : isoText(row.revoked_at),
  };
}

/** 404 for a username that has no account. */
export function noUser(username: string): never {
  fail(
    404,
    'host/no-such-user',
    { username: username.slice(0, 64) },
    { path: ['username'], actual: username.slice(0, 64) },
  );
}

function noToken(id: string): never {
  fail(
    404,
    'host/no-such-token',
    { id: id.slice(0, 64) },
    { path: ['id'], actual: id.slice(0, 64) },
  );
}

/**
 * API tokens on the host's database, stored only as SHA-256 hashes: issued with an expiry,
 * capped per user, listed without the token, revoked by id.
 */
export class ApiTokens {
  readonly #db: Database;

  /** Tokens over an opened database. */
  constructor(db: Database) {
    this.#db = db;
  }

  /**
   * Issues an API token that expires after `expiresInDays` (default 90, at most 365). A user
   * holds at most {@link TOKEN_LIMITS}.maxPerUser live tokens: 409 `host/too-many-tokens` beyond.
   */
  async issue(
    username: string,
    name: string,
    actor: string,
    options: { expiresInDays?: number } = {},
  ): Promise<{ token: string; id: string; expiresAt: string }> {
    const days = options.expiresInDays ?? TOKEN_LIMITS.defaultDays;
    if (!Number.isInteger(days) || days < 1 || days > TOKEN_LIMITS.maxDays) {
      fail(
        400,
        'host/invalid-request',
        { problem: 'integer-range', field: 'expiresInDays', min: 1, max: TOKEN_LIMITS.maxDays },
        { path: ['expiresInDays'], expected: `1..${TOKEN_LIMITS.maxDays}`, actual: String(days) },
      );
    }
    if (name.length > TOKEN_LIMITS.maxName) {
      fail(
        400,
        'host/invalid-request',
        { problem: 'too-long', field: 'name', max: TOKEN_LIMITS.maxName },
        {
          path: ['name'],
          expected: `<= ${TOKEN_LIMITS.maxName}`,
          actual: String(name.length),
        },
      );
    }
    const value = newToken('stk_');
    const expiresAt = new Date(Date.now() + days * 86_400_000).toISOString();
    await this.#db.transaction(async (tx) => {
      // The user row lock serialises token creation per user, so the cap holds under races.
      const user = await tx.query('SELECT 1 FROM users WHERE username = $1 FOR UPDATE', [username]);
      if (user.length === 0) noUser(username);
      const live = await tx.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM api_tokens
         WHERE username = $1 AND revoked_at IS NULL AND expires_at > now()`,
        [username],
      );
      const n = live[0]?.n ?? 0;
      if (n >= TOKEN_LIMITS.maxPerUser) {
        fail(
          409,
          'host/too-many-tokens',
          { username, live: n, max: TOKEN_LIMITS.maxPerUser },
          { expected: `<= ${TOKEN_LIMITS.maxPerUser}`, actual: String(n + 1) },
        );
      }
      await tx.query(
        'INSERT INTO api_tokens (token_hash, username, name, expires_at) VALUES ($1, $2, $3, $4)',
        [sha256(value), username, name, expiresAt],
      );
      await audit(tx, actor, 'token.create', null, null, null, { username, name, expiresAt });
    });
    return { token: value, id: tokenIdOf(value), expiresAt };
  }

  /** Every API token's metadata (never the token), for one user or for all, newest first. */
  async list(username?: string): Promise<TokenInfo[]> {
    const rows = await this.#db.query<TokenRow>(
      `SELECT token_hash, username, name, created_at, expires_at, revoked_at FROM api_tokens
       WHERE ($1::text IS NULL OR username = $1::text) ORDER BY created_at DESC, token_hash`,
      [username ?? null],
    );
    return rows.map(tokenInfo);
  }

  /**
   * Revokes an API token by its id; with `owner`, only that user's token. 404 when there is no
   * such (live) token. Audited as `token.revoke`.
   */
  async revoke(id: string, actor: string, owner?: string): Promise<TokenInfo> {
    if (!/^[0-9a-f]{16}$/.test(id)) noToken(id);
    return this.#db.transaction(async (tx) => {
      const rows = await tx.query<TokenRow>(
        `UPDATE api_tokens SET revoked_at = now()
         WHERE left(token_hash, 16) = $1 AND revoked_at IS NULL
           AND ($2::text IS NULL OR username = $2::text)
         RETURNING token_hash, username, name, created_at, expires_at, revoked_at`,
        [id, owner ?? null],
      );
      const row = rows[0];
      if (row === undefined) noToken(id);
      await audit(tx, actor, 'token.revoke', null, null, null, {
        token: id,
        username: row.username,
        name: row.name,
      });
      return tokenInfo(row);
    });
  }

  /** The principal behind a token hash, if the token is live (one query: user and grants). */
  async principal(hash: string): Promise<Principal | undefined> {
    const rows = await this.#db.query<{ username: string; grants: Grant[] | null }>(
      `SELECT t.username,
         (SELECT json_agg(json_build_object('scope', g.scope, 'role', g.role) ORDER BY g.scope)
          FROM grants g WHERE g.username = t.username) AS grants
       FROM api_tokens t JOIN users u ON u.username = t.username
       WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND NOT u.disabled`,
      [hash],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return { username: row.username, grants: row.grants ?? [], via: 'token' };
  }
}
