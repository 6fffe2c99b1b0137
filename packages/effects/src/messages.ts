import {
  formatNumber,
  formatPartialSum,
  type Exact,
  type LocalizedText,
  type NumberLocale,
  type PartialSum,
} from '@styrkit/core';
import type { Payback } from './cashflow.js';
import { MEASURABILITY_LABELS, type MeasurabilityField } from './measurability.js';
import type { Direction, GoalDirection, GoalLevel, PaybackClaim } from './model.js';

/*
 * The data each effects finding code's message is made from, and the wording helpers the
 * templates in codes.ts share. Rules pass these data objects; only codes.ts and this file hold
 * sentences, so English output cannot pick up Swedish and numbers are formatted only when a
 * message is read.
 */

const num = (value: Exact, locale: NumberLocale): string => formatNumber(value, { locale });

/** Data of `effects/invalid-input`: the reader's own description of the problem. */
export interface EffectsInvalidInputData {
  readonly detail: LocalizedText;
}

/** Data of `effects/duplicate-id`: the id, and whether it is a scenario's id. */
export interface EffectsDuplicateIdData {
  readonly id: string;
  readonly list?: 'scenarios';
}

/** What a link of an effects document points at. */
export type EffectsReferenceTarget =
  'goal' | 'initiative' | 'chain-node' | 'role' | 'dependency' | 'criterion' | 'scenario';

/** "Okänt mål", "Okänd roll": the Swedish adjective follows the noun's gender. */
const REFERENCE_TARGET: Readonly<Record<EffectsReferenceTarget, LocalizedText>> = {
  goal: { sv: 'Okänt mål', en: 'Unknown goal' },
  initiative: { sv: 'Okänt initiativ', en: 'Unknown initiative' },
  'chain-node': { sv: 'Okänt kedjeled', en: 'Unknown chain node' },
  role: { sv: 'Okänd roll', en: 'Unknown role' },
  dependency: { sv: 'Okänt beroende', en: 'Unknown dependency' },
  criterion: { sv: 'Okänt kriterium', en: 'Unknown criterion' },
  scenario: { sv: 'Okänt alternativ', en: 'Unknown scenario' },
};

/** Data of `effects/unknown-reference`. */
export interface EffectsUnknownReferenceData {
  readonly id: string;
  readonly target: EffectsReferenceTarget;
  /** The plan's `chosenScenario` rather than an ordinary link. */
  readonly chosen?: boolean;
}

/** Words an unknown reference. */
export function unknownReference(d: EffectsUnknownReferenceData, locale: NumberLocale): string {
  if (d.chosen === true) {
    return locale === 'sv'
      ? `Det valda alternativet "${d.id}" finns inte`
      : `The chosen scenario "${d.id}" does not exist`;
  }
  return `${REFERENCE_TARGET[d.target][locale]} "${d.id}"`;
}

/** The title of a goal, initiative or item a message is about. */
export interface EffectsTitleData {
  readonly title: string;
}

const DIRECTION_VERB: Readonly<Record<GoalDirection, LocalizedText>> = {
  increase: { sv: 'öka', en: 'increase' },
  decrease: { sv: 'minska', en: 'decrease' },
  survey: { sv: 'bedömas med enkät', en: 'be judged by a survey' },
};

/** Data of `effects/goal-not-measurable`. */
export interface EffectsGoalNotMeasurableData {
  readonly title: string;
  readonly missing: readonly MeasurabilityField[];
  /** The goal's own direction when it has no indicator yet (so the reader knows it is known). */
  readonly knownDirection?: GoalDirection;
}

/** "indikator, utgångsvärde" / "indicator, baseline". */
export function fieldList(fields: readonly MeasurabilityField[], locale: NumberLocale): string {
  return fields.map((f) => MEASURABILITY_LABELS[f][locale]).join(', ');
}

/** " (riktningen är känd: ska minska)" for a goal with a direction but no indicator yet. */
export function directionNote(direction: GoalDirection | undefined, locale: NumberLocale): string {
  if (direction === undefined) return '';
  const word = DIRECTION_VERB[direction][locale];
  return locale === 'sv'
    ? ` (riktningen är känd: ska ${word})`
    : ` (the direction is known: should ${word})`;
}

/** Data of `effects/owner-is-project`. */
export interface EffectsOwnerIsProjectData {
  readonly title: string;
  readonly role: string;
}

const LEVEL_NAME: Readonly<Record<GoalLevel, LocalizedText>> = {
  vision: { sv: 'vision', en: 'vision' },
  'committee-goal': { sv: 'nämndmål', en: 'committee goal' },
  objective: { sv: 'delmål', en: 'objective' },
  'effect-goal': { sv: 'effektmål', en: 'effect goal' },
};

/** The name of a goal level in one language ("nämndmål", "committee goal"). */
export function levelName(level: GoalLevel, locale: NumberLocale): string {
  return LEVEL_NAME[level][locale];
}

/** Data of `effects/level-order`. */
export interface EffectsLevelOrderData {
  readonly id: string;
  readonly level: GoalLevel;
  readonly parentId: string;
  readonly parentLevel: GoalLevel;
}

/** Data of `effects/target-wrong-direction`. */
export interface EffectsTargetDirectionData {
  readonly target: Exact;
  readonly baseline: Exact;
  readonly direction: Direction;
  /** Whose direction it is: the indicator's, or before one is chosen the goal's own. */
  readonly of: 'indicator' | 'goal';
}

/** The sign the target must have against the baseline. */
export function directionSign(direction: Direction): '>' | '<' {
  return direction === 'increase' ? '>' : '<';
}

/** Words a target on the wrong side of its baseline. */
export function targetDirection(d: EffectsTargetDirectionData, locale: NumberLocale): string {
  const sign = directionSign(d.direction);
  return locale === 'sv'
    ? `Målvärdet ${num(d.target, 'sv')} ska vara ${sign} utgångsvärdet ${num(d.baseline, 'sv')} när ${d.of === 'goal' ? 'målet' : 'indikatorn'} ska ${DIRECTION_VERB[d.direction].sv}`
    : `The target ${num(d.target, 'en')} must be ${sign} the baseline ${num(d.baseline, 'en')} for ${d.of === 'goal' ? 'a goal' : 'an indicator'} that should ${d.direction}`;
}

/** Data of `effects/direction-conflict`. */
export interface EffectsDirectionConflictData {
  readonly title: string;
  readonly direction: Direction;
  readonly indicator: string;
  readonly indicatorDirection: Direction;
}

/** Data of `effects/dates-out-of-order`. */
export interface EffectsDatesData {
  readonly date: string;
  readonly before: string;
}

/** Data of `effects/measurement-unknown-goal`. */
export interface EffectsGoalIdData {
  readonly goalId: string;
}

/** Data of `effects/measurement-unit-mismatch`. */
export interface EffectsUnitMismatchData {
  readonly unit: string;
  readonly indicatorUnit: string;
}

/** Data of `effects/measurement-outside-period`. */
export interface EffectsOutsidePeriodData {
  readonly date: string;
  readonly start: string;
  readonly end: string;
}

/** Data of `effects/costs-partly-unknown`. */
export interface EffectsCostsUnknownData {
  readonly sum: PartialSum;
  /** The cost unit when all initiatives share one. */
  readonly unit?: string;
}

/** A partial sum in one language: "1 000 tkr + 1 okänd", "1,000 tkr + 1 unknown". */
export function partial(sum: PartialSum, unit: string | undefined, locale: NumberLocale): string {
  return formatPartialSum(sum, unit === undefined ? {} : { unit })[locale];
}

/** The classifications whose words are checked against the vocabulary. */
export type EffectsTermField =
  'effectTypes' | 'effectScope' | 'timeToEffect' | 'perspective' | 'category';

const TERM_FIELD: Readonly<Record<EffectsTermField, LocalizedText>> = {
  effectTypes: { sv: 'Effekttypen', en: 'Effect type' },
  effectScope: { sv: 'Effektomfattningen', en: 'Effect scope' },
  timeToEffect: { sv: 'Tidsperspektivet', en: 'Time to effect' },
  perspective: { sv: 'Perspektivet', en: 'Perspective' },
  category: { sv: 'Kategorin', en: 'Category' },
};

/** Data of `effects/unknown-term`. */
export interface EffectsUnknownTermData {
  readonly field: EffectsTermField;
  readonly word: string;
  /** The words the vocabulary allows. */
  readonly allowed: readonly string[];
}

/** Words a classification word outside the vocabulary. */
export function unknownTerm(d: EffectsUnknownTermData, locale: NumberLocale): string {
  const list = d.allowed.join(', ');
  return locale === 'sv'
    ? `${TERM_FIELD[d.field].sv} "${d.word}" finns inte i vokabulären (${list})`
    : `${TERM_FIELD[d.field].en} "${d.word}" is not in the vocabulary (${list})`;
}

/** Data of the cycle codes: the ids around the cycle. */
export interface EffectsCycleData {
  readonly cycle: readonly string[];
}

/** Which claimed payback of a benefits calculation. */
export type EffectsPaybackKind = 'plain' | 'discounted';

const PAYBACK_NAME: Readonly<Record<EffectsPaybackKind, LocalizedText>> = {
  plain: { sv: 'Återbetalningsåret', en: 'The payback year' },
  discounted: { sv: 'Det diskonterade återbetalningsåret', en: 'The discounted payback year' },
};

/** "2028", "aldrig", "after the horizon": a claimed or computed payback in one language. */
export function paybackText(p: Payback | PaybackClaim, locale: NumberLocale): string {
  if (typeof p === 'number') return String(p);
  if (typeof p === 'string') {
    if (p === 'never') return locale === 'sv' ? 'aldrig' : 'never';
    return locale === 'sv' ? 'efter kalkylperioden' : 'after the horizon';
  }
  return p.kind === 'year' ? String(p.year) : paybackText(p.kind, locale);
}

/** Data of `effects/payback-claim-mismatch`. */
export interface EffectsPaybackMismatchData {
  readonly kind: EffectsPaybackKind;
  readonly claimed: PaybackClaim;
  readonly computed: Payback;
}

/** Words a claimed payback the cash flow does not give. */
export function paybackMismatch(d: EffectsPaybackMismatchData, locale: NumberLocale): string {
  const name = PAYBACK_NAME[d.kind][locale];
  const claimed = paybackText(d.claimed, locale);
  const computed = paybackText(d.computed, locale);
  return locale === 'sv'
    ? `${name} anges till ${claimed} men kassaflödet ger ${computed}`
    : `${name} is stated as ${claimed} but the cash flow gives ${computed}`;
}

/** Data of `effects/discount-rate-not-stated`. */
export interface EffectsDiscountRateData {
  readonly kind: EffectsPaybackKind;
  readonly claimed: PaybackClaim;
}

/** Words a claimed payback that cannot be checked without a discount rate. */
export function discountRateMissing(d: EffectsDiscountRateData, locale: NumberLocale): string {
  const name = PAYBACK_NAME[d.kind][locale];
  const claimed = paybackText(d.claimed, locale);
  return locale === 'sv'
    ? `${name} anges till ${claimed}, men ingen diskonteringsränta anges, så det kan inte prövas`
    : `${name} is stated as ${claimed}, but no discount rate is stated, so it cannot be checked`;
}

/** Data of `effects/cash-flow-year-gap`: a year given twice, or a year after a gap. */
export type EffectsYearGapData =
  | { readonly kind: 'duplicate'; readonly year: number }
  | { readonly kind: 'gap'; readonly year: number; readonly previous: number };

/** Where a stated sum of a cash flow is: a line, one year's heading, or the totals. */
export type EffectsSumPlace =
  | { readonly kind: 'line'; readonly title: string }
  | { readonly kind: 'year'; readonly heading: 'cost' | 'benefit' | 'net'; readonly year: number }
  | { readonly kind: 'total'; readonly heading: 'cost' | 'benefit' | 'net' };

const YEAR_HEADING: Readonly<Record<'cost' | 'benefit' | 'net', LocalizedText>> = {
  cost: { sv: 'Kostnader', en: 'Costs' },
  benefit: { sv: 'Nyttor', en: 'Benefits' },
  net: { sv: 'Netto', en: 'Net' },
};

const TOTAL_HEADING: Readonly<Record<'cost' | 'benefit' | 'net', LocalizedText>> = {
  cost: { sv: 'Summa kostnader', en: 'Total costs' },
  benefit: { sv: 'Summa nyttor', en: 'Total benefits' },
  net: { sv: 'Summa netto', en: 'Total net' },
};

/** 'Posten "Licenser"', 'Nyttor 2025', 'Total costs'. */
export function sumPlace(place: EffectsSumPlace, locale: NumberLocale): string {
  switch (place.kind) {
    case 'line':
      return locale === 'sv' ? `Posten "${place.title}"` : `Line "${place.title}"`;
    case 'year':
      return `${YEAR_HEADING[place.heading][locale]} ${String(place.year)}`;
    case 'total':
      return TOTAL_HEADING[place.heading][locale];
  }
}

/** Both languages of a sum's place, as core's unknown-total rule takes it. */
export function sumPlaceText(place: EffectsSumPlace): LocalizedText {
  return { sv: sumPlace(place, 'sv'), en: sumPlace(place, 'en') };
}

/** Data of `effects/cash-flow-sum-mismatch`. */
export interface EffectsSumMismatchData {
  readonly where: EffectsSumPlace;
  readonly stated: Exact;
  readonly computed: Exact;
}

/** Words a stated sum that differs from its amounts. */
export function sumMismatch(d: EffectsSumMismatchData, locale: NumberLocale): string {
  const where = sumPlace(d.where, locale);
  const difference = num(d.computed.minus(d.stated), locale);
  return locale === 'sv'
    ? `${where}: angivet ${num(d.stated, 'sv')}, posterna ger ${num(d.computed, 'sv')} (skillnad ${difference})`
    : `${where}: stated ${num(d.stated, 'en')}, the items give ${num(d.computed, 'en')} (difference ${difference})`;
}

/** A count (of unknown amounts, of scenarios). */
export interface EffectsCountData {
  readonly count: number;
}

/** Data of `effects/responsibility-shared`. */
export interface EffectsSharedData {
  readonly task: string;
  readonly first: string;
  readonly owner: string;
}

/** Data of `effects/optional-above-mandatory`. */
export interface EffectsRankData {
  readonly title: string;
  readonly rank: number;
  readonly mandatory: string;
  readonly mandatoryRank: number;
}

/** Data of `effects/optional-outscores-mandatory`. */
export interface EffectsScoreData {
  readonly title: string;
  readonly score: Exact;
  readonly mandatory: string;
  readonly mandatoryScore: Exact;
}

/** Data of `effects/item-not-scored`: the criteria ids without a value. */
export interface EffectsNotScoredData {
  readonly title: string;
  readonly missing: readonly string[];
}

/*
 * Texts that are not findings but are worded from data the same way: the reason of a goal's
 * follow-up status and of a backlog item's rank. The rules pass data; these templates word it.
 */

/** Why a goal has its status, as data: which case applies and its figures. */
export type EffectsStatusReasonData =
  | { readonly kind: 'overdue-unmeasured'; readonly targetDate: string }
  | { readonly kind: 'no-measurement' }
  | { readonly kind: 'reached'; readonly value: Exact; readonly target: Exact }
  | {
      readonly kind: 'overdue';
      readonly targetDate: string;
      readonly value: Exact;
      readonly target: Exact;
    }
  | {
      readonly kind: 'on-track' | 'behind';
      readonly value: Exact;
      readonly date: string;
      /** The planned value at the measurement's date, as shown (already rounded). */
      readonly planned: Exact;
      /** Where lower is better, on track means at most the planned value. */
      readonly direction: Direction;
    }
  | {
      readonly kind: 'assessed';
      readonly result: 'met' | 'partly-met' | 'not-met';
      readonly date: string;
    }
  | { readonly kind: 'not-measurable'; readonly missing: readonly MeasurabilityField[] };

const ASSESSMENT_RESULT: Readonly<Record<'met' | 'partly-met' | 'not-met', LocalizedText>> = {
  met: { sv: 'uppfyllt', en: 'met' },
  'partly-met': { sv: 'delvis uppfyllt', en: 'partly met' },
  'not-met': { sv: 'ej uppfyllt', en: 'not met' },
};

function statusReasonIn(d: EffectsStatusReasonData, locale: NumberLocale): string {
  const sv = locale === 'sv';
  switch (d.kind) {
    case 'overdue-unmeasured':
      return sv
        ? `Måldatum ${d.targetDate} har passerats utan mätning`
        : `Target date ${d.targetDate} has passed without a measurement`;
    case 'no-measurement':
      return sv ? 'Ingen mätning ännu' : 'No measurement yet';
    case 'reached':
      return sv
        ? `Senaste värde ${num(d.value, 'sv')} når målvärdet ${num(d.target, 'sv')}`
        : `Latest value ${num(d.value, 'en')} reaches the target ${num(d.target, 'en')}`;
    case 'overdue':
      return sv
        ? `Måldatum ${d.targetDate} har passerats; senaste värde ${num(d.value, 'sv')}, mål ${num(d.target, 'sv')}`
        : `Target date ${d.targetDate} has passed; latest value ${num(d.value, 'en')}, target ${num(d.target, 'en')}`;
    case 'on-track': {
      const bound =
        d.direction === 'decrease' ? (sv ? 'högst' : 'at most') : sv ? 'minst' : 'at least';
      return sv
        ? `Värdet ${num(d.value, 'sv')} (${d.date}) är ${bound} det planerade ${num(d.planned, 'sv')}`
        : `Value ${num(d.value, 'en')} (${d.date}) is ${bound} the planned ${num(d.planned, 'en')}`;
    }
    case 'behind':
      return sv
        ? `Värdet ${num(d.value, 'sv')} (${d.date}) ligger efter det planerade ${num(d.planned, 'sv')}`
        : `Value ${num(d.value, 'en')} (${d.date}) is behind the planned ${num(d.planned, 'en')}`;
    case 'assessed':
      return sv
        ? `Bedömt som ${ASSESSMENT_RESULT[d.result].sv} ${d.date}`
        : `Assessed as ${ASSESSMENT_RESULT[d.result].en} on ${d.date}`;
    case 'not-measurable':
      return sv ? `Saknar ${fieldList(d.missing, 'sv')}` : `Missing ${fieldList(d.missing, 'en')}`;
  }
}

/** The reason of a goal's status in both languages. */
export function statusReason(d: EffectsStatusReasonData): LocalizedText {
  return { sv: statusReasonIn(d, 'sv'), en: statusReasonIn(d, 'en') };
}

/** Why a backlog item has its rank, as data. */
export type EffectsRankReasonData =
  | { readonly kind: 'cycle' }
  | { readonly kind: 'after-dependencies'; readonly dependsOn: readonly string[] }
  | { readonly kind: 'mandatory' }
  | { readonly kind: 'not-scored'; readonly missing: readonly string[] }
  | { readonly kind: 'weighted'; readonly score: Exact | undefined }
  | { readonly kind: 'criteria'; readonly values: readonly (Exact | undefined)[] };

function rankReasonIn(d: EffectsRankReasonData, locale: NumberLocale): string {
  const sv = locale === 'sv';
  switch (d.kind) {
    case 'cycle':
      return sv ? 'Ingår i ett cirkulärt beroende' : 'Part of a dependency cycle';
    case 'after-dependencies':
      return sv
        ? `Efter det som posten beror på (${d.dependsOn.join(', ')})`
        : `After what the item depends on (${d.dependsOn.join(', ')})`;
    case 'mandatory':
      return sv ? 'Tvingande (lagkrav) går först' : 'Mandatory (legal requirement) goes first';
    case 'not-scored':
      return sv
        ? `Saknar värde för ${d.missing.join(', ')}`
        : `No value for ${d.missing.join(', ')}`;
    case 'weighted': {
      const score = d.score?.toString() ?? '';
      return sv ? `Viktad poäng ${score}` : `Weighted score ${score}`;
    }
    case 'criteria': {
      const values = d.values.map((v) => v?.toString() ?? '').join(' / ');
      return sv
        ? `Kriterier i prioritetsordning: ${values}`
        : `Criteria in order of importance: ${values}`;
    }
  }
}

/** The reason of a backlog item's rank in both languages. */
export function rankReason(d: EffectsRankReasonData): LocalizedText {
  return { sv: rankReasonIn(d, 'sv'), en: rankReasonIn(d, 'en') };
}
