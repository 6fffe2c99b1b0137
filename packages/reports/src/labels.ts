import type { LocalizedText, Severity } from '@styrkit/core';

/** Fixed words of a rendered report, in Swedish and English. */
export const reportLabels = {
  appendix: { sv: 'Bilaga: Granskningens iakttagelser', en: 'Appendix: audit findings' },
  noFindings: {
    sv: 'Granskningen gav inga iakttagelser.',
    en: 'The audit gave no findings.',
  },
  findingsTable: { sv: 'Iakttagelser', en: 'Findings' },
  severity: { sv: 'Allvarlighet', en: 'Severity' },
  code: { sv: 'Kod', en: 'Code' },
  path: { sv: 'Plats', en: 'Location' },
  message: { sv: 'Iakttagelse', en: 'Finding' },
  expected: { sv: 'Förväntat', en: 'Expected' },
  actual: { sv: 'Faktiskt', en: 'Actual' },
  page: { sv: 'Sida', en: 'Page' },
  of: { sv: 'av', en: 'of' },
  metadata: { sv: 'Uppgifter om dokumentet', en: 'About this document' },
} as const satisfies Record<string, LocalizedText>;

/** Severity words, as a committee reads them. */
export const severityLabels: Readonly<Record<Severity, LocalizedText>> = {
  error: { sv: 'Fel', en: 'Error' },
  warning: { sv: 'Varning', en: 'Warning' },
  info: { sv: 'Information', en: 'Information' },
};
