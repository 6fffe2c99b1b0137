import type { Finding, LocalizedText } from '@styrkit/core';

/** HTTP statuses the host answers errors with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/**
 * An expected failure with its HTTP status and findings: what the API sends back (never a
 * stack trace) and what the CLI prints.
 */
export class HostError extends Error {
  /** HTTP status. */
  readonly status: ErrorStatus;
  /** Why, as findings. */
  readonly findings: readonly Finding[];

  /** Builds an error from a status and its findings; the message is the first finding's (en). */
  constructor(status: ErrorStatus, findings: readonly Finding[]) {
    super(findings[0]?.message.en ?? `HTTP ${status}`);
    this.name = 'HostError';
    this.status = status;
    this.findings = findings;
  }
}

/**
 * Builds a host finding (`host/...` code, error severity unless told otherwise).
 *
 * @example
 * ```ts
 * hostFinding('host/not-found', { sv: 'Finns inte', en: 'Not found' });
 * ```
 */
export function hostFinding(
  code: string,
  message: LocalizedText,
  extra: Partial<Pick<Finding, 'path' | 'expected' | 'actual' | 'severity'>> = {},
): Finding {
  return { code, severity: 'error', path: [], message, ...extra };
}

/**
 * Throws a {@link HostError} with one host finding.
 *
 * @example
 * ```ts
 * fail(404, 'host/not-found', { sv: 'Finns inte', en: 'Not found' });
 * ```
 */
export function fail(
  status: ErrorStatus,
  code: string,
  message: LocalizedText,
  extra: Partial<Pick<Finding, 'path' | 'expected' | 'actual' | 'severity'>> = {},
): never {
  throw new HostError(status, [hostFinding(code, message, extra)]);
}
