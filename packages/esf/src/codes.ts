import {
  Exact,
  defineTemplatedFindingCodes,
  messageTemplate,
  type CodedFinding,
} from '@styrkit/core';
import { draftNeeds, draftNotMapped, draftReading } from './draft-messages.js';
import {
  GENDER_NAMES,
  RECORD_NAMES,
  REPORTED_FIGURE_NAMES,
  figure,
  flatRateName,
  percent,
  phaseName,
  sek,
  type EsfClosingData,
  type EsfCofinancingShortData,
  type EsfDraftNeedsData,
  type EsfDraftNotMappedData,
  type EsfDraftReadingData,
  type EsfFlatRateCombinationData,
  type EsfFlatRateMaximumData,
  type EsfFlatRateNotAllowedData,
  type EsfGenderConflictData,
  type EsfHoursPlanData,
  type EsfInKindDoubleData,
  type EsfInvalidInputData,
  type EsfNotCheckedData,
  type EsfOutsideData,
  type EsfOverdrawData,
  type EsfParticipantData,
  type EsfParticipantHoursData,
  type EsfParticipantsData,
  type EsfPhaseData,
  type EsfReportedFigureData,
  type EsfSimplifiedData,
  type EsfStaffHoursData,
  type EsfStatedComputedData,
  type EsfTableTotalData,
  type EsfUnsignedData,
  type EsfValuePlanData,
  type EsfValueUnknownData,
  type EsfWrongProjectData,
} from './messages.js';

/**
 * Every finding code of `@styrkit/esf`, with default severity and a Swedish and English title,
 * description and message template. Rules pass data (figures, labels, ids); the catalogue
 * words the message when it is first read. Codes are stable: tools and reports may rely on
 * them.
 *
 * @example
 * ```ts
 * import { esfCodes } from '@styrkit/esf';
 * esfCodes.specs['esf/cofinancing-below-required'].severity; // 'error'
 * ```
 */
export const esfCodes = defineTemplatedFindingCodes({
  'esf/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig uppgift', en: 'Invalid input' },
    description: {
      sv: 'Dokumentet följer inte dataformatet; sökvägen visar var.',
      en: 'The document does not follow the data format; the path shows where.',
    },
    message: messageTemplate<EsfInvalidInputData>({
      sv: (d) => d.detail.sv,
      en: (d) => d.detail.en,
    }),
  },
  'esf/cofinancing-below-required': {
    severity: 'error',
    title: { sv: 'Medfinansiering under kravet', en: 'Co-financing below the requirement' },
    description: {
      sv: 'Medfinansieringens andel av total kostnad är lägre än utlysningens krav.',
      en: "The co-financing share of total cost is below the call's requirement.",
    },
    message: messageTemplate<EsfCofinancingShortData>({
      sv: (d) =>
        d.in === 'project'
          ? `Medfinansieringen är ${percent(d.share, 'sv')} av total kostnad, utlysningen kräver ${percent(d.required, 'sv')}: ${figure(d.points, 'sv', 2)} procentenheter eller cirka ${sek(d.amount, 'sv', 0)} för lite`
          : `Rapportens egna siffror ger medfinansiering ${percent(d.share, 'sv')} mot kravet ${percent(d.required, 'sv')}: ${figure(d.points, 'sv', 2)} procentenheter eller cirka ${sek(d.amount, 'sv', 0)} för lite`,
      en: (d) =>
        d.in === 'project'
          ? `Co-financing is ${percent(d.share, 'en')} of total cost, the call requires ${percent(d.required, 'en')}: ${figure(d.points, 'en', 2)} percentage points or about ${sek(d.amount, 'en', 0)} short`
          : `The report's own figures give co-financing ${percent(d.share, 'en')} against the required ${percent(d.required, 'en')}: ${figure(d.points, 'en', 2)} percentage points or about ${sek(d.amount, 'en', 0)} short`,
    }),
  },
  'esf/financing-mismatch': {
    severity: 'error',
    title: { sv: 'Finansieringen täcker inte kostnaden', en: 'Financing does not match cost' },
    description: {
      sv: 'Stöd plus medfinansiering ska vara exakt lika med total stödberättigande kostnad.',
      en: 'Grant plus co-financing must equal total eligible cost exactly.',
    },
    message: messageTemplate<EsfStatedComputedData>({
      sv: (d) =>
        `Stöd plus medfinansiering är ${sek(d.stated, 'sv')} men total kostnad ${sek(d.computed, 'sv')}`,
      en: (d) =>
        `Grant plus co-financing is ${sek(d.stated, 'en')} but total cost ${sek(d.computed, 'en')}`,
    }),
  },
  'esf/total-cost-mismatch': {
    severity: 'error',
    title: { sv: 'Total kostnad stämmer inte', en: 'Total cost does not match' },
    description: {
      sv: 'Angiven total kostnad skiljer sig från summan av budgetrader och schabloner.',
      en: 'The stated total cost differs from the budget lines plus flat rates.',
    },
    message: messageTemplate<EsfStatedComputedData>({
      sv: (d) =>
        `Angiven total kostnad ${sek(d.stated, 'sv')}, budgetrader och schabloner ger ${sek(d.computed, 'sv')}`,
      en: (d) =>
        `Stated total cost ${sek(d.stated, 'en')}, lines and flat rates give ${sek(d.computed, 'en')}`,
    }),
  },
  'esf/stated-share-mismatch': {
    severity: 'warning',
    title: { sv: 'Angiven andel stämmer inte', en: 'Stated share does not match' },
    description: {
      sv: 'En procentsats i dokumentet skiljer sig från den som beräknas ur beloppen.',
      en: 'A percentage in the document differs from the one computed from the amounts.',
    },
    message: messageTemplate<EsfStatedComputedData>({
      sv: (d) =>
        `Angiven andel ${percent(d.stated, 'sv')}, beloppen ger ${percent(d.computed, 'sv')}`,
      en: (d) =>
        `Stated share ${percent(d.stated, 'en')}, the amounts give ${percent(d.computed, 'en')}`,
    }),
  },
  'esf/flat-rate-above-maximum': {
    severity: 'error',
    title: { sv: 'Schablon över maxnivå', en: 'Flat rate above its maximum' },
    description: {
      sv: 'Schablonens procentsats är högre än lagens eller utlysningens maxnivå.',
      en: 'The flat rate exceeds the legal maximum or the maximum of the call.',
    },
    message: messageTemplate<EsfFlatRateMaximumData>({
      sv: (d) =>
        `${flatRateName(d.option, 'sv')}: ${percent(d.percent, 'sv')} är över ${d.of === 'law' ? 'lagens' : 'utlysningens'} maxnivå ${percent(d.maximum, 'sv')}`,
      en: (d) =>
        `${flatRateName(d.option, 'en')}: ${percent(d.percent, 'en')} is above ${d.of === 'law' ? 'the legal' : "the call's"} maximum ${percent(d.maximum, 'en')}`,
    }),
  },
  'esf/flat-rate-combination': {
    severity: 'error',
    title: { sv: 'Otillåten kombination av schabloner', en: 'Forbidden flat-rate combination' },
    description: {
      sv: '40 %-schablonen kan inte kombineras med andra schabloner, och bara en schablon för indirekta kostnader får väljas.',
      en: 'The 40 % rate excludes every other flat rate, and only one indirect-cost rate may be chosen.',
    },
    message: messageTemplate<EsfFlatRateCombinationData>({
      sv: (d) =>
        d.kind === 'repeated'
          ? `${flatRateName(d.option, 'sv')} är vald mer än en gång`
          : d.kind === 'forty-combined'
            ? '40 %-schablonen täcker alla andra kostnader och kan inte kombineras med andra schabloner'
            : 'Bara en schablon för indirekta kostnader får väljas',
      en: (d) =>
        d.kind === 'repeated'
          ? `${flatRateName(d.option, 'en')} is chosen more than once`
          : d.kind === 'forty-combined'
            ? 'The 40 % rate covers all other costs and cannot be combined with other flat rates'
            : 'Only one flat rate for indirect costs may be chosen',
    }),
  },
  'esf/flat-rate-not-allowed': {
    severity: 'error',
    title: {
      sv: 'Schablonen tillåts inte av utlysningen',
      en: 'Flat rate not allowed by the call',
    },
    description: {
      sv: 'Utlysningen tillåter inte schablonen, eller kräver exakt maxnivån.',
      en: 'The call does not offer this flat rate, or requires exactly its maximum.',
    },
    message: messageTemplate<EsfFlatRateNotAllowedData>({
      sv: (d) =>
        d.kind === 'not-offered'
          ? `Utlysningen erbjuder inte schablonen ${flatRateName(d.option, 'sv')}`
          : `${flatRateName(d.option, 'sv')}: utlysningen kräver exakt ${percent(d.percent, 'sv')}`,
      en: (d) =>
        d.kind === 'not-offered'
          ? `The call does not offer the flat rate ${flatRateName(d.option, 'en')}`
          : `${flatRateName(d.option, 'en')}: the call requires exactly ${percent(d.percent, 'en')}`,
    }),
  },
  'esf/in-kind-double-counted': {
    severity: 'error',
    title: {
      sv: 'Medfinansiering i annat än pengar dubbelräknad',
      en: 'In-kind co-financing counted twice',
    },
    description: {
      sv: 'En resurs som medfinansierar i annat än pengar är också budgeterad som direkt kostnad.',
      en: 'A resource given as in-kind co-financing is also budgeted as a direct cost.',
    },
    message: messageTemplate<EsfInKindDoubleData>({
      sv: (d) =>
        d.kind === 'as-staff'
          ? `Deltagartiden "${d.source}" är budgeterad som direkt kostnad på raden "${d.line}"`
          : `Bidraget "${d.source}" räknas på mer än en kostnadsrad`,
      en: (d) =>
        d.kind === 'as-staff'
          ? `The participant time "${d.source}" is budgeted as a direct cost on line "${d.line}"`
          : `The contribution "${d.source}" is counted on more than one cost line`,
    }),
  },
  'esf/in-kind-missing-cost-line': {
    severity: 'warning',
    title: {
      sv: 'Bidrag i annat än pengar saknar kostnadsrad',
      en: 'In-kind source without a cost line',
    },
    description: {
      sv: 'Värdet av ett bidrag i annat än pengar ska också stå som kostnad, annars stämmer inte finansieringen.',
      en: 'The value of an in-kind contribution must also appear as a cost, or the financing does not balance.',
    },
    message: messageTemplate<{ readonly source: string }>({
      sv: (d) => `Bidraget "${d.source}" har ingen kostnadsrad som visar dess värde`,
      en: (d) => `The contribution "${d.source}" has no cost line showing its value`,
    }),
  },
  'esf/participant-cofinancing-in-closing': {
    severity: 'error',
    title: { sv: 'Deltagartid i avslutsfasen', en: 'Participant time in the closing phase' },
    description: {
      sv: 'Deltagares tid får inte medfinansiera avslutsfasen.',
      en: 'Participant time may not co-finance the closing phase.',
    },
    message: messageTemplate<EsfClosingData>({
      sv: (d) =>
        d.kind === 'planned'
          ? `Deltagartiden "${d.source}" är planerad i avslutsfasen`
          : d.kind === 'line'
            ? `Raden "${d.line}" medfinansierar avslutsfasen med deltagartid`
            : `Deltagartid ${d.month} är rapporterad i avslutsfasen`,
      en: (d) =>
        d.kind === 'planned'
          ? `The participant time "${d.source}" is planned in the closing phase`
          : d.kind === 'line'
            ? `Line "${d.line}" co-finances the closing phase with participant time`
            : `Participant time for ${d.month} is reported in the closing phase`,
    }),
  },
  'esf/staff-hours-above-cap': {
    severity: 'error',
    title: { sv: 'Fler timmar än timpriset bygger på', en: 'More hours than the rate allows' },
    description: {
      sv: 'Redovisade timmar överstiger de timmar som timpriset beräknats på (1 720 h per år, pro rata).',
      en: 'Declared hours exceed the hours behind the hourly rate (1 720 h a year, pro rata).',
    },
    message: messageTemplate<EsfStaffHoursData>({
      sv: (d) =>
        `Raden "${d.line}" har ${figure(d.hours, 'sv')} timmar; timpriset medger högst ${figure(d.cap, 'sv', 2)} under fasen`,
      en: (d) =>
        `Line "${d.line}" has ${figure(d.hours, 'en')} hours; the rate allows at most ${figure(d.cap, 'en', 2)} in the phase`,
    }),
  },
  'esf/phase-not-defined': {
    severity: 'error',
    title: { sv: 'Fasen saknas i projektet', en: 'Phase not defined in the project' },
    description: {
      sv: 'En rad hänvisar till en fas som projektet inte har datum för.',
      en: 'A row refers to a phase the project has no dates for.',
    },
    message: messageTemplate<EsfPhaseData>({
      sv: (d) =>
        `Raden "${d.line}" ligger i fasen ${phaseName(d.phase, 'sv')} som projektet saknar datum för`,
      en: (d) =>
        `Line "${d.line}" is in phase ${phaseName(d.phase, 'en')}, which the project has no dates for`,
    }),
  },
  'esf/simplified-costs-required': {
    severity: 'error',
    title: { sv: 'Förenklade kostnader krävs', en: 'Simplified costs required' },
    description: {
      sv: 'Insatser upp till 200 000 euro ska redovisas med förenklade kostnadsalternativ (utom vid statligt stöd).',
      en: 'Operations up to EUR 200 000 must use simplified cost options (unless State aid applies).',
    },
    message: messageTemplate<EsfSimplifiedData>({
      sv: (d) =>
        `Total kostnad motsvarar ${figure(d.eur, 'sv', 0)} euro (högst 200 000): förenklade kostnader krävs men ingen schablon är vald`,
      en: (d) =>
        `Total cost is about EUR ${figure(d.eur, 'en', 0)} (at most 200 000): simplified costs are required but no flat rate is chosen`,
    }),
  },
  'esf/simplified-costs-not-checked': {
    severity: 'info',
    title: {
      sv: 'Regeln om förenklade kostnader är inte prövad',
      en: 'Simplified-cost rule not checked',
    },
    description: {
      sv: 'Utan växelkurs (kronor per euro) kan gränsen 200 000 euro inte prövas för ett projekt utan schablon och utan statligt stöd.',
      en: 'Without an exchange rate (SEK per EUR) the EUR 200 000 threshold cannot be checked for a project with no flat rate and no State aid.',
    },
    message: messageTemplate<EsfNotCheckedData>({
      sv: (d) =>
        d.rate === undefined
          ? 'Regeln om förenklade kostnader upp till 200 000 euro är inte prövad: ingen växelkurs (kronor per euro) anges i utlysningen eller vid granskningen'
          : `Regeln om förenklade kostnader upp till 200 000 euro är inte prövad: växelkursen ${figure(d.rate, 'sv')} kronor per euro går inte att räkna med`,
      en: (d) =>
        d.rate === undefined
          ? 'The rule on simplified costs up to EUR 200 000 is not checked: no exchange rate (SEK per EUR) is given in the call or to the audit'
          : `The rule on simplified costs up to EUR 200 000 is not checked: the exchange rate of ${figure(d.rate, 'en')} SEK per EUR cannot be used`,
    }),
  },
  'esf/change-request-overdraw': {
    severity: 'error',
    title: { sv: 'Förändringen flyttar mer än som finns', en: 'Change moves more than budgeted' },
    description: {
      sv: 'En förändringsansökan flyttar ett större belopp än vad som finns i fasen och kostnadsslaget.',
      en: 'A change request moves more than the phase and category hold.',
    },
    message: messageTemplate<EsfOverdrawData>({
      sv: (d) =>
        `Förändringsansökan ${d.request} flyttar ${sek(d.moved, 'sv')} men det fanns ${sek(d.available, 'sv')}`,
      en: (d) =>
        `Change request ${d.request} moves ${sek(d.moved, 'en')} but only ${sek(d.available, 'en')} was there`,
    }),
  },
  'esf/change-request-wrong-project': {
    severity: 'error',
    title: { sv: 'Förändringen gäller annat projekt', en: 'Change request for another project' },
    description: {
      sv: 'Förändringsansökan hänvisar till ett annat projekt.',
      en: 'The change request names another project.',
    },
    message: messageTemplate<EsfWrongProjectData>({
      sv: (d) => `Förändringsansökan ${d.request} gäller projektet ${d.named}, inte ${d.project}`,
      en: (d) => `Change request ${d.request} is for project ${d.named}, not ${d.project}`,
    }),
  },
  'esf/unknown-participant': {
    severity: 'error',
    title: { sv: 'Okänd deltagare', en: 'Unknown participant' },
    description: {
      sv: 'Tid är rapporterad av någon som inte finns i deltagarregistret.',
      en: 'Time is reported by someone missing from the participant register.',
    },
    message: messageTemplate<EsfParticipantData>({
      sv: (d) => `Deltagaren ${d.participant} finns inte i registret`,
      en: (d) => `Participant ${d.participant} is not in the register`,
    }),
  },
  'esf/duplicate-participant': {
    severity: 'error',
    title: { sv: 'Deltagare finns två gånger', en: 'Participant listed twice' },
    description: {
      sv: 'Samma deltagar-id förekommer flera gånger i registret.',
      en: 'The same participant id appears more than once in the register.',
    },
    message: messageTemplate<EsfParticipantData>({
      sv: (d) => `Deltagaren ${d.participant} finns två gånger`,
      en: (d) => `Participant ${d.participant} is listed twice`,
    }),
  },
  'esf/participant-gender-conflict': {
    severity: 'error',
    title: {
      sv: 'Deltagare med två olika kön',
      en: 'Participant with two genders',
    },
    description: {
      sv: 'Ett deltagar-id som finns två gånger har olika kön; statistiken per kön räknar den första uppgiften.',
      en: 'A participant id listed twice has two genders; the statistics by gender count the first entry.',
    },
    message: messageTemplate<EsfGenderConflictData>({
      sv: (d) =>
        `Deltagaren ${d.participant} har kön ${GENDER_NAMES[d.first].sv} i första raden men ${GENDER_NAMES[d.here].sv} här; statistiken per kön räknar den första uppgiften`,
      en: (d) =>
        `Participant ${d.participant} has gender ${GENDER_NAMES[d.first].en} in the first entry but ${GENDER_NAMES[d.here].en} here; the statistics by gender count the first entry`,
    }),
  },
  'esf/time-outside-project': {
    severity: 'error',
    title: { sv: 'Tid utanför projektperioden', en: 'Time outside the project period' },
    description: {
      sv: 'Tid är rapporterad för en månad utanför fasens eller projektets datum.',
      en: "Time is reported for a month outside the phase's or project's dates.",
    },
    message: messageTemplate<EsfOutsideData>({
      sv: (d) =>
        d.phase === undefined
          ? `${d.month} ligger utanför projektperioden`
          : `${d.month} ligger inte i fasen ${phaseName(d.phase, 'sv')}`,
      en: (d) =>
        d.phase === undefined
          ? `${d.month} is outside the project period`
          : `${d.month} is not in the ${phaseName(d.phase, 'en')} phase`,
    }),
  },
  'esf/unsigned-time-report': {
    severity: 'warning',
    title: { sv: 'Osignerad tidrapport', en: 'Unsigned time report' },
    description: {
      sv: 'Deltagare ska signera sina tidrapporter varje månad.',
      en: 'Participants sign their time reports every month.',
    },
    message: messageTemplate<EsfUnsignedData>({
      sv: (d) => `Tidrapporten för ${d.participant} ${d.month} är inte signerad`,
      en: (d) => `The time report of ${d.participant} for ${d.month} is not signed`,
    }),
  },
  'esf/participant-hours-above-cap': {
    severity: 'error',
    title: { sv: 'Deltagartimmar över taket', en: 'Participant hours above the cap' },
    description: {
      sv: 'En deltagare med timpris har rapporterat fler timmar en månad än timpriset bygger på (1 720 / 12).',
      en: 'A participant with an hourly rate reports more hours in a month than the rate allows (1 720 / 12).',
    },
    message: messageTemplate<EsfParticipantHoursData>({
      sv: (d) =>
        `${d.participant} har ${String(d.hours)} ${d.hours === 1 ? 'timme' : 'timmar'} ${d.month}; timpriset medger högst ${figure(d.cap, 'sv', 2)}`,
      en: (d) =>
        `${d.participant} has ${String(d.hours)} ${d.hours === 1 ? 'hour' : 'hours'} in ${d.month}; the rate allows at most ${figure(d.cap, 'en', 2)}`,
    }),
  },
  'esf/table-total-mismatch': {
    severity: 'error',
    title: { sv: 'Tabellsumma stämmer inte', en: 'Table total does not match' },
    description: {
      sv: 'En angiven kolumnsumma skiljer sig från summan av raderna.',
      en: 'A stated column total differs from the sum of its rows.',
    },
    message: messageTemplate<EsfTableTotalData>({
      sv: (d) =>
        `${d.label}: angivet ${figure(d.stated, 'sv')}, posterna ger ${figure(d.computed, 'sv')} (skillnad ${figure(d.computed.minus(d.stated), 'sv')})`,
      en: (d) =>
        `${d.label}: stated ${figure(d.stated, 'en')}, the items give ${figure(d.computed, 'en')} (difference ${figure(d.computed.minus(d.stated), 'en')})`,
    }),
  },
  'esf/reported-figure-mismatch': {
    severity: 'error',
    title: { sv: 'Rapporterad siffra stämmer inte', en: 'Reported figure does not match' },
    description: {
      sv: 'En nyckeltalssiffra i slutrapporten skiljer sig från den som beräknas ur underlagen.',
      en: 'A key figure in the final report differs from the one computed from the records.',
    },
    message: messageTemplate<EsfReportedFigureData>({
      sv: (d) =>
        d.kind === 'records'
          ? `${REPORTED_FIGURE_NAMES[d.figure].sv}: rapporten anger ${figure(d.stated, 'sv')}, ${RECORD_NAMES[d.from].sv} ger ${figure(d.computed, 'sv')}`
          : `Deltagare (kvinnor + män): angivet ${figure(d.stated, 'sv')}, kvinnor och män ger ${figure(d.computed, 'sv')} (skillnad ${figure(d.computed.minus(d.stated), 'sv')})`,
      en: (d) =>
        d.kind === 'records'
          ? `${REPORTED_FIGURE_NAMES[d.figure].en}: the report states ${figure(d.stated, 'en')}, ${RECORD_NAMES[d.from].en} give ${figure(d.computed, 'en')}`
          : `Participants (women + men): stated ${figure(d.stated, 'en')}, women and men give ${figure(d.computed, 'en')} (difference ${figure(d.computed.minus(d.stated), 'en')})`,
    }),
  },
  'esf/hours-vs-plan': {
    severity: 'info',
    title: { sv: 'Medfinansieringstimmar mot plan', en: 'Co-financing hours against plan' },
    description: {
      sv: 'Rapporterade timmar skiljer sig från planen; under plan är en varning.',
      en: 'Reported hours differ from the plan; below plan is a warning.',
    },
    message: messageTemplate<EsfHoursPlanData>({
      sv: (d) =>
        `${String(d.reported)} ${d.reported === 1 ? 'medfinansieringstimme' : 'medfinansieringstimmar'} mot planerade ${String(d.planned)} (${percent(d.share, 'sv')})`,
      en: (d) =>
        `${String(d.reported)} co-financing ${d.reported === 1 ? 'hour' : 'hours'} against ${String(d.planned)} planned (${percent(d.share, 'en')})`,
    }),
  },
  'esf/cofinancing-value-vs-plan': {
    severity: 'info',
    title: {
      sv: 'Värdet av deltagartiden mot budget',
      en: 'Value of participant time against budget',
    },
    description: {
      sv: 'De rapporterade timmarna värderade till deltagarnas timlönekostnad skiljer sig från den budgeterade medfinansieringen i annat än pengar; under budget är en varning.',
      en: "The reported hours valued at the participants' hourly salary cost differ from the budgeted in-kind co-financing; below budget is a warning.",
    },
    message: messageTemplate<EsfValuePlanData>({
      sv: (d) =>
        `Deltagartiden är värd ${sek(d.value, 'sv', 2)}${d.share === undefined ? '' : ` (${percent(d.share, 'sv')})`}, ${d.value.lt(d.planned) ? 'under' : 'över'} budgeterad medfinansiering ${sek(d.planned, 'sv', 2)}`,
      en: (d) =>
        `Participant time is worth ${sek(d.value, 'en', 2)}${d.share === undefined ? '' : ` (${percent(d.share, 'en')})`}, ${d.value.lt(d.planned) ? 'below' : 'above'} the budgeted co-financing of ${sek(d.planned, 'en', 2)}`,
    }),
  },
  'esf/cofinancing-value-unknown': {
    severity: 'info',
    title: { sv: 'Deltagartidens värde okänt', en: 'Value of participant time unknown' },
    description: {
      sv: 'Några deltagare saknar timpris, så värdet av deras timmar är okänt (inte 0) och kan inte jämföras med budgeten.',
      en: 'Some participants have no hourly rate, so the value of their hours is unknown (not 0) and cannot be compared with the budget.',
    },
    message: messageTemplate<EsfValueUnknownData>({
      sv: (d) =>
        `${figure(Exact.of(d.unratedHours), 'sv', 0)} av ${figure(Exact.of(d.hours), 'sv', 0)} rapporterade timmar (${String(d.unratedParticipants)} deltagare) saknar timpris: deltagartidens värde är okänt, inte 0, och kan inte jämföras med budgeterade ${sek(d.planned, 'sv', 2)}`,
      en: (d) =>
        `${figure(Exact.of(d.unratedHours), 'en', 0)} of ${figure(Exact.of(d.hours), 'en', 0)} reported hours (${String(d.unratedParticipants)} ${d.unratedParticipants === 1 ? 'participant' : 'participants'}) have no hourly rate: the value of participant time is unknown, not 0, and cannot be compared with the budgeted ${sek(d.planned, 'en', 2)}`,
    }),
  },
  'esf/participants-vs-expected': {
    severity: 'info',
    title: { sv: 'Deltagare mot förväntat', en: 'Participants against expected' },
    description: {
      sv: 'Antalet deltagare skiljer sig från det förväntade.',
      en: 'The number of participants differs from the expected number.',
    },
    message: messageTemplate<EsfParticipantsData>({
      sv: (d) => `${String(d.participants)} deltagare mot förväntade ${String(d.expected)}`,
      en: (d) =>
        `${String(d.participants)} ${d.participants === 1 ? 'participant' : 'participants'} against ${String(d.expected)} expected`,
    }),
  },
  'esf/draft-needs-input': {
    severity: 'warning',
    title: { sv: 'Utkastet behöver kompletteras', en: 'The draft needs input' },
    description: {
      sv: 'Ett utkast gjort av en tabell i ett dokument saknar en uppgift som tabellen inte ger (till exempel utlysningens krav på medfinansiering): fyll i den; den gissas aldrig.',
      en: "A draft made from a table in a document lacks a value the table does not give (for example the call's required co-financing share): fill it in; it is never guessed.",
    },
    message: messageTemplate<EsfDraftNeedsData>({
      sv: (d) => draftNeeds(d, 'sv'),
      en: (d) => draftNeeds(d, 'en'),
    }),
  },
  'esf/draft-not-mapped': {
    severity: 'info',
    title: { sv: 'Rad ej överförd till utkastet', en: 'Row not carried over to the draft' },
    description: {
      sv: 'En rad i finansieringstabellen har ingen plats i utkastet (till exempel stödet som belopp); dess siffra finns inte i utkastet.',
      en: 'A row of the financing table has no place in the draft (for example the grant as an amount); its figure is not in the draft.',
    },
    message: messageTemplate<EsfDraftNotMappedData>({
      sv: (d) => draftNotMapped(d, 'sv'),
      en: (d) => draftNotMapped(d, 'en'),
    }),
  },
  'esf/draft-reading-assumed': {
    severity: 'warning',
    title: { sv: 'Tolkning antagen i utkastet', en: 'Reading assumed in the draft' },
    description: {
      sv: 'Tabellen säger inte allt utkastet behöver (till exempel vilken kolumn som är beloppet, eller att ett tal är en procentsats); utkastet säger vilken tolkning det tog: kontrollera.',
      en: 'The table does not say everything the draft needs (for example which column holds the amount, or that a figure is a percentage); the draft says which reading it took: check it.',
    },
    message: messageTemplate<EsfDraftReadingData>({
      sv: (d) => draftReading(d, 'sv'),
      en: (d) => draftReading(d, 'en'),
    }),
  },
});

/**
 * A finding code of `@styrkit/esf`.
 *
 * @example
 * ```ts
 * import type { EsfFindingCode } from '@styrkit/esf';
 * const code: EsfFindingCode = 'esf/table-total-mismatch';
 * ```
 */
export type EsfFindingCode = keyof typeof esfCodes.specs;

/**
 * A finding of `@styrkit/esf`: its code is one of {@link EsfFindingCode}.
 *
 * @example
 * ```ts
 * import type { EsfFinding } from '@styrkit/esf';
 * const isShort = (f: EsfFinding): boolean => f.code === 'esf/cofinancing-below-required';
 * ```
 */
export type EsfFinding = CodedFinding<EsfFindingCode>;
