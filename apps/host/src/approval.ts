import { z } from '@hono/zod-openapi';
import { safeParseWith, type Finding } from '@styrkit/core';
import { HostError, hostFinding } from './errors.js';

/** Limits of an approval's body (docs/hosting.md, "Limits"). */
export const APPROVAL_LIMITS = {
  /** Longest approval comment, in characters. */
  maxComment: 2000,
  /** Most acknowledged findings one approval records. */
  maxAcknowledged: 500,
} as const;

/** A finding the approver saw: its code and path, as the checks reported them. */
export const acknowledgedFindingSchema = z
  .strictObject({
    code: z.string().min(1).max(200),
    path: z.array(z.union([z.string().max(200), z.number().int().min(0)])).max(50),
  })
  .openapi('AcknowledgedFinding');

/**
 * The body of `POST …/versions/:version/approve`: an optional comment (`note` is its older
 * name) and the findings the approver saw and acknowledged.
 */
export const approvalBodySchema = z
  .strictObject({
    comment: z.string().max(APPROVAL_LIMITS.maxComment).optional(),
    note: z.string().max(APPROVAL_LIMITS.maxComment).optional(),
    acknowledgedFindings: z
      .array(acknowledgedFindingSchema)
      .max(APPROVAL_LIMITS.maxAcknowledged)
      .optional(),
  })
  .openapi('ApprovalRequest');

/** What an approval body holds once read. */
export interface ApprovalInput {
  readonly comment: string;
  readonly acknowledgedFindings: readonly z.infer<typeof acknowledgedFindingSchema>[];
}

/**
 * Reads an approval body (already parsed JSON): 400 with findings when it does not fit
 * {@link approvalBodySchema}.
 *
 * @example
 * ```ts
 * approvalBody({ comment: 'ok', acknowledgedFindings: [{ code: 'x/y', path: ['a'] }] }).comment; // 'ok'
 * ```
 */
export function approvalBody(body: unknown): ApprovalInput {
  const read = safeParseWith(approvalBodySchema, body, { code: 'host/invalid-request' });
  if (!read.ok) throw new HostError(400, read.error);
  return {
    comment: read.value.comment ?? read.value.note ?? '',
    acknowledgedFindings: read.value.acknowledgedFindings ?? [],
  };
}

/**
 * Throws 409 `host/open-errors` when the checks of a version report errors: what a host run
 * with `--errors-block-approval` answers an approval of such a version. The findings are a
 * summary followed by each open error.
 *
 * @example
 * ```ts
 * assertNoOpenErrors([], 2); // returns: nothing is open
 * ```
 */
export function assertNoOpenErrors(findings: readonly Finding[], version: number): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  throw new HostError(409, [
    hostFinding(
      'host/open-errors',
      { version, errors: errors.length },
      { path: ['version'], expected: '0 errors', actual: String(errors.length) },
    ),
    ...errors,
  ]);
}
