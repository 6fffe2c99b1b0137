import { parseKeepingValid, type PartialReading } from '@styrkit/plugin';
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

// Best-effort readers, the plugin kinds' `parsePartial`: a field of the wrong type is left out
// and reported, so the kind's checks still run on the rest (issue 16: checks that do not hide
// each other). The strict parse* functions are unchanged.
const code = 'esf/invalid-input';

/**
 * Reads a call as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readCall } from '@styrkit/esf';
 * readCall('text').value; // undefined
 * ```
 */
export function readCall(input: unknown): PartialReading<Call> {
  return parseKeepingValid(callSchema, input, { code });
}

/**
 * Reads a project as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readProject } from '@styrkit/esf';
 * readProject('text').value; // undefined
 * ```
 */
export function readProject(input: unknown): PartialReading<Project> {
  return parseKeepingValid(projectSchema, input, { code });
}

/**
 * Reads a change request as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readChangeRequest } from '@styrkit/esf';
 * readChangeRequest('text').value; // undefined
 * ```
 */
export function readChangeRequest(input: unknown): PartialReading<ChangeRequest> {
  return parseKeepingValid(changeRequestSchema, input, { code });
}

/**
 * Reads time reports as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readTimeReports } from '@styrkit/esf';
 * readTimeReports('text').value; // undefined
 * ```
 */
export function readTimeReports(input: unknown): PartialReading<TimeReports> {
  return parseKeepingValid(timeReportsSchema, input, { code });
}

/**
 * Reads a final report as far as its data format allows: fields the schema rejects are left out and
 * reported (see `parseKeepingValid` in @styrkit/plugin); undefined value when a required field is
 * invalid.
 *
 * @example
 * ```ts
 * import { readFinalReport } from '@styrkit/esf';
 * readFinalReport('text').value; // undefined
 * ```
 */
export function readFinalReport(input: unknown): PartialReading<FinalReport> {
  return parseKeepingValid(finalReportSchema, input, { code });
}
