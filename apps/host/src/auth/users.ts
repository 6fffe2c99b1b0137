import type { Database, Queryable } from '../db.js';
import { fail } from '../errors.js';
import { audit } from '../store.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.js';
import type { Principal } from './permissions.js';
import { isScope, ROLES, type Grant, type Role } from './roles.js';
import { Sessions } from './sessions.js';
import { ApiTokens, noUser, sha256, type TokenInfo } from './tokens.js';

const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** Longest username accepted anywhere (sign-in refuses longer ones before any work). */
export const MAX_USERNAME = 64;
/** Longest password accepted (scrypt of a megabyte is work an attacker should not get free). */
export const MAX_PASSWORD = 1024;
/** Shortest password an account may be given. */
export const MIN_PASSWORD = 10;
/** Most grants one user may hold. */
export const MAX_GRANTS = 1000;
/** How long a token's or session's principal is cached (role changes apply within this time). */
const PRINCIPAL_TTL_MS = 5_000;

/** A user as an administrator sees it. */
export interface UserInfo {
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly Grant[];
  readonly disabled: boolean;
}

function assertScope(scope: string, path: (string | number)[]): void {
  if (!isScope(scope)) {
    fail(
      400,
      'host/invalid-scope',
      { scope: scope.slice(0, 200) },
      { path, expected: '*, plugin, plugin/kind or plugin/kind/id', actual: scope.slice(0, 200) },
    );
  }
}

/** Throws 409 (rolling the caller's transaction back) when no enabled `*` admin would remain. */
async function assertAnAdminLeft(tx: Queryable): Promise<void> {
  const rows = await tx.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM grants g JOIN users u ON u.username = g.username
     WHERE g.scope = '*' AND g.role = 'admin' AND NOT u.disabled`,
  );
  if ((rows[0]?.n ?? 0) === 0) {
    fail(409, 'host/last-admin', {});
  }
}

function invalidRole(role: string, path: (string | number)[]): never {
  fail(400, 'host/invalid-role', { role }, { path, expected: ROLES.join(', '), actual: role });
}

/**
 * Local accounts and their grants on the host's database, with their sign-in sessions and API
 * tokens ({@link Sessions}, {@link ApiTokens}). Passwords are scrypt hashes; session and API
 * tokens are stored only as SHA-256 hashes.
 */
export class Users {
  readonly #db: Database;
  readonly #scopeExists: (scope: string) => boolean;
  readonly #sessions: Sessions;
  readonly #tokens: ApiTokens;
  /** Principals by token hash for a few seconds, so each API call does not cost a query. */
  readonly #cache = new Map<string, { principal: Principal | undefined; until: number }>();

  /**
   * Users over an opened database. `scopeExists` tells whether a grant's scope names something
   * loaded (`*`, a plugin, a kind, a kind's document): grants on anything else are refused.
   */
  constructor(db: Database, options: { scopeExists?: (scope: string) => boolean } = {}) {
    this.#db = db;
    this.#scopeExists = options.scopeExists ?? (() => true);
    this.#sessions = new Sessions(db, (username) => this.#grants(username));
    this.#tokens = new ApiTokens(db);
  }

  #cached(
    hash: string,
    load: () => Promise<Principal | undefined>,
  ): Promise<Principal | undefined> {
    const hit = this.#cache.get(hash);
    const now = Date.now();
    if (hit !== undefined && hit.until > now) return Promise.resolve(hit.principal);
    return load().then((principal) => {
      if (this.#cache.size > 10_000) this.#cache.clear();
      // Only found principals are cached: a new token or session works at once.
      if (principal !== undefined)
        this.#cache.set(hash, { principal, until: now + PRINCIPAL_TTL_MS });
      return principal;
    });
  }

  #assertScope(scope: string, path: (string | number)[]): void {
    assertScope(scope, path);
    if (!this.#scopeExists(scope)) {
      fail(
        400,
        'host/unknown-scope',
        { scope: scope.slice(0, 200) },
        {
          path,
          expected: '*, a loaded plugin, kind or kind/document-id',
          actual: scope.slice(0, 200),
        },
      );
    }
  }

  /** How many accounts exist. */
  async count(): Promise<number> {
    const rows = await this.#db.query<{ n: number }>('SELECT count(*)::integer AS n FROM users');
    return rows[0]?.n ?? 0;
  }

  /** Creates an account with one grant; 409 when the name is taken. */
  async create(
    input: { username: string; password: string; role: Role; scope?: string; displayName?: string },
    actor: string,
  ): Promise<UserInfo> {
    if (!usernamePattern.test(input.username)) {
      fail(400, 'host/invalid-username', {});
    }
    if (input.password.length < MIN_PASSWORD) {
      fail(400, 'host/weak-password', { min: MIN_PASSWORD });
    }
    // The CLI and seeding reach here without the routes' zod schema: the same one list decides.
    if (!(ROLES as readonly string[]).includes(input.role)) invalidRole(input.role, ['role']);
    const scope = input.scope ?? '*';
    this.#assertScope(scope, ['scope']);
    const hash = await hashPassword(input.password);
    await this.#db.transaction(async (tx) => {
      const rows = await tx.query(
        `INSERT INTO users (username, display_name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (username) DO NOTHING RETURNING username`,
        [input.username, input.displayName ?? input.username, hash],
      );
      if (rows.length === 0) {
        fail(409, 'host/user-exists', { username: input.username });
      }
      await tx.query('INSERT INTO grants (username, scope, role) VALUES ($1, $2, $3)', [
        input.username,
        scope,
        input.role,
      ]);
      await audit(tx, actor, 'user.create', null, null, null, {
        username: input.username,
        role: input.role,
        scope,
      });
    });
    return {
      username: input.username,
      displayName: input.displayName ?? input.username,
      grants: [{ scope, role: input.role }],
      disabled: false,
    };
  }

  /** Every account with its grants. */
  async list(): Promise<UserInfo[]> {
    const rows = await this.#db.query(
      'SELECT username, display_name, disabled FROM users ORDER BY username',
    );
    return Promise.all(
      rows.map(async (r) => ({
        username: String(r.username),
        displayName: String(r.display_name),
        disabled: Boolean(r.disabled),
        grants: await this.#grants(String(r.username)),
      })),
    );
  }

  async #grants(username: string): Promise<Grant[]> {
    const rows = await this.#db.query<{ scope: string; role: Role }>(
      'SELECT scope, role FROM grants WHERE username = $1 ORDER BY scope',
      [username],
    );
    return rows.map((g) => ({ scope: g.scope, role: g.role }));
  }

  /** The principal for a username and password, or undefined; always spends one scrypt. */
  async verify(username: string, password: string): Promise<Principal | undefined> {
    const rows = await this.#db.query<{ password_hash: string; disabled: boolean }>(
      'SELECT password_hash, disabled FROM users WHERE username = $1',
      [username],
    );
    const row = rows[0];
    const matches = await verifyPassword(password, row?.password_hash ?? DUMMY_HASH);
    if (row === undefined || row.disabled || !matches) return undefined;
    return { username, grants: await this.#grants(username), via: 'local' };
  }

  /** Starts a session; returns the cookie token (stored hashed) and its CSRF token. */
  createSession(username: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    return this.#sessions.create(username);
  }

  /** Ends a session. */
  async endSession(sessionToken: string): Promise<void> {
    const hash = sha256(sessionToken);
    this.#cache.delete(hash);
    await this.#sessions.end(hash);
  }

  /** The principal behind a session cookie, if it is live. */
  fromSession(sessionToken: string): Promise<Principal | undefined> {
    const hash = sha256(sessionToken);
    return this.#cached(hash, () => this.#sessions.principal(hash));
  }

  /** The principal behind a bearer token, if it is live. */
  fromToken(bearer: string): Promise<Principal | undefined> {
    const hash = sha256(bearer);
    return this.#cached(hash, () => this.#tokens.principal(hash));
  }

  /** Issues an API token for a user (shown once, stored hashed); see {@link Users.issueToken}. */
  async createToken(
    username: string,
    name: string,
    actor: string,
    options: { expiresInDays?: number } = {},
  ): Promise<string> {
    return (await this.issueToken(username, name, actor, options)).token;
  }

  /** Issues an API token that expires (see {@link ApiTokens.issue}). */
  issueToken(
    username: string,
    name: string,
    actor: string,
    options: { expiresInDays?: number } = {},
  ): Promise<{ token: string; id: string; expiresAt: string }> {
    return this.#tokens.issue(username, name, actor, options);
  }

  /** Every API token's metadata (never the token), for one user or for all, newest first. */
  listTokens(username?: string): Promise<TokenInfo[]> {
    return this.#tokens.list(username);
  }

  /** Revokes an API token by its id; with `owner`, only that user's (see {@link ApiTokens.revoke}). */
  async revokeToken(id: string, actor: string, owner?: string): Promise<TokenInfo> {
    const info = await this.#tokens.revoke(id, actor, owner);
    this.#cache.clear();
    return info;
  }

  /**
   * Disables or enables an account: a disabled user cannot sign in, and their sessions end and
   * tokens stop working at once (on this host; within 5 s on others). Refuses to disable the
   * last enabled administrator. Audited as `user.disable` or `user.enable`.
   */
  async setDisabled(username: string, disabled: boolean, actor: string): Promise<UserInfo> {
    await this.#db.transaction(async (tx) => {
      const rows = await tx.query(
        'UPDATE users SET disabled = $2 WHERE username = $1 RETURNING username',
        [username, disabled],
      );
      if (rows.length === 0) noUser(username);
      if (disabled) {
        await tx.query('DELETE FROM sessions WHERE username = $1', [username]);
        await assertAnAdminLeft(tx);
      }
      await audit(tx, actor, disabled ? 'user.disable' : 'user.enable', null, null, null, {
        username,
      });
    });
    this.#cache.clear();
    return this.#info(username);
  }

  /**
   * Replaces a user's grants (an empty list leaves the account without access). Refuses to
   * leave the host without an enabled administrator of `*`. Audited as `user.grants` with the
   * grants before and after. The roles are read by the routes' zod schema; the CLI's are
   * checked here against the same list.
   */
  async setGrants(username: string, grants: readonly Grant[], actor: string): Promise<UserInfo> {
    const scopes = new Set<string>();
    for (const [index, grant] of grants.entries()) {
      this.#assertScope(grant.scope, ['grants', index, 'scope']);
      if (!(ROLES as readonly string[]).includes(grant.role)) {
        invalidRole(grant.role, ['grants', index, 'role']);
      }
      if (scopes.has(grant.scope)) {
        fail(
          400,
          'host/duplicate-scope',
          { scope: grant.scope },
          { path: ['grants', index, 'scope'], actual: grant.scope },
        );
      }
      scopes.add(grant.scope);
    }
    await this.#db.transaction(async (tx) => {
      const exists = await tx.query('SELECT 1 FROM users WHERE username = $1 FOR UPDATE', [
        username,
      ]);
      if (exists.length === 0) noUser(username);
      const before = await tx.query<{ scope: string; role: Role }>(
        'SELECT scope, role FROM grants WHERE username = $1 ORDER BY scope',
        [username],
      );
      await tx.query('DELETE FROM grants WHERE username = $1', [username]);
      for (const grant of grants) {
        await tx.query('INSERT INTO grants (username, scope, role) VALUES ($1, $2, $3)', [
          username,
          grant.scope,
          grant.role,
        ]);
      }
      await assertAnAdminLeft(tx);
      await audit(tx, actor, 'user.grants', null, null, null, {
        username,
        before: before.map((g) => ({ scope: g.scope, role: g.role })),
        after: grants.map((g) => ({ scope: g.scope, role: g.role })),
      });
    });
    this.#cache.clear();
    return this.#info(username);
  }

  async #info(username: string): Promise<UserInfo> {
    const rows = await this.#db.query<{ display_name: string; disabled: boolean }>(
      'SELECT display_name, disabled FROM users WHERE username = $1',
      [username],
    );
    const row = rows[0];
    if (row === undefined) noUser(username);
    return {
      username,
      displayName: row.display_name,
      disabled: row.disabled,
      grants: await this.#grants(username),
    };
  }
}

/** Demo accounts for the reference data (documented in docs/hosting.md; never in production). */
export const DEMO_USERS: readonly { username: string; password: string; role: Role }[] = [
  { username: 'admin', password: 'demo-admin-2026', role: 'admin' },
  { username: 'approver', password: 'demo-approver-2026', role: 'approver' },
  { username: 'editor', password: 'demo-editor-2026', role: 'editor' },
  { username: 'viewer', password: 'demo-viewer-2026', role: 'viewer' },
];
