import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import type { Database, Queryable } from './db.js';
import { fail } from './errors.js';
import { audit } from './store.js';

/** Roles, weakest first. Approving a version is the approver's own permission. */
export const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const;
/** A role a user holds in a scope. */
export type Role = (typeof ROLES)[number];
/** What a request wants to do. */
export type Permission = 'read' | 'write' | 'approve' | 'admin';

const NEEDS: Record<Permission, Role> = {
  read: 'viewer',
  write: 'editor',
  approve: 'approver',
  admin: 'admin',
};

/**
 * A role in a scope: `*` (everything), a plugin name (`pm3`), a kind (`pm3/objektplan`) or one
 * document (`pm3/objektplan/linkoping-vso-2026`, kind and document id).
 */
export interface Grant {
  readonly scope: string;
  readonly role: Role;
}

/** Who is asking, and how they proved it. */
export interface Principal {
  readonly username: string;
  readonly grants: readonly Grant[];
  readonly via: 'session' | 'token' | 'local';
  /** The session's CSRF token (sessions only). */
  readonly csrfToken?: string;
}

/** `*`, `plugin`, `plugin/kind` or `plugin/kind/document-id`. */
const scopePattern =
  /^(\*|[^/\s*]{1,100}(\/[^/\s*]{1,100}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,127})?)?)$/;

/**
 * Whether a text is a valid grant scope: `*`, a plugin, a kind or a kind and a document id.
 *
 * @example
 * ```ts
 * isScope('pm3/objektplan/plan-a'); // true
 * ```
 */
export function isScope(scope: string): boolean {
  return scopePattern.test(scope);
}

/**
 * The strongest role a principal holds for a kind, or for one document of it when `id` is
 * given (or for everything when `kind` is absent). A document grant applies to that document
 * only; grants on `*`, the plugin or the kind apply to all its documents.
 *
 * @example
 * ```ts
 * roleFor({ username: 'a', via: 'token', grants: [{ scope: 'pm3', role: 'editor' }] }, 'pm3/objektplan'); // 'editor'
 * ```
 */
export function roleFor(principal: Principal, kind?: string, id?: string): Role | undefined {
  const target = kind === undefined ? undefined : id === undefined ? kind : `${kind}/${id}`;
  let best = -1;
  for (const grant of principal.grants) {
    const applies =
      grant.scope === '*' ||
      (target !== undefined && (grant.scope === target || target.startsWith(`${grant.scope}/`)));
    if (applies) best = Math.max(best, ROLES.indexOf(grant.role));
  }
  return best < 0 ? undefined : ROLES[best];
}

/**
 * Whether a principal may do `permission` on a kind, or on one document of it when `id` is given
 * (global when `kind` is absent).
 *
 * @example
 * ```ts
 * can({ username: 'a', via: 'token', grants: [{ scope: '*', role: 'editor' }] }, 'approve'); // false
 * ```
 */
export function can(
  principal: Principal,
  permission: Permission,
  kind?: string,
  id?: string,
): boolean {
  const role = roleFor(principal, kind, id);
  return role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(NEEDS[permission]);
}

/**
 * Whether a principal may do `permission` on a kind or on at least one document of it (a
 * document grant): who may see the kind in lists and reach its routes at all.
 *
 * @example
 * ```ts
 * canSome({ username: 'a', via: 'token', grants: [{ scope: 'pm3/objektplan/plan-a', role: 'editor' }] }, 'write', 'pm3/objektplan'); // true
 * ```
 */
export function canSome(principal: Principal, permission: Permission, kind: string): boolean {
  if (can(principal, permission, kind)) return true;
  return principal.grants.some(
    (g) =>
      g.scope.startsWith(`${kind}/`) && ROLES.indexOf(g.role) >= ROLES.indexOf(NEEDS[permission]),
  );
}

/**
 * The documents of a kind a principal may do `permission` on through document grants alone, or
 * `undefined` when a grant on `*`, the plugin or the kind covers every document of it. Lists
 * filter on these ids before paging, so a page is full whenever enough granted documents exist.
 *
 * @example
 * ```ts
 * grantedIds({ username: 'a', via: 'token', grants: [{ scope: 'pm3/objektplan/plan-a', role: 'viewer' }] }, 'read', 'pm3/objektplan'); // ['plan-a']
 * ```
 */
export function grantedIds(
  principal: Principal,
  permission: Permission,
  kind: string,
): string[] | undefined {
  if (can(principal, permission, kind)) return undefined;
  const ids = principal.grants
    .filter(
      (g) =>
        g.scope.startsWith(`${kind}/`) && ROLES.indexOf(g.role) >= ROLES.indexOf(NEEDS[permission]),
    )
    .map((g) => g.scope.slice(kind.length + 1));
  return [...new Set(ids)];
}

/**
 * Throws 403 unless the principal may do `permission` on `kind` (or on document `id` of it).
 *
 * @example
 * ```ts
 * requirePermission(principal, 'write', 'pm3/objektplan', 'plan-a');
 * ```
 */
export function requirePermission(
  principal: Principal,
  permission: Permission,
  kind?: string,
  id?: string,
): void {
  if (!can(principal, permission, kind, id)) {
    const what = kind === undefined ? '' : id === undefined ? kind : `${kind}/${id}`;
    fail(
      403,
      'host/forbidden',
      {
        sv: `Du saknar behörighet (${NEEDS[permission]} krävs${what === '' ? '' : ` för ${what}`})`,
        en: `You are not allowed to do this (${NEEDS[permission]} needed${what === '' ? '' : ` for ${what}`})`,
      },
      { expected: NEEDS[permission], actual: roleFor(principal, kind, id) ?? 'none' },
    );
  }
}

/**
 * Throws 403 unless the principal holds at least the role `permission` needs in some scope:
 * the cheap check made before an upload is parsed.
 *
 * @example
 * ```ts
 * requireAnyGrant(principal, 'write');
 * ```
 */
export function requireAnyGrant(principal: Principal, permission: Permission): void {
  const needed = ROLES.indexOf(NEEDS[permission]);
  if (!principal.grants.some((g) => ROLES.indexOf(g.role) >= needed)) {
    fail(
      403,
      'host/forbidden',
      {
        sv: `Du saknar behörighet (${NEEDS[permission]} krävs)`,
        en: `You are not allowed to do this (${NEEDS[permission]} needed)`,
      },
      { expected: NEEDS[permission], actual: 'none' },
    );
  }
}

function assertScope(scope: string, path: (string | number)[] = ['scope']): void {
  if (!isScope(scope)) {
    fail(
      400,
      'host/invalid-scope',
      {
        sv: `Ogiltigt omfång "${scope.slice(0, 200)}": ange *, ett plugin, en dokumenttyp eller dokumenttyp/dokument-id`,
        en: `Invalid scope "${scope.slice(0, 200)}": give *, a plugin, a kind or kind/document-id`,
      },
      { path, expected: '*, plugin, plugin/kind or plugin/kind/id', actual: scope.slice(0, 200) },
    );
  }
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

function scrypt(password: string, salt: Buffer, o: typeof SCRYPT): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password, salt, o.keylen, { N: o.N, r: o.r, p: o.p }, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/**
 * Hashes a password with scrypt and a random salt: `scrypt$N$r$p$salt$hash` (base64).
 *
 * @example
 * ```ts
 * const stored = await hashPassword('correct horse battery');
 * ```
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT);
  return [
    'scrypt',
    SCRYPT.N,
    SCRYPT.r,
    SCRYPT.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/**
 * Checks a password against a stored scrypt hash in constant time.
 *
 * @example
 * ```ts
 * await verifyPassword('correct horse battery', stored); // true
 * ```
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    keylen: expected.length,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function token(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** Longest username accepted anywhere (sign-in refuses longer ones before any work). */
export const MAX_USERNAME = 64;
/** Longest password accepted (scrypt of a megabyte is work an attacker should not get free). */
export const MAX_PASSWORD = 1024;
const MIN_PASSWORD = 10;
const SESSION_HOURS = 8;
/** How long a token's or session's principal is cached (role changes apply within this time). */
const PRINCIPAL_TTL_MS = 5_000;
// A fixed hash so an unknown username costs as much time as a wrong password.
const DUMMY_HASH =
  'scrypt$16384$8$1$c3R5cmtpdC1kdW1teS1zYWx0$TeFqRBlh0ZDUJ/2Nz2LH/4zm7nY2SH6+0xlK8c2D4u4=';

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
} as const;

/**
 * The public id of a token: the first 16 hex digits of its SHA-256 hash.
 *
 * @example
 * ```ts
 * tokenId(sha256Hex); // '3f1c…' (16 characters)
 * ```
 */
export function tokenId(tokenHash: string): string {
  return tokenHash.slice(0, 16);
}

/**
 * The id of a token value (what {@link Users.listTokens} shows for it).
 *
 * @example
 * ```ts
 * tokenIdOf('stk_…');
 * ```
 */
export function tokenIdOf(tokenValue: string): string {
  return tokenId(sha256(tokenValue));
}

function isoText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function noUser(username: string): never {
  fail(
    404,
    'host/no-such-user',
    {
      sv: `Användaren "${username.slice(0, 64)}" finns inte`,
      en: `User "${username.slice(0, 64)}" does not exist`,
    },
    { path: ['username'], actual: username.slice(0, 64) },
  );
}

/** Throws 409 (rolling the caller's transaction back) when no enabled `*` admin would remain. */
async function assertAnAdminLeft(tx: Queryable): Promise<void> {
  const rows = await tx.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM grants g JOIN users u ON u.username = g.username
     WHERE g.scope = '*' AND g.role = 'admin' AND NOT u.disabled`,
  );
  if ((rows[0]?.n ?? 0) === 0) {
    fail(409, 'host/last-admin', {
      sv: 'Ändringen skulle lämna värden utan aktiv administratör (admin på *); inget ändrades',
      en: 'The change would leave the host without an enabled administrator (admin on *); nothing was changed',
    });
  }
}

/** A user as an administrator sees it. */
export interface UserInfo {
  readonly username: string;
  readonly displayName: string;
  readonly grants: readonly Grant[];
  readonly disabled: boolean;
}

/**
 * Local accounts, sessions and API tokens on the host's database. Passwords are scrypt hashes;
 * session and API tokens are stored only as SHA-256 hashes.
 */
export class Users {
  readonly #db: Database;
  readonly #scopeExists: (scope: string) => boolean;
  /** Principals by token hash for a few seconds, so each API call does not cost a query. */
  readonly #cache = new Map<string, { principal: Principal | undefined; until: number }>();

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

  /**
   * Users over an opened database. `scopeExists` tells whether a grant's scope names something
   * loaded (`*`, a plugin, a kind, a kind's document): grants on anything else are refused.
   */
  constructor(db: Database, options: { scopeExists?: (scope: string) => boolean } = {}) {
    this.#db = db;
    this.#scopeExists = options.scopeExists ?? (() => true);
  }

  #assertScope(scope: string, path: (string | number)[]): void {
    assertScope(scope, path);
    if (!this.#scopeExists(scope)) {
      fail(
        400,
        'host/unknown-scope',
        {
          sv: `Omfånget "${scope.slice(0, 200)}" finns inte: inget laddat plugin eller dokumenttyp har det namnet`,
          en: `Scope "${scope.slice(0, 200)}" does not exist: no loaded plugin or kind has that name`,
        },
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
      fail(400, 'host/invalid-username', {
        sv: 'Användarnamnet ska vara 2–64 tecken: a–z, siffror, punkt, understreck, bindestreck',
        en: 'The username must be 2–64 characters: a–z, digits, dot, underscore, hyphen',
      });
    }
    if (input.password.length < MIN_PASSWORD) {
      fail(400, 'host/weak-password', {
        sv: `Lösenordet ska ha minst ${MIN_PASSWORD} tecken`,
        en: `The password must have at least ${MIN_PASSWORD} characters`,
      });
    }
    if (!(ROLES as readonly string[]).includes(input.role)) {
      fail(
        400,
        'host/invalid-role',
        {
          sv: `Okänd roll "${input.role}"`,
          en: `Unknown role "${input.role}"`,
        },
        { expected: ROLES.join(', ') },
      );
    }
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
        fail(409, 'host/user-exists', {
          sv: `Användaren "${input.username}" finns redan`,
          en: `User "${input.username}" already exists`,
        });
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
  async createSession(
    username: string,
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const session = token('s_');
    const csrfToken = token('c_');
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await this.#db.query('DELETE FROM sessions WHERE expires_at < now()');
    await this.#db.query(
      'INSERT INTO sessions (token_hash, username, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
      [sha256(session), username, csrfToken, expiresAt.toISOString()],
    );
    return { token: session, csrfToken, expiresAt };
  }

  /** Ends a session. */
  async endSession(sessionToken: string): Promise<void> {
    this.#cache.delete(sha256(sessionToken));
    await this.#db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(sessionToken)]);
  }

  /** The principal behind a session cookie, if it is live. */
  fromSession(sessionToken: string): Promise<Principal | undefined> {
    const hash = sha256(sessionToken);
    return this.#cached(hash, () => this.#loadSession(hash));
  }

  async #loadSession(hash: string): Promise<Principal | undefined> {
    const rows = await this.#db.query<{ username: string; csrf_token: string }>(
      `SELECT s.username, s.csrf_token FROM sessions s JOIN users u ON u.username = s.username
       WHERE s.token_hash = $1 AND s.expires_at > now() AND NOT u.disabled`,
      [hash],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      username: row.username,
      grants: await this.#grants(row.username),
      via: 'session',
      csrfToken: row.csrf_token,
    };
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

  /**
   * Issues an API token that expires after `expiresInDays` (default 90, at most 365). A user
   * holds at most {@link TOKEN_LIMITS}.maxPerUser live tokens: 409 `host/too-many-tokens` beyond.
   */
  async issueToken(
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
        {
          sv: `expiresInDays ska vara ett heltal från 1 till ${TOKEN_LIMITS.maxDays}`,
          en: `expiresInDays must be a whole number from 1 to ${TOKEN_LIMITS.maxDays}`,
        },
        { path: ['expiresInDays'], expected: `1..${TOKEN_LIMITS.maxDays}`, actual: String(days) },
      );
    }
    if (name.length > 200) {
      fail(
        400,
        'host/invalid-request',
        { sv: 'name får vara högst 200 tecken', en: 'name may be at most 200 characters' },
        { path: ['name'], expected: '<= 200', actual: String(name.length) },
      );
    }
    const value = token('stk_');
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
          {
            sv: `${username} har redan ${n} giltiga API-token (högst ${TOKEN_LIMITS.maxPerUser}); återkalla en först`,
            en: `${username} already holds ${n} live API tokens (at most ${TOKEN_LIMITS.maxPerUser}); revoke one first`,
          },
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
  async listTokens(username?: string): Promise<TokenInfo[]> {
    const rows = await this.#db.query<TokenRow>(
      `SELECT token_hash, username, name, created_at, expires_at, revoked_at FROM api_tokens
       WHERE ($1::text IS NULL OR username = $1::text) ORDER BY created_at DESC, token_hash`,
      [username ?? null],
    );
    return rows.map(tokenInfo);
  }

  /**
   * Revokes an API token by its id (from {@link Users.listTokens}); with `owner`, only that
   * user's token. 404 when there is no such (live) token. Audited as `token.revoke`.
   */
  async revokeToken(id: string, actor: string, owner?: string): Promise<TokenInfo> {
    if (!/^[0-9a-f]{16}$/.test(id)) this.#noToken(id);
    const info = await this.#db.transaction(async (tx) => {
      const rows = await tx.query<TokenRow>(
        `UPDATE api_tokens SET revoked_at = now()
         WHERE left(token_hash, 16) = $1 AND revoked_at IS NULL
           AND ($2::text IS NULL OR username = $2::text)
         RETURNING token_hash, username, name, created_at, expires_at, revoked_at`,
        [id, owner ?? null],
      );
      const row = rows[0];
      if (row === undefined) this.#noToken(id);
      await audit(tx, actor, 'token.revoke', null, null, null, {
        token: id,
        username: row.username,
        name: row.name,
      });
      return tokenInfo(row);
    });
    this.#cache.clear();
    return info;
  }

  #noToken(id: string): never {
    fail(
      404,
      'host/no-such-token',
      {
        sv: `Ingen giltig API-token med id "${id.slice(0, 64)}"`,
        en: `No live API token with id "${id.slice(0, 64)}"`,
      },
      { path: ['id'], actual: id.slice(0, 64) },
    );
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
   * grants before and after.
   */
  async setGrants(username: string, grants: readonly Grant[], actor: string): Promise<UserInfo> {
    const scopes = new Set<string>();
    for (const [index, grant] of grants.entries()) {
      this.#assertScope(grant.scope, ['grants', index, 'scope']);
      if (!(ROLES as readonly string[]).includes(grant.role)) {
        fail(
          400,
          'host/invalid-role',
          { sv: `Okänd roll "${grant.role}"`, en: `Unknown role "${grant.role}"` },
          { path: ['grants', index, 'role'], expected: ROLES.join(', '), actual: grant.role },
        );
      }
      if (scopes.has(grant.scope)) {
        fail(
          400,
          'host/duplicate-scope',
          {
            sv: `Omfånget "${grant.scope}" förekommer två gånger`,
            en: `Scope "${grant.scope}" appears twice`,
          },
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

  /** The principal behind a bearer token, if it is live (one query: user and grants). */
  fromToken(bearer: string): Promise<Principal | undefined> {
    const hash = sha256(bearer);
    return this.#cached(hash, () => this.#loadToken(hash));
  }

  async #loadToken(hash: string): Promise<Principal | undefined> {
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

/**
 * Counts failed sign-ins per key in a sliding window; blocks a key after `max` failures. Memory
 * is bounded: a key is kept only while it has failures inside the window, at most `maxKeys`
 * keys are kept (the longest-quiet ones go first), and only the last `max` failures per key.
 *
 * @example
 * ```ts
 * const limiter = new RateLimiter(5, 15 * 60_000);
 * limiter.blockedFor('anna|127.0.0.1'); // 0 (ms)
 * ```
 */
export class RateLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  /** Failure times per key; Map order is least recently failed first. */
  readonly #failures = new Map<string, number[]>();

  /** At most `max` failures per key within `windowMs`; at most `maxKeys` keys remembered. */
  constructor(max: number, windowMs: number, maxKeys = 10_000) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#maxKeys = maxKeys;
  }

  /** How many keys are remembered (for tests and metrics). */
  get size(): number {
    return this.#failures.size;
  }

  #recent(key: string, now: number): number[] {
    const list = this.#failures.get(key);
    if (list === undefined) return [];
    const recent = list.filter((t) => now - t < this.#windowMs);
    if (recent.length === 0) this.#failures.delete(key);
    else if (recent.length !== list.length) this.#failures.set(key, recent);
    return recent;
  }

  /** Milliseconds until the key may try again (0 when it may now). Stores nothing. */
  blockedFor(key: string, now = Date.now()): number {
    const recent = this.#recent(key, now);
    if (recent.length < this.#max) return 0;
    return this.#windowMs - (now - (recent[recent.length - this.#max] ?? now));
  }

  /** Records a failure. */
  fail(key: string, now = Date.now()): void {
    const list = [...this.#recent(key, now), now].slice(-this.#max);
    this.#failures.delete(key);
    this.#failures.set(key, list);
    // Oldest first: drop keys whose window has passed, then the longest-quiet over the cap.
    for (const [k, times] of this.#failures) {
      const last = times[times.length - 1] ?? 0;
      if (now - last >= this.#windowMs) this.#failures.delete(k);
      else break;
    }
    while (this.#failures.size > this.#maxKeys) {
      const oldest = this.#failures.keys().next();
      if (oldest.done === true) break;
      this.#failures.delete(oldest.value);
    }
  }

  /** Forgets a key's failures (after a successful sign-in). */
  reset(key: string): void {
    this.#failures.delete(key);
  }
}

/** Demo accounts for the reference data (documented in docs/hosting.md; never in production). */
export const DEMO_USERS: readonly { username: string; password: string; role: Role }[] = [
  { username: 'admin', password: 'demo-admin-2026', role: 'admin' },
  { username: 'approver', password: 'demo-approver-2026', role: 'approver' },
  { username: 'editor', password: 'demo-editor-2026', role: 'editor' },
  { username: 'viewer', password: 'demo-viewer-2026', role: 'viewer' },
];

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
