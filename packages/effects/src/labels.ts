import { countText, formatNumber, type Exact, type LocalizedText } from '@styrkit/core';

/*
 * The label catalogue of @styrkit/effects: every fixed word of its tables (titles, column
 * heads, total rows, notes) and of its plugin (manifest, kinds, checks, table views), in
 * Swedish and English. Tables and the plugin take their words from here, so an English table
 * cannot pick up a Swedish word and a Swedish one no English; a test checks that every entry
 * has both languages. Finding messages live in codes.ts and messages.ts, the words of the
 * measurability fields and goal statuses beside their types (MEASURABILITY_LABELS,
 * STATUS_LABELS).
 */

/** Fixed words of the effects tables and plugin. Internal. */
export const effectsLabels = {
  // The plugin's manifest, kinds, checks and table views.
  pluginTitle: {
    sv: 'Effektmål och nyttorealisering',
    en: 'Effect goals and benefits realisation',
  },
  pluginDescription: {
    sv: 'Målträd, effektmål, mätningar, effektkedjor, nyttokalkyler och prioritering.',
    en: 'Goal trees, effect goals, measurements, effect chains, benefit calculations and prioritisation.',
  },
  kindGoalTree: { sv: 'Målträd', en: 'Goal tree' },
  kindEffectPlan: { sv: 'Effektplan', en: 'Effect plan' },
  kindMeasurements: { sv: 'Mätningar', en: 'Measurements' },
  kindBacklog: { sv: 'Backlog och prioritering', en: 'Backlog and prioritisation' },
  checkGoalTree: { sv: 'Granska målträdet', en: 'Audit the goal tree' },
  checkEffectPlan: { sv: 'Granska effektplanen', en: 'Audit the effect plan' },
  checkMeasurements: { sv: 'Granska mätningarna', en: 'Audit the measurements' },
  checkBacklog: { sv: 'Granska backloggen', en: 'Audit the backlog' },
  viewGoalTree: { sv: 'Mål, status och mätbarhet', en: 'Goals, status and measurability' },
  viewEffectPlan: { sv: 'Effektplanens tabeller', en: 'Effect plan tables' },
  viewBacklog: { sv: 'Prioriterad backlog', en: 'Ranked backlog' },

  // Table titles.
  goalStatusTitle: { sv: 'Effektmål och status', en: 'Effect goals and status' },
  measurabilityTitle: { sv: 'Mätbarhet: vad som saknas', en: 'Measurability: what is missing' },
  backlogTitle: { sv: 'Prioriterad backlog', en: 'Ranked backlog' },
  initiativesTitle: {
    sv: 'Initiativ och effektklassning',
    en: 'Initiatives and effect classification',
  },
  goalMatrixTitle: {
    sv: 'Effektmål per nivå och tidsperspektiv',
    en: 'Effect goals by level and horizon',
  },
  cashFlowTitle: { sv: 'Nyttokalkyl per år', en: 'Benefits calculation per year' },
  cashFlowLinesTitle: { sv: 'Nyttokalkyl per post', en: 'Benefits calculation by line' },
  scenariosTitle: { sv: 'Jämförelse av alternativ', en: 'Scenario comparison' },

  // Column heads.
  effectGoal: { sv: 'Effektmål', en: 'Effect goal' },
  status: { sv: 'Status', en: 'Status' },
  reason: { sv: 'Skäl', en: 'Reason' },
  latestValue: { sv: 'Senaste värde', en: 'Latest value' },
  targetValue: { sv: 'Målvärde', en: 'Target' },
  unit: { sv: 'Enhet', en: 'Unit' },
  progress: { sv: 'Andel av vägen', en: 'Progress' },
  gaps: { sv: 'Antal luckor', en: 'Gaps' },
  rank: { sv: 'Rang', en: 'Rank' },
  item: { sv: 'Post', en: 'Item' },
  mandatory: { sv: 'Tvingande', en: 'Mandatory' },
  score: { sv: 'Poäng', en: 'Score' },
  owner: { sv: 'Ansvarig', en: 'Owner' },
  initiative: { sv: 'Initiativ', en: 'Initiative' },
  strategic: { sv: 'Strategiskt', en: 'Strategic' },
  cost: { sv: 'Kostnad', en: 'Cost' },
  effectType: { sv: 'Effekttyp', en: 'Effect type' },
  perspective: { sv: 'Perspektiv', en: 'Perspective' },
  timeToEffect: { sv: 'Tid till effekt', en: 'Time to effect' },
  effectScope: { sv: 'Effektomfattning', en: 'Effect scope' },
  committeeGoals: { sv: 'Nämndmål', en: 'Committee goals' },
  level: { sv: 'Nivå', en: 'Level' },
  shortTerm: { sv: 'Kort sikt', en: 'Short term' },
  mediumTerm: { sv: 'Medellång sikt', en: 'Medium term' },
  longTerm: { sv: 'Lång sikt', en: 'Long term' },
  year: { sv: 'År', en: 'Year' },
  years: { sv: 'År', en: 'Years' },
  benefit: { sv: 'Nytta', en: 'Benefit' },
  net: { sv: 'Netto', en: 'Net' },
  cumulativeNet: { sv: 'Ackumulerat netto', en: 'Cumulative net' },
  discountedNet: { sv: 'Diskonterat netto', en: 'Discounted net' },
  cumulativeDiscounted: { sv: 'Ackumulerat diskonterat', en: 'Cumulative discounted' },
  line: { sv: 'Post', en: 'Line' },
  scenario: { sv: 'Alternativ', en: 'Scenario' },
  chosen: { sv: 'Valt', en: 'Chosen' },
  cumulativeLastYear: { sv: 'Ackumulerat netto sista året', en: 'Cumulative net, last year' },
  payback: { sv: 'Återbetalning', en: 'Payback' },
  discountedPayback: { sv: 'Diskonterad återbetalning', en: 'Discounted payback' },
  netPresentValue: { sv: 'Nuvärde', en: 'Net present value' },

  // Cell words and the labels of total rows.
  yes: { sv: 'ja', en: 'yes' },
  no: { sv: 'nej', en: 'no' },
  chosenMark: { sv: 'Ja', en: 'Yes' },
  missing: { sv: 'saknas', en: 'missing' },
  total: { sv: 'Summa', en: 'Total' },
  totalKnownCosts: { sv: 'Summa kända kostnader', en: 'Total of known costs' },
  totalCosts: { sv: 'Summa kostnader', en: 'Total costs' },
  totalBenefits: { sv: 'Summa nyttor', en: 'Total benefits' },
  individualLevel: { sv: 'Individnivå', en: 'Individual level' },
  projectLevel: { sv: 'Projektnivå', en: 'Project level' },
  organisationLevel: { sv: 'Organisationsnivå', en: 'Organisation level' },
  npvUnknown: {
    sv: 'okänt (ingen diskonteringsränta)',
    en: 'unknown (no discount rate stated)',
  },
  paybackNever: { sv: 'aldrig', en: 'never' },
  paybackAfterHorizon: { sv: 'efter kalkylperioden', en: 'after the horizon' },

  // Notes without figures.
  noDiscountRate: {
    sv: 'Diskonteringsränta: ej angiven; diskonterade värden är okända (–).',
    en: 'Discount rate: not stated; discounted figures are unknown (–).',
  },
  computedSums: {
    sv: 'Beräknade summor; angivna summor prövas i granskningen. "–" = okänt belopp.',
    en: 'Computed sums; stated sums are checked by the audit. "–" = unknown amount.',
  },
  scenarioRounding: {
    sv: 'Belopp avrundade till 2 decimaler (half-up); "–" i nuvärde = ingen diskonteringsränta angiven.',
    en: 'Amounts rounded to 2 decimals (half-up); "–" in present value = no discount rate stated.',
  },
  mixedUnits: {
    sv: 'Alternativen har olika enheter: jämför inte beloppen rakt av.',
    en: 'The scenarios use different units: do not compare the amounts directly.',
  },
} as const satisfies Record<string, LocalizedText>;

/** The key of a fixed effects label. */
export type EffectsLabel = keyof typeof effectsLabels;

/**
 * Notes of the effects tables that are worded around a figure, a date or a text already in
 * both languages. Internal; a test renders each with sample data in both languages.
 */
export const effectsNotes = {
  /** "Status per 2024-12-31." */
  statusAsOf: (asOf: string): LocalizedText => ({
    sv: `Status per ${asOf}.`,
    en: `Status as of ${asOf}.`,
  }),
  /** "Kostnad totalt: 1 200 tkr + 1 okänd." The sum is already worded in both languages. */
  totalCost: (sum: LocalizedText): LocalizedText => ({
    sv: `Kostnad totalt: ${sum.sv}.`,
    en: `Total cost: ${sum.en}.`,
  }),
  /** "2 effektmål saknar nivå eller tidsperspektiv." */
  unplacedGoals: (count: number): LocalizedText => {
    // The English verb agrees with the count: "1 effect goal lacks", "2 effect goals lack".
    const goals = countText(count, {
      sv: ['effektmål saknar', 'effektmål saknar'],
      en: ['effect goal lacks', 'effect goals lack'],
    });
    return { sv: `${goals.sv} nivå eller tidsperspektiv.`, en: `${goals.en} a level or horizon.` };
  },
  /** "Diskonteringsränta 3,5 %.", or that no rate is stated. */
  discountRate: (rate: Exact | null): LocalizedText =>
    rate === null
      ? effectsLabels.noDiscountRate
      : {
          sv: `Diskonteringsränta ${formatNumber(rate)} %.`,
          en: `Discount rate ${formatNumber(rate, { locale: 'en' })} %.`,
        },
  /** "Återbetalning: 2027; diskonterat: aldrig." Each payback already in both languages. */
  payback: (plain: LocalizedText, discounted: LocalizedText): LocalizedText => ({
    sv: `Återbetalning: ${plain.sv}; diskonterat: ${discounted.sv}.`,
    en: `Payback: ${plain.en}; discounted: ${discounted.en}.`,
  }),
  /** "Nuvärde 12,50 tkr (avrundat till 2 decimaler, half-up)." */
  netPresentValue: (value: LocalizedText): LocalizedText => ({
    sv: `Nuvärde ${value.sv} (avrundat till 2 decimaler, half-up).`,
    en: `Net present value ${value.en} (rounded to 2 decimals, half-up).`,
  }),
} as const;
