import type { Exporter, PluginContext } from '@styrkit/plugin';
import { DOCX_MEDIA_TYPE, reportToDocx } from '@styrkit/reports';
import { auditFinalReport } from './audit-final-report.js';
import type { Call, FinalReport, Project, TimeReports } from './model.js';
import { parseCall, parseProject, parseTimeReports } from './parse.js';
import { finalReportDocument } from './report.js';

/** Stored documents of a kind read through its parser; the ones that parse. */
function related<T>(
  context: PluginContext,
  kind: string,
  parse: (input: unknown) => { ok: true; value: T } | { ok: false },
): T[] {
  return context.documents(kind).flatMap((d) => {
    const r = parse(d.document);
    return r.ok ? [r.value] : [];
  });
}

/**
 * The final report's key figures as a Word committee document, with the project, its call
 * and its time reports when the host has them, and the final report's audit as an appendix.
 *
 * @example
 * ```ts
 * import { esfPlugin } from '@styrkit/esf/plugin';
 * esfPlugin.exporters.find((e) => e.id === 'esf/final-report-docx')?.fileExtension; // 'docx'
 * ```
 */
export const finalReportDocxExporter: Exporter<FinalReport> = {
  id: 'esf/final-report-docx',
  kind: 'esf/final-report',
  title: { sv: 'Slutrapport som Word', en: 'Final report as Word' },
  mediaType: DOCX_MEDIA_TYPE,
  fileExtension: 'docx',
  render: (report, context) => {
    const project: Project | undefined = related(context, 'esf/project', parseProject).find(
      (p) => p.id === report.projectId,
    );
    const call: Call | undefined =
      project?.callId === undefined
        ? undefined
        : related(context, 'esf/call', parseCall).find((c) => c.id === project.callId);
    const timeReports: TimeReports | undefined = related(
      context,
      'esf/time-reports',
      parseTimeReports,
    ).find((t) => t.projectId === report.projectId);
    const parts = {
      ...(project === undefined ? {} : { project }),
      ...(call === undefined ? {} : { call }),
      ...(timeReports === undefined ? {} : { timeReports }),
    };
    const document = finalReportDocument(report, {
      ...parts,
      locale: context.locale,
      findings: auditFinalReport(report, parts),
    });
    return reportToDocx(document, { locale: context.locale });
  },
};
