import { safeParseWith, type Finding, type Result } from '@styrkit/core';
import {
  callSchema,
  changeRequestSchema,
  finalReportSchema,
  projectSchema,
  timeReportsSchema,
  type Call,
  type ChangeRequest,
  type FinalReport,
  type Project,
  type TimeReports,
} from './model.js';
import { fastTimeReportRows } from './time-reports-fast.js';

const code = 'esf/invalid-input';

/**
 * Validates a call. Never throws; every problem comes back as a finding with its path.
 *
 * @example
 * ```ts
 * import { parseCall } from '@styrkit/esf';
 * parseCall({ id: 'c', name: 'C', requiredCofinancingPercent: '33' }).ok; // true
 * ```
 */
export function parseCall(input: unknown): Result<Call, Finding[]> {
  return safeParseWith(callSchema, input, { code });
}

/**
 * Validates a project. Never throws; reports all problems with paths.
 *
 * @example
 * ```ts
 * import { parseProject } from '@styrkit/esf';
 * const r = parseProject({ id: 'p' });
 * r.ok; // false: name, owner and phases are missing
 * ```
 */
export function parseProject(input: unknown): Result<Project, Finding[]> {
  return safeParseWith(projectSchema, input, { code });
}

/**
 * Validates a change request. Never throws; reports all problems with paths.
 *
 * @example
 * ```ts
 * import { parseChangeRequest } from '@styrkit/esf';
 * parseChangeRequest({ id: 'c', moves: [] }).ok; // false
 * ```
 */
export function parseChangeRequest(input: unknown): Result<ChangeRequest, Finding[]> {
  return safeParseWith(changeRequestSchema, input, { code });
}

/**
 * Validates time reports. Hours must be whole (rounded down by rule); a fractional figure is
 * a finding, never silently truncated. Never throws.
 *
 * @example
 * ```ts
 * import { parseTimeReports } from '@styrkit/esf';
 * const r = parseTimeReports({ projectId: 'p', participants: [], reports: [
 *   { participant: 'a', month: '2022-03', phase: 'implementation', activity: 'x', hours: 7.5, signed: true }] });
 * r.ok; // false: hours must be whole
 * ```
 */
export function parseTimeReports(input: unknown): Result<TimeReports, Finding[]> {
  // A register may hold millions of rows: when every row passes the hand-written check
  // (which accepts only what the schema accepts and builds the same rows), zod reads the
  // rest of the document; otherwise zod reads it all, so its findings stay the only wording.
  if (
    typeof input === 'object' &&
    input !== null &&
    (Object.getPrototypeOf(input) === Object.prototype || Object.getPrototypeOf(input) === null)
  ) {
    const reports = (input as { reports?: unknown }).reports;
    if (Array.isArray(reports)) {
      const rows = fastTimeReportRows(reports);
      if (rows !== undefined) {
        const rest = safeParseWith(timeReportsSchema, { ...input, reports: [] }, { code });
        if (rest.ok) rest.value.reports = rows;
        return rest;
      }
    }
  }
  return safeParseWith(timeReportsSchema, input, { code });
}

/**
 * Validates a final report. Never throws; reports all problems with paths.
 *
 * @example
 * ```ts
 * import { parseFinalReport } from '@styrkit/esf';
 * parseFinalReport({ projectId: 'p', figures: {} }).ok; // true
 * ```
 */
export function parseFinalReport(input: unknown): Result<FinalReport, Finding[]> {
  return safeParseWith(finalReportSchema, input, { code });
}
