import type { CodedFinding, Finding } from '@styrkit/core';
import { hostCodes, type HostCode, type HostCodeData } from './codes.js';

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

/** Where a host finding points and the figures it names (its wording comes from the code). */
export type HostFindingExtra = Partial<Pick<Finding, 'path' | 'expected' | 'actual' | 'severity'>>;

/**
 * Builds a host finding: a `host/*` code of the catalogue (src/codes.ts), worded from `data`
 * by the code's template, error severity unless the code or `extra` says otherwise.
 *
 * @example
 * ```ts
 * hostFinding('host/no-such-user', { username: 'ada' }).message.en; // 'User "ada" does not exist'
 * ```
 */
export function hostFinding<K extends HostCode>(
  code: K,
  data: HostCodeData<K>,
  extra: HostFindingExtra = {},
): CodedFinding<K> {
  const finding = hostCodes.create(code, {
    path: extra.path ?? [],
    data,
    ...(extra.expected === undefined ? {} : { expected: extra.expected }),
    ...(extra.actual === undefined ? {} : { actual: extra.actual }),
    ...(extra.severity === undefined ? {} : { severity: extra.severity }),
  });
  // Worded now: a HostError's findings are answered or printed, never only counted.
  return { ...finding, message: finding.message };
}

/**
 * Throws a {@link HostError} with one host finding.
 *
 * @example
 * ```ts
 * fail(404, 'host/no-such-user', { username: 'ada' });
 * ```
 */
export function fail<K extends HostCode>(
  status: ErrorStatus,
  code: K,
  data: HostCodeData<K>,
  extra: HostFindingExtra = {},
): never {
  throw new HostError(status, [hostFinding(code, data, extra)]);
}
