import {
  formatPartialSum,
  formatPercent,
  type DateRange,
  type Finding,
  type LocalizedText,
  type NumberLocale,
  type PartialSum,
} from '@styrkit/core';
import {
  calendarMeetingBound,
  calendarTable,
  forumTable,
  MAX_CALENDAR_MEETINGS,
  organisationTable as governanceOrganisationTable,
  type ForumSet,
  type Organisation,
} from '@styrkit/governance';
import type { MetadataRow, Report, ReportBlock, ReportSection } from '@styrkit/reports';
import { initiativeCosts } from './initiatives.js';
import { activityTypeShares, matrixTotals } from './matrix.js';
import type { Forvaltningsobjekt, Objektplan } from './model.js';
import {
  budgetMatrixTable,
  fteMatrixTable,
  goalLinkageTable,
  initiativesTable,
  planOrganisationTable,
} from './tables.js';
import { requireObjektplan } from './parsed-guard.js';

/**
 * What an objektplan document may show besides the plan: the förvaltningsobjekt (its name in
 * the subtitle), the governance documents the plan refers to (organisation, forums and their
 * calendar) and the audit's findings for the appendix.
 *
 * @example
 * ```ts
 * import type { ObjektplanReportOptions } from '@styrkit/pm3';
 * const options: ObjektplanReportOptions = { findings: [] };
 * ```
 */
export interface ObjektplanReportOptions {
  /** Locale of the text cells of the governance tables (default `sv`); labels are bilingual. */
  readonly locale?: NumberLocale;
  /** The förvaltningsobjekt of the plan. */
  readonly object?: Forvaltningsobjekt;
  /** The governance organisation the plan refers to (`organisationRef`). */
  readonly organisation?: Organisation;
  /** The forum set the plan refers to (`forumsRef`). */
  readonly forums?: ForumSet;
  /** The audit's findings; when given, the document gets a findings appendix. */
  readonly findings?: readonly Finding[];
}

const statusTitle = {
  draft: { sv: 'Utkast', en: 'Draft' },
  decided: { sv: 'Beslutad', en: 'Decided' },
  revised: { sv: 'Reviderad', en: 'Revised' },
} as const;

const both = (sv: string, en: string): LocalizedText => ({ sv, en });

function sumIn(sum: PartialSum, unit: string): LocalizedText {
  return formatPartialSum(sum, { unit });
}

/** The summary paragraph: budget, its VM/VU split, årsarbeten, initiatives, goal links. */
function summary(plan: Objektplan): ReportBlock[] {
  const budget = matrixTotals(plan.budget);
  const grand = sumIn(budget.grand, plan.budget.unit);
  const shares = activityTypeShares(plan.budget);
  const pct = (locale: NumberLocale, v: Parameters<typeof formatPercent>[0]): string =>
    formatPercent(v, { locale });
  const lines: LocalizedText[] = [
    both(
      `Förvaltningens budget för ${String(plan.year)} är ${grand.sv}` +
        (shares === undefined
          ? '.'
          : `, varav ${pct('sv', shares.vm)} vidmakthållande (VM) och ${pct('sv', shares.vu)} vidareutveckling (VU).`),
      `The maintenance budget for ${String(plan.year)} is ${grand.en}` +
        (shares === undefined
          ? '.'
          : `, of which ${pct('en', shares.vm)} maintenance (VM) and ${pct('en', shares.vu)} improvement (VU).`),
    ),
  ];
  if (plan.fte !== undefined) {
    const fte = sumIn(matrixTotals(plan.fte).grand, 'årsarbeten');
    const fteEn = sumIn(matrixTotals(plan.fte).grand, 'FTE');
    lines.push(both(`Förvaltningen bemannas med ${fte.sv}.`, `Staffing is ${fteEn.en}.`));
  }
  if (plan.initiatives.length > 0) {
    const strategic = plan.initiatives.filter((i) => i.category === 'strategic').length;
    const costs = sumIn(initiativeCosts(plan, 'strategic'), 'kkr');
    const n = String(plan.initiatives.length);
    lines.push(
      both(
        `Planen tar upp ${n} initiativ, varav ${String(strategic)} strategiska med en känd kostnad på ${costs.sv}.`,
        `The plan lists ${n} initiatives, ${String(strategic)} of them strategic with a known cost of ${costs.en}.`,
      ),
    );
  }
  if (plan.goalLinks.length > 0) {
    lines.push(
      both(
        `Målkopplingen knyter planen till ${String(plan.committeeGoals.length)} nämndmål i ${String(plan.goalLinks.length)} rader.`,
        `The goal linkage ties the plan to ${String(plan.committeeGoals.length)} committee goals in ${String(plan.goalLinks.length)} rows.`,
      ),
    );
  }
  return lines.map((text) => ({ type: 'paragraph', text }));
}

function goals(plan: Objektplan): ReportSection {
  const blocks: ReportBlock[] = [];
  if (plan.planGoals.length > 0) {
    blocks.push({
      type: 'paragraph',
      text: both('Objektplanens mål och aktiviteter:', 'Goals and activities of the plan:'),
    });
    blocks.push({ type: 'list', items: plan.planGoals.map((g) => g.title) });
  }
  if (plan.goalLinks.length > 0) blocks.push({ type: 'table', table: goalLinkageTable(plan) });
  if (blocks.length === 0) {
    blocks.push({
      type: 'paragraph',
      text: both('Planen anger inga mål.', 'The plan states no goals.'),
    });
  }
  return { heading: both('Mål och målkoppling', 'Goals and goal linkage'), blocks };
}

function resources(plan: Objektplan): ReportSection {
  const fte = fteMatrixTable(plan);
  return {
    heading: both('Budget och resurser', 'Budget and resources'),
    blocks: [
      { type: 'table', table: budgetMatrixTable(plan) },
      ...(fte === undefined ? [] : [{ type: 'table' as const, table: fte }]),
    ],
  };
}

function organisation(
  plan: Objektplan,
  org: Organisation | undefined,
  locale: NumberLocale,
): ReportSection {
  const table =
    org === undefined ? planOrganisationTable(plan) : governanceOrganisationTable(org, locale);
  return {
    heading: both('Förvaltningsorganisation', 'Maintenance organisation'),
    blocks: [{ type: 'table', table }],
  };
}

function forumSection(
  plan: Objektplan,
  set: ForumSet,
  org: Organisation | undefined,
  locale: NumberLocale,
): ReportSection {
  const range: DateRange = plan.validity ?? {
    start: `${String(plan.year)}-01-01`,
    end: `${String(plan.year)}-12-31`,
  };
  // The governance limit: a validity of 1000–9999 (the audit only warns) made the Word export
  // build hundreds of thousands of meetings for seconds, then overflow the stack laying out
  // the table.
  const meetings = calendarMeetingBound(set, range);
  if (meetings > MAX_CALENDAR_MEETINGS) {
    const max = String(MAX_CALENDAR_MEETINGS);
    return {
      heading: both('Forum och mötesplan', 'Forums and meeting calendar'),
      blocks: [
        { type: 'table', table: forumTable(set, org, undefined, locale) },
        {
          type: 'paragraph',
          text: both(
            `Mötesplanen ${range.start} – ${range.end} skulle få upp till ${String(meetings)} möten, fler än ${max}, och tas inte med.`,
            `The meeting calendar ${range.start} – ${range.end} would hold up to ${String(meetings)} meetings, more than ${max}, and is left out.`,
          ),
        },
      ],
    };
  }
  return {
    heading: both('Forum och mötesplan', 'Forums and meeting calendar'),
    blocks: [
      { type: 'table', table: forumTable(set, org, range, locale) },
      { type: 'table', table: calendarTable(set, range) },
    ],
  };
}

function metadata(plan: Objektplan, object: Forvaltningsobjekt | undefined): MetadataRow[] {
  const rows: MetadataRow[] = [
    {
      label: both('Förvaltningsobjekt', 'Maintenance object'),
      value: object?.name ?? plan.objectId,
    },
    { label: both('År', 'Year'), value: String(plan.year) },
    { label: both('Version', 'Version'), value: plan.version.label },
    { label: both('Status', 'Status'), value: statusTitle[plan.version.status] },
  ];
  if (plan.validity !== undefined) {
    rows.push({
      label: both('Giltighet', 'Validity'),
      value: `${plan.validity.start} – ${plan.validity.end}`,
    });
  }
  if (plan.version.decidedBy !== undefined) {
    rows.push({ label: both('Beslutad av', 'Decided by'), value: plan.version.decidedBy });
  }
  if (plan.version.decidedOn !== undefined) {
    rows.push({ label: both('Beslutsdatum', 'Decision date'), value: plan.version.decidedOn });
  }
  return rows;
}

/**
 * An objektplan as the committee document: metadata (object, year, version, status, validity,
 * decision), a summary with the budget total and its VM/VU split, goals and the goal-linkage
 * table, the budget and FTE matrices, the initiatives, the organisation, and the forums with
 * their meeting calendar when the plan's forum set is given; with findings, an appendix.
 * Render it with `reportToDocx` or `reportToPrintHtml` from `@styrkit/reports`.
 *
 * @example
 * ```ts
 * import { objektplanReport, objektplanSchema } from '@styrkit/pm3';
 * import { reportToPrintHtml } from '@styrkit/reports';
 * const plan = objektplanSchema.parse({ id: 'p', objectId: 'o', title: 'Objektplan 2021', year: 2021,
 *   version: { label: 'A', status: 'draft' },
 *   budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 2000, businessVu: 200 }] } });
 * const html = reportToPrintHtml(objektplanReport(plan, { findings: [] }));
 * // Numbers keep their groups and units with no-break spaces.
 * html.includes('2\u00a0200\u00a0kkr'); // true
 * ```
 */
export function objektplanReport(plan: Objektplan, options: ObjektplanReportOptions = {}): Report {
  requireObjektplan(plan, 'objektplanReport');
  const locale = options.locale ?? 'sv';
  const sections: ReportSection[] = [
    { heading: both('Sammanfattning', 'Summary'), blocks: summary(plan) },
    goals(plan),
    resources(plan),
  ];
  if (plan.initiatives.length > 0) {
    sections.push({
      heading: both('Initiativ', 'Initiatives'),
      blocks: [{ type: 'table', table: initiativesTable(plan) }],
    });
  }
  sections.push(organisation(plan, options.organisation, locale));
  if (options.forums !== undefined) {
    sections.push(forumSection(plan, options.forums, options.organisation, locale));
  }
  return {
    title: plan.title,
    subtitle: both(
      `Objektplan ${String(plan.year)}${options.object === undefined ? '' : ` – ${options.object.name}`}`,
      `Maintenance plan ${String(plan.year)}${options.object === undefined ? '' : ` – ${options.object.name}`}`,
    ),
    metadata: metadata(plan, options.object),
    sections,
    ...(options.findings === undefined ? {} : { findings: options.findings }),
  };
}
