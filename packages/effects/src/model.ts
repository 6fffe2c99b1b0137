import {
  dateRangeSchema,
  exactSchema,
  fieldText,
  isoDateSchema,
  maybeExactSchema,
  type Exact,
} from '@styrkit/core';
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
 * import { effectTermSchema } from '@styrkit/effects';
 * effectTermSchema.parse({ from: 'Hög', to: 'Mycket hög' });
 * ```
 */
export const effectTermSchema = z.union([
  textSchema,
  z.strictObject({
    from: textSchema.meta(
      fieldText(
        'Intervallets början, till exempel "1 år"',
        'Start of the range, for example "1 year"',
      ),
    ),
    to: textSchema.meta(fieldText('Intervallets slut', 'End of the range')),
  }),
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
  role: textSchema.meta(
    fieldText(
      'Ägarens roll, till exempel effektägare',
      'Role of the owner, for example effect owner',
    ),
  ),
  side: z
    .enum(['business', 'project'])
    .meta(
      fieldText(
        'Verksamhetssidan (business) eller projektsidan (project)',
        'Business side or project side',
      ),
    ),
  name: textSchema.optional().meta(fieldText('Ägarens namn', 'Name of the owner')),
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
  name: textSchema.meta(fieldText('Indikatorns namn', 'Name of the indicator')),
  unit: textSchema.meta(fieldText('Enhet som värdena mäts i', 'Unit the values are measured in')),
  direction: directionSchema.meta(
    fieldText(
      'Riktning: increase (högre är bättre) eller decrease (lägre är bättre)',
      'Direction: increase (higher is better) or decrease (lower is better)',
    ),
  ),
  source: textSchema
    .optional()
    .meta(fieldText('Var mätvärdena kommer ifrån', 'Where the measured values come from')),
  method: textSchema
    .optional()
    .meta(fieldText('Hur indikatorn mäts', 'How the indicator is measured')),
  frequency: textSchema.optional().meta(fieldText('Hur ofta den mäts', 'How often it is measured')),
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
export const datedValueSchema = z.strictObject({
  value: exactSchema.meta(fieldText('Värdet, exakt', 'The value, exact')),
  date: isoDateSchema.meta(
    fieldText('Datum för värdet, ÅÅÅÅ-MM-DD', 'Date of the value, YYYY-MM-DD'),
  ),
});

/**
 * The target value (målvärde) and, when known, the date it should be reached.
 *
 * @example
 * ```ts
 * import { targetSchema } from '@styrkit/effects';
 * targetSchema.parse({ value: '30', date: '2025-12-31' });
 * ```
 */
export const targetSchema = z.strictObject({
  value: exactSchema.meta(fieldText('Målvärdet, exakt', 'The target value, exact')),
  date: isoDateSchema
    .optional()
    .meta(
      fieldText(
        'När målet ska vara nått, ÅÅÅÅ-MM-DD',
        'When the target is to be reached, YYYY-MM-DD',
      ),
    ),
});

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
  date: isoDateSchema.meta(
    fieldText('Datum för bedömningen, ÅÅÅÅ-MM-DD', 'Date of the assessment, YYYY-MM-DD'),
  ),
  result: z
    .enum(['met', 'partly-met', 'not-met'])
    .meta(
      fieldText(
        'Resultat: met (uppnått), partly-met (delvis) eller not-met (inte uppnått)',
        'Result: met, partly-met or not-met',
      ),
    ),
  text: textSchema.optional().meta(fieldText('Bedömningen i ord', 'The assessment in words')),
  assessedBy: textSchema.optional().meta(fieldText('Vem som bedömde', 'Who assessed')),
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
  goalId: idSchema.meta(
    fieldText('Id för målet som mätningen gäller', 'Id of the goal the measurement is for'),
  ),
  date: isoDateSchema.meta(
    fieldText('Mätdatum, ÅÅÅÅ-MM-DD', 'Date of the measurement, YYYY-MM-DD'),
  ),
  value: exactSchema.meta(fieldText('Mätt värde, exakt', 'Measured value, exact')),
  unit: textSchema.meta(
    fieldText('Enhet; ska vara indikatorns enhet', "Unit; must be the indicator's unit"),
  ),
  source: textSchema.optional().meta(fieldText('Källa för mätningen', 'Source of the measurement')),
  reportedBy: textSchema.optional().meta(fieldText('Vem som rapporterade', 'Who reported it')),
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
  id: idSchema.meta(
    fieldText('Målets id, unikt i dokumentet', 'Id of the goal, unique in the document'),
  ),
  level: goalLevelSchema.meta(
    fieldText(
      'Nivå: vision, committee-goal (nämndmål), objective (mål) eller effect-goal (effektmål)',
      'Level: vision, committee-goal, objective or effect-goal',
    ),
  ),
  title: textSchema.meta(fieldText('Målets rubrik', 'Title of the goal')),
  description: textSchema.optional().meta(fieldText('Beskrivning', 'Description')),
  /** Ids of goals one step up the hierarchy. */
  parents: z
    .array(idSchema)
    .default([])
    .meta(
      fieldText('Id för mål ett steg upp i hierarkin', 'Ids of goals one step up the hierarchy'),
    ),
  /** Ids of initiatives or projects that contribute to this goal. */
  initiatives: z
    .array(idSchema)
    .default([])
    .meta(
      fieldText(
        'Id för insatser eller projekt som bidrar till målet',
        'Ids of initiatives or projects that contribute to the goal',
      ),
    ),
  owner: ownerSchema.optional().meta(fieldText('Effektägare', 'Effect owner')),
  perspective: textSchema
    .optional()
    .meta(
      fieldText(
        'Perspektiv, till exempel medborgare eller verksamhet',
        'Perspective, for example citizen or organisation',
      ),
    ),
  category: textSchema
    .optional()
    .meta(fieldText('Kategori ur dokumentets ordlista', "Category from the document's vocabulary")),
  effectTypes: z
    .array(textSchema)
    .default([])
    .meta(
      fieldText(
        'Effekttyper, till exempel kvalitet eller tid',
        'Effect types, for example quality or time',
      ),
    ),
  effectScope: effectTermSchema
    .optional()
    .meta(
      fieldText(
        'Effektens omfattning, ett ord eller ett intervall',
        'Scope of the effect, a word or a range',
      ),
    ),
  timeToEffect: effectTermSchema
    .optional()
    .meta(
      fieldText(
        'Tid till effekt, ett ord eller ett intervall',
        'Time to effect, a word or a range',
      ),
    ),
  polarity: z
    .enum(['benefit', 'disbenefit'])
    .default('benefit')
    .meta(fieldText('Nytta (benefit) eller negativ effekt (disbenefit)', 'Benefit or disbenefit')),
  tier: goalTierSchema
    .optional()
    .meta(fieldText('Individ, projekt eller organisation', 'Individual, project or organisation')),
  horizon: horizonSchema
    .optional()
    .meta(
      fieldText(
        'Tidshorisont: short (kort), medium (medellång) eller long (lång sikt)',
        'Horizon: short, medium or long term',
      ),
    ),
  stage: lifecycleStageSchema
    .optional()
    .meta(fieldText('Skede i nyttorealiseringen', 'Stage of benefits realisation')),
  period: dateRangeSchema
    .optional()
    .meta(fieldText('Period som målet gäller', 'Period the goal covers')),
  /** The intended change before an indicator is chosen: up, down, or judged by a survey. */
  direction: goalDirectionSchema
    .optional()
    .meta(
      fieldText(
        'Avsedd förändring innan en indikator är vald: increase, decrease eller survey (bedöms med enkät)',
        'Intended change before an indicator is chosen: increase, decrease or survey',
      ),
    ),
  indicator: indicatorSchema
    .optional()
    .meta(fieldText('Indikatorn som målet mäts med', 'The indicator the goal is measured by')),
  baseline: datedValueSchema
    .optional()
    .meta(fieldText('Utgångsvärde med datum', 'Baseline with its date')),
  target: targetSchema
    .optional()
    .meta(fieldText('Målvärde med datum', 'Target value with its date')),
  milestones: z
    .array(datedValueSchema)
    .default([])
    .meta(
      fieldText(
        'Delmål på vägen från utgångsvärde till mål',
        'Milestones on the way from baseline to target',
      ),
    ),
  assessments: z
    .array(assessmentSchema)
    .default([])
    .meta(fieldText('Kvalitativa bedömningar', 'Qualitative assessments')),
});

/**
 * An initiative or project (from pm3 or any project register) with its effect classification:
 * cost (unknown allowed, never 0), effect types, perspectives, time to effect, effect scope,
 * and the goals it serves.
 *
 * @example
 * ```ts
 * import { effectInitiativeSchema } from '@styrkit/effects';
 * const i = effectInitiativeSchema.parse({ id: 'init-04', title: 'Matinköp', strategic: true, cost: '?' });
 * // '?' is an unknown cost, never 0:
 * i.cost; // null
 * ```
 */
export const effectInitiativeSchema = z.strictObject({
  id: idSchema.meta(
    fieldText(
      'Insatsens id (samma id som i objektplanen)',
      'Id of the initiative (the same id as in the objektplan)',
    ),
  ),
  title: textSchema.meta(fieldText('Insatsens rubrik', 'Title of the initiative')),
  strategic: z
    .boolean()
    .default(false)
    .meta(fieldText('Sant för en strategisk insats', 'True for a strategic initiative')),
  mandatory: z
    .boolean()
    .default(false)
    .meta(
      fieldText(
        'Sant när insatsen är tvingande (lag eller beslut)',
        'True when the initiative is mandatory (law or decision)',
      ),
    ),
  cost: maybeExactSchema
    .optional()
    .meta(fieldText('Kostnad; "?" är okänd, aldrig 0', 'Cost; "?" is unknown, never 0')),
  costUnit: z
    .enum(['kr', 'tkr', 'mnkr'])
    .default('tkr')
    .meta(
      fieldText('Enhet för kostnaden: kr, tkr eller mnkr', 'Unit of the cost: kr, tkr or mnkr'),
    ),
  effectTypes: z.array(textSchema).default([]).meta(fieldText('Effekttyper', 'Effect types')),
  perspectives: z.array(textSchema).default([]).meta(fieldText('Perspektiv', 'Perspectives')),
  timeToEffect: effectTermSchema.optional().meta(fieldText('Tid till effekt', 'Time to effect')),
  effectScope: effectTermSchema
    .optional()
    .meta(fieldText('Effektens omfattning', 'Scope of the effect')),
  /** Ids of goals (usually objectives) the initiative serves. */
  goals: z
    .array(idSchema)
    .default([])
    .meta(fieldText('Id för mål som insatsen tjänar', 'Ids of goals the initiative serves')),
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
  id: idSchema.meta(fieldText('Nodens id', 'Id of the node')),
  kind: z
    .enum(['output', 'capability', 'effect', 'benefit', 'disbenefit'])
    .meta(
      fieldText(
        'Slag: output (leverans), capability (förmåga), effect, benefit (nytta) eller disbenefit',
        'Kind: output, capability, effect, benefit or disbenefit',
      ),
    ),
  title: textSchema.meta(fieldText('Nodens rubrik', 'Title of the node')),
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
  from: idSchema.meta(fieldText('Id för noden som bidrar', 'Id of the contributing node')),
  to: idSchema.meta(fieldText('Id för noden som det bidras till', 'Id of the node contributed to')),
  weight: exactSchema.optional().meta(fieldText('Bidragets vikt', 'Weight of the contribution')),
  assumption: textSchema
    .optional()
    .meta(fieldText('Antagande bakom sambandet', 'Assumption behind the link')),
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
  nodes: z
    .array(chainNodeSchema)
    .default([])
    .meta(fieldText('Noder i effektkedjan', 'Nodes of the effect chain')),
  edges: z
    .array(chainEdgeSchema)
    .default([])
    .meta(fieldText('Samband mellan noderna', 'Links between the nodes')),
});

/** The years a benefits calculation may cover, as for {@link cashFlowYearSchema}'s `year`. */
const FIRST_CASH_FLOW_YEAR = 1900;
const LAST_CASH_FLOW_YEAR = 2200;

/**
 * A line's years in the same range as a cash-flow year. Four digits alone allowed 0000–9999:
 * 10 000 years of a line made the discounting multiply a power of the rate 10 000 times (its
 * digits growing every year), 13 s of processor time for the check and 26 s for the tables.
 */
function amountYearsInRange(amounts: Record<string, unknown>, ctx: z.RefinementCtx): void {
  // The first year outside only: 10 000 findings for one line would cost more than the line.
  const key = Object.keys(amounts).find((k) => {
    const year = Number(k);
    return year < FIRST_CASH_FLOW_YEAR || year > LAST_CASH_FLOW_YEAR;
  });
  if (key !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [key],
      input: key,
      message: `The year ${key} is outside ${String(FIRST_CASH_FLOW_YEAR)}–${String(LAST_CASH_FLOW_YEAR)}`,
      params: {
        sv: `Året ${key} ligger utanför ${String(FIRST_CASH_FLOW_YEAR)}–${String(LAST_CASH_FLOW_YEAR)}`,
        en: `The year ${key} is outside ${String(FIRST_CASH_FLOW_YEAR)}–${String(LAST_CASH_FLOW_YEAR)}`,
        expected: `${String(FIRST_CASH_FLOW_YEAR)}–${String(LAST_CASH_FLOW_YEAR)}`,
      },
    });
  }
}

/** The most decimals a discount rate may carry. */
const MAX_RATE_DECIMALS = 6;

/**
 * A discount rate is a percent 0–100 with at most 6 decimals. The discounting multiplies a
 * power of 1 + rate once a year, its digits growing by the rate's each year: a rate of 30 000
 * digits took the check 37 s and the tables 78 s of processor time, and −100 % made the
 * factor 0 and the check throw on a division by zero.
 */
function discountRateInRange(rate: Exact, ctx: z.RefinementCtx): void {
  if (!rate.isNegative() && rate.lte(100) && rate.decimalPlaces() <= MAX_RATE_DECIMALS) return;
  const expected = `0–100, <= ${String(MAX_RATE_DECIMALS)} decimals`;
  ctx.addIssue({
    code: 'custom',
    input: rate.toString(),
    message: `A discount rate is a percent ${expected}`,
    params: {
      sv: `Kalkylräntan ska vara en procentsats 0–100 med högst ${String(MAX_RATE_DECIMALS)} decimaler`,
      en: `The discount rate must be a percent 0–100 with at most ${String(MAX_RATE_DECIMALS)} decimals`,
      expected,
    },
  });
}

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
  year: z.int().min(FIRST_CASH_FLOW_YEAR).max(LAST_CASH_FLOW_YEAR).meta(fieldText('År', 'Year')),
  cost: maybeExactSchema
    .optional()
    .meta(
      fieldText('Kostnad året, i kassaflödets enhet', "Cost of the year, in the cash flow's unit"),
    ),
  benefit: maybeExactSchema
    .optional()
    .meta(
      fieldText('Nytta året, i kassaflödets enhet', "Benefit of the year, in the cash flow's unit"),
    ),
  net: maybeExactSchema
    .optional()
    .meta(
      fieldText(
        'Angivet netto året; kontrolleras mot nytta − kostnad',
        'Stated net of the year; checked against benefit − cost',
      ),
    ),
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
  id: idSchema.meta(fieldText('Postens id', 'Id of the line item')),
  heading: z
    .enum(['cost', 'benefit'])
    .meta(fieldText('Rubrik: cost (kostnad) eller benefit (nytta)', 'Heading: cost or benefit')),
  title: textSchema.meta(fieldText('Postens benämning', 'Label of the line item')),
  category: textSchema.optional().meta(fieldText('Kategori', 'Category')),
  amounts: z
    .record(z.string().regex(/^\d{4}$/, 'a year: four digits'), maybeExactSchema)
    .superRefine(amountYearsInRange)
    .meta(fieldText('Belopp per år (fyra siffror)', 'Amount by year (four digits)')),
  total: maybeExactSchema
    .optional()
    .meta(fieldText('Angiven summa för posten; kontrolleras', 'Stated total of the line; checked')),
  source: textSchema.optional().meta(fieldText('Källa', 'Source')),
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
    unit: z
      .enum(['kr', 'tkr', 'mnkr'])
      .default('tkr')
      .meta(
        fieldText('Enhet för beloppen: kr, tkr eller mnkr', 'Unit of the amounts: kr, tkr or mnkr'),
      ),
    discountRate: exactSchema
      .superRefine(discountRateInRange)
      .optional()
      .meta(
        fieldText(
          'Kalkylränta i procent; utan den är diskonterade tal okända',
          'Discount rate in percent; without it discounted figures are unknown',
        ),
      ),
    years: z
      .array(cashFlowYearSchema)
      .default([])
      .meta(fieldText('Kostnad och nytta per år', 'Cost and benefit by year')),
    lines: z
      .array(cashFlowLineSchema)
      .default([])
      .meta(
        fieldText(
          'Poster under rubrikerna kostnad och nytta',
          'Line items under the cost and benefit headings',
        ),
      ),
    totals: z
      .strictObject({
        cost: maybeExactSchema
          .optional()
          .meta(fieldText('Angiven total kostnad', 'Stated total cost')),
        benefit: maybeExactSchema
          .optional()
          .meta(fieldText('Angiven total nytta', 'Stated total benefit')),
        net: maybeExactSchema
          .optional()
          .meta(fieldText('Angivet totalt netto', 'Stated total net')),
      })
      .optional()
      .meta(
        fieldText(
          'Angivna summor för hela perioden; kontrolleras',
          'Stated totals for the whole period; checked',
        ),
      ),
    claimedPaybackYear: paybackClaimSchema
      .optional()
      .meta(
        fieldText(
          'Angivet återbetalningsår, "never" eller "after-horizon"; kontrolleras',
          'Stated payback year, "never" or "after-horizon"; checked',
        ),
      ),
    claimedDiscountedPaybackYear: paybackClaimSchema
      .optional()
      .meta(
        fieldText(
          'Angivet diskonterat återbetalningsår; kontrolleras',
          'Stated discounted payback year; checked',
        ),
      ),
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
  id: idSchema.meta(fieldText('Scenariots id', 'Id of the scenario')),
  title: textSchema.meta(fieldText('Scenariots rubrik', 'Title of the scenario')),
  description: textSchema.optional().meta(fieldText('Beskrivning', 'Description')),
  cashFlow: cashFlowSchema.meta(fieldText('Scenariots kassaflöde', 'Cash flow of the scenario')),
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
  effectTypes: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna effekttyper', 'Allowed effect types')),
  effectScopes: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna omfattningar', 'Allowed effect scopes')),
  timesToEffect: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna tider till effekt', 'Allowed times to effect')),
  perspectives: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna perspektiv', 'Allowed perspectives')),
  categories: z
    .array(textSchema)
    .optional()
    .meta(fieldText('Tillåtna kategorier', 'Allowed categories')),
});

/**
 * A role in the plan (e.g. formal project owner, effect owner) and its side.
 *
 * @example
 * ```ts
 * import { effectRoleSchema } from '@styrkit/effects';
 * effectRoleSchema.parse({ id: 'effect-owner', title: 'Effektägare', side: 'business' });
 * ```
 */
export const effectRoleSchema = z.strictObject({
  id: idSchema.meta(fieldText('Rollens id', 'Id of the role')),
  title: textSchema.meta(fieldText('Rollens benämning', 'Title of the role')),
  side: z
    .enum(['business', 'project'])
    .meta(
      fieldText(
        'Verksamhetssidan (business) eller projektsidan (project)',
        'Business side or project side',
      ),
    ),
});

/**
 * A responsibility with exactly one owning role.
 *
 * @example
 * ```ts
 * import { effectResponsibilitySchema } from '@styrkit/effects';
 * effectResponsibilitySchema.parse({ task: 'Effekthemtagning', owner: 'effect-owner' });
 * ```
 */
export const effectResponsibilitySchema = z.strictObject({
  task: textSchema.meta(fieldText('Uppgiften', 'The task')),
  owner: idSchema.meta(
    fieldText('Id för rollen som äger uppgiften', 'Id of the role that owns the task'),
  ),
});

const goalDocumentShape = {
  title: textSchema.meta(fieldText('Dokumentets rubrik', 'Title of the document')),
  organisation: textSchema.optional().meta(fieldText('Organisation', 'Organisation')),
  /** The reporting date statuses are computed at (no clock inside the library). */
  asOf: isoDateSchema
    .optional()
    .meta(
      fieldText(
        'Rapportdag som status räknas på, ÅÅÅÅ-MM-DD',
        'Reporting date statuses are computed at, YYYY-MM-DD',
      ),
    ),
  period: dateRangeSchema
    .optional()
    .meta(fieldText('Period som dokumentet gäller', 'Period the document covers')),
  goals: z.array(goalSchema).default([]).meta(fieldText('Målen', 'The goals')),
  vocabulary: vocabularySchema
    .optional()
    .meta(
      fieldText(
        'Dokumentets egna ordlistor för kategorier och effekttyper',
        "The document's own vocabularies for categories and effect types",
      ),
    ),
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
  initiatives: z
    .array(effectInitiativeSchema)
    .default([])
    .meta(fieldText('Insatser', 'Initiatives')),
  roles: z.array(effectRoleSchema).default([]).meta(fieldText('Roller', 'Roles')),
  responsibilities: z
    .array(effectResponsibilitySchema)
    .default([])
    .meta(fieldText('Ansvar per uppgift', 'Responsibility by task')),
  chain: effectChainSchema
    .optional()
    .meta(fieldText('Effektkedja från leverans till nytta', 'Effect chain from output to benefit')),
  cashFlow: cashFlowSchema
    .optional()
    .meta(fieldText('Nyttokalkylens kassaflöde', 'Cash flow of the benefits case')),
  /** Alternative cash flows compared side by side, and the one the plan chose. */
  scenarios: z
    .array(scenarioSchema)
    .default([])
    .meta(
      fieldText(
        'Alternativa kassaflöden som jämförs',
        'Alternative cash flows compared side by side',
      ),
    ),
  chosenScenario: idSchema
    .optional()
    .meta(fieldText('Id för det valda scenariot', 'Id of the chosen scenario')),
  measurements: z.array(measurementSchema).default([]).meta(fieldText('Mätningar', 'Measurements')),
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
  title: textSchema.optional().meta(fieldText('Rubrik', 'Title')),
  planId: textSchema
    .optional()
    .meta(
      fieldText(
        'Id för effektplanen som mätningarna hör till',
        'Id of the effect plan the measurements belong to',
      ),
    ),
  measurements: z.array(measurementSchema).default([]).meta(fieldText('Mätningar', 'Measurements')),
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
  id: idSchema.meta(fieldText('Kriteriets id', 'Id of the criterion')),
  title: textSchema.meta(fieldText('Kriteriets rubrik', 'Title of the criterion')),
  description: textSchema.optional().meta(fieldText('Beskrivning', 'Description')),
  weight: exactSchema
    .optional()
    .meta(fieldText('Vikt vid viktad prioritering', 'Weight in a weighted ranking')),
  source: z
    .enum(['score', 'benefit-cost-ratio', 'mandatory', 'dependency-order'])
    .default('score')
    .meta(
      fieldText(
        'Vad kriteriet läser: score (poäng), benefit-cost-ratio, mandatory eller dependency-order',
        'What the criterion reads: score, benefit-cost-ratio, mandatory or dependency-order',
      ),
    ),
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
  id: idSchema.meta(fieldText('Dimensionens id', 'Id of the dimension')),
  title: textSchema.meta(fieldText('Dimensionens rubrik', 'Title of the dimension')),
  values: z.array(textSchema).default([]).meta(fieldText('Tillåtna värden', 'Allowed values')),
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
  id: idSchema.meta(fieldText('Postens id', 'Id of the item')),
  title: textSchema.meta(fieldText('Postens rubrik', 'Title of the item')),
  mandatory: z
    .boolean()
    .default(false)
    .meta(
      fieldText(
        'Sant när posten är tvingande; rangordnas först',
        'True when the item is mandatory; ranked first',
      ),
    ),
  scores: z
    .record(z.string(), exactSchema)
    .default({})
    .meta(fieldText('Poäng per kriterie-id', 'Score by criterion id')),
  dependsOn: z
    .array(idSchema)
    .default([])
    .meta(fieldText('Id för poster som måste komma före', 'Ids of items that must come first')),
  cost: maybeExactSchema
    .optional()
    .meta(fieldText('Kostnad; "?" är okänd', 'Cost; "?" is unknown')),
  benefit: maybeExactSchema
    .optional()
    .meta(fieldText('Nytta; "?" är okänd', 'Benefit; "?" is unknown')),
  owner: textSchema.optional().meta(fieldText('Ägare', 'Owner')),
  due: textSchema.optional().meta(fieldText('När posten ska vara klar', 'When the item is due')),
  dimensions: z
    .record(z.string(), textSchema)
    .default({})
    .meta(fieldText('Värde per dimensions-id', 'Value by dimension id')),
  statedRank: z
    .int()
    .min(1)
    .optional()
    .meta(
      fieldText(
        'Angiven rang; kontrolleras mot beräknad',
        'Stated rank; checked against the computed one',
      ),
    ),
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
  title: textSchema.meta(fieldText('Rubrik', 'Title')),
  organisation: textSchema.optional().meta(fieldText('Organisation', 'Organisation')),
  method: z
    .enum(['weighted', 'ordered'])
    .meta(
      fieldText(
        'Prioriteringsmetod: weighted (viktad) eller ordered (i kriteriernas ordning)',
        'Ranking method: weighted or ordered (criteria in order)',
      ),
    ),
  criteria: z
    .array(criterionSchema)
    .default([])
    .meta(fieldText('Prioriteringskriterier', 'Prioritisation criteria')),
  dimensions: z
    .array(dimensionSchema)
    .default([])
    .meta(fieldText('Dimensioner att sortera och filtrera på', 'Dimensions to sort and filter by')),
  items: z
    .array(backlogItemSchema)
    .default([])
    .meta(fieldText('Poster i backloggen', 'Items of the backlog')),
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
export type Term = z.infer<typeof effectTermSchema>;
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
/** An initiative of an effect plan. @example `const i: EffectInitiative = effectInitiativeSchema.parse({ id: 'i', title: 'T' });` */
export type EffectInitiative = z.infer<typeof effectInitiativeSchema>;
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
/** A role of an effect plan. @example `const r: EffectRole = { id: 'r', title: 'Effektägare', side: 'business' };` */
export type EffectRole = z.infer<typeof effectRoleSchema>;
/** A responsibility of an effect plan. @example `const r: EffectResponsibility = { task: 'Budget', owner: 'r' };` */
export type EffectResponsibility = z.infer<typeof effectResponsibilitySchema>;
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
