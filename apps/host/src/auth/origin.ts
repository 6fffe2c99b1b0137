import { fail } from '../errors.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'styrkit_session';
/** The header a cookie-authenticated write carries its CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** What the request guards read of a request. */
export interface RequestView {
  readonly path: string;
  readonly url: string;
  header(name: string): string | undefined;
  queries(): Record<string, string[]>;
}

/**
 * The value of one cookie in a `Cookie` header.
 *
 * @example
 * ```ts
 * cookieValue('a=1; styrkit_session=s_x', 'styrkit_session'); // 's_x'
 * ```
 */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * Refuses a cookie-authenticated write (and a sign-in) sent from another site: the `Origin`
 * header, when present, must name this host or one of the configured CORS origins, and
 * `Sec-Fetch-Site: cross-site` is refused. The CSRF token is checked as well; this is the
 * second, independent lock.
 *
 * @example
 * ```ts
 * assertSameOrigin(c, ['https://portal.example'], false);
 * ```
 */
export function assertSameOrigin(
  c: { req: RequestView },
  allowed: readonly string[],
  trustProxy: boolean,
): void {
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  let ok: boolean;
  if (origin === undefined) ok = site !== 'cross-site';
  else if (allowed.includes(origin)) ok = true;
  else {
    const forwarded = trustProxy
      ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim()
      : undefined;
    const own = forwarded ?? c.req.header('host') ?? new URL(c.req.url).host;
    try {
      ok = new URL(origin).host === own;
    } catch {
      ok = false; // "null" (a sandboxed page) or garbage
    }
  }
  if (!ok) {
    const shown = String(origin ?? site).slice(0, 100);
    fail(403, 'host/cross-origin', { origin: shown }, { expected: 'same origin', actual: shown });
  }
}

/**
 * Refuses a cookie-authenticated write without the session's CSRF token in {@link CSRF_HEADER}.
 *
 * @example
 * ```ts
 * assertCsrf(c.req.header('x-csrf-token'), principal.csrfToken);
 * ```
 */
export function assertCsrf(sent: string | undefined, expected: string | undefined): void {
  if (sent === undefined || sent !== expected) {
    fail(403, 'host/csrf', { header: CSRF_HEADER });
  }
}
