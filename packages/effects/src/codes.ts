import { defineFindingCodes } from '@styrkit/core';

/**
 * Every finding code @styrkit/effects can raise, with its default severity and a Swedish and
 * English title and description. The codes are stable: reports, filters and tests rely on them.
 *
 * @example
 * ```ts
 * import { effectsCodes } from '@styrkit/effects';
 * effectsCodes.specs['effects/goal-not-measurable'].severity; // 'warning'
 * ```
 */
export const effectsCodes = defineFindingCodes({
  'effects/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig uppgift', en: 'Invalid input' },
    description: {
      sv: 'Dokumentet följer inte dataformatet: ett värde saknas eller har fel form.',
      en: 'The document does not follow the data format: a value is missing or has the wrong form.',
    },
  },
  'effects/duplicate-id': {
    severity: 'error',
    title: { sv: 'Dubblerat id', en: 'Duplicate id' },
    description: {
      sv: 'Två mål, initiativ, noder eller poster har samma id, så länkar blir tvetydiga.',
      en: 'Two goals, initiatives, nodes or items share an id, so links become ambiguous.',
    },
  },
  'effects/unknown-reference': {
    severity: 'error',
    title: { sv: 'Okänd hänvisning', en: 'Unknown reference' },
    description: {
      sv: 'En länk pekar på ett id som inte finns i dokumentet.',
      en: 'A link points to an id that does not exist in the document.',
    },
  },
  'effects/goal-not-measurable': {
    severity: 'warning',
    title: { sv: 'Målet går inte att mäta', en: 'Goal is not measurable' },
    description: {
      sv: 'Effektmålet saknar något av indikator, utgångsvärde, målvärde, måldatum eller ägare. Målet godtas som utkast; fyndet säger exakt vad som fattas.',
      en: 'The effect goal lacks one or more of indicator, baseline, target, target date or owner. It is accepted as a draft; the finding lists exactly what is missing.',
    },
  },
  'effects/owner-is-project': {
    severity: 'warning',
    title: { sv: 'Projektet äger effekten', en: 'Effect owned by the project' },
    description: {
      sv: 'Effekter hämtas hem av verksamheten efter leverans; ägaren ska vara en verksamhetsroll, inte projektet.',
      en: 'Effects are realised by the business after delivery; the owner must be a business role, not the project.',
    },
  },
  'effects/goal-without-parent': {
    severity: 'warning',
    title: { sv: 'Effektmål utan överordnat mål', en: 'Effect goal linked to no goal above' },
    description: {
      sv: 'Effektmålet är inte kopplat till något nämndmål, någon vision eller något delmål.',
      en: 'The effect goal is not linked to any committee goal, vision or objective.',
    },
  },
  'effects/level-order': {
    severity: 'warning',
    title: { sv: 'Fel nivå i målträdet', en: 'Wrong level in the goal tree' },
    description: {
      sv: 'Ett mål pekar uppåt på ett mål som inte ligger på en högre nivå.',
      en: 'A goal points up to a goal that is not on a higher level.',
    },
  },
  'effects/target-wrong-direction': {
    severity: 'error',
    title: { sv: 'Målvärdet går åt fel håll', en: 'Target in the wrong direction' },
    description: {
      sv: 'Målvärdet ligger på fel sida om utgångsvärdet med tanke på indikatorns riktning.',
      en: "The target lies on the wrong side of the baseline given the indicator's direction.",
    },
  },
  'effects/dates-out-of-order': {
    severity: 'error',
    title: { sv: 'Datum i fel ordning', en: 'Dates out of order' },
    description: {
      sv: 'Utgångsdatum, delmål och måldatum måste komma i tidsordning.',
      en: 'Baseline date, milestones and target date must follow each other in time.',
    },
  },
  'effects/measurement-unknown-goal': {
    severity: 'error',
    title: { sv: 'Mätning för okänt mål', en: 'Measurement for an unknown goal' },
    description: {
      sv: 'Mätningen hänvisar till ett mål som inte finns.',
      en: 'The measurement refers to a goal that does not exist.',
    },
  },
  'effects/measurement-outside-period': {
    severity: 'warning',
    title: { sv: 'Mätning utanför målets period', en: "Measurement outside the goal's period" },
    description: {
      sv: 'Mätningen är daterad före utgångsvärdet eller efter måldatum (eller utanför målets angivna period).',
      en: "The measurement is dated before the baseline or after the target date (or outside the goal's stated period).",
    },
  },
  'effects/measurement-unit-mismatch': {
    severity: 'error',
    title: { sv: 'Mätning i annan enhet', en: 'Measurement in another unit' },
    description: {
      sv: 'Mätningen har en annan enhet än indikatorn och räknas inte in i status.',
      en: "The measurement's unit differs from the indicator's and is left out of the status.",
    },
  },
  'effects/measurement-without-indicator': {
    severity: 'warning',
    title: { sv: 'Mätning utan indikator', en: 'Measurement without an indicator' },
    description: {
      sv: 'Målet har ingen indikator, så mätningen kan inte tolkas.',
      en: 'The goal has no indicator, so the measurement cannot be interpreted.',
    },
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
  },
  'effects/initiative-unclassified': {
    severity: 'info',
    title: { sv: 'Initiativ utan effekttyp', en: 'Initiative without an effect type' },
    description: {
      sv: 'Initiativet saknar effekttyp (till exempel tidsbesparande eller kvalitetshöjande).',
      en: 'The initiative has no effect type (for example time-saving or quality-raising).',
    },
  },
  'effects/costs-partly-unknown': {
    severity: 'info',
    title: { sv: 'Kostnader delvis okända', en: 'Costs partly unknown' },
    description: {
      sv: 'Några kostnader är okända ("?"). Summan visar den kända delen och antalet okända; okänt räknas aldrig som noll.',
      en: 'Some costs are unknown ("?"). The total shows the known part and the number of unknowns; unknown never counts as zero.',
    },
  },
  'effects/unknown-term': {
    severity: 'info',
    title: { sv: 'Okänd term', en: 'Unknown term' },
    description: {
      sv: 'En klassificering använder ett ord som inte finns i den konfigurerade vokabulären.',
      en: 'A classification uses a word that is not in the configured vocabulary.',
    },
  },
  'effects/chain-cycle': {
    severity: 'error',
    title: { sv: 'Cirkel i effektkedjan', en: 'Cycle in the effect chain' },
    description: {
      sv: 'Effektkedjan måste vara en riktad graf utan cirklar: en effekt kan inte orsaka sig själv.',
      en: 'The effect chain must be a directed acyclic graph: an effect cannot cause itself.',
    },
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
  },
  'effects/cash-flow-year-gap': {
    severity: 'error',
    title: { sv: 'Luckor i kassaflödets år', en: 'Gap in cash-flow years' },
    description: {
      sv: 'Kassaflödets år måste vara unika och följa på varandra.',
      en: 'The cash-flow years must be unique and consecutive.',
    },
  },
  'effects/cash-flow-sum-mismatch': {
    severity: 'error',
    title: { sv: 'Summa i kassaflödet stämmer inte', en: 'Cash-flow sum does not match' },
    description: {
      sv: 'En angiven summa per post, per år eller totalt skiljer sig från summan av beloppen.',
      en: 'A stated sum per line, per year or in total differs from the sum of its amounts.',
    },
  },
  'effects/cash-flow-amount-unknown': {
    severity: 'info',
    title: { sv: 'Okända belopp i kassaflödet', en: 'Unknown amounts in the cash flow' },
    description: {
      sv: 'Några belopp är okända ("?"); beräkningarna bygger på de kända beloppen.',
      en: 'Some amounts are unknown ("?"); the calculations use the known amounts.',
    },
  },
  'effects/discount-rate-not-stated': {
    severity: 'warning',
    title: { sv: 'Diskonteringsränta saknas', en: 'Discount rate not stated' },
    description: {
      sv: 'Dokumentet anger ingen diskonteringsränta, så diskonterade värden är okända och ett påstått diskonterat återbetalningsår kan inte prövas.',
      en: 'The document states no discount rate, so discounted figures are unknown and a claimed discounted payback year cannot be checked.',
    },
  },
  'effects/scenario-not-chosen': {
    severity: 'info',
    title: { sv: 'Inget alternativ valt', en: 'No scenario chosen' },
    description: {
      sv: 'Planen jämför flera alternativ men anger inte vilket som valts.',
      en: 'The plan compares several scenarios but does not say which one was chosen.',
    },
  },
  'effects/direction-conflict': {
    severity: 'error',
    title: { sv: 'Motstridig riktning', en: 'Conflicting direction' },
    description: {
      sv: 'Målets riktning och indikatorns riktning pekar åt olika håll.',
      en: "The goal's direction and its indicator's direction disagree.",
    },
  },
  'effects/responsibility-shared': {
    severity: 'error',
    title: { sv: 'Ansvar med flera ägare', en: 'Responsibility with several owners' },
    description: {
      sv: 'Varje ansvar ska ha exakt en ägare, men samma uppgift står på flera roller.',
      en: 'Each responsibility has exactly one owner, but the same task is listed under several roles.',
    },
  },
  'effects/optional-above-mandatory': {
    severity: 'error',
    title: { sv: 'Valfritt före tvingande', en: 'Optional item ranked above a mandatory one' },
    description: {
      sv: 'Den angivna rangordningen sätter ett valfritt initiativ före ett tvingande (lagkrav).',
      en: 'The stated ranking puts an optional item above a mandatory (legal) one.',
    },
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
  },
  'effects/item-not-scored': {
    severity: 'info',
    title: { sv: 'Post utan poäng', en: 'Item not scored' },
    description: {
      sv: 'Posten saknar poäng för ett eller flera kriterier och rangordnas efter de fullständigt bedömda.',
      en: 'The item lacks a score for one or more criteria and is ranked after the fully scored ones.',
    },
  },
  'effects/dependency-cycle': {
    severity: 'error',
    title: { sv: 'Cirkulära beroenden', en: 'Dependency cycle' },
    description: {
      sv: 'Initiativ beror på varandra i en cirkel, så ingen startordning finns.',
      en: 'Initiatives depend on each other in a cycle, so there is no start order.',
    },
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
