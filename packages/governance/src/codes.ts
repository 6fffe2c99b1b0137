import {
  defineTemplatedFindingCodes,
  messageTemplate,
  type CodedFinding,
  type LocalizedText,
} from '@styrkit/core';

/**
 * The catalogue of governance finding codes. Codes are stable: tools and users may filter on
 * them. Each carries a default severity and a Swedish and English title and description.
 *
 * @example
 * ```ts
 * governanceCodes.specs['governance/forum-missing-cadence'].severity; // 'warning'
 * ```
 */
export const governanceCodes = defineTemplatedFindingCodes({
  'governance/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig indata', en: 'Invalid input' },
    description: {
      sv: 'Dokumentet följer inte dataformatet (fel typ, saknat fält eller ogiltigt datum).',
      en: 'The document does not follow the data format (wrong type, missing field or invalid date).',
    },
    // One variant left since the ICS export writes iCalendar itself (no library error to pass on).
    message: messageTemplate<{ variant: 'timestamp' }>({
      sv: () => `Tidsstämpeln ska vara UTC i formen ÅÅÅÅ-MM-DDTHH:MM:SSZ.`,
      en: () => `The timestamp must be UTC in the form YYYY-MM-DDTHH:MM:SSZ.`,
    }),
  },
  'governance/invalid-cadence': {
    severity: 'error',
    title: { sv: 'Ogiltig mötesfrekvens', en: 'Invalid cadence' },
    description: {
      sv: 'Frekvenstexten kunde inte tolkas som en mötesfrekvens.',
      en: 'The cadence text could not be read as a meeting cadence.',
    },
    // The cadence reader in @styrkit/core words what it could not read; passed on as it is.
    message: messageTemplate<{ detail: LocalizedText }>({
      sv: (d) => d.detail.sv,
      en: (d) => d.detail.en,
    }),
  },
  'governance/calendar-too-large': {
    severity: 'error',
    title: { sv: 'För stor mötesplan', en: 'Meeting calendar too large' },
    description: {
      sv: 'Mötesplanen över perioden skulle få fler möten än värden bygger; den byggs inte.',
      en: 'The meeting calendar over the period would hold more meetings than the host builds; it is not built.',
    },
    message: messageTemplate<{ start: string; end: string; meetings: number; max: number }>({
      sv: (d) =>
        `Forumens möten ${d.start}–${d.end} blir upp till ${String(d.meetings)}, fler än ${String(d.max)}: mötesplan, belastning och iCalendar byggs inte. Korta perioden.`,
      en: (d) =>
        `The forums' meetings ${d.start}–${d.end} come to up to ${String(d.meetings)}, more than ${String(d.max)}: the calendar, load and iCalendar are not built. Shorten the period.`,
    }),
  },
  'governance/duplicate-id': {
    severity: 'error',
    title: { sv: 'Dubblerat id', en: 'Duplicate id' },
    description: {
      sv: 'Två poster i samma lista har samma id.',
      en: 'Two entries of the same list share an id.',
    },
    message: messageTemplate<{ id: string | number }>({
      sv: (d) => `Id "${d.id}" förekommer mer än en gång.`,
      en: (d) => `Id "${d.id}" occurs more than once.`,
    }),
  },
  'governance/unknown-reference': {
    severity: 'error',
    title: { sv: 'Okänd referens', en: 'Unknown reference' },
    description: {
      sv: 'En roll, person, part, forum, tillstånd eller ett beslut som det hänvisas till finns inte.',
      en: 'A referenced role, person, party, forum, state or decision does not exist.',
    },
    message: messageTemplate<{ label: LocalizedText; id: string | number }>({
      sv: (d) => `Okänd ${d.label.sv}: "${d.id}".`,
      en: (d) => `Unknown ${d.label.en}: "${d.id}".`,
    }),
  },
  'governance/invalid-period': {
    severity: 'error',
    title: { sv: 'Omöjlig period', en: 'Impossible period' },
    description: {
      sv: 'Perioden slutar före den börjar.',
      en: 'The period ends before it starts.',
    },
    message: messageTemplate<{ to: string | number; from: string | number }>({
      sv: (d) => `Uppdraget slutar ${d.to}, före starten ${d.from}.`,
      en: (d) => `The assignment ends ${d.to}, before its start ${d.from}.`,
    }),
  },
  'governance/role-unassigned': {
    severity: 'warning',
    title: { sv: 'Roll utan person', en: 'Role without a person' },
    description: {
      sv: 'Ingen namngiven person har rollen under organisationens period.',
      en: 'No named person holds the role during the organisation period.',
    },
    message: messageTemplate<
      { variant: 'nobody'; roles: number } | { variant: 'role'; name: string; nameEn: string }
    >({
      sv: (d) =>
        d.variant === 'nobody'
          ? `Organisationen namnger inga personer; ${d.roles} ${d.roles === 1 ? 'roll' : 'roller'} saknar person.`
          : `Rollen "${d.name}" har ingen namngiven person.`,
      en: (d) =>
        d.variant === 'nobody'
          ? `The organisation names no people; ${d.roles} ${d.roles === 1 ? 'role has' : 'roles have'} no person.`
          : `Role "${d.nameEn}" has no named person.`,
    }),
  },
  'governance/role-vacant': {
    severity: 'info',
    title: { sv: 'Vakant roll', en: 'Vacant role' },
    description: {
      sv: 'Dokumentet anger uttryckligen att rollen är vakant.',
      en: 'The document states explicitly that the role is vacant.',
    },
    message: messageTemplate<{ name: string; nameEn: string }>({
      sv: (d) => `Rollen "${d.name}" är vakant.`,
      en: (d) => `Role "${d.nameEn}" is vacant.`,
    }),
  },
  'governance/vacant-role-duty': {
    severity: 'warning',
    title: { sv: 'Vakant roll med uppdrag', en: 'Vacant role with a duty' },
    description: {
      sv: 'En vakant roll kallar till ett forum eller är tillsatt trots att den anges som vakant.',
      en: 'A vacant role convenes a forum, or has a person although it is stated as vacant.',
    },
    message: messageTemplate<
      | { variant: 'assigned'; name: string; nameEn: string }
      | { variant: 'convener'; forum: LocalizedText; role: LocalizedText }
    >({
      sv: (d) =>
        d.variant === 'assigned'
          ? `Rollen "${d.name}" anges som vakant men har en person under perioden.`
          : `${d.forum.sv} kallas av rollen "${d.role.sv}", som är vakant.`,
      en: (d) =>
        d.variant === 'assigned'
          ? `Role "${d.nameEn}" is stated as vacant but has a person during the period.`
          : `${d.forum.en} is convened by role "${d.role.en}", which is vacant.`,
    }),
  },
  'governance/meeting-on-non-working-day': {
    severity: 'warning',
    title: { sv: 'Möte på helgdag', en: 'Meeting on a non-working day' },
    description: {
      sv: 'Mötesfrekvensen lägger ett möte på en lördag, söndag, allmän helgdag eller ledig afton och ingen regel flyttar det.',
      en: 'The cadence puts a meeting on a Saturday, Sunday, public holiday or non-working eve and no rule moves it.',
    },
    message: messageTemplate<{ name: string | number; at: string | number; day: LocalizedText }>({
      sv: (d) => `${d.name}: mötet ${d.at} infaller på ${d.day.sv} och har ingen regel för flytt.`,
      en: (d) => `${d.name}: the meeting on ${d.at} falls on ${d.day.en} and no rule moves it.`,
    }),
  },
  'governance/meeting-moved': {
    severity: 'info',
    title: { sv: 'Möte flyttat', en: 'Meeting moved' },
    description: {
      sv: 'Ett möte som infaller på en ledig dag flyttas enligt forumets regel.',
      en: 'A meeting that falls on a non-working day is moved by the forum rule.',
    },
    message: messageTemplate<{
      name: string | number;
      at: string | number;
      day: LocalizedText;
      date: string | number;
    }>({
      sv: (d) => `${d.name}: mötet ${d.at} infaller på ${d.day.sv} och flyttas till ${d.date}.`,
      en: (d) => `${d.name}: the meeting on ${d.at} falls on ${d.day.en} and moves to ${d.date}.`,
    }),
  },
  'governance/stated-count-mismatch': {
    severity: 'warning',
    title: { sv: 'Angivet antal stämmer inte', en: 'Stated count does not match' },
    description: {
      sv: 'Texten anger ett antal (t.ex. "fem beslutspunkter") som inte stämmer med modellen.',
      en: 'The text states a count (e.g. "five decision points") that does not match the model.',
    },
    message: messageTemplate<{
      value: string | number;
      what: LocalizedText;
      said: string | number;
      model: string | number;
    }>({
      sv: (d) =>
        `Texten anger ${d.value} ${d.what.sv} ("${d.said}"), men dokumentet har ${d.model}.`,
      en: (d) =>
        `The text states ${d.value} ${d.what.en} ("${d.said}"), but the document has ${d.model}.`,
    }),
  },
  'governance/stated-count-unreadable': {
    severity: 'warning',
    title: { sv: 'Angivet antal kan inte läsas', en: 'Stated count cannot be read' },
    description: {
      sv: 'Ett angivet antal saknar tal och texten börjar inte med ett tal.',
      en: 'A stated count has no number and its text does not start with one.',
    },
    message: messageTemplate<{ said: string | number }>({
      sv: (d) => `Antalet i "${d.said}" kan inte läsas; ange count.`,
      en: (d) => `The number in "${d.said}" cannot be read; give count.`,
    }),
  },
  'governance/risk-not-assessed': {
    severity: 'warning',
    title: { sv: 'Risk utan bedömning', en: 'Risk not assessed' },
    description: {
      sv: 'Risken saknar bedömd sannolikhet eller konsekvens.',
      en: 'The risk has no assessed probability or consequence.',
    },
    message: messageTemplate<{ title: string; axes: readonly LocalizedText[] }>({
      sv: (d) => `Risken "${d.title}" saknar bedömd ${d.axes.map((a) => a.sv).join(' och ')}.`,
      en: (d) => `Risk "${d.title}" has no assessed ${d.axes.map((a) => a.en).join(' or ')}.`,
    }),
  },
  'governance/risk-out-of-scale': {
    severity: 'error',
    title: { sv: 'Utanför riskskalan', en: 'Outside the risk scale' },
    description: {
      sv: 'Sannolikhet eller konsekvens ligger utanför den skala dokumentet anger.',
      en: 'A probability or consequence lies outside the scale the document states.',
    },
    message: messageTemplate<{
      title: string | number;
      k: LocalizedText;
      v: string | number;
      min: string | number;
      max: string | number;
    }>({
      sv: (d) => `Risken "${d.title}": ${d.k.sv} ${d.v} ligger utanför skalan ${d.min}–${d.max}.`,
      en: (d) => `Risk "${d.title}": ${d.k.en} ${d.v} is outside the scale ${d.min}–${d.max}.`,
    }),
  },
  'governance/risk-score-mismatch': {
    severity: 'error',
    title: { sv: 'Riskvärdet stämmer inte', en: 'Risk score does not match' },
    description: {
      sv: 'Det angivna riskvärdet är inte sannolikhet × konsekvens.',
      en: 'The stated risk score is not probability × consequence.',
    },
    message: messageTemplate<{
      title: string | number;
      statedScore: string | number;
      probability: string | number;
      consequence: string | number;
      score: string | number;
    }>({
      sv: (d) =>
        `Risken "${d.title}": angivet riskvärde ${d.statedScore}, men ${d.probability} × ${d.consequence} = ${d.score}.`,
      en: (d) =>
        `Risk "${d.title}": stated score ${d.statedScore}, but ${d.probability} × ${d.consequence} = ${d.score}.`,
    }),
  },
  'governance/risk-without-owner': {
    severity: 'warning',
    title: { sv: 'Risk utan ägare', en: 'Risk without owner' },
    description: {
      sv: 'En öppen risk har ingen riskägare.',
      en: 'An open risk has no risk owner.',
    },
    message: messageTemplate<{ title: string | number }>({
      sv: (d) => `Risken "${d.title}" har ingen ägare.`,
      en: (d) => `Risk "${d.title}" has no owner.`,
    }),
  },
  'governance/risk-without-measure': {
    severity: 'warning',
    title: { sv: 'Risk utan åtgärd', en: 'Risk without measure' },
    description: {
      sv: 'En öppen risk har ingen åtgärd; accepterade och stängda risker behöver ingen.',
      en: 'An open risk has no measure; accepted and closed risks need none.',
    },
    message: messageTemplate<{ title: string | number }>({
      sv: (d) => `Risken "${d.title}" har ingen åtgärd.`,
      en: (d) => `Risk "${d.title}" has no measure.`,
    }),
  },
  'governance/milestone-late': {
    severity: 'warning',
    title: { sv: 'Milstolpe försenad', en: 'Milestone late' },
    description: {
      sv: 'Milstolpen eller beslutspunkten beslutades efter det planerade datumet.',
      en: 'The milestone or gate was decided after its planned date.',
    },
    message: messageTemplate<{ title: string; planned: string; decided: string; days: number }>({
      sv: (d) =>
        `"${d.title}" planerades till ${d.planned} men beslutades ${d.decided}: ${d.days} ${d.days === 1 ? 'dag' : 'dagar'} sent.`,
      en: (d) =>
        `"${d.title}" was planned for ${d.planned} but decided ${d.decided}: ${d.days} ${d.days === 1 ? 'day' : 'days'} late.`,
    }),
  },
  'governance/milestone-overdue': {
    severity: 'warning',
    title: { sv: 'Milstolpe passerad utan beslut', en: 'Milestone overdue' },
    description: {
      sv: 'Det planerade datumet har passerats (vid rapportdatumet) utan beslut.',
      en: 'The planned date has passed (at the reporting date) without a decision.',
    },
    message: messageTemplate<{ title: string; planned: string; asOf: string; days: number }>({
      sv: (d) =>
        `"${d.title}" planerades till ${d.planned} och saknar beslut ${d.asOf}: ${d.days} ${d.days === 1 ? 'dag' : 'dagar'} efter den ursprungliga planen.`,
      en: (d) =>
        `"${d.title}" was planned for ${d.planned} and has no decision at ${d.asOf}: ${d.days} ${d.days === 1 ? 'day' : 'days'} after the original plan.`,
    }),
  },
  'governance/milestone-replanned': {
    severity: 'info',
    title: { sv: 'Milstolpe omplanerad', en: 'Milestone replanned' },
    description: {
      sv: 'Milstolpen har fått ett nytt, senare planerat datum.',
      en: 'The milestone has a new, later planned date.',
    },
    message: messageTemplate<{ title: string; planned: string; replanned: string; days: number }>({
      sv: (d) =>
        `"${d.title}" har flyttats från ${d.planned} till ${d.replanned} (${d.days} ${d.days === 1 ? 'dag' : 'dagar'}).`,
      en: (d) =>
        `"${d.title}" has moved from ${d.planned} to ${d.replanned} (${d.days} ${d.days === 1 ? 'day' : 'days'}).`,
    }),
  },
  'governance/milestone-without-date': {
    severity: 'warning',
    title: { sv: 'Milstolpe utan datum', en: 'Milestone without date' },
    description: {
      sv: 'Milstolpen har inget planerat datum.',
      en: 'The milestone has no planned date.',
    },
    message: messageTemplate<{ title: string | number }>({
      sv: (d) => `"${d.title}" har inget planerat datum.`,
      en: (d) => `"${d.title}" has no planned date.`,
    }),
  },
  'governance/milestone-order': {
    severity: 'warning',
    title: { sv: 'Milstolpar i fel ordning', en: 'Milestones out of order' },
    description: {
      sv: 'En milstolpe är planerad före den milstolpe den följer på.',
      en: 'A milestone is planned before the milestone it follows.',
    },
    message: messageTemplate<{ title: string; mine: string; before: string; theirs: string }>({
      sv: (d) =>
        `"${d.title}" (${d.mine}) är planerad före "${d.before}" (${d.theirs}), som den följer på.`,
      en: (d) =>
        `"${d.title}" (${d.mine}) is planned before "${d.before}" (${d.theirs}), which it follows.`,
    }),
  },
  'governance/milestone-decision-date': {
    severity: 'warning',
    title: { sv: 'Beslutsdatum stämmer inte', en: 'Decision date does not match' },
    description: {
      sv: 'Milstolpens beslutsdatum skiljer sig från datumet för beslutet i beslutsloggen.',
      en: "The milestone's decided date differs from the date of its decision in the gate log.",
    },
    message: messageTemplate<{
      title: string | number;
      decided: string | number;
      id: string | number;
      date: string | number;
    }>({
      sv: (d) =>
        `"${d.title}" anges beslutad ${d.decided}, men beslut ${d.id} i beslutsloggen är daterat ${d.date}.`,
      en: (d) =>
        `"${d.title}" is stated as decided ${d.decided}, but decision ${d.id} in the log is dated ${d.date}.`,
    }),
  },
  'governance/roles-not-separated': {
    severity: 'error',
    title: { sv: 'Roller som ska vara åtskilda', en: 'Roles that must be separate' },
    description: {
      sv: 'Samma person har två roller som enligt policyn ska innehas av olika personer.',
      en: 'One person holds two roles that the policy requires to be held by different people.',
    },
    message: messageTemplate<{
      person: string | number;
      first: string | number;
      second: string | number;
    }>({
      sv: (d) => `${d.person} har både "${d.first}" och "${d.second}", som ska vara åtskilda.`,
      en: (d) => `${d.person} holds both "${d.first}" and "${d.second}", which must be separate.`,
    }),
  },
  'governance/forum-missing-cadence': {
    severity: 'warning',
    title: { sv: 'Forum utan frekvens', en: 'Forum without cadence' },
    description: {
      sv: 'Forumet har ingen mötesfrekvens och kan inte planeras.',
      en: 'The forum has no meeting cadence and cannot be scheduled.',
    },
    message: messageTemplate<{ name: LocalizedText }>({
      sv: (d) => `${d.name.sv} har ingen mötesfrekvens.`,
      en: (d) => `${d.name.en} has no meeting cadence.`,
    }),
  },
  'governance/forum-missing-convener': {
    severity: 'warning',
    title: { sv: 'Forum utan sammankallande', en: 'Forum without convener' },
    description: {
      sv: 'Ingen roll är angiven som kallar till forumet.',
      en: 'No role is named as the convener of the forum.',
    },
    message: messageTemplate<{ name: LocalizedText }>({
      sv: (d) => `${d.name.sv} har ingen sammankallande roll.`,
      en: (d) => `${d.name.en} has no convening role.`,
    }),
  },
  'governance/forum-missing-tasks': {
    severity: 'info',
    title: { sv: 'Forum utan uppgifter', en: 'Forum without tasks' },
    description: {
      sv: 'Forumets arbetsuppgifter är inte beskrivna.',
      en: 'The tasks of the forum are not described.',
    },
    message: messageTemplate<{ name: LocalizedText }>({
      sv: (d) => `${d.name.sv} har inga beskrivna arbetsuppgifter.`,
      en: (d) => `${d.name.en} has no described tasks.`,
    }),
  },
  'governance/steering-group-too-large': {
    severity: 'warning',
    title: { sv: 'För stor styrgrupp', en: 'Steering group too large' },
    description: {
      sv: 'Styrgruppen har fler ledamöter än policyn tillåter (standard fem).',
      en: 'The steering group has more members than the policy allows (default five).',
    },
    message: messageTemplate<{ name: string; nameEn: string; members: number; max: number }>({
      sv: (d) =>
        `${d.name} har ${d.members} ${d.members === 1 ? 'ledamot' : 'ledamöter'}; högst ${d.max} enligt policyn.`,
      en: (d) =>
        `${d.nameEn} has ${d.members} ${d.members === 1 ? 'member' : 'members'}; at most ${d.max} by the policy.`,
    }),
  },
  'governance/steering-group-missing-role': {
    severity: 'warning',
    title: { sv: 'Styrgrupp saknar roll', en: 'Steering group lacks a role' },
    description: {
      sv: 'Styrgruppen saknar effekthemtagningsansvarig eller mottagare av resultatet.',
      en: 'The steering group lacks the effect-realisation owner or the receiver of the result.',
    },
    message: messageTemplate<{ name: string; nameEn: string; tag: LocalizedText }>({
      sv: (d) => `${d.name} saknar ${d.tag.sv}.`,
      en: (d) => `${d.nameEn} lacks the ${d.tag.en}.`,
    }),
  },
  'governance/raci-accountable-count': {
    severity: 'error',
    title: { sv: 'RACI: inte exakt ett A', en: 'RACI: not exactly one A' },
    description: {
      sv: 'En rad i RACI-matrisen ska ha exakt en ytterst ansvarig (A).',
      en: 'A RACI row must have exactly one accountable role (A).',
    },
    message: messageTemplate<{ label: string; accountable: readonly string[] }>({
      sv: (d) =>
        `"${d.label}" har ${d.accountable.length} ytterst ansvariga (A)${d.accountable.length > 0 ? `: ${d.accountable.join(', ')}` : ''}; exakt en krävs.`,
      en: (d) =>
        `"${d.label}" has ${d.accountable.length} accountable roles (A)${d.accountable.length > 0 ? `: ${d.accountable.join(', ')}` : ''}; exactly one is required.`,
    }),
  },
  'governance/raci-missing-responsible': {
    severity: 'error',
    title: { sv: 'RACI: inget R', en: 'RACI: no R' },
    description: {
      sv: 'En rad i RACI-matrisen saknar utförande ansvarig (R).',
      en: 'A RACI row has no responsible role (R).',
    },
    message: messageTemplate<{ label: string | number }>({
      sv: (d) => `"${d.label}" saknar utförande ansvarig (R).`,
      en: (d) => `"${d.label}" has no responsible role (R).`,
    }),
  },
  'governance/ownership-count': {
    severity: 'error',
    title: { sv: 'Ansvar utan en ägare', en: 'Responsibility without one owner' },
    description: {
      sv: 'Ett ansvar i ansvarsfördelningen har ingen eller flera ägare.',
      en: 'A responsibility of the shared-ownership table has no owner or several.',
    },
    message: messageTemplate<{ label: string | number; ownersCount: string | number }>({
      sv: (d) => `Ansvaret "${d.label}" har ${d.ownersCount} ägare; det ska ha exakt en.`,
      en: (d) =>
        `Responsibility "${d.label}" has ${d.ownersCount} owners; it must have exactly one.`,
    }),
  },
  'governance/invalid-transition': {
    severity: 'error',
    title: { sv: 'Otillåten övergång', en: 'Transition not allowed' },
    description: {
      sv: 'Ärendet flyttades mellan steg på ett sätt som processen inte tillåter.',
      en: 'The item moved between steps in a way the process does not allow.',
    },
    message: messageTemplate<{
      title: string | number;
      from: string | number;
      to: string | number;
      state: string | number;
    }>({
      sv: (d) =>
        `"${d.title}": flytten ${d.from} → ${d.to} är inte tillåten från steget ${d.state}.`,
      en: (d) => `"${d.title}": the move ${d.from} → ${d.to} is not allowed from state ${d.state}.`,
    }),
  },
  'governance/gate-without-decision': {
    severity: 'error',
    title: { sv: 'Beslutspunkt utan beslut', en: 'Gate passed without a decision' },
    description: {
      sv: 'Ärendet passerade en beslutspunkt utan ett loggat beslut med samma utfall.',
      en: 'The item passed a decision point without a logged decision with the same outcome.',
    },
    message: messageTemplate<{
      title: string | number;
      gate: string | number;
      outcome: string | number;
    }>({
      sv: (d) =>
        `"${d.title}" passerade beslutspunkt ${d.gate} (${d.outcome}) utan ett matchande beslut.`,
      en: (d) => `"${d.title}" passed gate ${d.gate} (${d.outcome}) without a matching decision.`,
    }),
  },
  'governance/decision-without-mandate': {
    severity: 'error',
    title: { sv: 'Beslut utan mandat', en: 'Decision without mandate' },
    description: {
      sv: 'Beslutet fattades av en roll som saknar mandat för beslutstypen, beloppet eller nivån, eller som processen inte låter besluta i beslutspunkten.',
      en: 'The decision was taken by a role without a mandate for its kind, amount or level, or one the process does not let decide the gate.',
    },
    message: messageTemplate<{ id: string; reasons: readonly LocalizedText[] }>({
      sv: (d) => `Beslut ${d.id}: ${d.reasons.map((r) => r.sv).join(' ')}`,
      en: (d) => `Decision ${d.id}: ${d.reasons.map((r) => r.en).join(' ')}`,
    }),
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

/**
 * A finding with one of the governance codes.
 *
 * @example
 * ```ts
 * import type { GovernanceFinding } from '@styrkit/governance';
 * const f: GovernanceFinding = { code: 'governance/role-vacant', severity: 'info', path: ['roles', 0], message: { sv: 'Vakant', en: 'Vacant' } };
 * ```
 */
export type GovernanceFinding = CodedFinding<GovernanceCode>;
