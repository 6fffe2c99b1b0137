import { defineFindingCodes } from '@styrkit/core';

/**
 * Every finding code of `@styrkit/esf`, with default severity and a Swedish and English title
 * and description. Codes are stable: tools and reports may rely on them.
 *
 * @example
 * ```ts
 * import { esfCodes } from '@styrkit/esf';
 * esfCodes.specs['esf/cofinancing-below-required'].severity; // 'error'
 * ```
 */
export const esfCodes = defineFindingCodes({
  'esf/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig uppgift', en: 'Invalid input' },
    description: {
      sv: 'Dokumentet följer inte dataformatet; sökvägen visar var.',
      en: 'The document does not follow the data format; the path shows where.',
    },
  },
  'esf/cofinancing-below-required': {
    severity: 'error',
    title: { sv: 'Medfinansiering under kravet', en: 'Co-financing below the requirement' },
    description: {
      sv: 'Medfinansieringens andel av total kostnad är lägre än utlysningens krav.',
      en: "The co-financing share of total cost is below the call's requirement.",
    },
  },
  'esf/financing-mismatch': {
    severity: 'error',
    title: { sv: 'Finansieringen täcker inte kostnaden', en: 'Financing does not match cost' },
    description: {
      sv: 'Stöd plus medfinansiering ska vara exakt lika med total stödberättigande kostnad.',
      en: 'Grant plus co-financing must equal total eligible cost exactly.',
    },
  },
  'esf/total-cost-mismatch': {
    severity: 'error',
    title: { sv: 'Total kostnad stämmer inte', en: 'Total cost does not match' },
    description: {
      sv: 'Angiven total kostnad skiljer sig från summan av budgetrader och schabloner.',
      en: 'The stated total cost differs from the budget lines plus flat rates.',
    },
  },
  'esf/stated-share-mismatch': {
    severity: 'warning',
    title: { sv: 'Angiven andel stämmer inte', en: 'Stated share does not match' },
    description: {
      sv: 'En procentsats i dokumentet skiljer sig från den som beräknas ur beloppen.',
      en: 'A percentage in the document differs from the one computed from the amounts.',
    },
  },
  'esf/flat-rate-above-maximum': {
    severity: 'error',
    title: { sv: 'Schablon över maxnivå', en: 'Flat rate above its maximum' },
    description: {
      sv: 'Schablonens procentsats är högre än lagens eller utlysningens maxnivå.',
      en: 'The flat rate exceeds the legal maximum or the maximum of the call.',
    },
  },
  'esf/flat-rate-combination': {
    severity: 'error',
    title: { sv: 'Otillåten kombination av schabloner', en: 'Forbidden flat-rate combination' },
    description: {
      sv: '40 %-schablonen kan inte kombineras med andra schabloner, och bara en schablon för indirekta kostnader får väljas.',
      en: 'The 40 % rate excludes every other flat rate, and only one indirect-cost rate may be chosen.',
    },
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
  },
  'esf/participant-cofinancing-in-closing': {
    severity: 'error',
    title: { sv: 'Deltagartid i avslutsfasen', en: 'Participant time in the closing phase' },
    description: {
      sv: 'Deltagares tid får inte medfinansiera avslutsfasen.',
      en: 'Participant time may not co-finance the closing phase.',
    },
  },
  'esf/staff-hours-above-cap': {
    severity: 'error',
    title: { sv: 'Fler timmar än timpriset bygger på', en: 'More hours than the rate allows' },
    description: {
      sv: 'Redovisade timmar överstiger de timmar som timpriset beräknats på (1 720 h per år, pro rata).',
      en: 'Declared hours exceed the hours behind the hourly rate (1 720 h a year, pro rata).',
    },
  },
  'esf/phase-not-defined': {
    severity: 'error',
    title: { sv: 'Fasen saknas i projektet', en: 'Phase not defined in the project' },
    description: {
      sv: 'En rad hänvisar till en fas som projektet inte har datum för.',
      en: 'A row refers to a phase the project has no dates for.',
    },
  },
  'esf/simplified-costs-required': {
    severity: 'error',
    title: { sv: 'Förenklade kostnader krävs', en: 'Simplified costs required' },
    description: {
      sv: 'Insatser upp till 200 000 euro ska redovisas med förenklade kostnadsalternativ (utom vid statligt stöd).',
      en: 'Operations up to EUR 200 000 must use simplified cost options (unless State aid applies).',
    },
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
  },
  'esf/change-request-overdraw': {
    severity: 'error',
    title: { sv: 'Förändringen flyttar mer än som finns', en: 'Change moves more than budgeted' },
    description: {
      sv: 'En förändringsansökan flyttar ett större belopp än vad som finns i fasen och kostnadsslaget.',
      en: 'A change request moves more than the phase and category hold.',
    },
  },
  'esf/change-request-wrong-project': {
    severity: 'error',
    title: { sv: 'Förändringen gäller annat projekt', en: 'Change request for another project' },
    description: {
      sv: 'Förändringsansökan hänvisar till ett annat projekt.',
      en: 'The change request names another project.',
    },
  },
  'esf/unknown-participant': {
    severity: 'error',
    title: { sv: 'Okänd deltagare', en: 'Unknown participant' },
    description: {
      sv: 'Tid är rapporterad av någon som inte finns i deltagarregistret.',
      en: 'Time is reported by someone missing from the participant register.',
    },
  },
  'esf/duplicate-participant': {
    severity: 'error',
    title: { sv: 'Deltagare finns två gånger', en: 'Participant listed twice' },
    description: {
      sv: 'Samma deltagar-id förekommer flera gånger i registret.',
      en: 'The same participant id appears more than once in the register.',
    },
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
  },
  'esf/time-outside-project': {
    severity: 'error',
    title: { sv: 'Tid utanför projektperioden', en: 'Time outside the project period' },
    description: {
      sv: 'Tid är rapporterad för en månad utanför fasens eller projektets datum.',
      en: "Time is reported for a month outside the phase's or project's dates.",
    },
  },
  'esf/unsigned-time-report': {
    severity: 'warning',
    title: { sv: 'Osignerad tidrapport', en: 'Unsigned time report' },
    description: {
      sv: 'Deltagare ska signera sina tidrapporter varje månad.',
      en: 'Participants sign their time reports every month.',
    },
  },
  'esf/participant-hours-above-cap': {
    severity: 'error',
    title: { sv: 'Deltagartimmar över taket', en: 'Participant hours above the cap' },
    description: {
      sv: 'En deltagare med timpris har rapporterat fler timmar en månad än timpriset bygger på (1 720 / 12).',
      en: 'A participant with an hourly rate reports more hours in a month than the rate allows (1 720 / 12).',
    },
  },
  'esf/table-total-mismatch': {
    severity: 'error',
    title: { sv: 'Tabellsumma stämmer inte', en: 'Table total does not match' },
    description: {
      sv: 'En angiven kolumnsumma skiljer sig från summan av raderna.',
      en: 'A stated column total differs from the sum of its rows.',
    },
  },
  'esf/reported-figure-mismatch': {
    severity: 'error',
    title: { sv: 'Rapporterad siffra stämmer inte', en: 'Reported figure does not match' },
    description: {
      sv: 'En nyckeltalssiffra i slutrapporten skiljer sig från den som beräknas ur underlagen.',
      en: 'A key figure in the final report differs from the one computed from the records.',
    },
  },
  'esf/hours-vs-plan': {
    severity: 'info',
    title: { sv: 'Medfinansieringstimmar mot plan', en: 'Co-financing hours against plan' },
    description: {
      sv: 'Rapporterade timmar skiljer sig från planen; under plan är en varning.',
      en: 'Reported hours differ from the plan; below plan is a warning.',
    },
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
  },
  'esf/cofinancing-value-unknown': {
    severity: 'info',
    title: { sv: 'Deltagartidens värde okänt', en: 'Value of participant time unknown' },
    description: {
      sv: 'Några deltagare saknar timpris, så värdet av deras timmar är okänt (inte 0) och kan inte jämföras med budgeten.',
      en: 'Some participants have no hourly rate, so the value of their hours is unknown (not 0) and cannot be compared with the budget.',
    },
  },
  'esf/participants-vs-expected': {
    severity: 'info',
    title: { sv: 'Deltagare mot förväntat', en: 'Participants against expected' },
    description: {
      sv: 'Antalet deltagare skiljer sig från det förväntade.',
      en: 'The number of participants differs from the expected number.',
    },
  },
  'esf/draft-needs-input': {
    severity: 'warning',
    title: { sv: 'Utkastet behöver kompletteras', en: 'The draft needs input' },
    description: {
      sv: 'Ett utkast gjort av en tabell i ett dokument saknar en uppgift som tabellen inte ger (till exempel utlysningens krav på medfinansiering): fyll i den; den gissas aldrig.',
      en: "A draft made from a table in a document lacks a value the table does not give (for example the call's required co-financing share): fill it in; it is never guessed.",
    },
  },
  'esf/draft-not-mapped': {
    severity: 'info',
    title: { sv: 'Rad ej överförd till utkastet', en: 'Row not carried over to the draft' },
    description: {
      sv: 'En rad i finansieringstabellen har ingen plats i utkastet (till exempel stödet som belopp); dess siffra finns inte i utkastet.',
      en: 'A row of the financing table has no place in the draft (for example the grant as an amount); its figure is not in the draft.',
    },
  },
  'esf/draft-reading-assumed': {
    severity: 'warning',
    title: { sv: 'Tolkning antagen i utkastet', en: 'Reading assumed in the draft' },
    description: {
      sv: 'Tabellen säger inte allt utkastet behöver (till exempel vilken kolumn som är beloppet, eller att ett tal är en procentsats); utkastet säger vilken tolkning det tog: kontrollera.',
      en: 'The table does not say everything the draft needs (for example which column holds the amount, or that a figure is a percentage); the draft says which reading it took: check it.',
    },
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
