import {
  defineTemplatedFindingCodes,
  formatNumber,
  messageTemplate,
  type CodedFinding,
  type Exact,
  type NumberLocale,
} from '@styrkit/core';
import {
  directionNote,
  discountRateMissing,
  fieldList,
  levelName,
  partial,
  paybackMismatch,
  sumMismatch,
  targetDirection,
  unknownReference,
  unknownTerm,
  type EffectsCostsUnknownData,
  type EffectsCountData,
  type EffectsCycleData,
  type EffectsDatesData,
  type EffectsDirectionConflictData,
  type EffectsDiscountRateData,
  type EffectsDuplicateIdData,
  type EffectsGoalIdData,
  type EffectsGoalNotMeasurableData,
  type EffectsInvalidInputData,
  type EffectsLevelOrderData,
  type EffectsNotScoredData,
  type EffectsOutsidePeriodData,
  type EffectsOwnerIsProjectData,
  type EffectsPaybackMismatchData,
  type EffectsRankData,
  type EffectsScoreData,
  type EffectsSharedData,
  type EffectsSumMismatchData,
  type EffectsTargetDirectionData,
  type EffectsTitleData,
  type EffectsUnitMismatchData,
  type EffectsUnknownReferenceData,
  type EffectsUnknownTermData,
  type EffectsYearGapData,
} from './messages.js';

const num = (value: Exact, locale: NumberLocale): string => formatNumber(value, { locale });

/**
 * Every finding code @styrkit/effects can raise, with its default severity, a Swedish and
 * English title and description, and the message template that words its findings from the
 * data a rule passes (rules never write sentences). The codes are stable: reports, filters and
 * tests rely on them.
 *
 * @example
 * ```ts
 * import { effectsCodes } from '@styrkit/effects';
 * effectsCodes.specs['effects/goal-not-measurable'].severity; // 'warning'
 * effectsCodes.render('effects/chain-cycle', { cycle: ['a', 'b', 'a'] }).en; // 'The effect chain has a cycle: a → b → a'
 * ```
 */
export const effectsCodes = defineTemplatedFindingCodes({
  'effects/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig uppgift', en: 'Invalid input' },
    description: {
      sv: 'Dokumentet följer inte dataformatet: ett värde saknas eller har fel form.',
      en: 'The document does not follow the data format: a value is missing or has the wrong form.',
    },
    message: messageTemplate<EffectsInvalidInputData>({
      sv: (d) => d.detail.sv,
      en: (d) => d.detail.en,
    }),
  },
  'effects/duplicate-id': {
    severity: 'error',
    title: { sv: 'Dubblerat id', en: 'Duplicate id' },
    description: {
      sv: 'Två mål, initiativ, noder eller poster har samma id, så länkar blir tvetydiga.',
      en: 'Two goals, initiatives, nodes or items share an id, so links become ambiguous.',
    },
    message: messageTemplate<EffectsDuplicateIdData>({
      sv: (d) =>
        d.list === 'scenarios'
          ? `Alternativet "${d.id}" finns två gånger`
          : `Id "${d.id}" används mer än en gång`,
      en: (d) =>
        d.list === 'scenarios'
          ? `Scenario "${d.id}" appears twice`
          : `Id "${d.id}" is used more than once`,
    }),
  },
  'effects/unknown-reference': {
    severity: 'error',
    title: { sv: 'Okänd hänvisning', en: 'Unknown reference' },
    description: {
      sv: 'En länk pekar på ett id som inte finns i dokumentet.',
      en: 'A link points to an id that does not exist in the document.',
    },
    message: messageTemplate<EffectsUnknownReferenceData>({
      sv: (d) => unknownReference(d, 'sv'),
      en: (d) => unknownReference(d, 'en'),
    }),
  },
  'effects/goal-not-measurable': {
    severity: 'warning',
    title: { sv: 'Målet går inte att mäta', en: 'Goal is not measurable' },
    description: {
      sv: 'Effektmålet saknar något av indikator, utgångsvärde, målvärde, måldatum eller ägare. Målet godtas som utkast; fyndet säger exakt vad som fattas.',
      en: 'The effect goal lacks one or more of indicator, baseline, target, target date or owner. It is accepted as a draft; the finding lists exactly what is missing.',
    },
    message: messageTemplate<EffectsGoalNotMeasurableData>({
      sv: (d) =>
        `Effektmålet "${d.title}" saknar ${fieldList(d.missing, 'sv')}${directionNote(d.knownDirection, 'sv')}`,
      en: (d) =>
        `Effect goal "${d.title}" is missing ${fieldList(d.missing, 'en')}${directionNote(d.knownDirection, 'en')}`,
    }),
  },
  'effects/owner-is-project': {
    severity: 'warning',
    title: { sv: 'Projektet äger effekten', en: 'Effect owned by the project' },
    description: {
      sv: 'Effekter hämtas hem av verksamheten efter leverans; ägaren ska vara en verksamhetsroll, inte projektet.',
      en: 'Effects are realised by the business after delivery; the owner must be a business role, not the project.',
    },
    message: messageTemplate<EffectsOwnerIsProjectData>({
      sv: (d) =>
        `Effektmålet "${d.title}" ägs av projektet (${d.role}); effekten hämtas hem av verksamheten`,
      en: (d) =>
        `Effect goal "${d.title}" is owned by the project (${d.role}); the business realises the effect`,
    }),
  },
  'effects/goal-without-parent': {
    severity: 'warning',
    title: { sv: 'Effektmål utan överordnat mål', en: 'Effect goal linked to no goal above' },
    description: {
      sv: 'Effektmålet är inte kopplat till något nämndmål, någon vision eller något delmål.',
      en: 'The effect goal is not linked to any committee goal, vision or objective.',
    },
    message: messageTemplate<EffectsTitleData>({
      sv: (d) => `Effektmålet "${d.title}" är inte kopplat till något mål ovanför`,
      en: (d) => `Effect goal "${d.title}" is linked to no goal above it`,
    }),
  },
  'effects/level-order': {
    severity: 'warning',
    title: { sv: 'Fel nivå i målträdet', en: 'Wrong level in the goal tree' },
    description: {
      sv: 'Ett mål pekar uppåt på ett mål som inte ligger på en högre nivå.',
      en: 'A goal points up to a goal that is not on a higher level.',
    },
    message: messageTemplate<EffectsLevelOrderData>({
      sv: (d) =>
        `Målet "${d.id}" (${levelName(d.level, 'sv')}) pekar uppåt på "${d.parentId}" som ligger lägre (${levelName(d.parentLevel, 'sv')})`,
      en: (d) =>
        `Goal "${d.id}" (${levelName(d.level, 'en')}) points up to "${d.parentId}", which is lower (${levelName(d.parentLevel, 'en')})`,
    }),
  },
  'effects/target-wrong-direction': {
    severity: 'error',
    title: { sv: 'Målvärdet går åt fel håll', en: 'Target in the wrong direction' },
    description: {
      sv: 'Målvärdet ligger på fel sida om utgångsvärdet med tanke på indikatorns riktning.',
      en: "The target lies on the wrong side of the baseline given the indicator's direction.",
    },
    message: messageTemplate<EffectsTargetDirectionData>({
      sv: (d) => targetDirection(d, 'sv'),
      en: (d) => targetDirection(d, 'en'),
    }),
  },
  'effects/dates-out-of-order': {
    severity: 'error',
    title: { sv: 'Datum i fel ordning', en: 'Dates out of order' },
    description: {
      sv: 'Utgångsdatum, delmål och måldatum måste komma i tidsordning.',
      en: 'Baseline date, milestones and target date must follow each other in time.',
    },
    message: messageTemplate<EffectsDatesData>({
      sv: (d) => `Datumet ${d.date} kommer före ${d.before}`,
      en: (d) => `Date ${d.date} comes before ${d.before}`,
    }),
  },
  'effects/measurement-unknown-goal': {
    severity: 'error',
    title: { sv: 'Mätning för okänt mål', en: 'Measurement for an unknown goal' },
    description: {
      sv: 'Mätningen hänvisar till ett mål som inte finns.',
      en: 'The measurement refers to a goal that does not exist.',
    },
    message: messageTemplate<EffectsGoalIdData>({
      sv: (d) => `Okänt mål "${d.goalId}"`,
      en: (d) => `Unknown goal "${d.goalId}"`,
    }),
  },
  'effects/measurement-outside-period': {
    severity: 'warning',
    title: { sv: 'Mätning utanför målets period', en: "Measurement outside the goal's period" },
    description: {
      sv: 'Mätningen är daterad före utgångsvärdet eller efter måldatum (eller utanför målets angivna period).',
      en: "The measurement is dated before the baseline or after the target date (or outside the goal's stated period).",
    },
    message: messageTemplate<EffectsOutsidePeriodData>({
      sv: (d) => `Mätningen ${d.date} ligger utanför målets period ${d.start}–${d.end}`,
      en: (d) => `Measurement ${d.date} lies outside the goal's period ${d.start}–${d.end}`,
    }),
  },
  'effects/measurement-unit-mismatch': {
    severity: 'error',
    title: { sv: 'Mätning i annan enhet', en: 'Measurement in another unit' },
    description: {
      sv: 'Mätningen har en annan enhet än indikatorn och räknas inte in i status.',
      en: "The measurement's unit differs from the indicator's and is left out of the status.",
    },
    message: messageTemplate<EffectsUnitMismatchData>({
      sv: (d) => `Mätningen är i "${d.unit}" men indikatorn i "${d.indicatorUnit}"`,
      en: (d) => `The measurement is in "${d.unit}" but the indicator in "${d.indicatorUnit}"`,
    }),
  },
  'effects/measurement-without-indicator': {
    severity: 'warning',
    title: { sv: 'Mätning utan indikator', en: 'Measurement without an indicator' },
    description: {
      sv: 'Målet har ingen indikator, så mätningen kan inte tolkas.',
      en: 'The goal has no indicator, so the measurement cannot be interpreted.',
    },
    message: messageTemplate<EffectsTitleData>({
      sv: (d) => `Målet "${d.title}" har ingen indikator att mäta`,
      en: (d) => `Goal "${d.title}" has no indicator to measure`,
    }),
  },
  'effects/strategic-without-committee-goal': {
    severity: 'error',
    title: {
      sv: 'Strategiskt initiativ utan nämndmål',
      en: 'Strategic initiative without a committee goal',
    },
    description: {
      sv: 'Ett strategiskt initiativ ska per definition kopplas till ett nämndmål, men ingen länk leder dit.',
      en: 'A strategic initiative by definition links to a committee goal, but no link leads there.',
    },
    message: messageTemplate<EffectsTitleData>({
      sv: (d) => `Det strategiska initiativet "${d.title}" är inte kopplat till något nämndmål`,
      en: (d) => `Strategic initiative "${d.title}" is not linked to any committee goal`,
    }),
  },
  'effects/strategic-without-effect-goal': {
    severity: 'warning',
    title: {
      sv: 'Strategiskt initiativ utan effektmål',
      en: 'Strategic initiative without an effect goal',
    },
    description: {
      sv: 'Inget effektmål hänvisar till det strategiska initiativet, så dess nytta kan inte följas upp.',
      en: 'No effect goal refers to the strategic initiative, so its benefit cannot be followed up.',
    },
    message: messageTemplate<EffectsTitleData>({
      sv: (d) => `Inget effektmål hör till det strategiska initiativet "${d.title}"`,
      en: (d) => `No effect goal belongs to strategic initiative "${d.title}"`,
    }),
  },
  'effects/initiative-unclassified': {
    severity: 'info',
    title: { sv: 'Initiativ utan effekttyp', en: 'Initiative without an effect type' },
    description: {
      sv: 'Initiativet saknar effekttyp (till exempel tidsbesparande eller kvalitetshöjande).',
      en: 'The initiative has no effect type (for example time-saving or quality-raising).',
    },
    message: messageTemplate<EffectsTitleData>({
      sv: (d) => `Initiativet "${d.title}" saknar effekttyp`,
      en: (d) => `Initiative "${d.title}" has no effect type`,
    }),
  },
  'effects/costs-partly-unknown': {
    severity: 'info',
    title: { sv: 'Kostnader delvis okända', en: 'Costs partly unknown' },
    description: {
      sv: 'Några kostnader är okända ("?"). Summan visar den kända delen och antalet okända; okänt räknas aldrig som noll.',
      en: 'Some costs are unknown ("?"). The total shows the known part and the number of unknowns; unknown never counts as zero.',
    },
    message: messageTemplate<EffectsCostsUnknownData>({
      sv: (d) => `Kostnaderna summerar till ${partial(d.sum, d.unit, 'sv')}`,
      en: (d) => `The costs add up to ${partial(d.sum, d.unit, 'en')}`,
    }),
  },
  'effects/unknown-term': {
    severity: 'info',
    title: { sv: 'Okänd term', en: 'Unknown term' },
    description: {
      sv: 'En klassificering använder ett ord som inte finns i den konfigurerade vokabulären.',
      en: 'A classification uses a word that is not in the configured vocabulary.',
    },
    message: messageTemplate<EffectsUnknownTermData>({
      sv: (d) => unknownTerm(d, 'sv'),
      en: (d) => unknownTerm(d, 'en'),
    }),
  },
  'effects/chain-cycle': {
    severity: 'error',
    title: { sv: 'Cirkel i effektkedjan', en: 'Cycle in the effect chain' },
    description: {
      sv: 'Effektkedjan måste vara en riktad graf utan cirklar: en effekt kan inte orsaka sig själv.',
      en: 'The effect chain must be a directed acyclic graph: an effect cannot cause itself.',
    },
    message: messageTemplate<EffectsCycleData>({
      sv: (d) => `Effektkedjan går i cirkel: ${d.cycle.join(' → ')}`,
      en: (d) => `The effect chain has a cycle: ${d.cycle.join(' → ')}`,
    }),
  },
  'effects/payback-claim-mismatch': {
    severity: 'error',
    title: {
      sv: 'Påstått återbetalningsår stämmer inte',
      en: 'Claimed payback year not supported',
    },
    description: {
      sv: 'Det angivna återbetalningsåret (ett år, "aldrig" eller "efter kalkylperioden") skiljer sig från det kassaflödet ger.',
      en: 'The stated payback (a year, "never" or "after the horizon") differs from what the cash flow gives.',
    },
    message: messageTemplate<EffectsPaybackMismatchData>({
      sv: (d) => paybackMismatch(d, 'sv'),
      en: (d) => paybackMismatch(d, 'en'),
    }),
  },
  'effects/cash-flow-year-gap': {
    severity: 'error',
    title: { sv: 'Luckor i kassaflödets år', en: 'Gap in cash-flow years' },
    description: {
      sv: 'Kassaflödets år måste vara unika och följa på varandra.',
      en: 'The cash-flow years must be unique and consecutive.',
    },
    message: messageTemplate<EffectsYearGapData>({
      sv: (d) =>
        d.kind === 'duplicate'
          ? `Året ${String(d.year)} anges två gånger`
          : `Året ${String(d.year)} följer inte direkt på ${String(d.previous)}`,
      en: (d) =>
        d.kind === 'duplicate'
          ? `Year ${String(d.year)} is given twice`
          : `Year ${String(d.year)} does not directly follow ${String(d.previous)}`,
    }),
  },
  'effects/cash-flow-sum-mismatch': {
    severity: 'error',
    title: { sv: 'Summa i kassaflödet stämmer inte', en: 'Cash-flow sum does not match' },
    description: {
      sv: 'En angiven summa per post, per år eller totalt skiljer sig från summan av beloppen.',
      en: 'A stated sum per line, per year or in total differs from the sum of its amounts.',
    },
    message: messageTemplate<EffectsSumMismatchData>({
      sv: (d) => sumMismatch(d, 'sv'),
      en: (d) => sumMismatch(d, 'en'),
    }),
  },
  'effects/cash-flow-amount-unknown': {
    severity: 'info',
    title: { sv: 'Okända belopp i kassaflödet', en: 'Unknown amounts in the cash flow' },
    description: {
      sv: 'Några belopp är okända ("?"); beräkningarna bygger på de kända beloppen.',
      en: 'Some amounts are unknown ("?"); the calculations use the known amounts.',
    },
    message: messageTemplate<EffectsCountData>({
      sv: (d) =>
        d.count === 1
          ? '1 belopp i kassaflödet är okänt; summor, återbetalning och nuvärde bygger på de kända'
          : `${String(d.count)} belopp i kassaflödet är okända; summor, återbetalning och nuvärde bygger på de kända`,
      en: (d) =>
        d.count === 1
          ? '1 amount of the cash flow is unknown; sums, payback and present value use the known ones'
          : `${String(d.count)} amounts of the cash flow are unknown; sums, payback and present value use the known ones`,
    }),
  },
  'effects/discount-rate-not-stated': {
    severity: 'warning',
    title: { sv: 'Diskonteringsränta saknas', en: 'Discount rate not stated' },
    description: {
      sv: 'Dokumentet anger ingen diskonteringsränta, så diskonterade värden är okända och ett påstått diskonterat återbetalningsår kan inte prövas.',
      en: 'The document states no discount rate, so discounted figures are unknown and a claimed discounted payback year cannot be checked.',
    },
    message: messageTemplate<EffectsDiscountRateData>({
      sv: (d) => discountRateMissing(d, 'sv'),
      en: (d) => discountRateMissing(d, 'en'),
    }),
  },
  'effects/scenario-not-chosen': {
    severity: 'info',
    title: { sv: 'Inget alternativ valt', en: 'No scenario chosen' },
    description: {
      sv: 'Planen jämför flera alternativ men anger inte vilket som valts.',
      en: 'The plan compares several scenarios but does not say which one was chosen.',
    },
    message: messageTemplate<EffectsCountData>({
      sv: (d) => `Planen jämför ${String(d.count)} alternativ men anger inte vilket som valts`,
      en: (d) => `The plan compares ${String(d.count)} scenarios but does not say which was chosen`,
    }),
  },
  'effects/direction-conflict': {
    severity: 'error',
    title: { sv: 'Motstridig riktning', en: 'Conflicting direction' },
    description: {
      sv: 'Målets riktning och indikatorns riktning pekar åt olika håll.',
      en: "The goal's direction and its indicator's direction disagree.",
    },
    message: messageTemplate<EffectsDirectionConflictData>({
      sv: (d) =>
        `Effektmålet "${d.title}" ska ${d.direction === 'increase' ? 'öka' : 'minska'}, men indikatorn "${d.indicator}" ska ${d.indicatorDirection === 'increase' ? 'öka' : 'minska'}`,
      en: (d) =>
        `Effect goal "${d.title}" should ${d.direction}, but its indicator "${d.indicator}" should ${d.indicatorDirection}`,
    }),
  },
  'effects/responsibility-shared': {
    severity: 'error',
    title: { sv: 'Ansvar med flera ägare', en: 'Responsibility with several owners' },
    description: {
      sv: 'Varje ansvar ska ha exakt en ägare, men samma uppgift står på flera roller.',
      en: 'Each responsibility has exactly one owner, but the same task is listed under several roles.',
    },
    message: messageTemplate<EffectsSharedData>({
      sv: (d) => `Ansvaret "${d.task}" ägs redan av ${d.first}, inte också av ${d.owner}`,
      en: (d) =>
        `Responsibility "${d.task}" is already owned by ${d.first}, not also by ${d.owner}`,
    }),
  },
  'effects/optional-above-mandatory': {
    severity: 'error',
    title: { sv: 'Valfritt före tvingande', en: 'Optional item ranked above a mandatory one' },
    description: {
      sv: 'Den angivna rangordningen sätter ett valfritt initiativ före ett tvingande (lagkrav).',
      en: 'The stated ranking puts an optional item above a mandatory (legal) one.',
    },
    message: messageTemplate<EffectsRankData>({
      sv: (d) =>
        `Valfria "${d.title}" har rang ${String(d.rank)}, före tvingande "${d.mandatory}" (rang ${String(d.mandatoryRank)})`,
      en: (d) =>
        `Optional "${d.title}" is ranked ${String(d.rank)}, above mandatory "${d.mandatory}" (rank ${String(d.mandatoryRank)})`,
    }),
  },
  'effects/optional-outscores-mandatory': {
    severity: 'info',
    title: {
      sv: 'Valfritt får högre poäng än tvingande',
      en: 'Optional item scores above a mandatory one',
    },
    description: {
      sv: 'Poängmodellen ger ett valfritt initiativ högre poäng än ett tvingande. Rangordningen sätter ändå det tvingande först.',
      en: 'The scoring model gives an optional item a higher score than a mandatory one. The ranking still puts the mandatory item first.',
    },
    message: messageTemplate<EffectsScoreData>({
      sv: (d) =>
        `Valfria "${d.title}" får ${num(d.score, 'sv')} poäng, mer än tvingande "${d.mandatory}" (${num(d.mandatoryScore, 'sv')})`,
      en: (d) =>
        `Optional "${d.title}" scores ${num(d.score, 'en')}, more than mandatory "${d.mandatory}" (${num(d.mandatoryScore, 'en')})`,
    }),
  },
  'effects/item-not-scored': {
    severity: 'info',
    title: { sv: 'Post utan poäng', en: 'Item not scored' },
    description: {
      sv: 'Posten saknar poäng för ett eller flera kriterier och rangordnas efter de fullständigt bedömda.',
      en: 'The item lacks a score for one or more criteria and is ranked after the fully scored ones.',
    },
    message: messageTemplate<EffectsNotScoredData>({
      sv: (d) => `"${d.title}" saknar värde för ${d.missing.join(', ')}`,
      en: (d) => `"${d.title}" has no value for ${d.missing.join(', ')}`,
    }),
  },
  'effects/dependency-cycle': {
    severity: 'error',
    title: { sv: 'Cirkulära beroenden', en: 'Dependency cycle' },
    description: {
      sv: 'Initiativ beror på varandra i en cirkel, så ingen startordning finns.',
      en: 'Initiatives depend on each other in a cycle, so there is no start order.',
    },
    message: messageTemplate<EffectsCycleData>({
      sv: (d) => `Cirkulära beroenden: ${d.cycle.join(' → ')}`,
      en: (d) => `Dependency cycle: ${d.cycle.join(' → ')}`,
    }),
  },
});

/**
 * A finding code of @styrkit/effects, such as `'effects/goal-not-measurable'`.
 *
 * @example
 * ```ts
 * import type { EffectsCode } from '@styrkit/effects';
 * const code: EffectsCode = 'effects/chain-cycle';
 * ```
 */
export type EffectsCode = keyof typeof effectsCodes.specs;

/**
 * A finding of @styrkit/effects: its code is one of {@link EffectsCode}, or core's
 * `core/total-has-unknown` for a stated cash-flow sum whose amounts are partly unknown (the
 * shared rule that unknown is never zero).
 *
 * @example
 * ```ts
 * import type { EffectsFinding } from '@styrkit/effects';
 * const isCycle = (f: EffectsFinding): boolean => f.code === 'effects/chain-cycle';
 * ```
 */
export type EffectsFinding = CodedFinding<EffectsCode | 'core/total-has-unknown'>;
