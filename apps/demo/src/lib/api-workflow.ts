import { api, docPath, type ApprovalPolicy, type CheckResult, type Finding } from './api.js';

/** A finding an approver has seen and acknowledged: its code and path (what the host records). */
export interface AcknowledgedFinding {
  readonly code: string;
  readonly path: readonly (string | number)[];
}

/** What the approver sends with an approval. */
export interface ApprovalInput {
  readonly comment: string;
  readonly acknowledgedFindings: readonly AcknowledgedFinding[];
}

/**
 * The findings an approver must acknowledge: the errors and warnings of the version (infos
 * inform and need no acknowledgement).
 *
 * @example
 * ```ts
 * openFindings([{ code: 'a', severity: 'info', path: [], message: { sv: '', en: '' } }]); // []
 * ```
 */
export function openFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/**
 * The open errors that stop an approval before it is sent: all the errors when the host's
 * policy makes errors block approval (`--errors-block-approval`), none otherwise (then they are
 * acknowledged like warnings). A host that does not say its policy is taken not to block.
 *
 * @example
 * ```ts
 * const e = { code: 'a', severity: 'error', path: [], message: { sv: '', en: '' } } as const;
 * blockingErrors([e], { errorsBlockApproval: true, fourEyes: true }).length; // 1
 * blockingErrors([e], { errorsBlockApproval: false, fourEyes: true }).length; // 0
 * ```
 */
export function blockingErrors(
  findings: readonly Finding[],
  policy: ApprovalPolicy | undefined,
): Finding[] {
  return policy?.errorsBlockApproval === true ? findings.filter((f) => f.severity === 'error') : [];
}

/**
 * The body of an approval request. The comment goes as `comment` and as `note` (its older
 * name, which hosts before the comment field read); hosts ignore fields they do not know.
 *
 * @example
 * ```ts
 * approvalBody({ comment: 'ok', acknowledgedFindings: [] }).note; // 'ok'
 * ```
 */
export function approvalBody(input: ApprovalInput): Record<string, unknown> {
  return {
    note: input.comment,
    comment: input.comment,
    acknowledgedFindings: input.acknowledgedFindings.map((f) => ({ code: f.code, path: f.path })),
  };
}

/** Approves a version of a document (the host checks the permission and four eyes). */
export function approveVersion(
  kind: string,
  id: string,
  version: number,
  input: ApprovalInput,
): Promise<unknown> {
  return api(`${docPath(kind, id)}/versions/${version}/approve`, {
    method: 'POST',
    body: approvalBody(input),
  });
}

/** The check findings of one version of a document. */
export function versionChecks(
  kind: string,
  id: string,
  version: number,
  locale: string,
): Promise<CheckResult> {
  return api<CheckResult>(`${docPath(kind, id)}/checks?locale=${locale}&version=${version}`);
}

/** Saves a document as a new version on top of `baseVersion` (optimistic concurrency). */
export function saveDocument<T>(
  kind: string,
  id: string,
  document: T,
  baseVersion: number | undefined,
  message: string,
): Promise<{ version: number; document: T }> {
  return api<{ version: number; document: T }>(docPath(kind, id), {
    method: 'PUT',
    body: { ...(baseVersion === undefined ? {} : { baseVersion }), document, message },
  });
}
