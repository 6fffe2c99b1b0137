import type { components, paths } from '../../../host/src/generated/api.js';
import type { Text } from './i18n.js';

/** The host's API types, generated from its OpenAPI description (apps/host/src/generated). */
export type ApiSchemas = components['schemas'];
/** The host's paths, for a typed client (openapi-fetch's `createClient<ApiPaths>`). */
export type ApiPaths = paths;
/** One approval of a version, as the host returns it: comment and acknowledged findings. */
export type Approval = ApiSchemas['Approval'];
/** What `POST …/versions/{version}/approve` takes: a comment and the findings the approver saw. */
export type ApprovalRequest = ApiSchemas['ApprovalRequest'];
/** One version as the host returns it. */
export type Version = ApiSchemas['Version'];
/** A version's metadata as the host returns it. */
export type VersionMeta = ApiSchemas['VersionMeta'];
/** What `GET /api/session` answers. */
export type Me = ApiSchemas['Me'];

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

/** A grant as the host sends it (its role one of the host's one role list). */
export type Grant = Readonly<ApiSchemas['Grant']>;

/** The host's approval settings (`--errors-block-approval`, four eyes unless `--allow-self-approval`). */
export type ApprovalPolicy = Readonly<ApiSchemas['ApprovalPolicy']>;

/** The signed-in user. */
export interface Session {
  readonly username: string;
  readonly grants: readonly Grant[];
  readonly csrfToken: string | null;
  /** Absent from hosts older than the policy field: then errors are acknowledged, four eyes hold. */
  readonly approvalPolicy?: ApprovalPolicy;
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
  readonly approvals?: readonly (Partial<Approval> & { approvedBy?: string })[];
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

/**
 * Approves a version with an optional comment and the findings the approver saw (the host's
 * `ApprovalRequest`); answers the version with its approvals.
 */
export function approveVersion(
  kind: string,
  id: string,
  version: number,
  body: ApprovalRequest = {},
): Promise<Version> {
  return api<Version>(`${docPath(kind, id)}/versions/${String(version)}/approve`, {
    method: 'POST',
    body,
  });
}

/** Fetches a text export (ICS, Markdown, HTML). */
export async function apiText(path: string): Promise<string> {
  const res = await fetch(path, { credentials: 'same-origin' });
  if (!res.ok) throw await errorOf(res);
  return res.text();
}
