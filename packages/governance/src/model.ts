import * as z from 'zod';
import {
  cadenceSchema,
  dateRangeSchema,
  exactSchema,
  fieldText,
  isoDateSchema,
} from '@styrkit/core';
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
  of: statedCountSubjectSchema.meta(
    fieldText(
      'Vad som räknas: roles, people, parties, forums, gates, states, items, decisions, risks eller milestones',
      'What is counted: roles, people, parties, forums, gates, states, items, decisions, risks or milestones',
    ),
  ),
  count: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .meta(fieldText('Antalet som ett tal', 'The count as a number')),
  text: z
    .string()
    .min(1)
    .optional()
    .meta(
      fieldText(
        'Antalet med dokumentets ord, till exempel "fem"',
        'The count in the document\'s words, for example "fem"',
      ),
    ),
  source: z
    .string()
    .min(1)
    .optional()
    .meta(fieldText('Var i dokumentet det står', 'Where the document states it')),
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
  eves: z
    .array(z.enum(['midsommarafton', 'julafton', 'nyarsafton']))
    .optional()
    .meta(
      fieldText(
        'Aftnar som räknas som lediga: midsommarafton, julafton, nyarsafton',
        'Eves counted as days off: midsommarafton, julafton, nyarsafton',
      ),
    ),
  extraDays: z
    .array(isoDateSchema)
    .optional()
    .meta(fieldText('Fler lediga dagar, ÅÅÅÅ-MM-DD', 'More days off, YYYY-MM-DD')),
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
  id: idSchema.meta(fieldText('Partens id', 'Id of the party')),
  name: z.string().min(1).meta(fieldText('Namn på svenska', 'Name in Swedish')),
  nameEn: z.string().min(1).optional().meta(fieldText('Namn på engelska', 'Name in English')),
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
  id: idSchema.meta(fieldText('Rollens id', 'Id of the role')),
  name: z.string().min(1).meta(fieldText('Namn på svenska', 'Name in Swedish')),
  nameEn: z.string().min(1).optional().meta(fieldText('Namn på engelska', 'Name in English')),
  aliases: z
    .array(z.string().min(1))
    .optional()
    .meta(fieldText('Äldre eller andra namn på rollen', 'Older or other names of the role')),
  level: levelSchema
    .optional()
    .meta(
      fieldText(
        'Nivå: budget, decision (beslut) eller operational (operativ)',
        'Level: budget, decision or operational',
      ),
    ),
  party: idSchema
    .optional()
    .meta(fieldText('Id för parten som rollen hör till', 'Id of the party the role belongs to')),
  tags: z
    .array(roleTagSchema)
    .optional()
    .meta(
      fieldText(
        'Roller i projektmodellen, till exempel effect-owner eller steering-group',
        'Roles in the project model, for example effect-owner or steering-group',
      ),
    ),
  // A role filled anew in every project (PPS roles in a portfolio-wide catalogue): no person
  // is expected in the organisation itself, so the audit does not ask for one.
  staffedPerProject: z
    .boolean()
    .optional()
    .meta(
      fieldText(
        'Sant när rollen bemannas i varje projekt, inte i organisationen',
        'True when the role is staffed in each project, not in the organisation',
      ),
    ),
  // Explicitly vacant (vakant): the document says nobody holds the role now. The audit reports
  // it as vacant (info, a warning where the role convenes a forum), not as a role without person.
  vacant: z
    .boolean()
    .optional()
    .meta(
      fieldText(
        'Sant när rollen uttryckligen är vakant',
        'True when the role is explicitly vacant',
      ),
    ),
  description: z.string().optional().meta(fieldText('Beskrivning', 'Description')),
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
  id: idSchema.meta(fieldText('Personens id', 'Id of the person')),
  name: z.string().min(1).meta(fieldText('Personens namn', 'Name of the person')),
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
  role: idSchema.meta(fieldText('Id för rollen', 'Id of the role')),
  person: idSchema.meta(fieldText('Id för personen', 'Id of the person')),
  from: isoDateSchema.optional().meta(fieldText('Från och med, ÅÅÅÅ-MM-DD', 'From, YYYY-MM-DD')),
  to: isoDateSchema.optional().meta(fieldText('Till och med, ÅÅÅÅ-MM-DD', 'Until, YYYY-MM-DD')),
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
  id: idSchema.meta(fieldText('Ansvarets id', 'Id of the responsibility')),
  label: z
    .string()
    .min(1)
    .meta(fieldText('Ansvaret med dokumentets ord', "The responsibility in the document's words")),
  owners: z
    .array(idSchema)
    .meta(
      fieldText(
        'Id för parter som äger ansvaret; exakt en väntas',
        'Ids of the parties owning it; exactly one is expected',
      ),
    ),
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
  role: idSchema.meta(
    fieldText('Id för rollen med mandatet', 'Id of the role holding the mandate'),
  ),
  decisionKinds: z
    .array(z.string().min(1))
    .min(1)
    .meta(fieldText('Slag av beslut som rollen får fatta', 'Kinds of decision the role may take')),
  maxAmountKr: exactSchema
    .optional()
    .meta(fieldText('Högsta belopp i kronor', 'Highest amount in SEK')),
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
  gates: z
    .array(z.string().min(1))
    .optional()
    .meta(fieldText('Beslutspunkter som regeln gäller', 'Gates the rule applies to')),
  scopes: z
    .array(affectedScopeSchema)
    .optional()
    .meta(
      fieldText(
        'Vem som berörs: one-unit, several-units eller several-administrations',
        'Who is affected: one-unit, several-units or several-administrations',
      ),
    ),
  funding: z
    .array(fundingSchema)
    .optional()
    .meta(fieldText('Vem som betalar: own-unit eller shared', 'Who pays: own-unit or shared')),
  role: idSchema.meta(fieldText('Id för rollen som beslutar', 'Id of the deciding role')),
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
  separateRoles: z
    .array(z.tuple([idSchema, idSchema]))
    .optional()
    .meta(
      fieldText(
        'Rollpar som inte får innehas av samma person',
        'Pairs of roles one person must not hold together',
      ),
    ),
  steeringGroup: z
    .object({
      maxMembers: z
        .number()
        .int()
        .positive()
        .optional()
        .meta(fieldText('Högsta antal ledamöter', 'Most members')),
      requiredTags: z
        .array(roleTagSchema)
        .optional()
        .meta(
          fieldText(
            'Roller som måste finnas i styrgruppen',
            'Roles the steering group must include',
          ),
        ),
    })
    .optional()
    .meta(fieldText('Regler för styrgrupper', 'Rules for steering groups')),
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
  name: z.string().min(1).meta(fieldText('Organisationens namn', 'Name of the organisation')),
  period: dateRangeSchema
    .optional()
    .meta(fieldText('Period som beskrivningen gäller', 'Period the description covers')),
  parties: z.array(partySchema).meta(fieldText('Parter', 'Parties')),
  roles: z.array(roleSchema).meta(fieldText('Roller', 'Roles')),
  people: z.array(personSchema).meta(fieldText('Personer', 'People')),
  assignments: z
    .array(assignmentSchema)
    .meta(fieldText('Vem som har vilken roll', 'Who holds which role')),
  responsibilities: z
    .array(responsibilitySchema)
    .optional()
    .meta(
      fieldText(
        'Delat ägarskap: ansvar och ägare',
        'Shared ownership: responsibilities and owners',
      ),
    ),
  mandates: z
    .array(mandateSchema)
    .optional()
    .meta(fieldText('Mandat per roll', 'Mandates by role')),
  decisionRules: z
    .array(decisionRuleSchema)
    .optional()
    .meta(fieldText('Vem som beslutar på vilken nivå', 'Who decides at which level')),
  policies: policiesSchema
    .optional()
    .meta(fieldText('Regler som granskningen prövar', 'Rules the audit checks')),
  statedCounts: z
    .array(statedCountSchema)
    .optional()
    .meta(
      fieldText(
        'Antal som texten anger ("fem beslutspunkter"); kontrolleras mot modellen',
        'Counts the text states ("five decision points"); checked against the model',
      ),
    ),
});
/** An organisation document. @example `const o: Organisation = organisationSchema.parse(input);` */
export type Organisation = z.infer<typeof organisationSchema>;

/**
 * The most people one participant entry counts. Unbounded, two counts of 2^53 − 1 summed past
 * a safe integer and the forum check threw writing the steering group's size; 10 000 people a
 * line keeps any sum over a document exact.
 */
const MAX_PARTICIPANT_COUNT = 10_000;

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
  z
    .object({
      role: idSchema.meta(fieldText('Id för en roll som deltar', 'Id of a participating role')),
      count: z
        .number()
        .int()
        .positive()
        .max(MAX_PARTICIPANT_COUNT)
        .optional()
        .meta(fieldText('Antal personer', 'Number of people')),
    })
    .strict(),
  z
    .object({
      external: z
        .string()
        .min(1)
        .meta(fieldText('Extern deltagare med namn', 'External participant by name')),
      count: z
        .number()
        .int()
        .positive()
        .max(MAX_PARTICIPANT_COUNT)
        .optional()
        .meta(fieldText('Antal personer', 'Number of people')),
    })
    .strict(),
  z
    .object({
      allRoles: z.literal(true).meta(fieldText('Alla roller deltar', 'All roles take part')),
    })
    .strict(),
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
  id: idSchema.meta(fieldText('Forumets id', 'Id of the forum')),
  name: z.string().min(1).meta(fieldText('Namn på svenska', 'Name in Swedish')),
  nameEn: z.string().min(1).optional().meta(fieldText('Namn på engelska', 'Name in English')),
  kind: forumKindSchema.meta(
    fieldText(
      'Slag: decision (beslut), working (arbete), supplier (leverantör) eller steering-group (styrgrupp)',
      'Kind: decision, working, supplier or steering-group',
    ),
  ),
  supplierLevel: z
    .enum(['operational', 'tactical', 'strategic'])
    .optional()
    .meta(
      fieldText(
        'Nivå för leverantörsforum: operational, tactical eller strategic',
        'Level of a supplier forum: operational, tactical or strategic',
      ),
    ),
  tasks: z
    .array(z.string().min(1))
    .optional()
    .meta(fieldText('Forumets uppgifter', 'Tasks of the forum')),
  participants: z.array(participantSchema).optional().meta(fieldText('Deltagare', 'Participants')),
  convener: idSchema
    .optional()
    .meta(fieldText('Id för rollen som sammankallar', 'Id of the convening role')),
  // Typed as core's Cadence so parsed text cadences and data cadences are one type.
  cadence: (cadenceSchema as z.ZodType<Cadence>)
    .optional()
    .meta(fieldText('Mötesfrekvens som data', 'Meeting cadence as data')),
  cadenceText: z
    .string()
    .optional()
    .meta(
      fieldText(
        'Mötesfrekvens med dokumentets ord, till exempel "var sjätte vecka"',
        'Meeting cadence in the document\'s words, for example "var sjätte vecka"',
      ),
    ),
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (00:00–23:59)')
    .optional()
    .meta(fieldText('Starttid, TT:MM (Europe/Stockholm)', 'Start time, HH:MM (Europe/Stockholm)')),
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(1440)
    .optional()
    .meta(fieldText('Längd i minuter', 'Length in minutes')),
  quorum: z
    .number()
    .int()
    .positive()
    .optional()
    .meta(fieldText('Minsta antal för beslut', 'Quorum')),
  active: dateRangeSchema
    .optional()
    .meta(fieldText('Period som forumet finns', 'Period the forum exists')),
  // What to do with a meeting on a weekend or holiday; the set's rule (or keep-and-flag) if absent.
  onNonWorkingDay: nonWorkingDayRuleSchema
    .optional()
    .meta(
      fieldText(
        'Möte på helgdag eller helg: next-working-day, previous-working-day eller keep (behåll och flagga)',
        'Meeting on a holiday or weekend: next-working-day, previous-working-day or keep (keep and flag)',
      ),
    ),
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
  name: z.string().min(1).meta(fieldText('Namn', 'Name')),
  organisation: z.string().min(1).optional().meta(fieldText('Organisation', 'Organisation')),
  period: dateRangeSchema
    .optional()
    .meta(fieldText('Period för kalendern', 'Period of the calendar')),
  forums: z.array(forumSchema).meta(fieldText('Forum', 'Forums')),
  onNonWorkingDay: nonWorkingDayRuleSchema
    .optional()
    .meta(
      fieldText(
        'Regel för möten på helgdagar och helger, för alla forum',
        'Rule for meetings on holidays and weekends, for all forums',
      ),
    ),
  workingCalendar: workingCalendarSchema
    .optional()
    .meta(
      fieldText(
        'Arbetskalender: aftnar och extra lediga dagar',
        'Working calendar: eves and extra days off',
      ),
    ),
  statedCounts: z
    .array(statedCountSchema)
    .optional()
    .meta(
      fieldText(
        'Antal som texten anger ("fem beslutspunkter"); kontrolleras mot modellen',
        'Counts the text states ("five decision points"); checked against the model',
      ),
    ),
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
  name: z.string().min(1).meta(fieldText('Namn', 'Name')),
  organisation: z.string().min(1).optional().meta(fieldText('Organisation', 'Organisation')),
  roles: z
    .array(idSchema)
    .min(1)
    .meta(
      fieldText(
        'Id för rollerna, matrisens kolumner',
        'Ids of the roles, the columns of the matrix',
      ),
    ),
  rows: z
    .array(
      z.object({
        id: idSchema.meta(fieldText('Radens id', 'Id of the row')),
        label: z.string().min(1).meta(fieldText('Aktiviteten', 'The activity')),
        cells: z
          .record(idSchema, raciCellSchema)
          .meta(fieldText('R, A, C och I per roll-id', 'R, A, C and I by role id')),
      }),
    )
    .meta(fieldText('Aktiviteter, matrisens rader', 'Activities, the rows of the matrix')),
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
  id: z.string().min(1).meta(fieldText('Beslutspunktens id', 'Id of the gate')),
  name: z.string().min(1).meta(fieldText('Namn på svenska', 'Name in Swedish')),
  nameEn: z.string().min(1).optional().meta(fieldText('Namn på engelska', 'Name in English')),
  deciderRoles: z
    .array(idSchema)
    .optional()
    .meta(fieldText('Id för roller som får besluta', 'Ids of roles allowed to decide')),
  deciderTags: z
    .array(roleTagSchema)
    .optional()
    .meta(fieldText('Projektroller som får besluta', 'Project roles allowed to decide')),
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
  id: idSchema.meta(fieldText('Processens id', 'Id of the process')),
  name: z.string().min(1).meta(fieldText('Processens namn', 'Name of the process')),
  initial: idSchema.meta(fieldText('Id för första steget', 'Id of the first step')),
  states: z
    .array(
      z.object({
        id: idSchema.meta(fieldText('Stegets id', 'Id of the step')),
        name: z.string().min(1).meta(fieldText('Stegets namn', 'Name of the step')),
        terminal: z
          .boolean()
          .optional()
          .meta(fieldText('Sant för ett slutsteg', 'True for a final step')),
      }),
    )
    .min(1)
    .meta(fieldText('Processens steg', 'Steps of the process')),
  transitions: z
    .array(
      z.object({
        from: idSchema.meta(fieldText('Från steg', 'From step')),
        to: idSchema.meta(fieldText('Till steg', 'To step')),
        outcome: gateOutcomeSchema.meta(
          fieldText(
            'Utfall: advance (gå vidare), backlog (gemensam backlogg), sort-out (sorteras bort) eller loop-back (tillbaka)',
            'Outcome: advance, backlog, sort-out or loop-back',
          ),
        ),
        gate: z
          .string()
          .min(1)
          .optional()
          .meta(fieldText('Beslutspunkten som övergången passerar', 'Gate the transition passes')),
      }),
    )
    .meta(fieldText('Tillåtna övergångar', 'Allowed transitions')),
  gates: z.array(gateDefinitionSchema).optional().meta(fieldText('Beslutspunkter', 'Gates')),
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
  id: idSchema.meta(fieldText('Beslutets id', 'Id of the decision')),
  item: idSchema.meta(fieldText('Id för ärendet', 'Id of the item')),
  gate: z.string().min(1).optional().meta(fieldText('Beslutspunkt', 'Gate')),
  date: isoDateSchema.meta(fieldText('Beslutsdag, ÅÅÅÅ-MM-DD', 'Day of the decision, YYYY-MM-DD')),
  what: z.string().optional().meta(fieldText('Vad som beslutades', 'What was decided')),
  outcome: gateOutcomeSchema.meta(fieldText('Utfall', 'Outcome')),
  decidedBy: idSchema.meta(fieldText('Id för rollen som beslutade', 'Id of the deciding role')),
  forum: idSchema
    .optional()
    .meta(
      fieldText('Id för forumet där beslutet fattades', 'Id of the forum where it was decided'),
    ),
  kind: z
    .string()
    .min(1)
    .meta(
      fieldText(
        'Slag av beslut (prövas mot mandaten)',
        'Kind of decision (checked against the mandates)',
      ),
    ),
  amountKr: exactSchema.optional().meta(fieldText('Belopp i kronor', 'Amount in SEK')),
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
  id: idSchema.meta(fieldText('Ärendets id', 'Id of the item')),
  title: z.string().min(1).meta(fieldText('Rubrik', 'Title')),
  scope: affectedScopeSchema.optional().meta(fieldText('Vem som berörs', 'Who is affected')),
  funding: fundingSchema.optional().meta(fieldText('Vem som betalar', 'Who pays')),
  history: z
    .array(
      z.object({
        from: idSchema.meta(fieldText('Från steg', 'From step')),
        to: idSchema.meta(fieldText('Till steg', 'To step')),
        date: isoDateSchema.meta(fieldText('Dag, ÅÅÅÅ-MM-DD', 'Day, YYYY-MM-DD')),
        decision: idSchema
          .optional()
          .meta(
            fieldText(
              'Id för beslutet bakom övergången',
              'Id of the decision behind the transition',
            ),
          ),
      }),
    )
    .meta(fieldText('Ärendets väg genom processen', "The item's path through the process")),
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
  name: z.string().min(1).meta(fieldText('Namn', 'Name')),
  organisation: z.string().min(1).optional().meta(fieldText('Organisation', 'Organisation')),
  forumSet: z
    .string()
    .min(1)
    .optional()
    .meta(fieldText('Id för forumdokumentet', 'Id of the forum-set document')),
  process: gateProcessSchema.meta(
    fieldText('Processen med steg och beslutspunkter', 'The process with its steps and gates'),
  ),
  items: z.array(gateItemSchema).meta(fieldText('Ärenden', 'Items')),
  decisions: z.array(decisionSchema).meta(fieldText('Beslut', 'Decisions')),
  statedCounts: z
    .array(statedCountSchema)
    .optional()
    .meta(
      fieldText(
        'Antal som texten anger ("fem beslutspunkter"); kontrolleras mot modellen',
        'Counts the text states ("five decision points"); checked against the model',
      ),
    ),
});
/** A gate log document. @example `const g: GateLog = gateLogSchema.parse(input);` */
export type GateLog = z.infer<typeof gateLogSchema>;
