import {
  Exact,
  dateRangeSchema,
  fieldText,
  isoDateSchema,
  localizedTextSchema,
  maybeExactSchema,
  type LocalizedText,
} from '@styrkit/core';
import * as z from 'zod';
import { matrixCellSchema, statedAmountSchema } from './cell.js';

const idSchema = z.string().trim().min(1);
const textSchema = z.string().trim().min(1);

/**
 * The four cell columns of a pm3 matrix: side (verksamhetsnära = business, IT-nära = it) ×
 * activity type (VM = vidmakthållande, VU = vidareutveckling).
 *
 * @example
 * ```ts
 * import { MATRIX_COLUMNS } from '@styrkit/pm3';
 * MATRIX_COLUMNS[0]; // 'businessVm'
 * ```
 */
export const MATRIX_COLUMNS = ['businessVm', 'businessVu', 'itVm', 'itVu'] as const;

/**
 * One cell column of a pm3 matrix.
 *
 * @example
 * ```ts
 * import type { MatrixColumn } from '@styrkit/pm3';
 * const column: MatrixColumn = 'itVu';
 * ```
 */
export type MatrixColumn = (typeof MATRIX_COLUMNS)[number];

/**
 * Where each column sits: its side and its activity type, and its Swedish/English title.
 *
 * @example
 * ```ts
 * import { MATRIX_COLUMN_INFO } from '@styrkit/pm3';
 * MATRIX_COLUMN_INFO.itVm.side; // 'it'
 * ```
 */
export const MATRIX_COLUMN_INFO: Readonly<
  Record<MatrixColumn, { side: Side; activityType: ActivityType; title: LocalizedText }>
> = {
  businessVm: {
    side: 'business',
    activityType: 'vm',
    title: { sv: 'Verksamhetsnära VM', en: 'Business side, maintain (VM)' },
  },
  businessVu: {
    side: 'business',
    activityType: 'vu',
    title: { sv: 'Verksamhetsnära VU', en: 'Business side, improve (VU)' },
  },
  itVm: {
    side: 'it',
    activityType: 'vm',
    title: { sv: 'IT-nära VM', en: 'IT side, maintain (VM)' },
  },
  itVu: {
    side: 'it',
    activityType: 'vu',
    title: { sv: 'IT-nära VU', en: 'IT side, improve (VU)' },
  },
};

/**
 * Side of förvaltning: verksamhetsnära (business) or IT-nära (it).
 *
 * @example
 * ```ts
 * import type { Side } from '@styrkit/pm3';
 * const side: Side = 'business';
 * ```
 */
export type Side = 'business' | 'it';

/**
 * Activity type: vidmakthållande (vm, keep what exists working) or vidareutveckling (vu,
 * improve what exists). Nyutveckling is project-funded and lives outside the matrix.
 *
 * @example
 * ```ts
 * import type { ActivityType } from '@styrkit/pm3';
 * const t: ActivityType = 'vm';
 * ```
 */
export type ActivityType = 'vm' | 'vu';

/**
 * A huvudaktivitet (main activity): a row of the budget and FTE matrices.
 *
 * @example
 * ```ts
 * import { mainActivitySchema } from '@styrkit/pm3';
 * mainActivitySchema.parse({ id: 'problemhantering', title: { sv: 'Problemhantering', en: 'Problem management' } });
 * ```
 */
export const mainActivitySchema = z.object({
  id: idSchema.meta(
    fieldText(
      'Huvudaktivitetens id, som matrisens rader hänvisar till',
      'Id of the main activity, referred to by the matrix rows',
    ),
  ),
  title: localizedTextSchema.meta(fieldText('Huvudaktivitetens namn', 'Name of the main activity')),
});

/**
 * A huvudaktivitet (main activity).
 *
 * @example
 * ```ts
 * import type { MainActivity } from '@styrkit/pm3';
 * const a: MainActivity = { id: 'anvandarstod', title: { sv: 'Användarstöd', en: 'User support' } };
 * ```
 */
export type MainActivity = z.infer<typeof mainActivitySchema>;

/**
 * The default main activities of pm3; a plan may declare its own set (`mainActivities`).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAIN_ACTIVITIES } from '@styrkit/pm3';
 * DEFAULT_MAIN_ACTIVITIES.map((a) => a.id); // ['forvaltningsstyrning', 'anvandarstod', 'andringshantering', 'daglig-it-drift']
 * ```
 */
export const DEFAULT_MAIN_ACTIVITIES: readonly MainActivity[] = [
  {
    id: 'forvaltningsstyrning',
    title: { sv: 'Förvaltningsstyrning', en: 'Maintenance governance' },
  },
  { id: 'anvandarstod', title: { sv: 'Användarstöd', en: 'User support' } },
  {
    id: 'andringshantering',
    title: { sv: 'Ändringshantering (utveckling)', en: 'Change management (development)' },
  },
  {
    id: 'daglig-it-drift',
    title: { sv: 'Daglig IT-drift och underhåll', en: 'Daily IT operations and upkeep' },
  },
];

/**
 * One row of a matrix: a main activity, its four cells and the row total the source states.
 *
 * @example
 * ```ts
 * import { matrixRowSchema } from '@styrkit/pm3';
 * matrixRowSchema.parse({ activity: 'anvandarstod', businessVm: 2000, statedTotal: '2 000' });
 * ```
 */
export const matrixRowSchema = z.object({
  activity: idSchema.meta(
    fieldText('Id för huvudaktiviteten som raden gäller', 'Id of the main activity of the row'),
  ),
  businessVm: matrixCellSchema.meta(
    fieldText(
      'Verksamhetsnära VM (vidmakthålla): belopp, "?" (okänt, räknas som okänt, aldrig 0) eller "-" (ej tillämpligt, lägger inget till)',
      'Verksamhetsnära VM (vidmakthålla): an amount, "?" (unknown, never 0) or "-" (not applicable, adds nothing)',
    ),
  ),
  businessVu: matrixCellSchema.meta(
    fieldText(
      'Verksamhetsnära VU (vidareutveckla): belopp, "?" (okänt, räknas som okänt, aldrig 0) eller "-" (ej tillämpligt, lägger inget till)',
      'Verksamhetsnära VU (vidareutveckla): an amount, "?" (unknown, never 0) or "-" (not applicable, adds nothing)',
    ),
  ),
  itVm: matrixCellSchema.meta(
    fieldText(
      'IT-nära VM: belopp, "?" (okänt, räknas som okänt, aldrig 0) eller "-" (ej tillämpligt, lägger inget till)',
      'IT-nära VM: an amount, "?" (unknown, never 0) or "-" (not applicable, adds nothing)',
    ),
  ),
  itVu: matrixCellSchema.meta(
    fieldText(
      'IT-nära VU: belopp, "?" (okänt, räknas som okänt, aldrig 0) eller "-" (ej tillämpligt, lägger inget till)',
      'IT-nära VU: an amount, "?" (unknown, never 0) or "-" (not applicable, adds nothing)',
    ),
  ),
  statedTotal: maybeExactSchema
    .optional()
    .meta(
      fieldText(
        'Radsumma som dokumentet anger; kontrolleras mot cellerna',
        'Row total the document states; checked against the cells',
      ),
    ),
});

/**
 * One row of a matrix.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { MatrixRow } from '@styrkit/pm3';
 * const row: MatrixRow = { activity: 'anvandarstod', businessVm: exact('2000'), businessVu: 'empty', itVm: 'empty', itVu: 'empty' };
 * ```
 */
export type MatrixRow = z.infer<typeof matrixRowSchema>;

const statedColumnTotalsSchema = z.object({
  businessVm: maybeExactSchema
    .optional()
    .meta(
      fieldText('Angiven kolumnsumma, verksamhetsnära VM', 'Stated column total, business side VM'),
    ),
  businessVu: maybeExactSchema
    .optional()
    .meta(
      fieldText('Angiven kolumnsumma, verksamhetsnära VU', 'Stated column total, business side VU'),
    ),
  itVm: maybeExactSchema
    .optional()
    .meta(fieldText('Angiven kolumnsumma, IT-nära VM', 'Stated column total, IT side VM')),
  itVu: maybeExactSchema
    .optional()
    .meta(fieldText('Angiven kolumnsumma, IT-nära VU', 'Stated column total, IT side VU')),
});

/**
 * A budget (kkr) or FTE (årsarbeten) matrix: huvudaktivitet × side × VM/VU, with the column
 * and grand totals as the source states them (kept beside the computed ones for the audit).
 *
 * @example
 * ```ts
 * import { matrixSchema } from '@styrkit/pm3';
 * const m = matrixSchema.parse({ unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: 2000 }], statedGrandTotal: 2000 });
 * m.rows[0]?.itVu; // 'empty'
 * ```
 */
export const matrixSchema = z.object({
  unit: z
    .enum(['kkr', 'tkr', 'fte'])
    .meta(
      fieldText(
        'Enhet: kkr, tkr (tusen kronor) eller fte (årsarbeten)',
        'Unit: kkr, tkr (thousand SEK) or fte (full-time equivalents)',
      ),
    ),
  rows: z
    .array(matrixRowSchema)
    .meta(fieldText('En rad per huvudaktivitet', 'One row per main activity')),
  statedColumnTotals: statedColumnTotalsSchema
    .optional()
    .meta(
      fieldText(
        'Kolumnsummor som dokumentet anger; kontrolleras',
        'Column totals the document states; checked',
      ),
    ),
  statedGrandTotal: maybeExactSchema
    .optional()
    .meta(
      fieldText(
        'Totalsumma som dokumentet anger; kontrolleras',
        'Grand total the document states; checked',
      ),
    ),
});

/**
 * A budget or FTE matrix.
 *
 * @example
 * ```ts
 * import type { Matrix } from '@styrkit/pm3';
 * const empty: Matrix = { unit: 'kkr', rows: [] };
 * ```
 */
export type Matrix = z.infer<typeof matrixSchema>;

/**
 * Version of a plan: label, status and, once decided, who decided and when.
 *
 * @example
 * ```ts
 * import { planVersionSchema } from '@styrkit/pm3';
 * planVersionSchema.parse({ label: '1.0', status: 'decided', decidedBy: 'Objektägare', decidedOn: '2020-12-15' });
 * ```
 */
export const planVersionSchema = z.object({
  label: textSchema.meta(
    fieldText(
      'Versionens beteckning, till exempel "Version A"',
      'Label of the version, for example "Version A"',
    ),
  ),
  status: z
    .enum(['draft', 'decided', 'revised'])
    .meta(
      fieldText(
        'Status: draft (utkast), decided (beslutad) eller revised (reviderad)',
        'Status: draft, decided or revised',
      ),
    ),
  decidedBy: textSchema.optional().meta(fieldText('Vem som beslutade', 'Who decided')),
  decidedOn: isoDateSchema
    .optional()
    .meta(fieldText('Beslutsdag, ÅÅÅÅ-MM-DD', 'Day of the decision, YYYY-MM-DD')),
  supersedes: idSchema
    .optional()
    .meta(fieldText('Id för planen som den här ersätter', 'Id of the plan this one supersedes')),
});

/**
 * A nämndmål (committee goal).
 *
 * @example
 * ```ts
 * import { committeeGoalSchema } from '@styrkit/pm3';
 * committeeGoalSchema.parse({ id: 'goda-arbetsplatser', title: 'Goda arbetsplatser' });
 * ```
 */
export const committeeGoalSchema = z.object({
  id: idSchema.meta(fieldText('Nämndmålets id', 'Id of the committee goal')),
  title: textSchema.meta(fieldText('Nämndmålets rubrik', 'Title of the committee goal')),
});

/**
 * A goal or activity of the objektplan itself.
 *
 * @example
 * ```ts
 * import { planGoalSchema } from '@styrkit/pm3';
 * planGoalSchema.parse({ id: 'e-utbildning', title: 'E-utbildning som norm' });
 * ```
 */
export const planGoalSchema = z.object({
  id: idSchema.meta(fieldText('Objektplanmålets id', 'Id of the plan goal')),
  title: textSchema.meta(fieldText('Objektplanmålets rubrik', 'Title of the plan goal')),
});

/**
 * One row of the goal linkage table: nämnd(er) → nämndmål → verksamhetsplan activity →
 * objektplan goals. One objektplan goal may appear in several rows (many-to-many).
 *
 * @example
 * ```ts
 * import { goalLinkSchema } from '@styrkit/pm3';
 * goalLinkSchema.parse({ id: 'gl-1', committees: ['SON'], committeeGoal: 'goda-arbetsplatser', activity: 'Lära på arbetsplatsen', planGoals: ['e-utbildning'] });
 * ```
 */
export const goalLinkSchema = z.object({
  id: idSchema.meta(fieldText('Kopplingens id', 'Id of the link')),
  committees: z
    .array(textSchema)
    .min(1)
    .meta(fieldText('Nämnder som målet kommer från', 'Committees the goal comes from')),
  committeeGoal: idSchema.meta(fieldText('Id för nämndmålet', 'Id of the committee goal')),
  activity: textSchema.meta(
    fieldText('Aktivitet i verksamhetsplanen', 'Activity of the business plan'),
  ),
  planGoals: z
    .array(idSchema)
    .default([])
    .meta(
      fieldText(
        'Id för objektplanmål som kopplas till nämndmålet',
        'Ids of the plan goals linked to the committee goal',
      ),
    ),
});

/**
 * One row of the goal linkage table.
 *
 * @example
 * ```ts
 * import type { GoalLink } from '@styrkit/pm3';
 * const link: GoalLink = { id: 'gl-1', committees: ['ÄN'], committeeGoal: 'x', activity: 'y', planGoals: [] };
 * ```
 */
export type GoalLink = z.infer<typeof goalLinkSchema>;

/**
 * A figure the plan's text states about a matrix ("cirka 12 årsarbeten" for VM), checked
 * against the matrix at the precision it is written with.
 *
 * @example
 * ```ts
 * import { statedFigureSchema } from '@styrkit/pm3';
 * statedFigureSchema.parse({ id: 'vm-fte', label: 'VM', matrix: 'fte', activityType: 'vm', value: 'ca 12' });
 * ```
 */
export const statedFigureSchema = z.object({
  id: idSchema.meta(fieldText('Uppgiftens id', 'Id of the figure')),
  label: textSchema.meta(
    fieldText('Uppgiften med dokumentets ord', "The figure in the document's words"),
  ),
  matrix: z
    .enum(['budget', 'fte'])
    .meta(
      fieldText(
        'Matrisen som uppgiften räknas ur: budget eller fte',
        'Matrix the figure is computed from: budget or fte',
      ),
    ),
  activity: idSchema
    .optional()
    .meta(fieldText('Begränsar till en huvudaktivitet (id)', 'Limits to one main activity (id)')),
  activityType: z
    .enum(['vm', 'vu'])
    .optional()
    .meta(fieldText('Begränsar till VM eller VU', 'Limits to VM or VU')),
  side: z
    .enum(['business', 'it'])
    .optional()
    .meta(
      fieldText(
        'Begränsar till verksamhetsnära (business) eller IT-nära (it)',
        'Limits to the business side or the IT side',
      ),
    ),
  value: statedAmountSchema.meta(
    fieldText(
      'Värdet som dokumentet anger, till exempel "22,7 mnkr"; kontrolleras',
      'The value the document states, for example "22,7 mnkr"; checked',
    ),
  ),
});

/**
 * A stated figure about a matrix.
 *
 * @example
 * ```ts
 * import type { StatedFigure } from '@styrkit/pm3';
 * const f: StatedFigure = { id: 'x', label: 'x', matrix: 'fte', value: { value: null, estimate: false } };
 * ```
 */
export type StatedFigure = z.infer<typeof statedFigureSchema>;

/**
 * A cost breakdown in the plan's prose: items that should add up to a stated total.
 *
 * @example
 * ```ts
 * import { costBreakdownSchema } from '@styrkit/pm3';
 * costBreakdownSchema.parse({ id: 'drift', title: 'Drift', unit: 'mnkr', statedTotal: '9', items: [{ label: 'A', amount: '4,5' }, { label: 'B', amount: 'ca 4,5' }] });
 * ```
 */
export const costBreakdownSchema = z.object({
  id: idSchema.meta(fieldText('Kostnadsspecifikationens id', 'Id of the cost breakdown')),
  title: textSchema.meta(fieldText('Rubrik', 'Title')),
  unit: z
    .enum(['kr', 'tkr', 'kkr', 'mnkr'])
    .meta(fieldText('Enhet: kr, tkr, kkr eller mnkr', 'Unit: kr, tkr, kkr or mnkr')),
  statedTotal: statedAmountSchema.meta(
    fieldText(
      'Angiven summa; kontrolleras mot posterna',
      'Stated total; checked against the items',
    ),
  ),
  items: z
    .array(
      z.object({
        label: textSchema.meta(fieldText('Postens benämning', 'Label of the item')),
        amount: statedAmountSchema.meta(
          fieldText(
            'Postens belopp; "ca" markerar en uppskattning',
            'Amount of the item; "ca" marks an estimate',
          ),
        ),
      }),
    )
    .meta(fieldText('Poster', 'Items')),
});

/**
 * A cost breakdown.
 *
 * @example
 * ```ts
 * import type { CostBreakdown } from '@styrkit/pm3';
 * const c: CostBreakdown = { id: 'x', title: 'x', unit: 'mnkr', statedTotal: { value: null, estimate: false }, items: [] };
 * ```
 */
export type CostBreakdown = z.infer<typeof costBreakdownSchema>;

/**
 * An initiative (nyutvecklingsprojekt): strategic, prioritised or desirable, with its cost in
 * kkr (omitted or "?" = unknown), effect classification and links to objektplan goals.
 *
 * @example
 * ```ts
 * import { initiativeSchema } from '@styrkit/pm3';
 * initiativeSchema.parse({ id: 'ipads', name: 'iPads', category: 'strategic', cost: 700, timeToEffect: 'Kort' });
 * ```
 */
export const initiativeSchema = z.object({
  id: idSchema.meta(fieldText('Insatsens id', 'Id of the initiative')),
  name: textSchema.meta(fieldText('Insatsens namn', 'Name of the initiative')),
  category: z
    .enum(['strategic', 'prioritised', 'desirable'])
    .meta(
      fieldText(
        'Kategori: strategic (strategisk), prioritised (prioriterad) eller desirable (önskvärd)',
        'Category: strategic, prioritised or desirable',
      ),
    ),
  cost: maybeExactSchema
    .optional()
    .meta(
      fieldText('Kostnad i kkr; "?" är okänd, aldrig 0', 'Cost in kkr; "?" is unknown, never 0'),
    ),
  effectTypes: z
    .array(textSchema)
    .default([])
    .meta(
      fieldText(
        'Effekttyper, till exempel Tidsbesparande',
        'Effect types, for example time-saving',
      ),
    ),
  perspectives: z
    .array(textSchema)
    .default([])
    .meta(fieldText('Perspektiv, till exempel Brukare', 'Perspectives, for example service users')),
  timeToEffect: textSchema
    .optional()
    .meta(
      fieldText('Tid till effekt: Kort, Medel eller Lång', 'Time to effect: short, medium or long'),
    ),
  effectScope: textSchema
    .optional()
    .meta(
      fieldText(
        'Effektens omfattning, ett ord eller ett intervall',
        'Scope of the effect, a word or a range',
      ),
    ),
  links: z
    .array(idSchema)
    .default([])
    .meta(
      fieldText('Id för mål som insatsen kopplas till', 'Ids of goals the initiative is linked to'),
    ),
  note: textSchema.optional().meta(fieldText('Anteckning', 'Note')),
});

/**
 * An initiative of a plan.
 *
 * @example
 * ```ts
 * import type { Initiative } from '@styrkit/pm3';
 * const i: Initiative = { id: 'x', name: 'X', category: 'desirable', effectTypes: [], perspectives: [], links: [] };
 * ```
 */
export type Initiative = z.infer<typeof initiativeSchema>;

/**
 * A pm3 role on a level (budgetnivå, beslutsnivå, operativ nivå) and a side.
 *
 * @example
 * ```ts
 * import { planRoleSchema } from '@styrkit/pm3';
 * planRoleSchema.parse({ level: 'budget', side: 'business', title: 'Objektägare', person: 'A. Person' });
 * ```
 */
export const planRoleSchema = z.object({
  level: z
    .enum(['budget', 'decision', 'operational'])
    .meta(
      fieldText(
        'Nivå: budget, decision (beslut) eller operational (operativ)',
        'Level: budget, decision or operational',
      ),
    ),
  side: z
    .enum(['business', 'it'])
    .meta(fieldText('Verksamhetssidan (business) eller IT-sidan (it)', 'Business side or IT side')),
  title: textSchema.meta(
    fieldText(
      'Rollens benämning, till exempel objektägare',
      'Title of the role, for example object owner',
    ),
  ),
  person: textSchema
    .optional()
    .meta(
      fieldText(
        'Vem som har rollen; saknas den är rollen obemannad',
        'Who holds the role; without it the role is unstaffed',
      ),
    ),
});

/**
 * Vocabularies for the initiative classifications; omitted lists fall back to the defaults
 * ({@link DEFAULT_VOCABULARIES}).
 *
 * @example
 * ```ts
 * import { vocabulariesSchema } from '@styrkit/pm3';
 * vocabulariesSchema.parse({ effectTypes: ['Tidsbesparande', 'Miljö'] });
 * ```
 */
export const vocabulariesSchema = z.object({
  effectTypes: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna effekttyper', 'Allowed effect types')),
  perspectives: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna perspektiv', 'Allowed perspectives')),
  timeToEffect: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna tider till effekt', 'Allowed times to effect')),
  effectScopes: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna omfattningar', 'Allowed effect scopes')),
});

/**
 * Default classification vocabularies, as seen in real objektplaner. Matching ignores case.
 *
 * @example
 * ```ts
 * import { DEFAULT_VOCABULARIES } from '@styrkit/pm3';
 * DEFAULT_VOCABULARIES.timeToEffect; // ['Kort', 'Medel', 'Lång']
 * ```
 */
export const DEFAULT_VOCABULARIES = {
  effectTypes: ['Tidsbesparande', 'Kvalitetshöjande', 'Kostnadsbesparande'],
  perspectives: ['Myndighet', 'Brukare', 'Klienter', 'Utförare', 'Medarbetare', 'Invånare'],
  timeToEffect: ['Kort', 'Medel', 'Lång'],
  effectScopes: ['Låg', 'Medel', 'Hög', 'Mycket hög'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The objektplan (older name: förvaltningsplan): the yearly plan of one förvaltningsobjekt.
 * Organisation and forums are referenced by the ids of governance documents; the role table
 * (level × side) is kept inline for the plan's own checks.
 *
 * @example
 * ```ts
 * import { objektplanSchema } from '@styrkit/pm3';
 * const plan = objektplanSchema.parse({
 *   id: 'p', objectId: 'o', title: 'Objektplan', year: 2021,
 *   version: { label: 'A', status: 'draft' },
 *   budget: { unit: 'kkr', rows: [{ activity: 'anvandarstod', businessVm: '2 000' }] },
 * });
 * plan.initiatives.length; // 0
 * ```
 */
export const objektplanSchema = z.object({
  id: idSchema.meta(fieldText('Planens id', 'Id of the plan')),
  objectId: idSchema.meta(fieldText('Id för förvaltningsobjektet', 'Id of the managed object')),
  title: textSchema.meta(fieldText('Planens rubrik', 'Title of the plan')),
  year: z.number().int().min(1900).max(2200).meta(fieldText('Verksamhetsår', 'Fiscal year')),
  validity: dateRangeSchema
    .optional()
    .meta(fieldText('Period som planen gäller', 'Period the plan covers')),
  version: planVersionSchema.meta(
    fieldText('Planens version och beslut', 'Version and decision of the plan'),
  ),
  organisationRef: idSchema
    .optional()
    .meta(
      fieldText(
        'Id för governance-dokumentet med organisationen',
        'Id of the governance document with the organisation',
      ),
    ),
  forumsRef: idSchema
    .optional()
    .meta(
      fieldText(
        'Id för governance-dokumentet med forumen',
        'Id of the governance document with the forums',
      ),
    ),
  mainActivities: z
    .array(mainActivitySchema)
    .optional()
    .meta(
      fieldText(
        'Huvudaktiviteter (matrisens rader); utelämnade ger de fyra standardaktiviteterna',
        'Main activities (the matrix rows); left out gives the four default activities',
      ),
    ),
  committeeGoals: z
    .array(committeeGoalSchema)
    .default([])
    .meta(fieldText('Nämndmål', 'Committee goals')),
  planGoals: z
    .array(planGoalSchema)
    .default([])
    .meta(fieldText('Objektplanens mål', 'Goals of the plan')),
  goalLinks: z
    .array(goalLinkSchema)
    .default([])
    .meta(
      fieldText(
        'Kopplingar nämnd → nämndmål → aktivitet → objektplanmål',
        'Links committee → committee goal → activity → plan goal',
      ),
    ),
  budget: matrixSchema.meta(fieldText('Budgetmatrisen i kkr', 'The budget matrix in kkr')),
  fte: matrixSchema
    .optional()
    .meta(fieldText('Resursmatrisen i årsarbeten', 'The resource matrix in full-time equivalents')),
  statedFigures: z
    .array(statedFigureSchema)
    .default([])
    .meta(
      fieldText(
        'Tal i texten som räknas om ur matriserna',
        'Figures in the text recomputed from the matrices',
      ),
    ),
  costBreakdowns: z
    .array(costBreakdownSchema)
    .default([])
    .meta(fieldText('Kostnadsspecifikationer', 'Cost breakdowns')),
  initiatives: z.array(initiativeSchema).default([]).meta(fieldText('Insatser', 'Initiatives')),
  roles: z.array(planRoleSchema).default([]).meta(fieldText('Roller', 'Roles')),
  vocabularies: vocabulariesSchema
    .optional()
    .meta(fieldText('Planens egna ordlistor', "The plan's own vocabularies")),
});

/**
 * An objektplan, as parsed.
 *
 * @example
 * ```ts
 * import { parseObjektplan, type Objektplan } from '@styrkit/pm3';
 * const r = parseObjektplan({});
 * const plan: Objektplan | undefined = r.ok ? r.value : undefined;
 * ```
 */
export type Objektplan = z.infer<typeof objektplanSchema>;

/**
 * A förvaltningsobjekt: a scope of business support made of business products and IT
 * components, owned by one or more committees.
 *
 * @example
 * ```ts
 * import { forvaltningsobjektSchema } from '@styrkit/pm3';
 * forvaltningsobjektSchema.parse({ id: 'vso', name: 'Vård, stöd och omsorg', municipality: 'Linköping', committees: ['SON'] });
 * ```
 */
export const forvaltningsobjektSchema = z.object({
  id: idSchema.meta(fieldText('Objektets id', 'Id of the object')),
  name: textSchema.meta(fieldText('Objektets namn', 'Name of the object')),
  shortName: textSchema.optional().meta(fieldText('Kortnamn', 'Short name')),
  municipality: textSchema.meta(fieldText('Kommun', 'Municipality')),
  committees: z
    .array(textSchema)
    .default([])
    .meta(fieldText('Nämnder som objektet tjänar', 'Committees the object serves')),
  validity: z
    .object({
      start: isoDateSchema.meta(fieldText('Första dag, ÅÅÅÅ-MM-DD', 'First day, YYYY-MM-DD')),
      end: isoDateSchema
        .optional()
        .meta(
          fieldText(
            'Sista dag, ÅÅÅÅ-MM-DD; utelämnad betyder tills vidare',
            'Last day, YYYY-MM-DD; left out means until further notice',
          ),
        ),
    })
    .optional()
    .meta(fieldText('Period som objektet gäller', 'Period the object is valid')),
  plans: z
    .array(idSchema)
    .default([])
    .meta(fieldText('Id för objektets objektplaner', "Ids of the object's plans")),
  components: z
    .array(
      z.object({
        id: idSchema.meta(fieldText('Komponentens id', 'Id of the component')),
        name: textSchema.meta(fieldText('Komponentens namn', 'Name of the component')),
        kind: z
          .enum(['business-product', 'it-component'])
          .meta(
            fieldText(
              'Slag: business-product (verksamhetsprodukt) eller it-component (IT-komponent)',
              'Kind: business-product or it-component',
            ),
          ),
        users: z
          .object({
            count: z.number().int().nonnegative().meta(fieldText('Antal', 'Count')),
            atLeast: z
              .boolean()
              .optional()
              .meta(
                fieldText('Sant när antalet är ett minimum', 'True when the count is a minimum'),
              ),
          })
          .optional()
          .meta(fieldText('Antal användare', 'Number of users')),
        operatedBy: textSchema
          .optional()
          .meta(fieldText('Vem som driftar komponenten', 'Who operates the component')),
      }),
    )
    .default([])
    .meta(
      fieldText('Verksamhetsprodukter och IT-komponenter', 'Business products and IT components'),
    ),
});

/**
 * A förvaltningsobjekt, as parsed.
 *
 * @example
 * ```ts
 * import type { Forvaltningsobjekt } from '@styrkit/pm3';
 * const o: Forvaltningsobjekt = { id: 'o', name: 'O', municipality: 'M', committees: [], plans: [], components: [] };
 * ```
 */
export type Forvaltningsobjekt = z.infer<typeof forvaltningsobjektSchema>;

/**
 * The amount columns of a follow-up row.
 *
 * @example
 * ```ts
 * import { FOLLOW_UP_COLUMNS } from '@styrkit/pm3';
 * FOLLOW_UP_COLUMNS.includes('deviation'); // true
 * ```
 */
export const FOLLOW_UP_COLUMNS = [
  'annualBudget',
  'annualForecast',
  'periodBudget',
  'periodOutcome',
  'deviation',
] as const;

/**
 * An amount column of a follow-up row.
 *
 * @example
 * ```ts
 * import type { FollowUpColumn } from '@styrkit/pm3';
 * const c: FollowUpColumn = 'periodOutcome';
 * ```
 */
export type FollowUpColumn = (typeof FOLLOW_UP_COLUMNS)[number];

const followUpRowSchema = z.object({
  id: idSchema.meta(fieldText('Radens id', 'Id of the row')),
  label: textSchema.meta(fieldText('Radens rubrik', 'Label of the row')),
  sumOf: z
    .array(idSchema)
    .optional()
    .meta(
      fieldText(
        'Id för rader som den här raden är summan av',
        'Ids of rows this row is the sum of',
      ),
    ),
  annualBudget: maybeExactSchema.optional().meta(fieldText('Årsbudget', 'Annual budget')),
  annualForecast: maybeExactSchema.optional().meta(fieldText('Årsprognos', 'Annual forecast')),
  periodBudget: maybeExactSchema
    .optional()
    .meta(fieldText('Periodens budget', 'Budget of the period')),
  periodOutcome: maybeExactSchema
    .optional()
    .meta(fieldText('Periodens utfall', 'Outcome of the period')),
  deviation: maybeExactSchema
    .optional()
    .meta(fieldText('Avvikelse som dokumentet anger', 'Deviation as the document states it')),
  shareOfAnnualBudget: maybeExactSchema
    .optional()
    .meta(fieldText('Andel av årsbudgeten i procent', 'Share of the annual budget, in percent')),
});

/**
 * One statement of a follow-up (a period result or a forecast) with its sign convention:
 * `income-positive` (income +, costs −, avvikelse = utfall − budget) or `income-negative`
 * (income −, costs +, avvikelse = budget − utfall). `basis` says what the deviation compares:
 * period outcome against period budget, or annual forecast against annual budget.
 *
 * @example
 * ```ts
 * import { followUpStatementSchema } from '@styrkit/pm3';
 * followUpStatementSchema.parse({ id: 's', title: 'S', convention: 'income-positive', basis: 'period', rows: [] });
 * ```
 */
export const followUpStatementSchema = z.object({
  id: idSchema.meta(fieldText('Sammanställningens id', 'Id of the statement')),
  title: textSchema.meta(fieldText('Rubrik', 'Title')),
  convention: z
    .enum(['income-positive', 'income-negative'])
    .meta(
      fieldText(
        'Teckenkonvention: income-positive (intäkter positiva) eller income-negative (intäkter negativa)',
        'Sign convention: income-positive or income-negative',
      ),
    ),
  basis: z
    .enum(['period', 'forecast'])
    .meta(
      fieldText(
        'Avvikelsen räknas mot period (periodbudget) eller forecast (prognos)',
        'Deviation computed against period (period budget) or forecast',
      ),
    ),
  rows: z.array(followUpRowSchema).meta(fieldText('Rader', 'Rows')),
});

/**
 * One statement of a follow-up.
 *
 * @example
 * ```ts
 * import type { FollowUpStatement } from '@styrkit/pm3';
 * const s: FollowUpStatement = { id: 's', title: 'S', convention: 'income-negative', basis: 'forecast', rows: [] };
 * ```
 */
export type FollowUpStatement = z.infer<typeof followUpStatementSchema>;

/**
 * A budgetuppföljning (financial follow-up): statements in one unit for the first `months`
 * months of `year`, plus figures shown rescaled elsewhere (tkr as mnkr), each with its
 * rounding. `roundingTolerance` is how far a total may be off, in the unit, before it is an
 * error rather than a rounding difference (default 0).
 *
 * @example
 * ```ts
 * import { budgetFollowUpSchema } from '@styrkit/pm3';
 * const f = budgetFollowUpSchema.parse({ id: 'f', title: 'F', organisation: 'N', year: 2023, months: 5, unit: 'tkr', statements: [] });
 * f.roundingTolerance.toString(); // '0'
 * ```
 */
export const budgetFollowUpSchema = z.object({
  id: idSchema.meta(fieldText('Uppföljningens id', 'Id of the follow-up')),
  title: textSchema.meta(fieldText('Rubrik', 'Title')),
  organisation: textSchema.meta(fieldText('Organisation', 'Organisation')),
  year: z.number().int().min(1900).max(2200).meta(fieldText('År', 'Year')),
  months: z
    .number()
    .int()
    .min(1)
    .max(12)
    .meta(fieldText('Antal månader som perioden omfattar, 1–12', 'Months the period covers, 1–12')),
  unit: z
    .enum(['kr', 'tkr', 'mnkr'])
    .meta(fieldText('Enhet: kr, tkr eller mnkr', 'Unit: kr, tkr or mnkr')),
  roundingTolerance: maybeExactSchema
    .optional()
    .transform((v) => v ?? Exact.ZERO)
    .meta(
      fieldText(
        'Tillåten avrundningsskillnad; 0 när den utelämnas',
        'Allowed rounding difference; 0 when left out',
      ),
    ),
  statements: z.array(followUpStatementSchema).meta(fieldText('Sammanställningar', 'Statements')),
  roundedFigures: z
    .array(
      z.object({
        id: idSchema.meta(fieldText('Talets id', 'Id of the figure')),
        label: textSchema.meta(
          fieldText('Talet med dokumentets ord', "The figure in the document's words"),
        ),
        statement: idSchema.meta(fieldText('Id för sammanställningen', 'Id of the statement')),
        row: idSchema.meta(fieldText('Id för raden', 'Id of the row')),
        column: z.enum(FOLLOW_UP_COLUMNS).meta(fieldText('Kolumnen', 'The column')),
        unit: z
          .enum(['kr', 'tkr', 'mnkr'])
          .meta(fieldText('Enheten som talet anges i', 'Unit the figure is stated in')),
        decimals: z
          .number()
          .int()
          .min(0)
          .max(6)
          .meta(
            fieldText('Antal decimaler i det avrundade talet', 'Decimals of the rounded figure'),
          ),
        mode: z
          .enum(['half-up', 'half-even', 'truncate', 'floor', 'ceil'])
          .optional()
          .meta(
            fieldText(
              'Avrundningssätt; utelämnat prövas half-up',
              'Rounding mode; left out means half-up',
            ),
          ),
        stated: statedAmountSchema.meta(
          fieldText('Talet som dokumentet anger', 'The figure as the document states it'),
        ),
      }),
    )
    .default([])
    .meta(
      fieldText(
        'Avrundade tal i texten som kontrolleras mot tabellerna',
        'Rounded figures in the text checked against the tables',
      ),
    ),
});

/**
 * A budget follow-up, as parsed.
 *
 * @example
 * ```ts
 * import type { BudgetFollowUp } from '@styrkit/pm3';
 * function months(f: BudgetFollowUp): number { return f.months; }
 * ```
 */
export type BudgetFollowUp = z.infer<typeof budgetFollowUpSchema>;
