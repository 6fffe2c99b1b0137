import packageJson from '../package.json' with { type: 'json' };
import type { Finding } from '@styrkit/core';
import {
  defineCheck,
  defineKind,
  definePlugin,
  defineRecogniser,
  defineTable,
  type PluginContext,
  type StyrkitPlugin,
} from '@styrkit/plugin';
import {
  auditCofinancingValue,
  auditFinalReport,
  auditProject,
  auditTimeReports,
} from './audit.js';
import {
  callSchema,
  changeRequestSchema,
  finalReportSchema,
  projectSchema,
  timeReportsSchema,
  type Call,
  type ChangeRequest,
  type Project,
  type TimeReports,
} from './model.js';
import {
  parseCall,
  parseChangeRequest,
  parseFinalReport,
  parseProject,
  parseTimeReports,
} from './parse.js';
import {
  readCall,
  readProject,
  readChangeRequest,
  readTimeReports,
  readFinalReport,
} from './read.js';
import { finalReportDocxExporter } from './report-export.js';
import { recogniseEsfFinancing } from './recognise.js';
import {
  budgetByPhaseTable,
  cofinancingValueTable,
  costsTable,
  finalReportTable,
  financingTable,
  hoursByGenderTable,
  hoursVsPlanTable,
  participantsTable,
} from './tables.js';

const callKind = defineKind<Call>({
  name: 'esf/call',
  title: { sv: 'Utlysning', en: 'Call for proposals' },
  schema: callSchema,
  schemaVersion: 1,
  parse: parseCall,
  parsePartial: readCall,
});
const projectKind = defineKind<Project>({
  name: 'esf/project',
  title: { sv: 'ESF-projekt', en: 'ESF project' },
  schema: projectSchema,
  schemaVersion: 1,
  parse: parseProject,
  parsePartial: readProject,
});
const changeRequestKind = defineKind<ChangeRequest>({
  name: 'esf/change-request',
  title: { sv: 'Förändringsansökan', en: 'Change request' },
  schema: changeRequestSchema,
  schemaVersion: 1,
  parse: parseChangeRequest,
  parsePartial: readChangeRequest,
});
const timeReportsKind = defineKind<TimeReports>({
  name: 'esf/time-reports',
  title: { sv: 'Tidrapporter', en: 'Time reports' },
  schema: timeReportsSchema,
  schemaVersion: 1,
  parse: parseTimeReports,
  parsePartial: readTimeReports,
});
const finalReportKind = defineKind({
  name: 'esf/final-report',
  title: { sv: 'Slutrapport', en: 'Final report' },
  schema: finalReportSchema,
  schemaVersion: 1,
  parse: parseFinalReport,
  parsePartial: readFinalReport,
});

/**
 * Reads the stored documents of a kind again through its parser: the host hands them over
 * as unknown, and re-parsing is idempotent for our schemas.
 */
function related<T>(
  ctx: PluginContext,
  kind: string,
  parse: (input: unknown) => { ok: true; value: T } | { ok: false; error: Finding[] },
): T[] {
  return ctx.documents(kind).flatMap((d) => {
    const r = parse(d.document);
    return r.ok ? [r.value] : [];
  });
}

const findProject = (ctx: PluginContext, id: string): Project | undefined =>
  related(ctx, projectKind.name, parseProject).find((p) => p.id === id);
const findCall = (ctx: PluginContext, id: string | undefined): Call | undefined =>
  id === undefined ? undefined : related(ctx, callKind.name, parseCall).find((c) => c.id === id);
const changeRequestsOf = (ctx: PluginContext, projectId: string): ChangeRequest[] =>
  related(ctx, changeRequestKind.name, parseChangeRequest).filter((c) => c.projectId === projectId);
const timeReportsOf = (ctx: PluginContext, projectId: string): TimeReports | undefined =>
  related(ctx, timeReportsKind.name, parseTimeReports).find((t) => t.projectId === projectId);

/**
 * The styrkit host plugin for ESF projects: document kinds (call, project, change request,
 * time reports, final report), their checks and their table views.
 *
 * @example
 * ```ts
 * import { esfPlugin } from '@styrkit/esf/plugin';
 * esfPlugin.manifest.name; // 'esf'
 * ```
 */
export const esfPlugin: StyrkitPlugin = definePlugin({
  manifest: {
    name: 'esf',
    version: packageJson.version,
    hostRange: '^0.1.0',
    title: { sv: 'ESF-projekt', en: 'ESF projects' },
    description: {
      sv: 'Budget, schabloner, medfinansiering, tidrapporter och slutrapport för ESF+-projekt.',
      en: 'Budget, flat rates, co-financing, time reports and final report of ESF+ projects.',
    },
  },
  kinds: [callKind, projectKind, changeRequestKind, timeReportsKind, finalReportKind],
  checks: [
    defineCheck(projectKind, {
      id: 'esf/project',
      title: { sv: 'Kontroll av projektbudget', en: 'Project budget check' },
      run: (project, ctx) => {
        const call = findCall(ctx, project.callId);
        return auditProject(project, {
          ...(call === undefined ? {} : { call }),
          changeRequests: changeRequestsOf(ctx, project.id),
        });
      },
    }),
    defineCheck(timeReportsKind, {
      id: 'esf/time-reports',
      title: { sv: 'Kontroll av tidrapporter', en: 'Time report check' },
      run: (reports, ctx) => {
        const project = findProject(ctx, reports.projectId);
        if (project === undefined) return auditTimeReports(reports);
        return [
          ...auditTimeReports(reports, { project }),
          ...auditCofinancingValue(project, reports),
        ];
      },
    }),
    defineCheck(finalReportKind, {
      id: 'esf/final-report',
      title: { sv: 'Kontroll av slutrapport', en: 'Final report check' },
      run: (report, ctx) => {
        const project = findProject(ctx, report.projectId);
        const call = findCall(ctx, project?.callId);
        const timeReports = timeReportsOf(ctx, report.projectId);
        return auditFinalReport(report, {
          ...(project === undefined ? {} : { project }),
          ...(call === undefined ? {} : { call }),
          ...(timeReports === undefined ? {} : { timeReports }),
        });
      },
    }),
  ],
  tables: [
    defineTable(projectKind, {
      id: 'esf/project-tables',
      title: { sv: 'Finansiering och budget', en: 'Financing and budget' },
      render: (project, ctx) => {
        const o = { locale: ctx.locale };
        return [
          financingTable(project, findCall(ctx, project.callId), o),
          costsTable(project, o),
          budgetByPhaseTable(project, changeRequestsOf(ctx, project.id), o),
        ];
      },
    }),
    defineTable(timeReportsKind, {
      id: 'esf/time-report-tables',
      title: { sv: 'Timmar och deltagare', en: 'Hours and participants' },
      render: (reports, ctx) => {
        const o = { locale: ctx.locale };
        const project = findProject(ctx, reports.projectId);
        return [
          ...(project === undefined
            ? []
            : [hoursVsPlanTable(project, reports, o), cofinancingValueTable(project, reports, o)]),
          hoursByGenderTable(reports, o),
          participantsTable(reports, o),
        ];
      },
    }),
    defineTable(finalReportKind, {
      id: 'esf/final-report-tables',
      title: { sv: 'Slutrapportens nyckeltal', en: 'Final report key figures' },
      render: (report, ctx) => {
        const project = findProject(ctx, report.projectId);
        const timeReports = timeReportsOf(ctx, report.projectId);
        return [
          finalReportTable(
            report,
            {
              ...(project === undefined ? {} : { project }),
              ...(timeReports === undefined ? {} : { timeReports }),
            },
            { locale: ctx.locale },
          ),
        ];
      },
    }),
  ],
  exporters: [finalReportDocxExporter],
  recognisers: [
    defineRecogniser(finalReportKind, {
      id: 'esf/financing-table',
      title: {
        sv: 'Finansieringstabell → slutrapportens nyckeltal',
        en: 'Financing table → final report key figures',
      },
      recognise: (table, ctx) => recogniseEsfFinancing(table, ctx.tables),
    }),
  ],
});

export default esfPlugin;
