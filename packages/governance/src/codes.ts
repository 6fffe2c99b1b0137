import { defineFindingCodes } from '@styrkit/core';

/**
 * The catalogue of governance finding codes. Codes are stable: tools and users may filter on
 * them. Each carries a default severity and a Swedish and English title and description.
 *
 * @example
 * ```ts
 * governanceCodes.specs['governance/forum-missing-cadence'].severity; // 'warning'
 * ```
 */
export const governanceCodes = defineFindingCodes({
  'governance/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig indata', en: 'Invalid input' },
    description: {
      sv: 'Dokumentet följer inte dataformatet (fel typ, saknat fält eller ogiltigt datum).',
      en: 'The document does not follow the data format (wrong type, missing field or invalid date).',
    },
  },
  'governance/invalid-cadence': {
    severity: 'error',
    title: { sv: 'Ogiltig mötesfrekvens', en: 'Invalid cadence' },
    description: {
      sv: 'Frekvenstexten kunde inte tolkas som en mötesfrekvens.',
      en: 'The cadence text could not be read as a meeting cadence.',
    },
  },
  'governance/duplicate-id': {
    severity: 'error',
    title: { sv: 'Dubblerat id', en: 'Duplicate id' },
    description: {
      sv: 'Två poster i samma lista har samma id.',
      en: 'Two entries of the same list share an id.',
    },
  },
  'governance/unknown-reference': {
    severity: 'error',
    title: { sv: 'Okänd referens', en: 'Unknown reference' },
    description: {
      sv: 'En roll, person, part, forum, tillstånd eller ett beslut som det hänvisas till finns inte.',
      en: 'A referenced role, person, party, forum, state or decision does not exist.',
    },
  },
  'governance/invalid-period': {
    severity: 'error',
    title: { sv: 'Omöjlig period', en: 'Impossible period' },
    description: {
      sv: 'Perioden slutar före den börjar.',
      en: 'The period ends before it starts.',
    },
  },
  'governance/role-unassigned': {
    severity: 'warning',
    title: { sv: 'Roll utan person', en: 'Role without a person' },
    description: {
      sv: 'Ingen namngiven person har rollen under organisationens period.',
      en: 'No named person holds the role during the organisation period.',
    },
  },
  'governance/role-vacant': {
    severity: 'info',
    title: { sv: 'Vakant roll', en: 'Vacant role' },
    description: {
      sv: 'Dokumentet anger uttryckligen att rollen är vakant.',
      en: 'The document states explicitly that the role is vacant.',
    },
  },
  'governance/vacant-role-duty': {
    severity: 'warning',
    title: { sv: 'Vakant roll med uppdrag', en: 'Vacant role with a duty' },
    description: {
      sv: 'En vakant roll kallar till ett forum eller är tillsatt trots att den anges som vakant.',
      en: 'A vacant role convenes a forum, or has a person although it is stated as vacant.',
    },
  },
  'governance/meeting-on-non-working-day': {
    severity: 'warning',
    title: { sv: 'Möte på helgdag', en: 'Meeting on a non-working day' },
    description: {
      sv: 'Mötesfrekvensen lägger ett möte på en lördag, söndag, allmän helgdag eller ledig afton och ingen regel flyttar det.',
      en: 'The cadence puts a meeting on a Saturday, Sunday, public holiday or non-working eve and no rule moves it.',
    },
  },
  'governance/meeting-moved': {
    severity: 'info',
    title: { sv: 'Möte flyttat', en: 'Meeting moved' },
    description: {
      sv: 'Ett möte som infaller på en ledig dag flyttas enligt forumets regel.',
      en: 'A meeting that falls on a non-working day is moved by the forum rule.',
    },
  },
  'governance/stated-count-mismatch': {
    severity: 'warning',
    title: { sv: 'Angivet antal stämmer inte', en: 'Stated count does not match' },
    description: {
      sv: 'Texten anger ett antal (t.ex. "fem beslutspunkter") som inte stämmer med modellen.',
      en: 'The text states a count (e.g. "five decision points") that does not match the model.',
    },
  },
  'governance/stated-count-unreadable': {
    severity: 'warning',
    title: { sv: 'Angivet antal kan inte läsas', en: 'Stated count cannot be read' },
    description: {
      sv: 'Ett angivet antal saknar tal och texten börjar inte med ett tal.',
      en: 'A stated count has no number and its text does not start with one.',
    },
  },
  'governance/risk-not-assessed': {
    severity: 'warning',
    title: { sv: 'Risk utan bedömning', en: 'Risk not assessed' },
    description: {
      sv: 'Risken saknar bedömd sannolikhet eller konsekvens.',
      en: 'The risk has no assessed probability or consequence.',
    },
  },
  'governance/risk-out-of-scale': {
    severity: 'error',
    title: { sv: 'Utanför riskskalan', en: 'Outside the risk scale' },
    description: {
      sv: 'Sannolikhet eller konsekvens ligger utanför den skala dokumentet anger.',
      en: 'A probability or consequence lies outside the scale the document states.',
    },
  },
  'governance/risk-score-mismatch': {
    severity: 'error',
    title: { sv: 'Riskvärdet stämmer inte', en: 'Risk score does not match' },
    description: {
      sv: 'Det angivna riskvärdet är inte sannolikhet × konsekvens.',
      en: 'The stated risk score is not probability × consequence.',
    },
  },
  'governance/risk-without-owner': {
    severity: 'warning',
    title: { sv: 'Risk utan ägare', en: 'Risk without owner' },
    description: {
      sv: 'En öppen risk har ingen riskägare.',
      en: 'An open risk has no risk owner.',
    },
  },
  'governance/risk-without-measure': {
    severity: 'warning',
    title: { sv: 'Risk utan åtgärd', en: 'Risk without measure' },
    description: {
      sv: 'En öppen risk har ingen åtgärd; accepterade och stängda risker behöver ingen.',
      en: 'An open risk has no measure; accepted and closed risks need none.',
    },
  },
  'governance/milestone-late': {
    severity: 'warning',
    title: { sv: 'Milstolpe försenad', en: 'Milestone late' },
    description: {
      sv: 'Milstolpen eller beslutspunkten beslutades efter det planerade datumet.',
      en: 'The milestone or gate was decided after its planned date.',
    },
  },
  'governance/milestone-overdue': {
    severity: 'warning',
    title: { sv: 'Milstolpe passerad utan beslut', en: 'Milestone overdue' },
    description: {
      sv: 'Det planerade datumet har passerats (vid rapportdatumet) utan beslut.',
      en: 'The planned date has passed (at the reporting date) without a decision.',
    },
  },
  'governance/milestone-replanned': {
    severity: 'info',
    title: { sv: 'Milstolpe omplanerad', en: 'Milestone replanned' },
    description: {
      sv: 'Milstolpen har fått ett nytt, senare planerat datum.',
      en: 'The milestone has a new, later planned date.',
    },
  },
  'governance/milestone-without-date': {
    severity: 'warning',
    title: { sv: 'Milstolpe utan datum', en: 'Milestone without date' },
    description: {
      sv: 'Milstolpen har inget planerat datum.',
      en: 'The milestone has no planned date.',
    },
  },
  'governance/milestone-order': {
    severity: 'warning',
    title: { sv: 'Milstolpar i fel ordning', en: 'Milestones out of order' },
    description: {
      sv: 'En milstolpe är planerad före den milstolpe den följer på.',
      en: 'A milestone is planned before the milestone it follows.',
    },
  },
  'governance/milestone-decision-date': {
    severity: 'warning',
    title: { sv: 'Beslutsdatum stämmer inte', en: 'Decision date does not match' },
    description: {
      sv: 'Milstolpens beslutsdatum skiljer sig från datumet för beslutet i beslutsloggen.',
      en: "The milestone's decided date differs from the date of its decision in the gate log.",
    },
  },
  'governance/roles-not-separated': {
    severity: 'error',
    title: { sv: 'Roller som ska vara åtskilda', en: 'Roles that must be separate' },
    description: {
      sv: 'Samma person har två roller som enligt policyn ska innehas av olika personer.',
      en: 'One person holds two roles that the policy requires to be held by different people.',
    },
  },
  'governance/forum-missing-cadence': {
    severity: 'warning',
    title: { sv: 'Forum utan frekvens', en: 'Forum without cadence' },
    description: {
      sv: 'Forumet har ingen mötesfrekvens och kan inte planeras.',
      en: 'The forum has no meeting cadence and cannot be scheduled.',
    },
  },
  'governance/forum-missing-convener': {
    severity: 'warning',
    title: { sv: 'Forum utan sammankallande', en: 'Forum without convener' },
    description: {
      sv: 'Ingen roll är angiven som kallar till forumet.',
      en: 'No role is named as the convener of the forum.',
    },
  },
  'governance/forum-missing-tasks': {
    severity: 'info',
    title: { sv: 'Forum utan uppgifter', en: 'Forum without tasks' },
    description: {
      sv: 'Forumets arbetsuppgifter är inte beskrivna.',
      en: 'The tasks of the forum are not described.',
    },
  },
  'governance/steering-group-too-large': {
    severity: 'warning',
    title: { sv: 'För stor styrgrupp', en: 'Steering group too large' },
    description: {
      sv: 'Styrgruppen har fler ledamöter än policyn tillåter (standard fem).',
      en: 'The steering group has more members than the policy allows (default five).',
    },
  },
  'governance/steering-group-missing-role': {
    severity: 'warning',
    title: { sv: 'Styrgrupp saknar roll', en: 'Steering group lacks a role' },
    description: {
      sv: 'Styrgruppen saknar effekthemtagningsansvarig eller mottagare av resultatet.',
      en: 'The steering group lacks the effect-realisation owner or the receiver of the result.',
    },
  },
  'governance/raci-accountable-count': {
    severity: 'error',
    title: { sv: 'RACI: inte exakt ett A', en: 'RACI: not exactly one A' },
    description: {
      sv: 'En rad i RACI-matrisen ska ha exakt en ytterst ansvarig (A).',
      en: 'A RACI row must have exactly one accountable role (A).',
    },
  },
  'governance/raci-missing-responsible': {
    severity: 'error',
    title: { sv: 'RACI: inget R', en: 'RACI: no R' },
    description: {
      sv: 'En rad i RACI-matrisen saknar utförande ansvarig (R).',
      en: 'A RACI row has no responsible role (R).',
    },
  },
  'governance/ownership-count': {
    severity: 'error',
    title: { sv: 'Ansvar utan en ägare', en: 'Responsibility without one owner' },
    description: {
      sv: 'Ett ansvar i ansvarsfördelningen har ingen eller flera ägare.',
      en: 'A responsibility of the shared-ownership table has no owner or several.',
    },
  },
  'governance/invalid-transition': {
    severity: 'error',
    title: { sv: 'Otillåten övergång', en: 'Transition not allowed' },
    description: {
      sv: 'Ärendet flyttades mellan steg på ett sätt som processen inte tillåter.',
      en: 'The item moved between steps in a way the process does not allow.',
    },
  },
  'governance/gate-without-decision': {
    severity: 'error',
    title: { sv: 'Beslutspunkt utan beslut', en: 'Gate passed without a decision' },
    description: {
      sv: 'Ärendet passerade en beslutspunkt utan ett loggat beslut med samma utfall.',
      en: 'The item passed a decision point without a logged decision with the same outcome.',
    },
  },
  'governance/decision-without-mandate': {
    severity: 'error',
    title: { sv: 'Beslut utan mandat', en: 'Decision without mandate' },
    description: {
      sv: 'Beslutet fattades av en roll som saknar mandat för beslutstypen, beloppet eller nivån, eller som processen inte låter besluta i beslutspunkten.',
      en: 'The decision was taken by a role without a mandate for its kind, amount or level, or one the process does not let decide the gate.',
    },
  },
});

/**
 * A code of the governance catalogue, e.g. `'governance/role-unassigned'`.
 *
 * @example
 * ```ts
 * import type { GovernanceCode } from '@styrkit/governance';
 * const code: GovernanceCode = 'governance/ownership-count';
 * ```
 */
export type GovernanceCode = keyof typeof governanceCodes.specs;
