import type { Exact, LocalizedText, NumberLocale } from '@styrkit/core';
import { FLAT_RATE_NAMES, PHASE_NAMES, nameOf, num, pct } from './text.js';

/*
 * The data each ESF finding code's message is made from, and the wording the templates in
 * codes.ts share. Rules pass these data objects; only codes.ts and this file hold sentences,
 * so English output cannot pick up Swedish and numbers are formatted only when a message is
 * read.
 */

/** Data of `esf/invalid-input`: the reader's own description of the problem. */
export interface EsfInvalidInputData {
  readonly detail: LocalizedText;
}

/** A stated figure against the one computed (total cost, financing, a stated share). */
export interface EsfStatedComputedData {
  readonly stated: Exact;
  readonly computed: Exact;
}

/** Data of `esf/cofinancing-below-required`: in the project budget or the report's figures. */
export interface EsfCofinancingShortData {
  /** The project's budget, or the final report's own figures. */
  readonly in: 'project' | 'report';
  /** The co-financing share (percent). */
  readonly share: Exact;
  /** The call's required share (percent). */
  readonly required: Exact;
  /** The shortfall in percentage points. */
  readonly points: Exact;
  /** The shortfall in kronor. */
  readonly amount: Exact;
}

/** Data of `esf/flat-rate-above-maximum`. */
export interface EsfFlatRateMaximumData {
  /** The flat-rate option ("indirect-15-staff"). */
  readonly option: string;
  readonly percent: Exact;
  readonly maximum: Exact;
  /** Whose maximum: the law's or the call's. */
  readonly of: 'law' | 'call';
}

/** Data of `esf/flat-rate-combination`. */
export type EsfFlatRateCombinationData =
  | { readonly kind: 'repeated'; readonly option: string }
  | { readonly kind: 'forty-combined' }
  | { readonly kind: 'indirect-twice' };

/** Data of `esf/flat-rate-not-allowed`. */
export type EsfFlatRateNotAllowedData =
  | { readonly kind: 'not-offered'; readonly option: string }
  | { readonly kind: 'exact-required'; readonly option: string; readonly percent: Exact };

/** Data of `esf/in-kind-double-counted`: a source and the cost line it is counted on. */
export type EsfInKindDoubleData =
  | { readonly kind: 'as-staff'; readonly source: string; readonly line: string }
  | { readonly kind: 'repeated'; readonly source: string };

/** Data of `esf/participant-cofinancing-in-closing`. */
export type EsfClosingData =
  | { readonly kind: 'planned'; readonly source: string }
  | { readonly kind: 'line'; readonly line: string }
  | { readonly kind: 'reported'; readonly month: string };

/** Data of `esf/staff-hours-above-cap`. */
export interface EsfStaffHoursData {
  readonly line: string;
  readonly hours: Exact;
  readonly cap: Exact;
}

/** Data of `esf/phase-not-defined`. */
export interface EsfPhaseData {
  readonly line: string;
  readonly phase: string;
}

/** Data of `esf/simplified-costs-required`: the total cost in euro. */
export interface EsfSimplifiedData {
  readonly eur: Exact;
}

/** Data of `esf/simplified-costs-not-checked`: the unusable rate, when one is given. */
export interface EsfNotCheckedData {
  readonly rate?: Exact;
}

/** Data of `esf/change-request-overdraw`. */
export interface EsfOverdrawData {
  readonly request: string;
  readonly moved: Exact;
  readonly available: Exact;
}

/** Data of `esf/change-request-wrong-project`. */
export interface EsfWrongProjectData {
  readonly request: string;
  readonly named: string;
  readonly project: string;
}

/** Data of the participant register codes: the participant's id. */
export interface EsfParticipantData {
  readonly participant: string;
}

/** A gender of the register. */
export type EsfGender = 'woman' | 'man' | 'unspecified';

/** Data of `esf/participant-gender-conflict`. */
export interface EsfGenderConflictData {
  readonly participant: string;
  readonly first: EsfGender;
  readonly here: EsfGender;
}

/** Data of `esf/time-outside-project`: outside the project, or inside it but not the phase. */
export interface EsfOutsideData {
  readonly month: string;
  /** Set when the month is in the project but not in this phase. */
  readonly phase?: string;
}

/** Data of `esf/unsigned-time-report`. */
export interface EsfUnsignedData {
  readonly participant: string;
  readonly month: string;
}

/** Data of `esf/participant-hours-above-cap`. */
export interface EsfParticipantHoursData {
  readonly participant: string;
  readonly month: string;
  readonly hours: number;
  readonly cap: Exact;
}

/** Data of `esf/table-total-mismatch`: a stated column total against its rows. */
export interface EsfTableTotalData extends EsfStatedComputedData {
  /** The table's title and the column ("Surfplattor, Antal"). */
  readonly label: string;
}

/** A key figure of the final report that is checked against the records. */
export type EsfReportedFigure =
  | 'totalFinancing'
  | 'cofinancing'
  | 'plannedHours'
  | 'requiredCofinancingPercent'
  | 'reportedHours'
  | 'participants'
  | 'women'
  | 'men'
  | 'hourlySubstitutes';

/** Data of `esf/reported-figure-mismatch`. */
export type EsfReportedFigureData =
  | (EsfStatedComputedData & {
      readonly kind: 'records';
      readonly figure: EsfReportedFigure;
      /** What the figure is recomputed from. */
      readonly from: 'budget' | 'call' | 'time-reports';
    })
  | (EsfStatedComputedData & { readonly kind: 'women-and-men' });

/** Data of `esf/hours-vs-plan`. */
export interface EsfHoursPlanData {
  readonly reported: number;
  readonly planned: number;
  readonly share: Exact;
}

/** Data of `esf/cofinancing-value-vs-plan`. */
export interface EsfValuePlanData {
  readonly value: Exact;
  readonly planned: Exact;
  readonly share?: Exact;
}

/** Data of `esf/cofinancing-value-unknown`. */
export interface EsfValueUnknownData {
  readonly unratedHours: number;
  readonly hours: number;
  readonly unratedParticipants: number;
  readonly planned: Exact;
}

/** Data of `esf/participants-vs-expected`. */
export interface EsfParticipantsData {
  readonly participants: number;
  readonly expected: number;
}

/** A table of the document a draft is read from: its caption, or its place. */
export interface EsfTableRef {
  readonly index: number;
  readonly caption?: string;
}

/** Data of `esf/draft-needs-input`. */
export type EsfDraftNeedsData =
  | {
      readonly field: 'requiredCofinancingPercent' | 'totalFinancing' | 'cofinancing';
      readonly table: EsfTableRef;
    }
  | { readonly field: 'projectId' };

/** Data of `esf/draft-not-mapped`. */
export interface EsfDraftNotMappedData {
  readonly table: EsfTableRef;
  readonly label: string;
  readonly reason: 'grant-amount' | 'duplicate' | 'other';
}

/** Data of `esf/draft-reading-assumed`. */
export type EsfDraftReadingData =
  | { readonly kind: 'last-column'; readonly table: EsfTableRef; readonly column: string }
  | { readonly kind: 'percent'; readonly table: EsfTableRef; readonly label: string };

/** "5 549 825 kr" / "SEK 5,549,825". */
export function sek(value: Exact, locale: NumberLocale, decimals?: number): string {
  const n = num(value, decimals)[locale];
  return locale === 'sv' ? `${n} kr` : `SEK ${n}`;
}

/** A phase's or flat rate's name in one language. */
export function phaseName(phase: string, locale: NumberLocale): string {
  return nameOf(PHASE_NAMES, phase)[locale];
}

/** A flat rate's name in one language. */
export function flatRateName(option: string, locale: NumberLocale): string {
  return nameOf(FLAT_RATE_NAMES, option)[locale];
}

/** A table as a message starts with it: its caption, or "Tabell 2" / "Table 2". */
export function tableName(table: EsfTableRef, locale: NumberLocale): string {
  const caption = table.caption?.trim() ?? '';
  if (caption !== '') return caption;
  return `${locale === 'sv' ? 'Tabell' : 'Table'} ${String(table.index + 1)}`;
}

/** The register's genders as a person reads them. */
export const GENDER_NAMES: Readonly<Record<EsfGender, LocalizedText>> = {
  woman: { sv: 'kvinna', en: 'woman' },
  man: { sv: 'man', en: 'man' },
  unspecified: { sv: 'ej angivet', en: 'unspecified' },
};

/** The final report's key figures as a message names them. */
export const REPORTED_FIGURE_NAMES: Readonly<Record<EsfReportedFigure, LocalizedText>> = {
  totalFinancing: { sv: 'Total finansiering', en: 'Total financing' },
  cofinancing: { sv: 'Medfinansiering', en: 'Co-financing' },
  plannedHours: { sv: 'Planerade timmar', en: 'Planned hours' },
  requiredCofinancingPercent: { sv: 'Krav på medfinansiering', en: 'Required co-financing' },
  reportedHours: { sv: 'Rapporterade timmar', en: 'Reported hours' },
  participants: { sv: 'Deltagare', en: 'Participants' },
  women: { sv: 'Kvinnor', en: 'Women' },
  men: { sv: 'Män', en: 'Men' },
  hourlySubstitutes: { sv: 'Timanställda', en: 'Hourly-paid' },
};

/** What a reported figure is recomputed from. */
export const RECORD_NAMES: Readonly<Record<'budget' | 'call' | 'time-reports', LocalizedText>> = {
  budget: { sv: 'projektets budget', en: 'the project budget' },
  call: { sv: 'utlysningen', en: 'the call' },
  'time-reports': { sv: 'tidrapporterna', en: 'the time reports' },
};

/** The key figures a draft asks for, as a message names them. */
export const DRAFT_FIGURE_NAMES: Readonly<Record<'totalFinancing' | 'cofinancing', LocalizedText>> =
  {
    totalFinancing: { sv: 'total finansiering', en: 'total financing' },
    cofinancing: { sv: 'medfinansiering', en: 'co-financing' },
  };

/** A percentage in one language ("32,85 %"). */
export function percent(value: Exact, locale: NumberLocale): string {
  return pct(value)[locale];
}

/** A figure in one language ("5 549 825", "116,47"). */
export function figure(value: Exact, locale: NumberLocale, decimals?: number): string {
  return num(value, decimals)[locale];
}
