import type { NumberLocale } from '@styrkit/core';
import {
  DRAFT_FIGURE_NAMES,
  tableName,
  type EsfDraftNeedsData,
  type EsfDraftNotMappedData,
  type EsfDraftReadingData,
} from './messages.js';

/*
 * The wording of the three draft codes (a final-report draft read from a financing table),
 * apart from messages.ts because each has several cases in both languages.
 */

/** What the draft needs filled in, in one language. */
export function draftNeeds(d: EsfDraftNeedsData, locale: NumberLocale): string {
  const sv = locale === 'sv';
  if (d.field === 'projectId') {
    return sv
      ? 'Tabellen anger inte vilket projekt rapporten gäller: ange projektets id (platshållare "esf-projekt")'
      : 'The table does not say which project the report is for: give the project id (placeholder "esf-projekt")';
  }
  const named = tableName(d.table, locale);
  if (d.field === 'requiredCofinancingPercent') {
    return sv
      ? `${named}: tabellen anger inte utlysningens krav på medfinansiering; ange det från utlysningen (till exempel 33 %), annars kan kravet inte kontrolleras`
      : `${named}: the table does not state the call's required co-financing share; give it from the call (for example 33 %), otherwise the requirement cannot be checked`;
  }
  const what = DRAFT_FIGURE_NAMES[d.field];
  return sv
    ? `${named}: tabellen anger inte ${what.sv} som belopp; fyll i det`
    : `${named}: the table does not state the ${what.en} as an amount; fill it in`;
}

/** A row the draft leaves out, in one language. */
export function draftNotMapped(d: EsfDraftNotMappedData, locale: NumberLocale): string {
  const named = tableName(d.table, locale);
  const sv = locale === 'sv';
  switch (d.reason) {
    case 'grant-amount':
      return sv
        ? `${named}: stödet som belopp ("${d.label}") har ingen plats i slutrapportens nyckeltal; granskningen räknar stödet ur total finansiering och medfinansiering`
        : `${named}: the grant as an amount ("${d.label}") has no place in the final report's key figures; the audit derives the grant from total financing and co-financing`;
    case 'duplicate':
      return sv
        ? `${named}: "${d.label}" anger samma nyckeltal som en rad ovanför; utkastet tar den första`
        : `${named}: "${d.label}" states the same key figure as a row above; the draft takes the first`;
    case 'other':
      return sv
        ? `${named}: raden "${d.label}" är inget nyckeltal i finansieringen och finns inte i utkastet`
        : `${named}: the row "${d.label}" is no key figure of the financing and is not in the draft`;
  }
}

/** A reading the draft assumed, in one language. */
export function draftReading(d: EsfDraftReadingData, locale: NumberLocale): string {
  const named = tableName(d.table, locale);
  const sv = locale === 'sv';
  if (d.kind === 'last-column') {
    return sv
      ? `${named}: tabellen har flera kolumner och ingen heter Summa; utkastet tar den sista ("${d.column}"): kontrollera`
      : `${named}: the table has several columns and none is called "Summa" (total); the draft takes the last ("${d.column}"): check it`;
  }
  return sv
    ? `${named}: "${d.label}" anger ingen enhet; talet är högst 100 i en tabell med belopp och läses som procent`
    : `${named}: "${d.label}" states no unit; the figure is at most 100 in a table of amounts and is read as a percentage`;
}
