import type { Text } from './i18n.js';

/** A finding as the host sends it (code, severity, path, bilingual message). */
export interface Finding {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly path: readonly (string | number)[];
  readonly message: Text;
  readonly expected?: string;
  readonly actual?: string;
}

/** An error answer of the host: its status and findings. */
export class ApiError extends Error {
  readonly status: number;
  readonly findings: readonly Finding[];
  constructor(status: number, findings: readonly Finding[]) {
    super(findings[0]?.message.en ?? `HTTP ${status}`);
    this.status = status;
    this.findings = findings;
  }
}

/** A grant as the host sends it. */
export interface Grant {
  readonly scope: string;
  readonly role: 'viewer' | 'editor' | 'approver' | 'admin';
}

/** The signed-in user. */
export interface Session {
  readonly username: string;
  readonly grants: readonly Grant[];
  readonly csrfToken: string | null;
}

/** A stored document version. */
export interface DocumentRecord<T = unknown> {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  readonly document: T;
  readonly author?: string;
  readonly createdAt?: string;
  readonly message?: string;
}

/** One entry of a document's history. */
export interface VersionInfo {
  readonly version: number;
  readonly author?: string;
  readonly createdAt?: string;
  readonly message?: string | null;
  readonly approvals?: readonly { by?: string; approvedBy?: string; at?: string; note?: string }[];
  readonly [key: string]: unknown;
}

/** A document in a list. */
export interface DocumentSummary {
  readonly kind: string;
  readonly id: string;
  readonly version: number;
  readonly updatedAt?: string;
}

/** A check result. */
export interface CheckResult {
  readonly version: number;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  readonly findings: readonly Finding[];
}

let csrfToken: string | null = null;

/** Remembers the session's CSRF token (sent on every state-changing request). */
export function setCsrf(token: string | null): void {
  csrfToken = token;
}

/** The API path of a document (`pm3/objektplan`, `linkoping-vso-2021-a`). */
export function docPath(kind: string, id: string): string {
  return `/api/kinds/${kind}/documents/${encodeURIComponent(id)}`;
}

/** Where a document's tables are downloaded in a format. */
export function tableUrl(
  kind: string,
  id: string,
  format: 'csv' | 'xlsx',
  locale: string,
  table?: string,
  version?: number,
): string {
  const q = new URLSearchParams({ format, locale });
  if (table !== undefined) q.set('table', table);
  if (version !== undefined) q.set('version', String(version));
  return `${docPath(kind, id)}/tables?${q.toString()}`;
}

async function errorOf(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as { error?: { findings?: Finding[] } };
    return new ApiError(res.status, body.error?.findings ?? []);
  } catch {
    return new ApiError(res.status, []);
  }
}

/** Calls the host's JSON API; throws {@link ApiError} on an error answer. */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  const method = init.method ?? 'GET';
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!res.ok) throw await errorOf(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** Fetches a text export (ICS, Markdown, HTML). */
export async function apiText(path: string): Promise<string> {
  const res = await fetch(path, { credentials: 'same-origin' });
  if (!res.ok) throw await errorOf(res);
  return res.text();
}
