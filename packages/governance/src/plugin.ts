import packageJson from '../package.json' with { type: 'json' };
import type { DateRange } from '@styrkit/core';
import {
  defineCheck,
  defineExporter,
  defineKind,
  definePlugin,
  defineTable,
  exportTime,
} from '@styrkit/plugin';
import type { PluginContext, StyrkitPlugin } from '@styrkit/plugin';
import { auditForumSet, auditGateLog, auditOrganisation, auditRaci } from './audit.js';
import { auditMilestonePlan } from './audit-milestones.js';
import { auditRiskRegister } from './audit-risks.js';
import { calendarPeriod } from './calendar-limit.js';
import { forumCalendarIcs } from './ics.js';
import { milestonePlanSchema } from './milestone-model.js';
import { parseMilestonePlan, parseRiskRegister } from './parse-registers.js';
import { riskRegisterSchema } from './risk-model.js';
import { milestoneTable, riskMatrixTable, riskRegisterTable } from './tables-registers.js';
import {
  forumSetSchema,
  gateLogSchema,
  organisationSchema,
  raciSchema,
  type ForumSet,
  type GateLog,
  type Organisation,
} from './model.js';
import {
  forumSetReadingFindings,
  organisationReadingFindings,
  parseGateLog,
  parseRaci,
} from './parse.js';
import {
  parseForumSetFormat,
  parseOrganisationFormat,
  readForumSet,
  readOrganisation,
} from './read.js';
import {
  calendarTable,
  forumLoadTable,
  forumTable,
  organisationTable,
  raciTable,
} from './tables.js';

const organisationKind = defineKind({
  name: 'governance/organisation',
  title: { sv: 'Organisation', en: 'Organisation' },
  schema: organisationSchema,
  schemaVersion: 1,
  // The format only: reference problems are the check's findings, so they hide no other.
  parse: parseOrganisationFormat,
  parsePartial: readOrganisation,
});

const forumSetKind = defineKind({
  name: 'governance/forum-set',
  title: { sv: 'Forum', en: 'Forum set' },
  schema: forumSetSchema,
  schemaVersion: 1,
  // Unreadable cadence texts and duplicate ids are the check's findings, beside the others.
  parse: parseForumSetFormat,
  parsePartial: readForumSet,
});

const raciKind = defineKind({
  name: 'governance/raci',
  title: { sv: 'RACI-matris', en: 'RACI matrix' },
  schema: raciSchema,
  schemaVersion: 1,
  parse: parseRaci,
});

const gateLogKind = defineKind({
  name: 'governance/gate-log',
  title: { sv: 'Beslutslogg för beslutspunkter', en: 'Gate and decision log' },
  schema: gateLogSchema,
  schemaVersion: 1,
  parse: parseGateLog,
});

const riskRegisterKind = defineKind({
  name: 'governance/risk-register',
  title: { sv: 'Riskregister', en: 'Risk register' },
  schema: riskRegisterSchema,
  schemaVersion: 1,
  parse: parseRiskRegister,
});

const milestonesKind = defineKind({
  name: 'governance/milestones',
  title: { sv: 'Milstolpar och beslutspunkter', en: 'Milestones and gates' },
  schema: milestonePlanSchema,
  schemaVersion: 1,
  parse: parseMilestonePlan,
});

/** The stored document of a kind with a given id, parsed; undefined when absent or invalid. */
function lookup<T>(
  ctx: PluginContext,
  kind: string,
  id: string | undefined,
  parse: (input: unknown) => { ok: true; value: T } | { ok: false },
): T | undefined {
  if (id === undefined) return undefined;
  const stored = ctx.documents(kind).find((d) => d.id === id);
  if (stored === undefined) return undefined;
  const parsed = parse(stored.document);
  return parsed.ok ? parsed.value : undefined;
}

function organisationOf(ctx: PluginContext, id: string | undefined): Organisation | undefined {
  return lookup(ctx, organisationKind.name, id, parseOrganisationFormat);
}

function forumsOf(ctx: PluginContext, id: string | undefined): ForumSet | undefined {
  return lookup(ctx, forumSetKind.name, id, parseForumSetFormat);
}

function gateLogOf(ctx: PluginContext, id: string | undefined): GateLog | undefined {
  return lookup(ctx, gateLogKind.name, id, parseGateLog);
}

/** An ISO UTC time as an iCalendar DTSTAMP accepts it: whole seconds, `Z`. */
function icsStamp(iso: string | undefined): string | undefined {
  return iso === undefined ? undefined : `${iso.slice(0, 19)}Z`;
}

/**
 * The period a forum set is planned for: its own, or its organisation's; none when its
 * calendar would be too large to build (the forum check says so).
 */
function periodOf(set: ForumSet, org: Organisation | undefined): DateRange | undefined {
  return calendarPeriod(set, org).period;
}

/**
 * The governance plugin for the styrkit host: document kinds organisation, forum set, RACI,
 * gate log, risk register and milestones; their audits as checks; tables (organisation by level × party, forums, calendar,
 * forum load, RACI); and an ICS export of a forum set's meetings.
 *
 * @example
 * ```ts
 * import governancePlugin from '@styrkit/governance/plugin';
 * governancePlugin.kinds.map((k) => k.name);
 * // ['governance/organisation', 'governance/forum-set', 'governance/raci', 'governance/gate-log',
 * //  'governance/risk-register', 'governance/milestones']
 * ```
 */
export const governancePlugin: StyrkitPlugin = definePlugin({
  manifest: {
    name: 'governance',
    version: packageJson.version,
    hostRange: '^0.1.0',
    title: {
      sv: 'Styrning: roller, forum och beslut',
      en: 'Governance: roles, forums and decisions',
    },
    description: {
      sv: 'Roller, forum och mötesfrekvenser, RACI, mandat och beslutspunkter.',
      en: 'Roles, forums and cadences, RACI, mandates and decision gates.',
    },
  },
  kinds: [organisationKind, forumSetKind, raciKind, gateLogKind, riskRegisterKind, milestonesKind],
  checks: [
    defineCheck(organisationKind, {
      id: 'governance/organisation-audit',
      title: { sv: 'Granska organisationen', en: 'Audit the organisation' },
      run: (doc) => [...organisationReadingFindings(doc), ...auditOrganisation(doc)],
    }),
    defineCheck(forumSetKind, {
      id: 'governance/forum-audit',
      title: { sv: 'Granska forum', en: 'Audit the forums' },
      run: (doc, ctx) => [
        ...forumSetReadingFindings(doc),
        ...auditForumSet(doc, organisationOf(ctx, doc.organisation)),
      ],
    }),
    defineCheck(raciKind, {
      id: 'governance/raci-audit',
      title: { sv: 'Granska RACI-matrisen', en: 'Audit the RACI matrix' },
      run: (doc, ctx) => auditRaci(doc, organisationOf(ctx, doc.organisation)),
    }),
    defineCheck(gateLogKind, {
      id: 'governance/gate-audit',
      title: { sv: 'Granska beslut och beslutspunkter', en: 'Audit decisions and gates' },
      run: (doc, ctx) =>
        auditGateLog(doc, organisationOf(ctx, doc.organisation), forumsOf(ctx, doc.forumSet)),
    }),
    defineCheck(riskRegisterKind, {
      id: 'governance/risk-audit',
      title: { sv: 'Granska riskregistret', en: 'Audit the risk register' },
      run: (doc) => auditRiskRegister(doc),
    }),
    defineCheck(milestonesKind, {
      id: 'governance/milestone-audit',
      title: { sv: 'Granska milstolpar', en: 'Audit the milestones' },
      run: (doc, ctx) => auditMilestonePlan(doc, gateLogOf(ctx, doc.gateLog)),
    }),
  ],
  tables: [
    defineTable(organisationKind, {
      id: 'governance/organisation-table',
      title: { sv: 'Organisation per nivå och part', en: 'Organisation by level and party' },
      render: (doc, ctx) => [organisationTable(doc, ctx.locale)],
    }),
    defineTable(forumSetKind, {
      id: 'governance/forum-tables',
      title: { sv: 'Forum, mötesplan och belastning', en: 'Forums, calendar and load' },
      render: (doc, ctx) => {
        const org = organisationOf(ctx, doc.organisation);
        const period = periodOf(doc, org);
        return [
          forumTable(doc, org, period, ctx.locale),
          ...(period === undefined ? [] : [calendarTable(doc, period)]),
          ...(period === undefined || org === undefined ? [] : [forumLoadTable(org, doc, period)]),
        ];
      },
    }),
    defineTable(raciKind, {
      id: 'governance/raci-table',
      title: { sv: 'RACI-matris', en: 'RACI matrix' },
      render: (doc, ctx) => [raciTable(doc, organisationOf(ctx, doc.organisation))],
    }),
    defineTable(riskRegisterKind, {
      id: 'governance/risk-tables',
      title: { sv: 'Risker och riskmatris', en: 'Risks and risk matrix' },
      render: (doc) => [riskRegisterTable(doc), riskMatrixTable(doc)],
    }),
    defineTable(milestonesKind, {
      id: 'governance/milestone-table',
      title: { sv: 'Milstolpar: planerat och beslutat', en: 'Milestones: planned and decided' },
      render: (doc) => [milestoneTable(doc)],
    }),
  ],
  exporters: [
    defineExporter(forumSetKind, {
      id: 'governance/forum-ics',
      title: { sv: 'Mötesplan (iCalendar)', en: 'Meeting calendar (iCalendar)' },
      mediaType: 'text/calendar',
      fileExtension: 'ics',
      render: (doc, ctx) => {
        const org = organisationOf(ctx, doc.organisation);
        const period = periodOf(doc, org);
        if (period === undefined) return '';
        // Plugins read no clock: DTSTAMP is the host's request time; a host that gives none
        // gets the period start as a stand-in (documented in the README).
        const result = forumCalendarIcs(doc, {
          range: period,
          generatedAt: icsStamp(exportTime(ctx)) ?? `${period.start}T00:00:00Z`,
          ...(org === undefined ? {} : { organisation: org }),
        });
        return result.ok ? result.value : '';
      },
    }),
  ],
});

export default governancePlugin;
