import { sortFindings, type Finding, type Path } from '@styrkit/core';
import { auditCofinancingValue } from './audit-cofinancing-value.js';
import { auditFinalReport } from './audit-final-report.js';
import { auditProject } from './audit-project.js';
import { auditTimeReports } from './audit-time-reports.js';
import type { Call, ChangeRequest, FinalReport, Project, TimeReports } from './model.js';
import {
  requireCall,
  requireChangeRequests,
  requireFinalReport,
  requireProject,
  requireTimeReports,
} from './parsed-guard.js';

export { auditCofinancingValue } from './audit-cofinancing-value.js';
export { auditFinalReport, type FinalReportAuditContext } from './audit-final-report.js';
export { auditProject, type ProjectAuditContext } from './audit-project.js';
export { auditTimeReports } from './audit-time-reports.js';

/**
 * The documents of one ESF project, as far as they exist.
 *
 * @example
 * ```ts
 * import type { EsfBundle } from '@styrkit/esf';
 * const empty: EsfBundle = {};
 * ```
 */
export interface EsfBundle {
  /** The call. */
  readonly call?: Call;
  /** The project. */
  readonly project?: Project;
  /** Its change requests. */
  readonly changeRequests?: readonly ChangeRequest[];
  /** Its time reports. */
  readonly timeReports?: TimeReports;
  /** Its final report. */
  readonly finalReport?: FinalReport;
}

const under = (prefix: Path, findings: readonly Finding[]): Finding[] =>
  findings.map((f) => ({ ...f, path: [...prefix, ...f.path] }));

/**
 * Audits all documents of a project together; each finding's path starts with the document
 * it belongs to (`project`, `timeReports`, `finalReport`). Findings come sorted by severity
 * then path.
 *
 * @example
 * ```ts
 * import { auditEsf } from '@styrkit/esf';
 * auditEsf({}).length; // 0
 * ```
 */
export function auditEsf(bundle: EsfBundle): Finding[] {
  if (bundle.project !== undefined) requireProject(bundle.project, 'auditEsf');
  requireCall(bundle.call, 'auditEsf');
  requireChangeRequests(bundle.changeRequests ?? [], 'auditEsf');
  requireTimeReports(bundle.timeReports, 'auditEsf');
  if (bundle.finalReport !== undefined) requireFinalReport(bundle.finalReport, 'auditEsf');
  const { call, project, timeReports, finalReport } = bundle;
  const findings: Finding[] = [];
  if (project !== undefined) {
    const changeRequests = bundle.changeRequests ?? [];
    const projectFindings = auditProject(project, {
      ...(call === undefined ? {} : { call }),
      changeRequests,
    });
    // Change-request paths point into the bundle's list, not into the project.
    for (const f of projectFindings) {
      findings.push(f.path[0] === 'changeRequests' ? f : { ...f, path: ['project', ...f.path] });
    }
  }
  if (timeReports !== undefined) {
    findings.push(
      ...under(
        ['timeReports'],
        auditTimeReports(timeReports, project === undefined ? {} : { project }),
      ),
    );
    if (project !== undefined) {
      findings.push(...under(['timeReports'], auditCofinancingValue(project, timeReports)));
    }
  }
  if (finalReport !== undefined) {
    findings.push(
      ...under(
        ['finalReport'],
        auditFinalReport(finalReport, {
          ...(project === undefined ? {} : { project }),
          ...(call === undefined ? {} : { call }),
          ...(timeReports === undefined ? {} : { timeReports }),
        }),
      ),
    );
  }
  return sortFindings(findings);
}
