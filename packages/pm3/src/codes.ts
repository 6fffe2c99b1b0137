import { defineTemplatedFindingCodes, messageTemplate, type CodedFinding } from '@styrkit/core';
import {
  CATEGORY_NAME,
  FTE_UNIT,
  KKR,
  draftNeedsInput,
  draftReading,
  duplicateList,
  followUpWhere,
  followUpCompare,
  partial,
  roundingChanges,
  tableLabel,
  totalMismatch,
  unitAfter,
  unknownReference,
  unknownWhere,
  withUnit,
  type CostItemsData,
  type CostWithoutFteData,
  type DecidedWithoutDeciderData,
  type DraftNeedsInputData,
  type DraftNotMappedData,
  type DraftReadingData,
  type DraftRowAddedData,
  type DuplicateIdData,
  type DuplicatePlanData,
  type FollowUpCompareData,
  type FteWithoutCostData,
  type InvalidInputData,
  type InvalidValidityData,
  type NameData,
  type PeriodBudgetData,
  type RoundingData,
  type ShareData,
  type StatedFigureData,
  type TotalHasUnknownData,
  type TotalMismatchData,
  type UnknownCostsData,
  type UnknownReferenceData,
  type ValidityOutsideYearData,
  type ValueData,
} from './messages.js';
import { num, numFixed, pct } from './text.js';

/**
 * Every finding code the pm3 package raises, with its default severity and a Swedish and an
 * English title and description. Codes are stable: reports, filters and translations key on
 * them, so a code is never renamed, only deprecated.
 *
 * @example
 * ```ts
 * import { pm3Codes } from '@styrkit/pm3';
 * pm3Codes.specs['pm3/row-sum-mismatch'].title.sv; // 'Radsumman stämmer inte'
 * ```
 */
export const pm3Codes = defineTemplatedFindingCodes({
  'pm3/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig uppgift', en: 'Invalid input' },
    description: {
      sv: 'Dokumentet följer inte formatet: ett fält saknas, har fel typ eller ett tal går inte att läsa.',
      en: 'The document does not follow the format: a field is missing, has the wrong type or a number cannot be read.',
    },
    message: messageTemplate<InvalidInputData>({
      sv: (d) => d.detail.sv,
      en: (d) => d.detail.en,
    }),
  },
  'pm3/row-sum-mismatch': {
    severity: 'error',
    title: { sv: 'Radsumman stämmer inte', en: 'Row total does not match' },
    description: {
      sv: 'Den angivna summan för en huvudaktivitet skiljer sig från summan av radens celler.',
      en: 'The stated total of a main activity differs from the sum of its cells.',
    },
    message: messageTemplate<TotalMismatchData>({
      sv: (d) => totalMismatch(d, 'sv'),
      en: (d) => totalMismatch(d, 'en'),
    }),
  },
  'pm3/column-sum-mismatch': {
    severity: 'error',
    title: { sv: 'Kolumnsumman stämmer inte', en: 'Column total does not match' },
    description: {
      sv: 'Den angivna kolumnsumman (till exempel verksamhetsnära VM) skiljer sig från summan av raderna.',
      en: 'The stated column total (for example business-side VM) differs from the sum of the rows.',
    },
    message: messageTemplate<TotalMismatchData>({
      sv: (d) => totalMismatch(d, 'sv'),
      en: (d) => totalMismatch(d, 'en'),
    }),
  },
  'pm3/grand-total-mismatch': {
    severity: 'error',
    title: { sv: 'Totalsumman stämmer inte', en: 'Grand total does not match' },
    description: {
      sv: 'Den angivna totalsumman skiljer sig från summan av alla celler.',
      en: 'The stated grand total differs from the sum of all cells.',
    },
    message: messageTemplate<TotalMismatchData>({
      sv: (d) => totalMismatch(d, 'sv'),
      en: (d) => totalMismatch(d, 'en'),
    }),
  },
  'pm3/total-has-unknown': {
    severity: 'info',
    title: { sv: 'Summa med okända poster', en: 'Total with unknown items' },
    description: {
      sv: 'En summa innehåller okända belopp ("?"). Den redovisas som känd del plus antal okända, aldrig som om de vore noll.',
      en: 'A total includes unknown amounts ("?"). It is reported as the known part plus a count of unknowns, never as if they were zero.',
    },
    message: messageTemplate<TotalHasUnknownData>({
      sv: (d) =>
        `${unknownWhere(d.where, 'sv')}: angivet ${num(d.stated)}${unitAfter(d.unit, 'sv', d.stated)}, ${d.of === 'cells' ? 'cellerna' : 'posterna'} ger ${partial(d.sum, d.unit, 'sv')}`,
      en: (d) =>
        `${unknownWhere(d.where, 'en')}: stated ${num(d.stated, 'en')}${unitAfter(d.unit, 'en', d.stated)}, the ${d.of === 'cells' ? 'cells' : 'items'} give ${partial(d.sum, d.unit, 'en')}`,
    }),
  },
  'pm3/cost-items-mismatch': {
    severity: 'error',
    title: { sv: 'Kostnadsposterna stämmer inte', en: 'Cost items do not add up' },
    description: {
      sv: 'Posterna i en kostnadsuppställning summerar inte till den angivna totalen. Varning när posterna är uppskattningar ("ca").',
      en: 'The items of a cost breakdown do not add up to the stated total. A warning when the items are estimates ("ca").',
    },
    message: messageTemplate<CostItemsData>({
      sv: (d) =>
        `${d.title}: posterna summerar till ${num(d.items)} ${d.unit} men totalen anges till ${num(d.stated)} ${d.unit} (skillnad ${num(d.items.minus(d.stated))} ${d.unit})${d.estimate ? '; några belopp är uppskattningar' : ''}`,
      en: (d) =>
        `${d.title}: the items add up to ${num(d.items, 'en')} ${d.unit} but the total is stated as ${num(d.stated, 'en')} ${d.unit} (difference ${num(d.items.minus(d.stated), 'en')} ${d.unit})${d.estimate ? '; some amounts are estimates' : ''}`,
    }),
  },
  'pm3/stated-figure-mismatch': {
    severity: 'error',
    title: { sv: 'Angiven siffra stämmer inte', en: 'Stated figure does not match' },
    description: {
      sv: 'En siffra i planens text (till exempel antal årsarbeten för vidmakthållande) stämmer inte med matrisen på den noggrannhet den är skriven.',
      en: "A figure in the plan's text (for example the FTE for maintenance) does not match the matrix at the precision it is written with.",
    },
    message: messageTemplate<StatedFigureData>({
      sv: (d) =>
        `${d.label}: texten anger ${d.estimate ? 'ca ' : ''}${num(d.stated)}, matrisen ger ${num(d.computed)}`,
      en: (d) =>
        `${d.label}: the text states ${d.estimate ? 'about ' : ''}${num(d.stated, 'en')}, the matrix gives ${num(d.computed, 'en')}`,
    }),
  },
  'pm3/unknown-costs': {
    severity: 'info',
    title: { sv: 'Okända kostnader', en: 'Unknown costs' },
    description: {
      sv: 'Initiativ utan känd kostnad: totalen är känd del plus antal okända.',
      en: 'Initiatives without a known cost: the total is the known part plus a count of unknowns.',
    },
    message: messageTemplate<UnknownCostsData>({
      sv: (d) => `${CATEGORY_NAME[d.category].sv}: ${partial(d.sum, KKR, 'sv')}`,
      en: (d) => `${CATEGORY_NAME[d.category].en}: ${partial(d.sum, KKR, 'en')}`,
    }),
  },
  'pm3/strategic-without-goal-link': {
    severity: 'warning',
    title: {
      sv: 'Strategiskt initiativ utan nämndmål',
      en: 'Strategic initiative without a committee goal',
    },
    description: {
      sv: 'Ett strategiskt initiativ ska per definition vara kopplat till ett nämndmål via målkopplingstabellen.',
      en: 'A strategic initiative is by definition linked to a committee goal through the goal linkage table.',
    },
    message: messageTemplate<NameData>({
      sv: (d) =>
        `Det strategiska initiativet "${d.name}" är inte kopplat till något nämndmål i målkopplingstabellen`,
      en: (d) =>
        `The strategic initiative "${d.name}" is not linked to any committee goal in the goal linkage table`,
    }),
  },
  'pm3/cost-without-fte': {
    severity: 'info',
    title: { sv: 'Kostnad utan årsarbeten', en: 'Cost without FTE' },
    description: {
      sv: 'En cell har budget men inga årsarbeten. Kan vara rimligt (licenser, drift) men bör vara medvetet.',
      en: 'A cell has budget but no FTE. May be right (licences, operations) but should be deliberate.',
    },
    message: messageTemplate<CostWithoutFteData>({
      sv: (d) =>
        `${d.activity.sv}, ${d.column.sv}: budget ${num(d.cost)} ${d.unit.sv} men inga årsarbeten`,
      en: (d) =>
        `${d.activity.en}, ${d.column.en}: budget ${num(d.cost, 'en')} ${d.unit.en} but no FTE`,
    }),
  },
  'pm3/fte-without-cost': {
    severity: 'info',
    title: { sv: 'Årsarbeten utan kostnad', en: 'FTE without cost' },
    description: {
      sv: 'En cell har årsarbeten men ingen budget: personalens tid syns inte i kostnaderna.',
      en: 'A cell has FTE but no budget: the staff time does not show in the costs.',
    },
    message: messageTemplate<FteWithoutCostData>({
      sv: (d) =>
        `${d.activity.sv}, ${d.column.sv}: ${withUnit(d.fte, FTE_UNIT, 'sv')} men ingen budget`,
      en: (d) =>
        `${d.activity.en}, ${d.column.en}: ${withUnit(d.fte, FTE_UNIT, 'en')} but no budget`,
    }),
  },
  'pm3/duplicate-id': {
    severity: 'error',
    title: { sv: 'Dubblett av id', en: 'Duplicate id' },
    description: {
      sv: 'Två poster i samma lista har samma id, så hänvisningar och jämförelser blir tvetydiga.',
      en: 'Two entries of one list share an id, so references and diffs become ambiguous.',
    },
    message: messageTemplate<DuplicateIdData>({
      sv: (d) => `${duplicateList(d, 'sv')}: id "${d.id}" förekommer mer än en gång`,
      en: (d) => `${duplicateList(d, 'en')}: id "${d.id}" occurs more than once`,
    }),
  },
  'pm3/unknown-reference': {
    severity: 'error',
    title: { sv: 'Okänd hänvisning', en: 'Unknown reference' },
    description: {
      sv: 'En hänvisning pekar på ett id som inte finns (huvudaktivitet, mål, rad, kolumn, förvaltningsobjekt eller planens organisations- eller forumdokument).',
      en: "A reference points at an id that does not exist (main activity, goal, row, column, maintenance object or the plan's organisation or forum set document).",
    },
    message: messageTemplate<UnknownReferenceData>({
      sv: (d) => unknownReference(d, 'sv'),
      en: (d) => unknownReference(d, 'en'),
    }),
  },
  'pm3/decided-without-decider': {
    severity: 'error',
    title: { sv: 'Beslut utan beslutsfattare eller datum', en: 'Decision without decider or date' },
    description: {
      sv: 'En fastställd eller reviderad plan ska ange vem som beslutade och när.',
      en: 'A decided or revised plan must name who decided and when.',
    },
    message: messageTemplate<DecidedWithoutDeciderData>({
      sv: (d) =>
        `Versionen "${d.label}" är ${d.status === 'decided' ? 'fastställd' : 'reviderad'} men anger inte ${d.field === 'decidedBy' ? 'vem som beslutade' : 'beslutsdatum'}`,
      en: (d) =>
        `Version "${d.label}" is ${d.status} but does not say ${d.field === 'decidedBy' ? 'who decided' : 'when'}`,
    }),
  },
  'pm3/validity-outside-year': {
    severity: 'warning',
    title: { sv: 'Giltighet utanför planåret', en: 'Validity outside the plan year' },
    description: {
      sv: 'Planens giltighetsperiod ligger inte inom planåret.',
      en: 'The validity period of the plan is not within its year.',
    },
    message: messageTemplate<ValidityOutsideYearData>({
      sv: (d) =>
        `Giltighetsperioden ${d.start} – ${d.end} ligger inte inom planåret ${String(d.year)}`,
      en: (d) => `The validity ${d.start} – ${d.end} is not within the plan year ${String(d.year)}`,
    }),
  },
  'pm3/invalid-validity': {
    severity: 'error',
    title: { sv: 'Ogiltig giltighetsperiod', en: 'Invalid validity period' },
    description: {
      sv: 'Giltighetsperioden slutar före den börjar.',
      en: 'The validity period ends before it starts.',
    },
    message: messageTemplate<InvalidValidityData>({
      sv: (d) => `Giltigheten slutar ${d.end}, före starten ${d.start}`,
      en: (d) => `The validity ends ${d.end}, before its start ${d.start}`,
    }),
  },
  'pm3/unknown-classification': {
    severity: 'info',
    title: { sv: 'Okänd klassificering', en: 'Unknown classification' },
    description: {
      sv: 'Effekttyp, perspektiv, tidsperspektiv eller effektomfattning finns inte i vokabulären.',
      en: 'Effect type, perspective, time to effect or effect scope is not in the vocabulary.',
    },
    message: messageTemplate<ValueData>({
      sv: (d) => `"${d.value}" finns inte i vokabulären`,
      en: (d) => `"${d.value}" is not in the vocabulary`,
    }),
  },
  'pm3/duplicate-plan': {
    severity: 'warning',
    title: {
      sv: 'Flera planer för samma objekt och år',
      en: 'Several plans for one object and year',
    },
    description: {
      sv: 'Portföljen innehåller mer än en plan för samma förvaltningsobjekt och år; summeringen räknar alla.',
      en: 'The portfolio holds more than one plan for the same object and year; the roll-up counts all of them.',
    },
    message: messageTemplate<DuplicatePlanData>({
      sv: (d) =>
        `Objektet ${d.objectId} har redan en plan för ${String(d.year)} (nr ${String(d.first + 1)}); båda räknas i summeringen`,
      en: (d) =>
        `Object ${d.objectId} already has a plan for ${String(d.year)} (no. ${String(d.first + 1)}); both are counted in the roll-up`,
    }),
  },
  'pm3/follow-up-sum-mismatch': {
    severity: 'error',
    title: { sv: 'Summeringsraden stämmer inte', en: 'Sum row does not match' },
    description: {
      sv: 'En summeringsrad i uppföljningen skiljer sig från summan av sina rader med mer än avrundningstoleransen.',
      en: 'A sum row of the follow-up differs from the sum of its rows by more than the rounding tolerance.',
    },
    message: messageTemplate<FollowUpCompareData>({
      sv: (d) => followUpCompare(d, 'sv'),
      en: (d) => followUpCompare(d, 'en'),
    }),
  },
  'pm3/deviation-mismatch': {
    severity: 'error',
    title: { sv: 'Avvikelsen stämmer inte', en: 'Deviation does not match' },
    description: {
      sv: 'Den angivna avvikelsen skiljer sig från den som följer av budget, utfall eller prognos och teckenkonventionen.',
      en: 'The stated deviation differs from the one that follows from budget, outcome or forecast and the sign convention.',
    },
    message: messageTemplate<FollowUpCompareData>({
      sv: (d) => followUpCompare(d, 'sv'),
      en: (d) => followUpCompare(d, 'en'),
    }),
  },
  'pm3/follow-up-rounding-difference': {
    severity: 'info',
    title: { sv: 'Avrundningsdifferens', en: 'Rounding difference' },
    description: {
      sv: 'En summa eller avvikelse skiljer sig inom avrundningstoleransen, troligen för att belopp avrundats rad för rad.',
      en: 'A total or deviation differs within the rounding tolerance, probably because amounts were rounded row by row.',
    },
    message: messageTemplate<FollowUpCompareData>({
      sv: (d) => `${followUpCompare(d, 'sv')}; inom avrundningstoleransen`,
      en: (d) => `${followUpCompare(d, 'en')}; within the rounding tolerance`,
    }),
  },
  'pm3/share-mismatch': {
    severity: 'error',
    title: { sv: 'Andelen stämmer inte', en: 'Share does not match' },
    description: {
      sv: 'Angiven andel av årsbudgeten skiljer sig från periodutfall delat med årsbudget.',
      en: 'The stated share of the annual budget differs from period outcome divided by annual budget.',
    },
    message: messageTemplate<ShareData>({
      sv: (d) =>
        `${followUpWhere(d.where, 'sv')}: andel av årsbudget anges ${pct(d.stated)}, utfallet ger ${pct(d.computed)}`,
      en: (d) =>
        `${followUpWhere(d.where, 'en')}: share of annual budget stated as ${pct(d.stated, 'en')}, the outcome gives ${pct(d.computed, 'en')}`,
    }),
  },
  'pm3/period-budget-not-linear': {
    severity: 'info',
    title: { sv: 'Periodbudget ej linjär', en: 'Period budget not linear' },
    description: {
      sv: 'Periodbudgeten skiljer sig från årsbudget × månader / 12 med mer än avrundningstoleransen.',
      en: 'The period budget differs from annual budget × months / 12 by more than the rounding tolerance.',
    },
    message: messageTemplate<PeriodBudgetData>({
      sv: (d) =>
        `${followUpWhere(d.where, 'sv')}: periodbudget ${num(d.period)} ${d.unit}, men årsbudget × ${String(d.months)}/12 ger ${numFixed(d.linear, 2)}`,
      en: (d) =>
        `${followUpWhere(d.where, 'en')}: period budget ${num(d.period, 'en')} ${d.unit}, but annual budget × ${String(d.months)}/12 gives ${numFixed(d.linear, 2, 'en')}`,
    }),
  },
  'pm3/rounding-changes-figure': {
    severity: 'warning',
    title: { sv: 'Avrundningen ändrar siffran', en: 'Rounding changes the figure' },
    description: {
      sv: 'En omskalad siffra (till exempel tkr till mnkr) stämmer inte med avrundningssättet: ange avrundningen uttryckligen.',
      en: 'A rescaled figure (for example tkr to mnkr) does not match the rounding mode: state the rounding explicitly.',
    },
    message: messageTemplate<RoundingData>({
      sv: (d) => roundingChanges(d, 'sv'),
      en: (d) => roundingChanges(d, 'en'),
    }),
  },
  'pm3/draft-needs-input': {
    severity: 'warning',
    title: { sv: 'Utkastet behöver kompletteras', en: 'The draft needs input' },
    description: {
      sv: 'Ett utkast gjort av en tabell i ett dokument har en platshållare där tabellen inte ger uppgiften: fyll i den.',
      en: 'A draft made from a table in a document has a placeholder where the table does not give the value: fill it in.',
    },
    message: messageTemplate<DraftNeedsInputData>({
      sv: (d) => draftNeedsInput(d, 'sv'),
      en: (d) => draftNeedsInput(d, 'en'),
    }),
  },
  'pm3/draft-row-added': {
    severity: 'info',
    title: { sv: 'Egen huvudaktivitet i utkastet', en: 'Own main activity in the draft' },
    description: {
      sv: 'En rad i tabellen är ingen av pm3:s huvudaktiviteter; utkastet tar den som planens egen huvudaktivitet.',
      en: "A table row is none of pm3's main activities; the draft takes it as the plan's own main activity.",
    },
    message: messageTemplate<DraftRowAddedData>({
      sv: (d) =>
        `${tableLabel(d.table, 'sv')}: raden "${d.label}" är ingen känd huvudaktivitet; utkastet tar den som egen huvudaktivitet "${d.id}" (ge den en engelsk titel)`,
      en: (d) =>
        `${tableLabel(d.table, 'en')}: the row "${d.label}" is no known main activity; the draft takes it as its own main activity "${d.id}" (give it an English title)`,
    }),
  },
  'pm3/draft-not-mapped': {
    severity: 'warning',
    title: { sv: 'Del av tabellen ej överförd', en: 'Part of the table not carried over' },
    description: {
      sv: 'En kolumn eller rad i tabellen hör inte till budget- eller årsarbetsmatrisen (till exempel nyutveckling eller en delsumma); dess siffror finns inte i utkastet.',
      en: 'A column or row of the table is not part of the budget or FTE matrix (for example new development or a subtotal); its figures are not in the draft.',
    },
    message: messageTemplate<DraftNotMappedData>({
      sv: (d) =>
        d.what === 'row'
          ? `${tableLabel(d.table, 'sv')}: raden "${d.label}" hör inte till matrisen och finns inte i utkastet`
          : `${tableLabel(d.table, 'sv')}: kolumnen "${d.label}" är varken VM eller VU under en sida och finns inte i utkastet`,
      en: (d) =>
        d.what === 'row'
          ? `${tableLabel(d.table, 'en')}: the row "${d.label}" is not part of the matrix and is not in the draft`
          : `${tableLabel(d.table, 'en')}: the column "${d.label}" is neither VM nor VU under a side and is not in the draft`,
    }),
  },
  'pm3/draft-reading-assumed': {
    severity: 'warning',
    title: { sv: 'Tolkning antagen i utkastet', en: 'Reading assumed in the draft' },
    description: {
      sv: 'Tabellen säger inte allt utkastet behöver (till exempel vilken sida en kolumn hör till); utkastet följer pm3:s standardordning och säger det: kontrollera.',
      en: "The table does not say everything the draft needs (for example which side a column belongs to); the draft follows pm3's standard order and says so: check it.",
    },
    message: messageTemplate<DraftReadingData>({
      sv: (d) => draftReading(d, 'sv'),
      en: (d) => draftReading(d, 'en'),
    }),
  },
});

/**
 * A finding code of the pm3 package.
 *
 * @example
 * ```ts
 * import type { Pm3Code } from '@styrkit/pm3';
 * const code: Pm3Code = 'pm3/grand-total-mismatch';
 * ```
 */
export type Pm3Code = keyof typeof pm3Codes.specs;

/**
 * A finding of the pm3 package: its code is one of {@link Pm3Code}.
 *
 * @example
 * ```ts
 * import type { Pm3Finding } from '@styrkit/pm3';
 * const isMismatch = (f: Pm3Finding): boolean => f.code === 'pm3/row-sum-mismatch';
 * ```
 */
export type Pm3Finding = CodedFinding<Pm3Code>;
