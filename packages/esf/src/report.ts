import {
  Exact,
  formatMoney,
  formatNumber,
  formatPercent,
  type Finding,
  type LocalizedText,
  type NumberLocale,
  type Table,
} from '@styrkit/core';
import type { MetadataRow, Report, ReportBlock, ReportSection } from '@styrkit/reports';
import type { Call, FinalReport, Project, TimeReports } from './model.js';
import {
  finalReportTable,
  financingTable,
  hoursByGenderTable,
  hoursVsPlanTable,
  participantsTable,
} from './tables.js';
import {
  requireCall,
  requireFinalReport,
  requireProject,
  requireTimeReports,
} from './parsed-guard.js';

/**
 * What the final-report document may show besides the stated figures: the project (name,
 * owner, the financing table), its call (the co-financing requirement), its time reports
 * (hours and participants as recorded) and the audit's findings for the appendix.
 *
 * @example
 * ```ts
 * import type { FinalReportDocumentOptions } from '@styrkit/esf';
 * const options: FinalReportDocumentOptions = { locale: 'sv', findings: [] };
 * ```
 */
export interface FinalReportDocumentOptions {
  /** Locale of the text cells of the tables (default `sv`); labels are bilingual. */
  readonly locale?: NumberLocale;
  /** The project the report is for. */
  readonly project?: Project;
  /** The call the project was granted under. */
  readonly call?: Call;
  /** The project's time reports. */
  readonly timeReports?: TimeReports;
  /** The audit's findings; when given, the document gets a findings appendix. */
  readonly findings?: readonly Finding[];
}

const both = (sv: string, en: string): LocalizedText => ({ sv, en });

/**
 * The hours-against-plan view for a committee document. The view's total row writes
 * "reported in % of plan" in the cumulative-hours column; here every column keeps one unit
 * (so a reader of the document, or @styrkit/documents, can add it up), and the percentage
 * moves to a note under the table.
 */
function hoursTable(
  project: Project,
  timeReports: TimeReports,
  o: { locale: NumberLocale },
): Table {
  const table = hoursVsPlanTable(project, timeReports, o);
  const total = table.rows.find((r) => r.kind === 'total');
  const share = total?.cells.cumulativeReported;
  const note: LocalizedText[] =
    share instanceof Exact
      ? [
          sentence((l) =>
            l === 'sv'
              ? `Rapporterat utfall: ${formatPercent(share, { locale: l, decimals: 2 })} av planen.`
              : `Reported: ${formatPercent(share, { locale: l, decimals: 2 })} of the plan.`,
          ),
        ]
      : [];
  return {
    ...table,
    rows: table.rows.map((r) =>
      r.kind === 'total' ? { ...r, cells: { ...r.cells, cumulativeReported: null } } : r,
    ),
    notes: [
      both(
        'Planen fördelas jämnt över månaderna i deltagartidens faser (största rest).',
        "The plan is spread evenly over the months of the participant time's phases (largest remainder).",
      ),
      ...note,
    ],
  };
}

/** One sentence per locale from a writer that formats its figures in that locale. */
function sentence(write: (locale: NumberLocale) => string): LocalizedText {
  return { sv: write('sv'), en: write('en') };
}

function summary(report: FinalReport, call: Call | undefined): ReportBlock[] {
  const f = report.figures;
  const blocks: ReportBlock[] = [];
  const kr = (v: Exact | number, locale: NumberLocale): string =>
    `${formatNumber(Exact.of(v), { locale })}\u00a0${locale === 'sv' ? 'kr' : 'SEK'}`;
  const pct = (v: Exact | number, locale: NumberLocale): string =>
    formatPercent(Exact.of(v), { locale });
  if (f.totalFinancing !== undefined && f.cofinancing !== undefined) {
    const total = f.totalFinancing;
    const co = f.cofinancing;
    const share = f.cofinancingPercent;
    blocks.push({
      type: 'paragraph',
      text: sentence((l) =>
        l === 'sv'
          ? `Projektets totala finansiering är ${kr(total, l)}, varav medfinansiering ${kr(co, l)}${share === undefined ? '' : ` (${pct(share, l)})`}.`
          : `The project's total financing is ${kr(total, l)}, of which co-financing ${kr(co, l)}${share === undefined ? '' : ` (${pct(share, l)})`}.`,
      ),
    });
  }
  const required = call?.requiredCofinancingPercent ?? f.requiredCofinancingPercent;
  if (required !== undefined && f.cofinancingPercent !== undefined) {
    const share = f.cofinancingPercent;
    const meets = Exact.of(share).gte(Exact.of(required));
    const diff = Exact.of(required).minus(share).abs();
    blocks.push({
      type: 'paragraph',
      text: sentence((l) =>
        l === 'sv'
          ? `Utlysningen kräver ${pct(required, l)} medfinansiering; rapporten anger ${pct(share, l)}, ${meets ? 'vilket uppfyller kravet' : `${formatNumber(diff, { locale: l })} procentenheter under kravet`}.`
          : `The call requires ${pct(required, l)} co-financing; the report states ${pct(share, l)}, ${meets ? 'which meets the requirement' : `${formatNumber(diff, { locale: l })} percentage points below it`}.`,
      ),
    });
  }
  if (f.plannedHours !== undefined && f.reportedHours !== undefined) {
    const planned = f.plannedHours;
    const reported = f.reportedHours;
    blocks.push({
      type: 'paragraph',
      text: sentence((l) =>
        l === 'sv'
          ? `Deltagarna rapporterade ${formatNumber(Exact.of(reported), { locale: l })} timmar mot planerade ${formatNumber(Exact.of(planned), { locale: l })}.`
          : `Participants reported ${formatNumber(Exact.of(reported), { locale: l })} hours against ${formatNumber(Exact.of(planned), { locale: l })} planned.`,
      ),
    });
  }
  const p = f.participants;
  if (p?.total !== undefined) {
    const total = p.total;
    const gender =
      p.women === undefined || p.men === undefined ? undefined : { women: p.women, men: p.men };
    blocks.push({
      type: 'paragraph',
      text: sentence((l) => {
        const n = (v: number): string => formatNumber(Exact.of(v), { locale: l });
        if (l === 'sv') {
          return `Projektet hade ${n(total)} deltagare${gender === undefined ? '' : `, ${n(gender.women)} kvinnor och ${n(gender.men)} män`}.`;
        }
        return `The project had ${n(total)} participants${gender === undefined ? '' : `, ${n(gender.women)} women and ${n(gender.men)} men`}.`;
      }),
    });
  }
  if (blocks.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: both('Rapporten anger inga nyckeltal.', 'The report states no key figures.'),
    });
  }
  return blocks;
}

function metadata(report: FinalReport, o: FinalReportDocumentOptions): MetadataRow[] {
  const rows: MetadataRow[] = [
    { label: both('Projekt', 'Project'), value: o.project?.name ?? report.projectId },
  ];
  if (o.project !== undefined) {
    rows.push({ label: both('Projektägare', 'Project owner'), value: o.project.owner });
    const phases = o.project.phases;
    const first = phases[0];
    const last = phases.at(-1);
    if (first !== undefined && last !== undefined) {
      rows.push({
        label: both('Projektperiod', 'Project period'),
        value: `${first.start} – ${last.end}`,
      });
    }
  }
  if (o.call !== undefined) rows.push({ label: both('Utlysning', 'Call'), value: o.call.name });
  const total = report.figures.totalFinancing;
  if (total !== undefined) {
    rows.push({
      label: both('Total finansiering', 'Total financing'),
      value: sentence((l) => formatMoney(Exact.of(total), { locale: l, unit: 'kr' })),
    });
  }
  return rows;
}

/**
 * An ESF final report (slutrapport) as a committee document: project metadata, a summary of
 * the key figures (financing, the co-financing share against the call's requirement, hours,
 * participants by gender), the financing table when the project is given, the key figures as
 * stated beside those recomputed from the project and time reports, and the hours and
 * participants tables when the time reports are given; with findings, an appendix.
 *
 * @example
 * ```ts
 * import { finalReportDocument, finalReportSchema } from '@styrkit/esf';
 * import { reportToPrintHtml } from '@styrkit/reports';
 * const report = finalReportSchema.parse({ projectId: 'p',
 *   figures: { totalFinancing: 5549825, cofinancing: 1823196, cofinancingPercent: '32,85' } });
 * reportToPrintHtml(finalReportDocument(report)).includes('32,85\u00a0%'); // true
 * ```
 */
export function finalReportDocument(
  report: FinalReport,
  options: FinalReportDocumentOptions = {},
): Report {
  requireFinalReport(report, 'finalReportDocument');
  if (options.project !== undefined) requireProject(options.project, 'finalReportDocument');
  requireCall(options.call, 'finalReportDocument');
  requireTimeReports(options.timeReports, 'finalReportDocument');
  const o = { locale: options.locale ?? 'sv' };
  const { project, call, timeReports } = options;
  const sections: ReportSection[] = [
    { heading: both('Sammanfattning', 'Summary'), blocks: summary(report, call) },
  ];
  if (project !== undefined) {
    sections.push({
      heading: both('Finansiering', 'Financing'),
      blocks: [{ type: 'table', table: financingTable(project, call, o) }],
    });
  }
  sections.push({
    heading: both('Nyckeltal', 'Key figures'),
    blocks: [
      {
        type: 'table',
        table: finalReportTable(
          report,
          {
            ...(project === undefined ? {} : { project }),
            ...(timeReports === undefined ? {} : { timeReports }),
          },
          o,
        ),
      },
    ],
  });
  if (timeReports !== undefined) {
    sections.push({
      heading: both('Timmar och deltagare', 'Hours and participants'),
      blocks: [
        ...(project === undefined
          ? []
          : [{ type: 'table' as const, table: hoursTable(project, timeReports, o) }]),
        { type: 'table', table: hoursByGenderTable(timeReports, o) },
        { type: 'table', table: participantsTable(timeReports, o) },
      ],
    });
  }
  return {
    title: both(
      `Slutrapport: ${project?.name ?? report.projectId}`,
      `Final report: ${project?.name ?? report.projectId}`,
    ),
    subtitle: both('Nyckeltal för ESF-projektet', 'Key figures of the ESF project'),
    metadata: metadata(report, options),
    sections,
    ...(options.findings === undefined ? {} : { findings: options.findings }),
  };
}
