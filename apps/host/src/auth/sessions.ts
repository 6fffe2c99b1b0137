import type { Database } from '../db.js';
import type { Principal } from './permissions.js';
import type { Grant } from './roles.js';
import { newToken, sha256 } from './tokens.js';

/** How long a session lives (docs/hosting.md, "Limits"). */
export const SESSION_HOURS = 8;

/** Sign-in sessions: the cookie token and its CSRF token, stored only as the cookie's hash. */
export class Sessions {
  readonly #db: Database;
  readonly #grants: (username: string) => Promise<Grant[]>;

  /** Sessions over an opened database; `grants` loads a user's grants. */
  constructor(db: Database, grants: (username: string) => Promise<Grant[]>) {
    this.#db = db;
    this.#grants = grants;
  }

  /** Starts a session; returns the cookie token (stored hashed) and its CSRF token. */
  async create(username: string): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
    const session = newToken('s_');
    const csrfToken = newToken('c_');
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await this.#db.query('DELETE FROM sessions WHERE expires_at < now()');
    await this.#db.query(
      'INSERT INTO sessions (token_hash, username, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
      [sha256(session), username, csrfToken, expiresAt.toISOString()],
    );
    return { token: session, csrfToken, expiresAt };
  }

  /** Ends a session by its cookie token's hash. */
  async end(hash: string): Promise<void> {
    await this.#db.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
  }

  /** The principal behind a session hash, if the session is live and its user enabled. */
  async principal(hash: string): Promise<Principal | undefined> {
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
}
