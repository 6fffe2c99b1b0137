import { defineFindingCodes } from './finding-codes.js';

/**
 * The finding codes raised by @styrkit/core itself: input that cannot be read, and declared
 * totals that do not match their items.
 *
 * @example
 * ```ts
 * import { coreCodes } from '@styrkit/core';
 * coreCodes.specs['core/total-mismatch'].severity; // 'error'
 * ```
 */
export const coreCodes = defineFindingCodes({
  'core/invalid-input': {
    severity: 'error',
    title: { sv: 'Ogiltig uppgift', en: 'Invalid input' },
    description: {
      sv: 'Ett värde har fel form eller saknas där det krävs.',
      en: 'A value has the wrong form or is missing where it is required.',
    },
  },
  'core/invalid-number': {
    severity: 'error',
    title: { sv: 'Ogiltigt tal', en: 'Invalid number' },
    description: {
      sv: 'Texten går inte att läsa som ett tal, varken på svenskt eller engelskt sätt.',
      en: 'The text cannot be read as a number, written the Swedish or the English way.',
    },
  },
  'core/invalid-date': {
    severity: 'error',
    title: { sv: 'Ogiltigt datum', en: 'Invalid date' },
    description: {
      sv: 'Datum skrivs ÅÅÅÅ-MM-DD och måste finnas i kalendern.',
      en: 'Dates are written YYYY-MM-DD and must exist in the calendar.',
    },
  },
  'core/invalid-year': {
    severity: 'error',
    title: { sv: 'Ogiltigt år', en: 'Invalid year' },
    description: {
      sv: 'Ett år skrivs som ett heltal från 1000 till 9999 (som i ÅÅÅÅ-MM-DD); 20210 är ett skrivfel.',
      en: 'A year is a whole number from 1000 to 9999 (as in YYYY-MM-DD); 20210 is a typo.',
    },
  },
  'core/invalid-range': {
    severity: 'error',
    title: { sv: 'Ogiltig period', en: 'Invalid period' },
    description: {
      sv: 'En period måste sluta samma dag eller efter att den börjar.',
      en: 'A period must end on or after the day it starts.',
    },
  },
  'core/invalid-envelope': {
    severity: 'error',
    title: { sv: 'Ogiltigt kuvert', en: 'Invalid envelope' },
    description: {
      sv: 'En dokumentfil har formen { kind, schemaVersion, id, document }.',
      en: 'A document file has the form { kind, schemaVersion, id, document }.',
    },
  },
  'core/wrong-kind': {
    severity: 'error',
    title: { sv: 'Fel slags dokument', en: 'Wrong kind of document' },
    description: {
      sv: 'Kuvertet innehåller ett annat slags dokument än det som efterfrågas.',
      en: 'The envelope holds another kind of document than the one asked for.',
    },
  },
  'core/invalid-cadence': {
    severity: 'error',
    title: { sv: 'Ogiltig mötesfrekvens', en: 'Invalid cadence' },
    description: {
      sv: 'Frekvensen går inte att tolka eller har orimliga värden.',
      en: 'The cadence cannot be read or has impossible values.',
    },
  },
  'core/total-mismatch': {
    severity: 'error',
    title: { sv: 'Summan stämmer inte', en: 'Total does not match' },
    description: {
      sv: 'Den angivna summan skiljer sig från summan av posterna.',
      en: 'The stated total differs from the sum of its items.',
    },
  },
  'core/row-total-mismatch': {
    severity: 'error',
    title: { sv: 'Radsumman stämmer inte', en: 'Row total does not match' },
    description: {
      sv: 'Den angivna radsumman skiljer sig från summan av radens celler.',
      en: "The stated row total differs from the sum of the row's cells.",
    },
  },
  'core/column-total-mismatch': {
    severity: 'error',
    title: { sv: 'Kolumnsumman stämmer inte', en: 'Column total does not match' },
    description: {
      sv: 'Den angivna kolumnsumman skiljer sig från summan av kolumnens celler.',
      en: "The stated column total differs from the sum of the column's cells.",
    },
  },
  'core/grand-total-mismatch': {
    severity: 'error',
    title: { sv: 'Totalsumman stämmer inte', en: 'Grand total does not match' },
    description: {
      sv: 'Den angivna totalsumman skiljer sig från summan av alla celler.',
      en: 'The stated grand total differs from the sum of all cells.',
    },
  },
  'core/total-has-unknown': {
    severity: 'info',
    title: { sv: 'Summan har okända poster', en: 'Total has unknown items' },
    description: {
      sv: 'Några poster är okända, så summan kan inte kontrolleras helt. Okänt räknas aldrig som noll.',
      en: 'Some items are unknown, so the total cannot be fully checked. Unknown never counts as zero.',
    },
  },
});
