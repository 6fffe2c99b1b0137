import {
  formatPartialSum,
  type Exact,
  type LocalizedText,
  type NumberLocale,
  type PartialSum,
  type RoundingMode,
} from '@styrkit/core';
import type { FollowUpColumn, Initiative, MatrixColumn } from './model.js';
import { MATRIX_COLUMN_INFO } from './model.js';
import { num } from './text.js';

/*
 * The data each pm3 finding code's message is made from, and the wording helpers the
 * templates in codes.ts share. Rules pass these data objects; only codes.ts and this file hold
 * sentences, so English output cannot pick up Swedish and numbers are formatted only when a
 * message is read.
 */

/** A unit as a message shows it; `svOne` is the Swedish singular ("1 årsarbete"). */
export interface UnitText extends LocalizedText {
  readonly svOne?: string;
}

/** kkr in both languages. */
export const KKR: UnitText = { sv: 'kkr', en: 'kkr' };
/** Årsarbeten: Swedish singular and plural, FTE in English. */
export const FTE_UNIT: UnitText = { sv: 'årsarbeten', svOne: 'årsarbete', en: 'FTE' };

/** The unit text of a matrix unit. */
export function matrixUnit(unit: 'kkr' | 'tkr' | 'fte'): UnitText {
  return unit === 'fte' ? FTE_UNIT : { sv: unit, en: unit };
}

function unitFor(unit: UnitText, locale: NumberLocale, shown: string): string {
  return locale === 'sv' && shown === '1' && unit.svOne !== undefined ? unit.svOne : unit[locale];
}

/** "2,5 årsarbeten", "1 årsarbete", "2.5 FTE". */
export function withUnit(value: Exact, unit: UnitText, locale: NumberLocale): string {
  const shown = num(value, locale);
  return `${shown} ${unitFor(unit, locale, shown)}`;
}

/** The unit after a figure already written, with a leading space. */
export function unitAfter(unit: UnitText, locale: NumberLocale, value: Exact): string {
  return ` ${unitFor(unit, locale, num(value, locale))}`;
}

/** A partial sum in one language: "6 700 kkr + 3 okända", "6,700 kkr + 3 unknown". */
export function partial(sum: PartialSum, unit: UnitText, locale: NumberLocale): string {
  const text = formatPartialSum(sum, { unit: unitFor(unit, locale, num(sum.known, locale)) });
  return text[locale];
}

/** Category names of initiatives, as a message starts with them. */
export const CATEGORY_NAME: Readonly<Record<Initiative['category'], LocalizedText>> = {
  strategic: { sv: 'Strategiska initiativ', en: 'Strategic initiatives' },
  prioritised: { sv: 'Prioriterade initiativ', en: 'Prioritised initiatives' },
  desirable: { sv: 'Önskvärda initiativ', en: 'Desirable initiatives' },
};

/** Data of `pm3/invalid-input`: the reader's own description of the problem. */
export interface InvalidInputData {
  readonly detail: LocalizedText;
}

/** Which total of a matrix: a row (its main activity's title), a column, or the grand total. */
export type MatrixTarget =
  | { readonly kind: 'row'; readonly activity: LocalizedText }
  | { readonly kind: 'column'; readonly column: MatrixColumn }
  | { readonly kind: 'grand' };

/** Data of the row, column and grand-total mismatches. */
export interface TotalMismatchData {
  readonly matrix: 'budget' | 'fte';
  readonly target: MatrixTarget;
  readonly unit: UnitText;
  readonly stated: Exact;
  readonly computed: Exact;
}

const MATRIX_TITLE: Readonly<Record<'budget' | 'fte', LocalizedText>> = {
  budget: { sv: 'Budget', en: 'Budget' },
  fte: { sv: 'Årsarbeten', en: 'FTE' },
};

/** "Budget, Användarstöd" / "FTE, IT side, maintain (VM)" / "Budget, totalt". */
export function matrixWhere(
  matrix: 'budget' | 'fte',
  target: MatrixTarget,
  locale: NumberLocale,
): string {
  const label =
    target.kind === 'row'
      ? target.activity[locale]
      : target.kind === 'column'
        ? MATRIX_COLUMN_INFO[target.column].title[locale]
        : locale === 'sv'
          ? 'totalt'
          : 'total';
  return `${MATRIX_TITLE[matrix][locale]}, ${label}`;
}

/** The place of a total with unknown parts. */
export function unknownWhere(where: TotalHasUnknownData['where'], locale: NumberLocale): string {
  return 'title' in where ? where.title : matrixWhere(where.matrix, where.target, locale);
}

/** A stated matrix total against the sum of its cells. */
export function totalMismatch(d: TotalMismatchData, locale: NumberLocale): string {
  const where = matrixWhere(d.matrix, d.target, locale);
  const difference = num(d.computed.minus(d.stated), locale);
  return locale === 'sv'
    ? `${where}: angivet ${withUnit(d.stated, d.unit, 'sv')}, cellerna ger ${num(d.computed)} (skillnad ${difference})`
    : `${where}: stated ${withUnit(d.stated, d.unit, 'en')}, the cells give ${num(d.computed, 'en')} (difference ${difference})`;
}

/** Data of `pm3/total-has-unknown`. */
export interface TotalHasUnknownData {
  /** What the total is of: a total of a matrix, or a cost breakdown (its title). */
  readonly where:
    | { readonly matrix: 'budget' | 'fte'; readonly target: MatrixTarget }
    | { readonly title: string };
  readonly of: 'cells' | 'items';
  readonly unit: UnitText;
  readonly stated: Exact;
  readonly sum: PartialSum;
}

/** Data of `pm3/cost-items-mismatch`. */
export interface CostItemsData {
  readonly title: string;
  readonly unit: string;
  readonly items: Exact;
  readonly stated: Exact;
  readonly estimate: boolean;
}

/** Data of `pm3/stated-figure-mismatch`. */
export interface StatedFigureData {
  readonly label: string;
  readonly stated: Exact;
  readonly computed: Exact;
  readonly estimate: boolean;
}

/** Data of `pm3/unknown-costs`. */
export interface UnknownCostsData {
  readonly category: Initiative['category'];
  readonly sum: PartialSum;
}

/** A name (of an initiative). */
export interface NameData {
  readonly name: string;
}

/** Data of `pm3/cost-without-fte`. */
export interface CostWithoutFteData {
  readonly activity: LocalizedText;
  readonly column: LocalizedText;
  readonly unit: UnitText;
  readonly cost: Exact;
}

/** Data of `pm3/fte-without-cost`. */
export interface FteWithoutCostData {
  readonly activity: LocalizedText;
  readonly column: LocalizedText;
  readonly fte: Exact;
}

/** The lists whose ids must be unique. */
export type IdList =
  | 'committeeGoals'
  | 'planGoals'
  | 'goalLinks'
  | 'initiatives'
  | 'costBreakdowns'
  | 'statedFigures'
  | 'mainActivities'
  | 'budgetRows'
  | 'fteRows'
  | 'components'
  | 'plans'
  | 'statements';

const LIST_NAME: Readonly<Record<IdList, LocalizedText>> = {
  committeeGoals: { sv: 'Nämndmål', en: 'Committee goals' },
  planGoals: { sv: 'Objektplanens mål', en: 'Objektplan goals' },
  goalLinks: { sv: 'Målkoppling', en: 'Goal linkage' },
  initiatives: { sv: 'Initiativ', en: 'Initiatives' },
  costBreakdowns: { sv: 'Kostnadsuppställning', en: 'Cost breakdowns' },
  statedFigures: { sv: 'Angivna siffror', en: 'Stated figures' },
  mainActivities: { sv: 'Huvudaktiviteter', en: 'Main activities' },
  budgetRows: { sv: 'Budget', en: 'Budget' },
  fteRows: { sv: 'Årsarbeten', en: 'FTE' },
  components: { sv: 'Komponenter', en: 'Components' },
  plans: { sv: 'Planer', en: 'Plans' },
  statements: { sv: 'Uppställningar', en: 'Statements' },
};

/** Data of `pm3/duplicate-id`: a list of the package's documents, or a follow-up's rows. */
export type DuplicateIdData =
  | { readonly list: IdList; readonly id: string }
  | { readonly statement: string; readonly id: string };

/** The list a duplicate id is in. */
export function duplicateList(d: DuplicateIdData, locale: NumberLocale): string {
  if ('list' in d) return LIST_NAME[d.list][locale];
  return locale === 'sv' ? `${d.statement}, rader` : `${d.statement}, rows`;
}

/** What a reference in a plan points at. */
export type ReferenceTarget = 'main-activity' | 'committee-goal' | 'plan-goal';

const TARGET_NAME: Readonly<Record<ReferenceTarget, LocalizedText>> = {
  'main-activity': { sv: 'huvudaktivitet', en: 'main activity' },
  'committee-goal': { sv: 'nämndmål', en: 'committee goal' },
  'plan-goal': { sv: 'mål i objektplanen', en: 'objektplan goal' },
};

const GOVERNANCE_DOCUMENT: Readonly<Record<'organisation' | 'forums', LocalizedText>> = {
  organisation: { sv: 'organisationsdokument', en: 'organisation document' },
  forums: { sv: 'forumdokument', en: 'forum set document' },
};

/** Data of `pm3/unknown-reference`, by what kind of reference it is. */
export type UnknownReferenceData =
  | { readonly kind: 'id'; readonly id: string; readonly target: ReferenceTarget }
  | {
      readonly kind: 'sum-row';
      readonly statement: string;
      readonly row: string;
      readonly id: string;
    }
  | { readonly kind: 'source'; readonly label: string; readonly source: string }
  | { readonly kind: 'stored-object'; readonly id: string }
  | {
      readonly kind: 'stored-document';
      readonly document: 'organisation' | 'forums';
      readonly id: string;
      /** The kind it is stored under instead, and the kind it should have. */
      readonly elsewhere?: { readonly found: string; readonly wanted: string };
    };

/** Words an unknown reference. */
export function unknownReference(d: UnknownReferenceData, locale: NumberLocale): string {
  const sv = locale === 'sv';
  switch (d.kind) {
    case 'id':
      return sv
        ? `Hänvisningen "${d.id}" pekar inte på någon ${TARGET_NAME[d.target].sv}`
        : `The reference "${d.id}" does not point at any ${TARGET_NAME[d.target].en}`;
    case 'sum-row':
      return sv
        ? `${d.statement}, ${d.row}: summerar raden "${d.id}" som inte finns`
        : `${d.statement}, ${d.row}: sums the row "${d.id}", which does not exist`;
    case 'source':
      return sv
        ? `${d.label}: källan ${d.source} finns inte`
        : `${d.label}: the source ${d.source} does not exist`;
    case 'stored-object':
      return sv
        ? `Förvaltningsobjektet "${d.id}" finns inte bland de lagrade objekten`
        : `The maintenance object "${d.id}" is not among the stored objects`;
    case 'stored-document': {
      const name = GOVERNANCE_DOCUMENT[d.document][locale];
      const e = d.elsewhere;
      if (sv) {
        const found =
          e === undefined
            ? 'finns inte bland de lagrade dokumenten'
            : `finns bara som ${e.found}, inte som ${e.wanted}`;
        return `Planens ${name} "${d.id}" ${found}`;
      }
      const found =
        e === undefined
          ? 'is not among the stored documents'
          : `exists only as ${e.found}, not as ${e.wanted}`;
      return `The plan's ${name} "${d.id}" ${found}`;
    }
  }
}

/** Data of `pm3/decided-without-decider`. */
export interface DecidedWithoutDeciderData {
  readonly label: string;
  readonly status: 'decided' | 'revised';
  readonly field: 'decidedBy' | 'decidedOn';
}

/** Data of `pm3/validity-outside-year`. */
export interface ValidityOutsideYearData {
  readonly start: string;
  readonly end: string;
  readonly year: number;
}

/** Data of `pm3/invalid-validity`. */
export interface InvalidValidityData {
  readonly start: string;
  readonly end: string;
}

/** A value found (a classification word). */
export interface ValueData {
  readonly value: string;
}

/** Data of `pm3/duplicate-plan`. */
export interface DuplicatePlanData {
  readonly objectId: string;
  readonly year: number;
  /** Index of the first plan for the same object and year. */
  readonly first: number;
}

const FOLLOW_UP_COLUMN: Readonly<Record<FollowUpColumn, LocalizedText>> = {
  annualBudget: { sv: 'årsbudget', en: 'annual budget' },
  annualForecast: { sv: 'årsprognos', en: 'annual forecast' },
  periodBudget: { sv: 'periodbudget', en: 'period budget' },
  periodOutcome: { sv: 'periodutfall', en: 'period outcome' },
  deviation: { sv: 'avvikelse', en: 'deviation' },
};

/** Where in a follow-up: statement title, row label and, when it matters, the column. */
export interface FollowUpPlace {
  readonly statement: string;
  readonly row: string;
  readonly column?: FollowUpColumn;
}

/** "Periodresultat t.o.m. maj, Personalkostnader, avvikelse". */
export function followUpWhere(place: FollowUpPlace, locale: NumberLocale): string {
  const head = `${place.statement}, ${place.row}`;
  return place.column === undefined ? head : `${head}, ${FOLLOW_UP_COLUMN[place.column][locale]}`;
}

/** Data of the follow-up sum and deviation checks. */
export interface FollowUpCompareData {
  readonly where: FollowUpPlace;
  readonly unit: string;
  readonly stated: Exact;
  readonly computed: Exact;
}

/** A stated follow-up figure against the computed one. */
export function followUpCompare(d: FollowUpCompareData, locale: NumberLocale): string {
  const where = followUpWhere(d.where, locale);
  const difference = num(d.stated.minus(d.computed), locale);
  return locale === 'sv'
    ? `${where}: angivet ${num(d.stated)} ${d.unit}, beräknat ${num(d.computed)} ${d.unit} (skillnad ${difference})`
    : `${where}: stated ${num(d.stated, 'en')} ${d.unit}, computed ${num(d.computed, 'en')} ${d.unit} (difference ${difference})`;
}

/** Data of `pm3/share-mismatch`. */
export interface ShareData {
  readonly where: FollowUpPlace;
  readonly stated: Exact;
  readonly computed: Exact;
}

/** Data of `pm3/period-budget-not-linear`. */
export interface PeriodBudgetData {
  readonly where: FollowUpPlace;
  readonly unit: string;
  readonly months: number;
  readonly period: Exact;
  readonly linear: Exact;
}

const MODE_NAME: Readonly<Record<RoundingMode, LocalizedText>> = {
  'half-up': { sv: 'halvt uppåt', en: 'half-up' },
  'half-even': { sv: 'halvt till jämnt', en: 'half-even' },
  truncate: { sv: 'trunkering', en: 'truncation' },
  floor: { sv: 'nedåt', en: 'floor' },
  ceil: { sv: 'uppåt', en: 'ceiling' },
};

/** Data of `pm3/rounding-changes-figure`. */
export interface RoundingData {
  readonly label: string;
  readonly source: Exact;
  readonly fromUnit: string;
  readonly toUnit: string;
  readonly mode: RoundingMode;
  readonly rounded: Exact;
  readonly stated: Exact;
  /** The rounding modes that give the stated figure. */
  readonly matching: readonly RoundingMode[];
}

/** Words a rescaled figure whose rounding changes it. */
export function roundingChanges(d: RoundingData, locale: NumberLocale): string {
  const modes = d.matching.map((m) => MODE_NAME[m][locale]);
  if (locale === 'sv') {
    const explain =
      modes.length === 0
        ? 'inget avrundningssätt ger den angivna siffran'
        : `den angivna siffran motsvarar ${modes.join(' eller ')}`;
    return `${d.label}: ${num(d.source)} ${d.fromUnit} blir ${num(d.rounded)} ${d.toUnit} avrundat ${MODE_NAME[d.mode].sv}, men ${num(d.stated)} ${d.toUnit} anges; ${explain}`;
  }
  const explain =
    modes.length === 0
      ? 'no rounding mode gives the stated figure'
      : `the stated figure matches ${modes.join(' or ')}`;
  return `${d.label}: ${num(d.source, 'en')} ${d.fromUnit} is ${num(d.rounded, 'en')} ${d.toUnit} rounded ${MODE_NAME[d.mode].en}, but ${num(d.stated, 'en')} ${d.toUnit} is stated; ${explain}`;
}

/** A table of a document a draft is made from: its caption, or its number. */
export interface TableRef {
  readonly index: number;
  readonly caption?: string;
}

/** "Tabell 2" / "Table 2", or the caption. */
export function tableLabel(table: TableRef, locale: NumberLocale): string {
  const caption = table.caption?.trim();
  if (caption !== undefined && caption !== '') return caption;
  return `${locale === 'sv' ? 'Tabell' : 'Table'} ${String(table.index + 1)}`;
}

/** Data of `pm3/draft-needs-input`: which placeholder the draft has. */
export type DraftNeedsInputData =
  | { readonly field: 'unit'; readonly table: TableRef }
  | { readonly field: 'objectId' | 'title' | 'year' | 'budget' };

/** Words a placeholder of a draft. */
export function draftNeedsInput(d: DraftNeedsInputData, locale: NumberLocale): string {
  const sv = locale === 'sv';
  switch (d.field) {
    case 'unit':
      return sv
        ? `${tableLabel(d.table, 'sv')}: tabellen anger ingen enhet; utkastet har kkr som platshållare: ange enheten (kkr/tkr)`
        : `${tableLabel(d.table, 'en')}: the table states no unit; the draft has kkr as a placeholder: give the unit (kkr/tkr)`;
    case 'objectId':
      return sv
        ? 'Tabellen anger inte förvaltningsobjektet: ange objektets id (platshållare "forvaltningsobjekt")'
        : 'The table does not name the maintenance object: give its id (placeholder "forvaltningsobjekt")';
    case 'title':
      return sv
        ? 'Ge planen dess titel (platshållare "Objektplan (utkast från dokument)")'
        : 'Give the plan its title (placeholder "Objektplan (utkast från dokument)")';
    case 'year':
      return sv
        ? 'Tabellen anger inte planens år: fyll i det (platshållare 1900)'
        : "The table does not give the plan's year: fill it in (placeholder 1900)";
    case 'budget':
      return sv
        ? 'Dokumentet har en årsarbetsmatris men ingen budgetmatris: fyll i budgeten'
        : 'The document has an FTE matrix but no budget matrix: fill in the budget';
  }
}

/** Data of `pm3/draft-row-added`. */
export interface DraftRowAddedData {
  readonly table: TableRef;
  readonly label: string;
  readonly id: string;
}

/** Data of `pm3/draft-not-mapped`. */
export interface DraftNotMappedData {
  readonly table: TableRef;
  readonly what: 'row' | 'column';
  readonly label: string;
}

/** Data of `pm3/draft-reading-assumed`: which reading the draft assumed. */
export type DraftReadingData =
  | { readonly kind: 'unit-converted'; readonly table: TableRef; readonly from: string }
  | { readonly kind: 'column-order'; readonly table: TableRef }
  | { readonly kind: 'sides'; readonly table: TableRef };

/** Words an assumed reading of a draft. */
export function draftReading(d: DraftReadingData, locale: NumberLocale): string {
  const where = tableLabel(d.table, locale);
  const sv = locale === 'sv';
  switch (d.kind) {
    case 'unit-converted':
      return sv
        ? `${where}: beloppen står i ${d.from}; utkastet har dem exakt omräknade till tkr`
        : `${where}: the amounts are in ${d.from}; the draft has them converted exactly to tkr`;
    case 'column-order':
      return sv
        ? `${where}: kolumnerna står i en annan ordning än pm3:s (VM före VU, verksamhetsnära före IT-nära); utkastet följer rubrikerna som de lästes: kontrollera att varje belopp hamnat i rätt kolumn`
        : `${where}: the columns are in another order than pm3's (VM before VU, business side before IT side); the draft follows the headers as read: check that every amount is in the right column`;
    case 'sides':
      return sv
        ? `${where}: rubrikerna säger inte vilken sida kolumnerna VM, VU, VM, VU hör till; utkastet följer pm3:s ordning (verksamhetsnära, sedan IT-nära): kontrollera`
        : `${where}: the headers do not say which side the columns VM, VU, VM, VU belong to; the draft follows the pm3 order (business side, then IT side): check it`;
  }
}
