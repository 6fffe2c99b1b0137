import packageJson from '../package.json' with { type: 'json' };
import { tableToMarkdown, type Finding, type Table } from '@styrkit/core';
import {
  defineCheck,
  defineDiffer,
  defineExporter,
  defineKind,
  definePlugin,
  defineRecogniser,
  defineTable,
  type PluginContext,
  type StyrkitPlugin,
} from '@styrkit/plugin';
import { auditBudgetFollowUp } from './audit-follow-up.js';
import { auditForvaltningsobjekt } from './audit.js';
import { pm3Codes } from './codes.js';
import { diffPlans } from './diff.js';
import {
  budgetFollowUpSchema,
  forvaltningsobjektSchema,
  objektplanSchema,
  type Objektplan,
} from './model.js';
import { parseBudgetFollowUp, parseForvaltningsobjekt, parseObjektplan } from './parse.js';
import { auditPlanAsRead, parseObjektplanPartial } from './partial.js';
import { objektplanDocxExporter } from './report-export.js';
import { recogniseObjektplan } from './recognise.js';
import {
  budgetMatrixTable,
  componentsTable,
  followUpTables,
  fteMatrixTable,
  goalLinkageTable,
  initiativesTable,
  planOrganisationTable,
  planDiffTables,
} from './tables.js';

const objektplanKind = defineKind({
  name: 'pm3/objektplan',
  title: { sv: 'Objektplan', en: 'Maintenance plan (objektplan)' },
  schema: objektplanSchema,
  schemaVersion: 1,
  parse: parseObjektplan,
  // One invalid field hides no other check: the host runs the checks on the readable part.
  parsePartial: parseObjektplanPartial,
});

const forvaltningsobjektKind = defineKind({
  name: 'pm3/forvaltningsobjekt',
  title: { sv: 'Förvaltningsobjekt', en: 'Maintenance object' },
  schema: forvaltningsobjektSchema,
  schemaVersion: 1,
  parse: parseForvaltningsobjekt,
});

const followUpKind = defineKind({
  name: 'pm3/budget-follow-up',
  title: { sv: 'Budgetuppföljning', en: 'Budget follow-up' },
  schema: budgetFollowUpSchema,
  schemaVersion: 1,
  parse: parseBudgetFollowUp,
});

/** The plan's object must be one of the stored förvaltningsobjekt, when any are stored. */
function objectExists(plan: Objektplan, context: PluginContext): Finding[] {
  const objects = context.documents('pm3/forvaltningsobjekt');
  if (objects.length === 0 || objects.some((o) => o.id === plan.objectId)) return [];
  return [
    pm3Codes.create('pm3/unknown-reference', {
      path: ['objectId'],
      actual: plan.objectId,
      data: { kind: 'stored-object', id: plan.objectId },
    }),
  ];
}

/**
 * The governance documents an objektplan refers to by id: the field, the document kind that the
 * governance plugin declares for it, and its name for messages. Only the kind names are shared;
 * pm3 does not read the documents, so it does not depend on `@styrkit/governance`.
 */
const governanceReferences = [
  {
    field: 'organisationRef',
    kind: 'governance/organisation',
    document: 'organisation',
  },
  {
    field: 'forumsRef',
    kind: 'governance/forum-set',
    document: 'forums',
  },
] as const;

/**
 * Every governance document the plan refers to (organisation, forums) must be stored, with the
 * matching kind. A missing one is `pm3/unknown-reference` at the referring field; when the id
 * is stored under another kind, the message says which.
 */
function governanceDocumentsExist(plan: Objektplan, context: PluginContext): Finding[] {
  const findings: Finding[] = [];
  for (const ref of governanceReferences) {
    const id = plan[ref.field];
    if (id === undefined) continue;
    if (context.documents(ref.kind).some((d) => d.id === id)) continue;
    const elsewhere = governanceReferences
      .filter((other) => other.kind !== ref.kind)
      .find((other) => context.documents(other.kind).some((d) => d.id === id));
    findings.push(
      pm3Codes.create('pm3/unknown-reference', {
        path: [ref.field],
        expected: `${ref.kind} ${id}`,
        actual: elsewhere === undefined ? '–' : `${elsewhere.kind} ${id}`,
        data: {
          kind: 'stored-document',
          document: ref.document,
          id,
          ...(elsewhere === undefined
            ? {}
            : { elsewhere: { found: elsewhere.kind, wanted: ref.kind } }),
        },
      }),
    );
  }
  return findings;
}

function planTables(plan: Objektplan): Table[] {
  const fte = fteMatrixTable(plan);
  return [
    budgetMatrixTable(plan),
    ...(fte === undefined ? [] : [fte]),
    initiativesTable(plan),
    goalLinkageTable(plan),
    planOrganisationTable(plan),
  ];
}

/**
 * The pm3 plugin for the styrkit host: document kinds `pm3/objektplan`,
 * `pm3/forvaltningsobjekt` and `pm3/budget-follow-up`, their audits as checks (including that a
 * plan's object and its governance documents, `governance/organisation` and
 * `governance/forum-set`, are stored), their tables, a Markdown export of a plan and a differ
 * between two plan versions.
 *
 * @example
 * ```ts
 * import { pm3Plugin } from '@styrkit/pm3/plugin';
 * pm3Plugin.kinds.map((k) => k.name); // ['pm3/objektplan', 'pm3/forvaltningsobjekt', 'pm3/budget-follow-up']
 * ```
 */
export const pm3Plugin: StyrkitPlugin = definePlugin({
  manifest: {
    name: 'pm3',
    version: packageJson.version,
    hostRange: '^0.1.0',
    title: { sv: 'pm3 förvaltningsstyrning', en: 'pm3 maintenance governance' },
    description: {
      sv: 'Förvaltningsobjekt, objektplaner med budget- och årsarbetsmatriser, versionsjämförelse och budgetuppföljning.',
      en: 'Maintenance objects, objektplaner with budget and FTE matrices, version diffs and budget follow-up.',
    },
  },
  kinds: [objektplanKind, forvaltningsobjektKind, followUpKind],
  checks: [
    defineCheck(objektplanKind, {
      id: 'pm3/objektplan-audit',
      title: { sv: 'Granskning av objektplan', en: 'Objektplan audit' },
      run: (plan) => auditPlanAsRead(plan),
    }),
    defineCheck(objektplanKind, {
      id: 'pm3/objektplan-object',
      title: { sv: 'Planens förvaltningsobjekt finns', en: "The plan's object exists" },
      run: objectExists,
    }),
    defineCheck(objektplanKind, {
      id: 'pm3/objektplan-governance',
      title: {
        sv: 'Planens organisation och forum finns',
        en: "The plan's organisation and forums exist",
      },
      run: governanceDocumentsExist,
    }),
    defineCheck(forvaltningsobjektKind, {
      id: 'pm3/forvaltningsobjekt-audit',
      title: { sv: 'Granskning av förvaltningsobjekt', en: 'Maintenance object audit' },
      run: (object) => auditForvaltningsobjekt(object),
    }),
    defineCheck(followUpKind, {
      id: 'pm3/budget-follow-up-audit',
      title: { sv: 'Granskning av budgetuppföljning', en: 'Budget follow-up audit' },
      run: (followUp) => auditBudgetFollowUp(followUp),
    }),
  ],
  tables: [
    defineTable(objektplanKind, {
      id: 'pm3/objektplan-tables',
      title: {
        sv: 'Budget, årsarbeten, initiativ och målkoppling',
        en: 'Budget, FTE, initiatives and goal linkage',
      },
      render: (plan) => planTables(plan),
    }),
    defineTable(forvaltningsobjektKind, {
      id: 'pm3/forvaltningsobjekt-components',
      title: { sv: 'Komponenter', en: 'Components' },
      render: (object) => [componentsTable(object)],
    }),
    defineTable(followUpKind, {
      id: 'pm3/budget-follow-up-tables',
      title: { sv: 'Budgetuppföljning', en: 'Budget follow-up' },
      render: (followUp) => followUpTables(followUp),
    }),
  ],
  exporters: [
    defineExporter(objektplanKind, {
      id: 'pm3/objektplan-markdown',
      title: { sv: 'Objektplan som Markdown', en: 'Objektplan as Markdown' },
      mediaType: 'text/markdown',
      fileExtension: 'md',
      // Raw HTML in a title or cell must never reach a Markdown renderer as markup: `<`, `>`
      // and `&` become entities, which every renderer shows as the characters themselves.
      render: (plan, context) =>
        [
          `# ${plan.title.replace(/\s+/g, ' ')}`,
          ...planTables(plan).map((t) => tableToMarkdown(t, { locale: context.locale })),
        ]
          .join('\n\n')
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;'),
    }),
    objektplanDocxExporter,
  ],
  differs: [
    defineDiffer(objektplanKind, {
      diff: (before, after) => planDiffTables(diffPlans(before, after), after),
    }),
  ],
  recognisers: [
    defineRecogniser(objektplanKind, {
      id: 'pm3/objektplan-matrices',
      title: {
        sv: 'Budget- och årsarbetsmatris → objektplan',
        en: 'Budget and FTE matrix → objektplan',
      },
      recognise: (table, context) => recogniseObjektplan(table, context.tables),
    }),
  ],
});

export default pm3Plugin;
