import { dateRangeSchema, exactSchema, isoDateSchema, maybeExactSchema } from '@styrkit/core';
import * as z from 'zod';

// The data format of @styrkit/effects. Types are z.infer of these schemas, so the format and
// the types never drift apart. Arrays default to empty so drafts can leave them out.

const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, ".", "_" or "-"');
const textSchema = z.string().trim().min(1);

/**
 * Level of a goal in the hierarchy, top down: vision, nämndmål (committee goal), objective
 * (delmål, a goal of a plan), effektmål (effect goal).
 *
 * @example
 * ```ts
 * import { goalLevelSchema } from '@styrkit/effects';
 * goalLevelSchema.parse('committee-goal');
 * ```
 */
export const goalLevelSchema = z.enum(['vision', 'committee-goal', 'objective', 'effect-goal']);

/**
 * Level of a goal in a level × horizon matrix (the Sala change theory): individ, projekt,
 * organisation.
 *
 * @example
 * ```ts
 * import { goalTierSchema } from '@styrkit/effects';
 * goalTierSchema.parse('organisation');
 * ```
 */
export const goalTierSchema = z.enum(['individual', 'project', 'organisation']);

/**
 * Time horizon of a goal: kort, medellång or lång sikt.
 *
 * @example
 * ```ts
 * import { horizonSchema } from '@styrkit/effects';
 * horizonSchema.parse('medium');
 * ```
 */
export const horizonSchema = z.enum(['short', 'medium', 'long']);

/**
 * Which way an indicator should move: `increase` (higher is better) or `decrease`.
 *
 * @example
 * ```ts
 * import { directionSchema } from '@styrkit/effects';
 * directionSchema.parse('decrease');
 * ```
 */
export const directionSchema = z.enum(['increase', 'decrease']);

/**
 * The intended change of a goal, known before its indicator: `increase`, `decrease`, or
 * `survey` (judged by a survey, enkät, with no numeric direction yet).
 *
 * @example
 * ```ts
 * import { goalDirectionSchema } from '@styrkit/effects';
 * goalDirectionSchema.parse('survey');
 * ```
 */
export const goalDirectionSchema = z.enum(['increase', 'decrease', 'survey']);

/**
 * Step of the benefits-realisation lifecycle (DIGG): identifiera, specificera, planera,
 * realisera, följa upp.
 *
 * @example
 * ```ts
 * import { lifecycleStageSchema } from '@styrkit/effects';
 * lifecycleStageSchema.parse('realise');
 * ```
 */
export const lifecycleStageSchema = z.enum(['identify', 'specify', 'plan', 'realise', 'follow-up']);

/**
 * A classification word or a range of two words, e.g. `Hög` or `{ from: Hög, to: Mycket hög }`.
 *
 * @example
 * ```ts
 * import { termSchema } from '@styrkit/effects';
 * termSchema.parse({ from: 'Hög', to: 'Mycket hög' });
 * ```
 */
export const termSchema = z.union([
  textSchema,
  z.strictObject({ from: textSchema, to: textSchema }),
]);

/**
 * Who owns a goal or a responsibility: a role, and whether it sits in the business
 * (verksamheten) or in the project.
 *
 * @example
 * ```ts
 * import { ownerSchema } from '@styrkit/effects';
 * ownerSchema.parse({ role: 'Avdelningschef', side: 'business' });
 * ```
 */
export const ownerSchema = z.strictObject({
  role: textSchema,
  side: z.enum(['business', 'project']),
  name: textSchema.optional(),
});

/**
 * How an effect goal is measured: name, unit, direction, data source, method and frequency.
 *
 * @example
 * ```ts
 * import { indicatorSchema } from '@styrkit/effects';
 * indicatorSchema.parse({ name: 'Handläggningstid', unit: 'dagar', direction: 'decrease' });
 * ```
 */
export const indicatorSchema = z.strictObject({
  name: textSchema,
  unit: textSchema,
  direction: directionSchema,
  source: textSchema.optional(),
  method: textSchema.optional(),
  frequency: textSchema.optional(),
});

/**
 * A value at a date: a baseline (utgångsvärde) or a milestone.
 *
 * @example
 * ```ts
 * import { datedValueSchema } from '@styrkit/effects';
 * datedValueSchema.parse({ value: '42', date: '2024-01-01' });
 * ```
 */
export const datedValueSchema = z.strictObject({ value: exactSchema, date: isoDateSchema });

/**
 * The target value (målvärde) and, when known, the date it should be reached.
 *
 * @example
 * ```ts
 * import { targetSchema } from '@styrkit/effects';
 * targetSchema.parse({ value: '30', date: '2025-12-31' });
 * ```
 */
export const targetSchema = z.strictObject({ value: exactSchema, date: isoDateSchema.optional() });

/**
 * A qualitative assessment for goals without numbers: met, partly met or not met, with text.
 *
 * @example
 * ```ts
 * import { assessmentSchema } from '@styrkit/effects';
 * assessmentSchema.parse({ date: '2023-04-30', result: 'met' });
 * ```
 */
export const assessmentSchema = z.strictObject({
  date: isoDateSchema,
  result: z.enum(['met', 'partly-met', 'not-met']),
  text: textSchema.optional(),
  assessedBy: textSchema.optional(),
});

/**
 * One measured value of a goal's indicator, with its date, unit, source and reporter.
 *
 * @example
 * ```ts
 * import { measurementSchema } from '@styrkit/effects';
 * measurementSchema.parse({ goalId: 'g1', date: '2024-06-30', value: '38', unit: 'dagar' });
 * ```
 */
export const measurementSchema = z.strictObject({
  goalId: idSchema,
  date: isoDateSchema,
  value: exactSchema,
  unit: textSchema,
  source: textSchema.optional(),
  reportedBy: textSchema.optional(),
});

/**
 * A goal at any level. Effect goals (effektmål) may carry owner, classifications, indicator,
 * baseline, target, milestones and assessments; every one of them is optional so that draft
 * goal lists are accepted and the audit reports what is missing.
 *
 * @example
 * ```ts
 * import { goalSchema } from '@styrkit/effects';
 * const g = goalSchema.parse({ id: 'g1', level: 'effect-goal', title: 'Kortare väntetid' });
 * g.parents; // []
 * ```
 */
export const goalSchema = z.strictObject({
  id: idSchema,
  level: goalLevelSchema,
  title: textSchema,
  description: textSchema.optional(),
  /** Ids of goals one step up the hierarchy. */
  parents: z.array(idSchema).default([]),
  /** Ids of initiatives or projects that contribute to this goal. */
  initiatives: z.array(idSchema).default([]),
  owner: ownerSchema.optional(),
  perspective: textSchema.optional(),
  category: textSchema.optional(),
  effectTypes: z.array(textSchema).default([]),
  effectScope: termSchema.optional(),
  timeToEffect: termSchema.optional(),
  polarity: z.enum(['benefit', 'disbenefit']).default('benefit'),
  tier: goalTierSchema.optional(),
  horizon: horizonSchema.optional(),
  stage: lifecycleStageSchema.optional(),
  period: dateRangeSchema.optional(),
  /** The intended change before an indicator is chosen: up, down, or judged by a survey. */
  direction: goalDirectionSchema.optional(),
  indicator: indicatorSchema.optional(),
  baseline: datedValueSchema.optional(),
  target: targetSchema.optional(),
  milestones: z.array(datedValueSchema).default([]),
  assessments: z.array(assessmentSchema).default([]),
});

/**
 * An initiative or project (from pm3 or any project register) with its effect classification:
 * cost (unknown allowed, never 0), effect types, perspectives, time to effect, effect scope,
 * and the goals it serves.
 *
 * @example
 * ```ts
 * import { initiativeSchema } from '@styrkit/effects';
 * const i = initiativeSchema.parse({ id: 'init-04', title: 'Matinköp', strategic: true, cost: '?' });
 * // '?' is an unknown cost, never 0:
 * i.cost; // null
 * ```
 */
export const initiativeSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  strategic: z.boolean().default(false),
  mandatory: z.boolean().default(false),
  cost: maybeExactSchema.optional(),
  costUnit: z.enum(['kr', 'tkr', 'mnkr']).default('tkr'),
  effectTypes: z.array(textSchema).default([]),
  perspectives: z.array(textSchema).default([]),
  timeToEffect: termSchema.optional(),
  effectScope: termSchema.optional(),
  /** Ids of goals (usually objectives) the initiative serves. */
  goals: z.array(idSchema).default([]),
});

/**
 * A node of the effect chain: an output, capability, effect or benefit (negative benefits are
 * disbenefits).
 *
 * @example
 * ```ts
 * import { chainNodeSchema } from '@styrkit/effects';
 * chainNodeSchema.parse({ id: 'cap-1', kind: 'capability', title: 'Digital signering' });
 * ```
 */
export const chainNodeSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['output', 'capability', 'effect', 'benefit', 'disbenefit']),
  title: textSchema,
});

/**
 * A link of the effect chain: `from` enables or contributes to `to`, with an optional
 * contribution weight in percent and the assumption behind it. Ends may be chain nodes,
 * goals or initiatives.
 *
 * @example
 * ```ts
 * import { chainEdgeSchema } from '@styrkit/effects';
 * chainEdgeSchema.parse({ from: 'init-01', to: 'cap-1', weight: '50' });
 * ```
 */
export const chainEdgeSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  weight: exactSchema.optional(),
  assumption: textSchema.optional(),
});

/**
 * The effect chain: output → capability → effect → benefit as a directed acyclic graph.
 *
 * @example
 * ```ts
 * import { effectChainSchema } from '@styrkit/effects';
 * effectChainSchema.parse({ nodes: [], edges: [] });
 * ```
 */
export const effectChainSchema = z.strictObject({
  nodes: z.array(chainNodeSchema).default([]),
  edges: z.array(chainEdgeSchema).default([]),
});

/**
 * One year of a benefits calculation: the year's costs and monetised benefits, both positive
 * amounts. With line items these are the year's stated sums (checked against the lines);
 * without, they are the figures. `net` is a stated benefit − cost, checked too.
 *
 * @example
 * ```ts
 * import { cashFlowYearSchema } from '@styrkit/effects';
 * cashFlowYearSchema.parse({ year: 2024, cost: '1000', benefit: '0' });
 * ```
 */
export const cashFlowYearSchema = z.strictObject({
  year: z.int().min(1900).max(2200),
  cost: maybeExactSchema.optional(),
  benefit: maybeExactSchema.optional(),
  net: maybeExactSchema.optional(),
});

/**
 * A line item of a cash flow under the cost or benefit heading: amounts per year (a year
 * left out has no amount; "?" is unknown, never 0) and the line's stated total.
 *
 * @example
 * ```ts
 * import { cashFlowLineSchema } from '@styrkit/effects';
 * cashFlowLineSchema.parse({ id: 'licens', heading: 'cost', title: 'Licenser', amounts: { '2024': '120', '2025': '120' }, total: '240' });
 * ```
 */
export const cashFlowLineSchema = z.strictObject({
  id: idSchema,
  heading: z.enum(['cost', 'benefit']),
  title: textSchema,
  category: textSchema.optional(),
  amounts: z.record(z.string().regex(/^\d{4}$/, 'a year: four digits'), maybeExactSchema),
  total: maybeExactSchema.optional(),
  source: textSchema.optional(),
});

/**
 * A payback claim: a year, `never` ("återbetalas aldrig") or `after-horizon` ("efter
 * kalkylperioden").
 *
 * @example
 * ```ts
 * import { paybackClaimSchema } from '@styrkit/effects';
 * paybackClaimSchema.parse('after-horizon');
 * ```
 */
export const paybackClaimSchema = z.union([
  z.int(),
  z.literal('never'),
  z.literal('after-horizon'),
]);

/**
 * A benefits calculation (nyttokalkyl): a yearly cash flow in one money unit, as year sums or as
 * line items under cost and benefit headings with stated sums per line, per year and in total;
 * the discount rate in percent when the document states one (no default: without it the
 * discounted figures are unknown); and the payback years the document claims.
 *
 * @example
 * ```ts
 * import { cashFlowSchema } from '@styrkit/effects';
 * cashFlowSchema.parse({ years: [{ year: 2024, cost: '100', benefit: '150' }] });
 * ```
 */
export const cashFlowSchema = z
  .strictObject({
    unit: z.enum(['kr', 'tkr', 'mnkr']).default('tkr'),
    discountRate: exactSchema.optional(),
    years: z.array(cashFlowYearSchema).default([]),
    lines: z.array(cashFlowLineSchema).default([]),
    totals: z
      .strictObject({
        cost: maybeExactSchema.optional(),
        benefit: maybeExactSchema.optional(),
        net: maybeExactSchema.optional(),
      })
      .optional(),
    claimedPaybackYear: paybackClaimSchema.optional(),
    claimedDiscountedPaybackYear: paybackClaimSchema.optional(),
  })
  .refine((f) => f.years.length > 0 || f.lines.length > 0, {
    message: 'A cash flow needs years or line items',
    params: {
      sv: 'Kassaflödet behöver år eller poster',
      en: 'The cash flow needs years or line items',
    },
  });

/**
 * One scenario of a benefits calculation (alternativ), e.g. "Egen drift" vs "Molntjänst".
 *
 * @example
 * ```ts
 * import { scenarioSchema } from '@styrkit/effects';
 * scenarioSchema.parse({ id: 'moln', title: 'Molntjänst', cashFlow: { years: [{ year: 2024, cost: '5', benefit: '0' }] } });
 * ```
 */
export const scenarioSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema.optional(),
  cashFlow: cashFlowSchema,
});

/**
 * Classification words a document uses instead of the defaults; a list given replaces the
 * default list, a list left out keeps it.
 *
 * @example
 * ```ts
 * import { vocabularySchema } from '@styrkit/effects';
 * vocabularySchema.parse({ categories: ['Ekonomi', 'Kvalitet', 'Arbetsmiljö'] });
 * ```
 */
export const vocabularySchema = z.strictObject({
  effectTypes: z.array(textSchema).optional(),
  effectScopes: z.array(textSchema).optional(),
  timesToEffect: z.array(textSchema).optional(),
  perspectives: z.array(textSchema).optional(),
  categories: z.array(textSchema).optional(),
});

/**
 * A role in the plan (e.g. formal project owner, effect owner) and its side.
 *
 * @example
 * ```ts
 * import { roleSchema } from '@styrkit/effects';
 * roleSchema.parse({ id: 'effect-owner', title: 'Effektägare', side: 'business' });
 * ```
 */
export const roleSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  side: z.enum(['business', 'project']),
});

/**
 * A responsibility with exactly one owning role.
 *
 * @example
 * ```ts
 * import { responsibilitySchema } from '@styrkit/effects';
 * responsibilitySchema.parse({ task: 'Effekthemtagning', owner: 'effect-owner' });
 * ```
 */
export const responsibilitySchema = z.strictObject({
  task: textSchema,
  owner: idSchema,
});

const goalDocumentShape = {
  title: textSchema,
  organisation: textSchema.optional(),
  /** The reporting date statuses are computed at (no clock inside the library). */
  asOf: isoDateSchema.optional(),
  period: dateRangeSchema.optional(),
  goals: z.array(goalSchema).default([]),
  vocabulary: vocabularySchema.optional(),
};

/**
 * Document kind `effects/goal-tree`: a goal hierarchy (vision → committee goals → objectives →
 * effect goals) without initiatives or money.
 *
 * @example
 * ```ts
 * import { goalTreeSchema } from '@styrkit/effects';
 * goalTreeSchema.parse({ title: 'Mål', goals: [{ id: 'v', level: 'vision', title: 'Vision' }] });
 * ```
 */
export const goalTreeSchema = z.strictObject(goalDocumentShape);

/**
 * Document kind `effects/effect-plan`: goals plus initiatives, the effect chain, roles and
 * responsibilities, a benefits calculation and measurements.
 *
 * @example
 * ```ts
 * import { effectPlanSchema } from '@styrkit/effects';
 * effectPlanSchema.parse({ title: 'Effektplan' }).initiatives; // []
 * ```
 */
export const effectPlanSchema = z.strictObject({
  ...goalDocumentShape,
  initiatives: z.array(initiativeSchema).default([]),
  roles: z.array(roleSchema).default([]),
  responsibilities: z.array(responsibilitySchema).default([]),
  chain: effectChainSchema.optional(),
  cashFlow: cashFlowSchema.optional(),
  /** Alternative cash flows compared side by side, and the one the plan chose. */
  scenarios: z.array(scenarioSchema).default([]),
  chosenScenario: idSchema.optional(),
  measurements: z.array(measurementSchema).default([]),
});

/**
 * Document kind `effects/measurements`: measured values reported for goals of another
 * document (named by `planId`).
 *
 * @example
 * ```ts
 * import { measurementsSchema } from '@styrkit/effects';
 * measurementsSchema.parse({ measurements: [] });
 * ```
 */
export const measurementsSchema = z.strictObject({
  title: textSchema.optional(),
  planId: textSchema.optional(),
  measurements: z.array(measurementSchema).default([]),
});

/**
 * A prioritisation criterion. `source: score` reads the item's score; `benefit-cost-ratio`
 * computes benefit ÷ cost from the item's amounts; `mandatory` is the item's legal flag (which
 * always ranks first); `dependency-order` is honoured by ordering, not scored. `weight` is used
 * by the weighted method; the ordered method compares criteria in list order.
 *
 * @example
 * ```ts
 * import { criterionSchema } from '@styrkit/effects';
 * criterionSchema.parse({ id: 'cost-benefit', title: 'Kostnad mot nytta', weight: '3' });
 * ```
 */
export const criterionSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  description: textSchema.optional(),
  weight: exactSchema.optional(),
  source: z.enum(['score', 'benefit-cost-ratio', 'mandatory', 'dependency-order']).default('score'),
});

/**
 * A portfolio follow-up dimension, e.g. complex vs simple, with its allowed values.
 *
 * @example
 * ```ts
 * import { dimensionSchema } from '@styrkit/effects';
 * dimensionSchema.parse({ id: 'complexity', title: 'Komplexitet', values: ['komplex', 'enkel'] });
 * ```
 */
export const dimensionSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  values: z.array(textSchema).default([]),
});

/**
 * An item of the backlog: a need, initiative or project with scores per criterion, a mandatory
 * (legal) flag, dependencies, optional cost and benefit, and optionally the rank a document
 * states for it.
 *
 * @example
 * ```ts
 * import { backlogItemSchema } from '@styrkit/effects';
 * backlogItemSchema.parse({ id: 'b1', title: 'E-arkiv', mandatory: true });
 * ```
 */
export const backlogItemSchema = z.strictObject({
  id: idSchema,
  title: textSchema,
  mandatory: z.boolean().default(false),
  scores: z.record(z.string(), exactSchema).default({}),
  dependsOn: z.array(idSchema).default([]),
  cost: maybeExactSchema.optional(),
  benefit: maybeExactSchema.optional(),
  owner: textSchema.optional(),
  due: textSchema.optional(),
  dimensions: z.record(z.string(), textSchema).default({}),
  statedRank: z.int().min(1).optional(),
});

/**
 * Document kind `effects/backlog`: a prioritisation model (criteria with weights, or in order
 * of importance), portfolio dimensions and the items to rank.
 *
 * @example
 * ```ts
 * import { backlogSchema } from '@styrkit/effects';
 * backlogSchema.parse({ title: 'Backlog', method: 'ordered', criteria: [], items: [] });
 * ```
 */
export const backlogSchema = z.strictObject({
  title: textSchema,
  organisation: textSchema.optional(),
  method: z.enum(['weighted', 'ordered']),
  criteria: z.array(criterionSchema).default([]),
  dimensions: z.array(dimensionSchema).default([]),
  items: z.array(backlogItemSchema).default([]),
});

/** A goal at any level. @example `const g: Goal = goalSchema.parse({ id: 'g', level: 'vision', title: 'V' });` */
export type Goal = z.infer<typeof goalSchema>;
/** Goal level. @example `const l: GoalLevel = 'objective';` */
export type GoalLevel = z.infer<typeof goalLevelSchema>;
/** Matrix tier. @example `const t: GoalTier = 'individual';` */
export type GoalTier = z.infer<typeof goalTierSchema>;
/** Time horizon. @example `const h: Horizon = 'long';` */
export type Horizon = z.infer<typeof horizonSchema>;
/** Indicator direction. @example `const d: Direction = 'increase';` */
export type Direction = z.infer<typeof directionSchema>;
/** Lifecycle stage. @example `const s: LifecycleStage = 'plan';` */
export type LifecycleStage = z.infer<typeof lifecycleStageSchema>;
/** Classification word or range. @example `const t: Term = { from: 'Hög', to: 'Mycket hög' };` */
export type Term = z.infer<typeof termSchema>;
/** Owner of a goal. @example `const o: Owner = { role: 'Enhetschef', side: 'business' };` */
export type Owner = z.infer<typeof ownerSchema>;
/** Indicator. @example `const i: Indicator = { name: 'Tid', unit: 'h', direction: 'decrease' };` */
export type Indicator = z.infer<typeof indicatorSchema>;
/** Value at a date. @example `const v: DatedValue = { value: exact(1), date: '2024-01-01' };` */
export type DatedValue = z.infer<typeof datedValueSchema>;
/** Target. @example `const t: Target = { value: exact(10) };` */
export type Target = z.infer<typeof targetSchema>;
/** Qualitative assessment. @example `const a: Assessment = { date: '2023-04-30', result: 'met' };` */
export type Assessment = z.infer<typeof assessmentSchema>;
/** Measurement. @example `const m: Measurement = measurementSchema.parse({ goalId: 'g', date: '2024-01-01', value: 1, unit: 'h' });` */
export type Measurement = z.infer<typeof measurementSchema>;
/** Initiative. @example `const i: Initiative = initiativeSchema.parse({ id: 'i', title: 'T' });` */
export type Initiative = z.infer<typeof initiativeSchema>;
/** Effect-chain node. @example `const n: ChainNode = { id: 'n', kind: 'effect', title: 'E' };` */
export type ChainNode = z.infer<typeof chainNodeSchema>;
/** Effect-chain edge. @example `const e: ChainEdge = { from: 'a', to: 'b' };` */
export type ChainEdge = z.infer<typeof chainEdgeSchema>;
/** Effect chain. @example `const c: EffectChain = { nodes: [], edges: [] };` */
export type EffectChain = z.infer<typeof effectChainSchema>;
/** Cash-flow year. @example `const y: CashFlowYear = { year: 2024, cost: exact(1), benefit: exact(0) };` */
export type CashFlowYear = z.infer<typeof cashFlowYearSchema>;
/** Cash-flow line item. @example `const l: CashFlowLine = cashFlowLineSchema.parse({ id: 'l', heading: 'cost', title: 'L', amounts: {} });` */
export type CashFlowLine = z.infer<typeof cashFlowLineSchema>;
/** Payback claim. @example `const c: PaybackClaim = 'never';` */
export type PaybackClaim = z.infer<typeof paybackClaimSchema>;
/** Scenario. @example `const s: Scenario = scenarioSchema.parse({ id: 's', title: 'S', cashFlow: { years: [{ year: 2024 }] } });` */
export type Scenario = z.infer<typeof scenarioSchema>;
/** Vocabulary of a document. @example `const v: DocumentVocabulary = { categories: ['Ekonomi'] };` */
export type DocumentVocabulary = z.infer<typeof vocabularySchema>;
/** A goal's intended change. @example `const d: GoalDirection = 'survey';` */
export type GoalDirection = z.infer<typeof goalDirectionSchema>;
/** Benefits calculation. @example `const c: CashFlow = cashFlowSchema.parse({ years: [{ year: 2024, cost: 1, benefit: 2 }] });` */
export type CashFlow = z.infer<typeof cashFlowSchema>;
/** Role. @example `const r: Role = { id: 'r', title: 'Effektägare', side: 'business' };` */
export type Role = z.infer<typeof roleSchema>;
/** Responsibility. @example `const r: Responsibility = { task: 'Budget', owner: 'r' };` */
export type Responsibility = z.infer<typeof responsibilitySchema>;
/** Goal-tree document. @example `const t: GoalTree = goalTreeSchema.parse({ title: 'T' });` */
export type GoalTree = z.infer<typeof goalTreeSchema>;
/** Effect-plan document. @example `const p: EffectPlan = effectPlanSchema.parse({ title: 'P' });` */
export type EffectPlan = z.infer<typeof effectPlanSchema>;
/** Measurements document. @example `const m: Measurements = measurementsSchema.parse({});` */
export type Measurements = z.infer<typeof measurementsSchema>;
/** Criterion. @example `const c: Criterion = criterionSchema.parse({ id: 'c', title: 'C' });` */
export type Criterion = z.infer<typeof criterionSchema>;
/** Portfolio dimension. @example `const d: Dimension = { id: 'd', title: 'D', values: [] };` */
export type Dimension = z.infer<typeof dimensionSchema>;
/** Backlog item. @example `const b: BacklogItem = backlogItemSchema.parse({ id: 'b', title: 'B' });` */
export type BacklogItem = z.infer<typeof backlogItemSchema>;
/** Backlog document. @example `const b: Backlog = backlogSchema.parse({ title: 'B', method: 'ordered' });` */
export type Backlog = z.infer<typeof backlogSchema>;
