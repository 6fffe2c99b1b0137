import type { Finding } from './api.js';

/**
 * Checks the portal makes before a document is stored, so a mistake is refused or warned
 * about at once rather than only flagged by the audit afterwards.
 */

const ID = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Whether a text is a document id the host accepts (letters, digits, `.`, `_`, `-`, 1–128).
 *
 * @example
 * ```ts
 * isValidId('linkoping-vso-2022'); // true
 * isValidId('två ord'); // false
 * ```
 */
export function isValidId(id: string): boolean {
  return ID.test(id);
}

/**
 * Whether a document states an id of its own that differs from the id it is stored under
 * (the envelope id): such a document would be listed under one id and refer to itself by
 * another.
 *
 * @example
 * ```ts
 * idMismatch({ id: 'plan-a' }, 'plan-b'); // true
 * idMismatch({ title: 'no id' }, 'plan-b'); // false
 * ```
 */
export function idMismatch(document: unknown, envelopeId: string): boolean {
  if (typeof document !== 'object' || document === null) return false;
  const own = (document as { id?: unknown }).id;
  return typeof own === 'string' && own !== envelopeId;
}

/**
 * The document with its own `id` following the envelope id as the user types it: changed only
 * while it still equals the previous envelope id (or is empty), unless `force`.
 */
export function syncId(document: unknown, previous: string, next: string, force = false): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const own = (document as { id?: unknown }).id;
  if (!force && own !== undefined && own !== '' && own !== previous) return document;
  return { ...(document as Record<string, unknown>), id: next };
}

/**
 * The findings that say a document points at documents that are not stored: every plugin's
 * `…/unknown-reference` and a checklist's missing template.
 *
 * @example
 * ```ts
 * referenceProblems([
 *   { code: 'pm3/unknown-reference', severity: 'error', path: ['objectId'], message: { sv: '', en: '' } },
 *   { code: 'pm3/row-sum-mismatch', severity: 'error', path: [], message: { sv: '', en: '' } },
 * ]).length; // 1
 * ```
 */
export function referenceProblems(findings: readonly Finding[]): Finding[] {
  return findings.filter(
    (f) => f.code.endsWith('/unknown-reference') || f.code.endsWith('/template-not-found'),
  );
}
