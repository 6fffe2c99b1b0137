import {
  Exact,
  dateRangeSchema,
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
export const mainActivitySchema = z.object({ id: idSchema, title: localizedTextSchema });

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
  activity: idSchema,
  businessVm: matrixCellSchema,
  businessVu: matrixCellSchema,
  itVm: matrixCellSchema,
  itVu: matrixCellSchema,
  statedTotal: maybeExactSchema.optional(),
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
  businessVm: maybeExactSchema.optional(),
  businessVu: maybeExactSchema.optional(),
  itVm: maybeExactSchema.optional(),
  itVu: maybeExactSchema.optional(),
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
  unit: z.enum(['kkr', 'tkr', 'fte']),
  rows: z.array(matrixRowSchema),
  statedColumnTotals: statedColumnTotalsSchema.optional(),
  statedGrandTotal: maybeExactSchema.optional(),
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
  label: textSchema,
  status: z.enum(['draft', 'decided', 'revised']),
  decidedBy: textSchema.optional(),
  decidedOn: isoDateSchema.optional(),
  supersedes: idSchema.optional(),
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
export const committeeGoalSchema = z.object({ id: idSchema, title: textSchema });

/**
 * A goal or activity of the objektplan itself.
 *
 * @example
 * ```ts
 * import { planGoalSchema } from '@styrkit/pm3';
 * planGoalSchema.parse({ id: 'e-utbildning', title: 'E-utbildning som norm' });
 * ```
 */
export const planGoalSchema = z.object({ id: idSchema, title: textSchema });

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
  id: idSchema,
  committees: z.array(textSchema).min(1),
  committeeGoal: idSchema,
  activity: textSchema,
  planGoals: z.array(idSchema).default([]),
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
  id: idSchema,
  label: textSchema,
  matrix: z.enum(['budget', 'fte']),
  activity: idSchema.optional(),
  activityType: z.enum(['vm', 'vu']).optional(),
  side: z.enum(['business', 'it']).optional(),
  value: statedAmountSchema,
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
  id: idSchema,
  title: textSchema,
  unit: z.enum(['kr', 'tkr', 'kkr', 'mnkr']),
  statedTotal: statedAmountSchema,
  items: z.array(z.object({ label: textSchema, amount: statedAmountSchema })),
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
  id: idSchema,
  name: textSchema,
  category: z.enum(['strategic', 'prioritised', 'desirable']),
  cost: maybeExactSchema.optional(),
  effectTypes: z.array(textSchema).default([]),
  perspectives: z.array(textSchema).default([]),
  timeToEffect: textSchema.optional(),
  effectScope: textSchema.optional(),
  links: z.array(idSchema).default([]),
  note: textSchema.optional(),
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
 * import { roleSchema } from '@styrkit/pm3';
 * roleSchema.parse({ level: 'budget', side: 'business', title: 'Objektägare', person: 'A. Person' });
 * ```
 */
export const roleSchema = z.object({
  level: z.enum(['budget', 'decision', 'operational']),
  side: z.enum(['business', 'it']),
  title: textSchema,
  person: textSchema.optional(),
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
  effectTypes: z.array(textSchema).optional(),
  perspectives: z.array(textSchema).optional(),
  timeToEffect: z.array(textSchema).optional(),
  effectScopes: z.array(textSchema).optional(),
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
  id: idSchema,
  objectId: idSchema,
  title: textSchema,
  year: z.number().int().min(1900).max(2200),
  validity: dateRangeSchema.optional(),
  version: planVersionSchema,
  organisationRef: idSchema.optional(),
  forumsRef: idSchema.optional(),
  mainActivities: z.array(mainActivitySchema).optional(),
  committeeGoals: z.array(committeeGoalSchema).default([]),
  planGoals: z.array(planGoalSchema).default([]),
  goalLinks: z.array(goalLinkSchema).default([]),
  budget: matrixSchema,
  fte: matrixSchema.optional(),
  statedFigures: z.array(statedFigureSchema).default([]),
  costBreakdowns: z.array(costBreakdownSchema).default([]),
  initiatives: z.array(initiativeSchema).default([]),
  roles: z.array(roleSchema).default([]),
  vocabularies: vocabulariesSchema.optional(),
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
  id: idSchema,
  name: textSchema,
  shortName: textSchema.optional(),
  municipality: textSchema,
  committees: z.array(textSchema).default([]),
  validity: z.object({ start: isoDateSchema, end: isoDateSchema.optional() }).optional(),
  plans: z.array(idSchema).default([]),
  components: z
    .array(
      z.object({
        id: idSchema,
        name: textSchema,
        kind: z.enum(['business-product', 'it-component']),
        users: z
          .object({ count: z.number().int().nonnegative(), atLeast: z.boolean().optional() })
          .optional(),
        operatedBy: textSchema.optional(),
      }),
    )
    .default([]),
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
  id: idSchema,
  label: textSchema,
  sumOf: z.array(idSchema).optional(),
  annualBudget: maybeExactSchema.optional(),
  annualForecast: maybeExactSchema.optional(),
  periodBudget: maybeExactSchema.optional(),
  periodOutcome: maybeExactSchema.optional(),
  deviation: maybeExactSchema.optional(),
  shareOfAnnualBudget: maybeExactSchema.optional(),
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
  id: idSchema,
  title: textSchema,
  convention: z.enum(['income-positive', 'income-negative']),
  basis: z.enum(['period', 'forecast']),
  rows: z.array(followUpRowSchema),
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
  id: idSchema,
  title: textSchema,
  organisation: textSchema,
  year: z.number().int().min(1900).max(2200),
  months: z.number().int().min(1).max(12),
  unit: z.enum(['kr', 'tkr', 'mnkr']),
  roundingTolerance: maybeExactSchema.optional().transform((v) => v ?? Exact.ZERO),
  statements: z.array(followUpStatementSchema),
  roundedFigures: z
    .array(
      z.object({
        id: idSchema,
        label: textSchema,
        statement: idSchema,
        row: idSchema,
        column: z.enum(FOLLOW_UP_COLUMNS),
        unit: z.enum(['kr', 'tkr', 'mnkr']),
        decimals: z.number().int().min(0).max(6),
        mode: z.enum(['half-up', 'half-even', 'truncate', 'floor', 'ceil']).optional(),
        stated: statedAmountSchema,
      }),
    )
    .default([]),
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
