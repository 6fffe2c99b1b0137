import * as z from 'zod';
import { cadenceSchema, dateRangeSchema, exactSchema, isoDateSchema } from '@styrkit/core';
import type { Cadence } from '@styrkit/core';

/** Stable kebab-case identifier used for every cross-reference inside a document. */
const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be kebab-case: lower-case letters, digits and "-"');

/**
 * What a stated count counts: roles, people, parties, forums, gates (beslutspunkter), states
 * (steps or phases), items, decisions, risks or milestones of the document it stands in.
 *
 * @example
 * ```ts
 * statedCountSubjectSchema.parse('gates');
 * ```
 */
export const statedCountSubjectSchema = z.enum([
  'roles',
  'people',
  'parties',
  'forums',
  'gates',
  'states',
  'items',
  'decisions',
  'risks',
  'milestones',
]);
/** What a stated count counts. @example `const s: StatedCountSubject = 'gates';` */
export type StatedCountSubject = z.infer<typeof statedCountSubjectSchema>;

/**
 * A count the text states ("fem beslutspunkter"), kept as stated and checked against the model.
 * `count` may be left out when `text` starts with the number (digits or a Swedish or English
 * number word up to twenty).
 *
 * @example
 * ```ts
 * statedCountSchema.parse({ of: 'gates', text: 'fem beslutspunkter', source: 'plan.txt:12' });
 * ```
 */
export const statedCountSchema = z.object({
  of: statedCountSubjectSchema,
  count: z.number().int().nonnegative().optional(),
  text: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
});
/** A stated count. @example `const c: StatedCount = { of: 'forums', count: 4 };` */
export type StatedCount = z.infer<typeof statedCountSchema>;

/**
 * What happens to a meeting the cadence puts on a weekend, public holiday or non-working eve:
 * moved to the next or the previous working day, or kept on its date and flagged by the audit.
 *
 * @example
 * ```ts
 * nonWorkingDayRuleSchema.parse('next-working-day');
 * ```
 */
export const nonWorkingDayRuleSchema = z.enum(['next-working-day', 'previous-working-day', 'keep']);
/** A non-working-day rule. @example `const r: NonWorkingDayRule = 'keep';` */
export type NonWorkingDayRule = z.infer<typeof nonWorkingDayRuleSchema>;

/**
 * The Swedish working calendar a forum set plans in: which de facto non-working eves count
 * (default all three) and extra local non-working dates.
 *
 * @example
 * ```ts
 * workingCalendarSchema.parse({ eves: ['julafton'], extraDays: ['2024-05-10'] });
 * ```
 */
export const workingCalendarSchema = z.object({
  eves: z.array(z.enum(['midsommarafton', 'julafton', 'nyarsafton'])).optional(),
  extraDays: z.array(isoDateSchema).optional(),
});
/** A working calendar. @example `const c: WorkingCalendarData = { eves: [] };` */
export type WorkingCalendarData = z.infer<typeof workingCalendarSchema>;

/**
 * Governance level of a role (nivå): budget level, decision level or operational level.
 *
 * @example
 * ```ts
 * levelSchema.parse('budget'); // 'budget'
 * ```
 */
export const levelSchema = z.enum(['budget', 'decision', 'operational']);
/** A governance level: `'budget' | 'decision' | 'operational'`. @example `const l: Level = 'decision';` */
export type Level = z.infer<typeof levelSchema>;

/**
 * Tags that give a role a meaning the audit understands (PPS project roles and ownership).
 *
 * @example
 * ```ts
 * roleTagSchema.parse('effect-owner');
 * ```
 */
export const roleTagSchema = z.enum([
  'project-owner',
  'project-manager',
  'effect-owner',
  'result-receiver',
  'steering-group',
  'project-group',
]);
/** A role tag such as `'effect-owner'`. @example `const t: RoleTag = 'result-receiver';` */
export type RoleTag = z.infer<typeof roleTagSchema>;

/**
 * A party (part) of the organisation, e.g. verksamhet (business) or IT.
 *
 * @example
 * ```ts
 * partySchema.parse({ id: 'it', name: 'IT-nära förvaltning' });
 * ```
 */
export const partySchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
});
/** A party of the organisation. @example `const p: Party = { id: 'it', name: 'IT' };` */
export type Party = z.infer<typeof partySchema>;

/**
 * A role (roll) in a catalogue: name in Swedish, older names as aliases, level, party and tags.
 *
 * @example
 * ```ts
 * roleSchema.parse({ id: 'objektledare', name: 'Objektledare', aliases: ['Förvaltningsledare'] });
 * ```
 */
export const roleSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).optional(),
  level: levelSchema.optional(),
  party: idSchema.optional(),
  tags: z.array(roleTagSchema).optional(),
  // A role filled anew in every project (PPS roles in a portfolio-wide catalogue): no person
  // is expected in the organisation itself, so the audit does not ask for one.
  staffedPerProject: z.boolean().optional(),
  // Explicitly vacant (vakant): the document says nobody holds the role now. The audit reports
  // it as vacant (info, a warning where the role convenes a forum), not as a role without person.
  vacant: z.boolean().optional(),
  description: z.string().optional(),
});
/** A role of the catalogue. @example `const r: Role = { id: 'objektagare', name: 'Objektägare' };` */
export type Role = z.infer<typeof roleSchema>;

/**
 * A named person. Only a display name: styrkit keeps no other personal data.
 *
 * @example
 * ```ts
 * personSchema.parse({ id: 'anna', name: 'Anna Andersson' });
 * ```
 */
export const personSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
});
/** A person. @example `const p: Person = { id: 'anna', name: 'Anna Andersson' };` */
export type Person = z.infer<typeof personSchema>;

/**
 * A person holding a role, optionally within a validity period (inclusive dates).
 *
 * @example
 * ```ts
 * assignmentSchema.parse({ role: 'objektagare', person: 'anna', from: '2021-01-01', to: '2021-12-31' });
 * ```
 */
export const assignmentSchema = z.object({
  role: idSchema,
  person: idSchema,
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
/** A role assignment. @example `const a: Assignment = { role: 'objektagare', person: 'anna' };` */
export type Assignment = z.infer<typeof assignmentSchema>;

/**
 * One responsibility of a shared-ownership table (ansvarsfördelning) and the roles that own it.
 * Exactly one owner is the rule; the audit reports none or several.
 *
 * @example
 * ```ts
 * responsibilitySchema.parse({ id: 'licenser', label: 'Budgeterar licenser', owners: ['pa-kvalitet'] });
 * ```
 */
export const responsibilitySchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  owners: z.array(idSchema),
});
/** A responsibility with its owners. @example `const r: Responsibility = { id: 'x', label: 'X', owners: [] };` */
export type Responsibility = z.infer<typeof responsibilitySchema>;

/**
 * A mandate (mandat): which kinds of decision a role may take, and up to which amount in kr.
 *
 * @example
 * ```ts
 * mandateSchema.parse({ role: 'avdelningschef', decisionKinds: ['behov'], maxAmountKr: '500000' });
 * ```
 */
export const mandateSchema = z.object({
  role: idSchema,
  decisionKinds: z.array(z.string().min(1)).min(1),
  maxAmountKr: exactSchema.optional(),
});
/** A mandate of a role. @example `const m: Mandate = { role: 'pa', decisionKinds: ['fas'] };` */
export type Mandate = z.infer<typeof mandateSchema>;

/**
 * Who is affected by a decision: one unit (avdelning), several units, or several administrations
 * (förvaltningar).
 *
 * @example
 * ```ts
 * affectedScopeSchema.parse('several-units');
 * ```
 */
export const affectedScopeSchema = z.enum(['one-unit', 'several-units', 'several-administrations']);
/** Who is affected. @example `const s: AffectedScope = 'one-unit';` */
export type AffectedScope = z.infer<typeof affectedScopeSchema>;

/**
 * Who pays: the affected unit itself, or shared/central funding.
 *
 * @example
 * ```ts
 * fundingSchema.parse('own-unit');
 * ```
 */
export const fundingSchema = z.enum(['own-unit', 'shared']);
/** Who pays. @example `const f: Funding = 'shared';` */
export type Funding = z.infer<typeof fundingSchema>;

/**
 * One line of the rule that picks the deciding role. Rules are tried in order; the first whose
 * conditions all match wins. An omitted condition matches anything.
 *
 * @example
 * ```ts
 * decisionRuleSchema.parse({ gates: ['bp1'], scopes: ['one-unit'], funding: ['own-unit'], role: 'avdelningschef' });
 * ```
 */
export const decisionRuleSchema = z.object({
  gates: z.array(z.string().min(1)).optional(),
  scopes: z.array(affectedScopeSchema).optional(),
  funding: z.array(fundingSchema).optional(),
  role: idSchema,
});
/** A decision-level rule line. @example `const r: DecisionRule = { role: 'forvaltningsdirektor' };` */
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

/**
 * Policies the audit enforces: role pairs one person must not hold together, and the steering
 * group rule (default from the Göteborg PPS text: at most five members, effect owner and result
 * receiver included).
 *
 * @example
 * ```ts
 * policiesSchema.parse({ separateRoles: [['projektagare', 'projektledare']] });
 * ```
 */
export const policiesSchema = z.object({
  separateRoles: z.array(z.tuple([idSchema, idSchema])).optional(),
  steeringGroup: z
    .object({
      maxMembers: z.number().int().positive().optional(),
      requiredTags: z.array(roleTagSchema).optional(),
    })
    .optional(),
});
/** Audit policies. @example `const p: Policies = {};` */
export type Policies = z.infer<typeof policiesSchema>;

/**
 * An organisation (förvaltningsorganisation or projektorganisation): parties, roles, people,
 * assignments, shared ownership, mandates, decision-level rules and policies.
 *
 * @example
 * ```ts
 * const org = organisationSchema.parse({
 *   name: 'VSO', parties: [], roles: [{ id: 'objektagare', name: 'Objektägare' }],
 *   people: [], assignments: [],
 * });
 * ```
 */
export const organisationSchema = z.object({
  name: z.string().min(1),
  period: dateRangeSchema.optional(),
  parties: z.array(partySchema),
  roles: z.array(roleSchema),
  people: z.array(personSchema),
  assignments: z.array(assignmentSchema),
  responsibilities: z.array(responsibilitySchema).optional(),
  mandates: z.array(mandateSchema).optional(),
  decisionRules: z.array(decisionRuleSchema).optional(),
  policies: policiesSchema.optional(),
  statedCounts: z.array(statedCountSchema).optional(),
});
/** An organisation document. @example `const o: Organisation = organisationSchema.parse(input);` */
export type Organisation = z.infer<typeof organisationSchema>;

/**
 * A forum participant: a role of the organisation (with an optional head count), an external
 * party named in text, or everybody holding a role in the organisation.
 *
 * @example
 * ```ts
 * participantSchema.parse({ role: 'objektledare' });
 * participantSchema.parse({ external: 'Leverantörens supportansvariga' });
 * participantSchema.parse({ allRoles: true });
 * ```
 */
export const participantSchema = z.union([
  z.object({ role: idSchema, count: z.number().int().positive().optional() }).strict(),
  z.object({ external: z.string().min(1), count: z.number().int().positive().optional() }).strict(),
  z.object({ allRoles: z.literal(true) }).strict(),
]);
/** A forum participant. @example `const p: Participant = { role: 'objektledare' };` */
export type Participant = z.infer<typeof participantSchema>;

/**
 * Kind of forum: beslutsforum, arbetsforum, leverantörsforum or a (project) styrgrupp.
 *
 * @example
 * ```ts
 * forumKindSchema.parse('steering-group');
 * ```
 */
export const forumKindSchema = z.enum(['decision', 'working', 'supplier', 'steering-group']);
/** A forum kind. @example `const k: ForumKind = 'working';` */
export type ForumKind = z.infer<typeof forumKindSchema>;

/**
 * A forum: tasks, participants, convener role and cadence. Everything but id, name and kind may
 * be missing: real plans name forums they have not defined yet, and the audit reports the gaps.
 * `cadenceText` keeps the source wording; when `cadence` is absent, parsing derives it from the
 * text (Swedish phrases such as "var 6:e vecka").
 *
 * @example
 * ```ts
 * forumSchema.parse({ id: 'styrgrupp', name: 'Styrgrupp', kind: 'decision', cadenceText: 'Var 6:e vecka' });
 * ```
 */
export const forumSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  kind: forumKindSchema,
  supplierLevel: z.enum(['operational', 'tactical', 'strategic']).optional(),
  tasks: z.array(z.string().min(1)).optional(),
  participants: z.array(participantSchema).optional(),
  convener: idSchema.optional(),
  // Typed as core's Cadence so parsed text cadences and data cadences are one type.
  cadence: (cadenceSchema as z.ZodType<Cadence>).optional(),
  cadenceText: z.string().optional(),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (00:00–23:59)')
    .optional(),
  durationMinutes: z.number().int().positive().max(1440).optional(),
  quorum: z.number().int().positive().optional(),
  active: dateRangeSchema.optional(),
  // What to do with a meeting on a weekend or holiday; the set's rule (or keep-and-flag) if absent.
  onNonWorkingDay: nonWorkingDayRuleSchema.optional(),
});
/** A forum. @example `const f: Forum = { id: 'styrgrupp', name: 'Styrgrupp', kind: 'decision' };` */
export type Forum = z.infer<typeof forumSchema>;

/**
 * A set of forums (beslutsforum and arbetsforum) of one organisation, referred to by document id.
 *
 * @example
 * ```ts
 * forumSetSchema.parse({ name: 'VSO forum', organisation: 'vso-org', forums: [] });
 * ```
 */
export const forumSetSchema = z.object({
  name: z.string().min(1),
  organisation: z.string().min(1).optional(),
  period: dateRangeSchema.optional(),
  forums: z.array(forumSchema),
  onNonWorkingDay: nonWorkingDayRuleSchema.optional(),
  workingCalendar: workingCalendarSchema.optional(),
  statedCounts: z.array(statedCountSchema).optional(),
});
/** A forum set document. @example `const s: ForumSet = forumSetSchema.parse(input);` */
export type ForumSet = z.infer<typeof forumSetSchema>;

/**
 * A RACI cell: letters out of R (responsible), A (accountable), C (consulted), I (informed).
 *
 * @example
 * ```ts
 * raciCellSchema.parse('RA');
 * ```
 */
export const raciCellSchema = z
  .string()
  .regex(/^(?!.*(.).*\1)[RACI]{1,4}$/, 'a RACI cell is one or more of R, A, C, I (no repeats)');

/**
 * A RACI matrix: decisions or artefacts (rows) × roles (columns).
 *
 * @example
 * ```ts
 * raciSchema.parse({ name: 'PPS', roles: ['pa'], rows: [{ id: 'direktiv', label: 'Projektdirektiv', cells: { pa: 'A' } }] });
 * ```
 */
export const raciSchema = z.object({
  name: z.string().min(1),
  organisation: z.string().min(1).optional(),
  roles: z.array(idSchema).min(1),
  rows: z.array(
    z.object({
      id: idSchema,
      label: z.string().min(1),
      cells: z.record(idSchema, raciCellSchema),
    }),
  ),
});
/** A RACI document. @example `const r: Raci = raciSchema.parse(input);` */
export type Raci = z.infer<typeof raciSchema>;

/**
 * The outcome of a decision point: advance, put on the shared backlog, sort out, or loop back
 * (a finished study returning to an earlier step).
 *
 * @example
 * ```ts
 * gateOutcomeSchema.parse('backlog');
 * ```
 */
export const gateOutcomeSchema = z.enum(['advance', 'backlog', 'sort-out', 'loop-back']);
/** A gate outcome. @example `const o: GateOutcome = 'advance';` */
export type GateOutcome = z.infer<typeof gateOutcomeSchema>;

/**
 * A decision point (beslutspunkt) of a process and who may decide it: role ids, role tags (so
 * one process fits organisations that name their roles differently), or both. A gate without
 * deciders leaves the choice to the organisation's mandates and decision rules.
 *
 * @example
 * ```ts
 * gateDefinitionSchema.parse({ id: 'g1', name: 'Projektplan godkänd', deciderRoles: ['projektagare'], deciderTags: ['project-owner'] });
 * ```
 */
export const gateDefinitionSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  deciderRoles: z.array(idSchema).optional(),
  deciderTags: z.array(roleTagSchema).optional(),
});
/** A gate and its deciders. @example `const g: GateDefinition = { id: 'g1', name: 'G1' };` */
export type GateDefinition = z.infer<typeof gateDefinitionSchema>;

/**
 * A gated process as a state machine: states (steps or phases), the initial state and the
 * allowed transitions. A transition with a `gate` passes a decision point and needs a decision;
 * `gates` may name each decision point and say who decides it.
 *
 * @example
 * ```ts
 * gateProcessSchema.parse({
 *   id: 'p', name: 'Faser', initial: 'a',
 *   states: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', terminal: true }],
 *   transitions: [{ from: 'a', to: 'b', outcome: 'advance', gate: 'g1' }],
 * });
 * ```
 */
export const gateProcessSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  initial: idSchema,
  states: z
    .array(z.object({ id: idSchema, name: z.string().min(1), terminal: z.boolean().optional() }))
    .min(1),
  transitions: z.array(
    z.object({
      from: idSchema,
      to: idSchema,
      outcome: gateOutcomeSchema,
      gate: z.string().min(1).optional(),
    }),
  ),
  gates: z.array(gateDefinitionSchema).optional(),
});
/** A gated process. @example `const p: GateProcess = NEEDS_PROCESS;` */
export type GateProcess = z.infer<typeof gateProcessSchema>;

/**
 * A decision in the log (beslutslogg): what, who (role), when, outcome, forum, kind and amount.
 *
 * @example
 * ```ts
 * decisionSchema.parse({ id: 'd1', item: 'n1', gate: 'bp1', date: '2024-03-01', outcome: 'advance', decidedBy: 'avdelningschef', kind: 'behov' });
 * ```
 */
export const decisionSchema = z.object({
  id: idSchema,
  item: idSchema,
  gate: z.string().min(1).optional(),
  date: isoDateSchema,
  what: z.string().optional(),
  outcome: gateOutcomeSchema,
  decidedBy: idSchema,
  forum: idSchema.optional(),
  kind: z.string().min(1),
  amountKr: exactSchema.optional(),
});
/** A logged decision. @example `const d: Decision = decisionSchema.parse(input);` */
export type Decision = z.infer<typeof decisionSchema>;

/**
 * An item moving through a gated process (a need, a project) and the moves it made.
 *
 * @example
 * ```ts
 * gateItemSchema.parse({ id: 'n1', title: 'Digitala lås', history: [{ from: 'insamling', to: 'grovsallning', date: '2024-03-01', decision: 'd1' }] });
 * ```
 */
export const gateItemSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  scope: affectedScopeSchema.optional(),
  funding: fundingSchema.optional(),
  history: z.array(
    z.object({
      from: idSchema,
      to: idSchema,
      date: isoDateSchema,
      decision: idSchema.optional(),
    }),
  ),
});
/** An item of a gate log. @example `const i: GateItem = gateItemSchema.parse(input);` */
export type GateItem = z.infer<typeof gateItemSchema>;

/**
 * A gate log: the process definition, the items in it and the decision log.
 *
 * @example
 * ```ts
 * gateLogSchema.parse({ name: 'Behov 2024', process: NEEDS_PROCESS, items: [], decisions: [] });
 * ```
 */
export const gateLogSchema = z.object({
  name: z.string().min(1),
  organisation: z.string().min(1).optional(),
  forumSet: z.string().min(1).optional(),
  process: gateProcessSchema,
  items: z.array(gateItemSchema),
  decisions: z.array(decisionSchema),
  statedCounts: z.array(statedCountSchema).optional(),
});
/** A gate log document. @example `const g: GateLog = gateLogSchema.parse(input);` */
export type GateLog = z.infer<typeof gateLogSchema>;
