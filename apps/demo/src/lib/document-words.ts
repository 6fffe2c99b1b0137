import type { Locale, Text } from './i18n.js';

/**
 * The words of the create, edit and download screens (kept apart from the shared lib/i18n.ts,
 * so each area's words stay together).
 */
export const DOC_WORDS = {
  newDocument: { sv: 'Nytt dokument', en: 'New document' },
  newDocumentIntro: {
    sv: 'Välj vad du vill skapa. Varje dokumentslag kan skapas och redigeras här, även de som saknar en egen sida.',
    en: 'Choose what to create. Every kind of document can be created and edited here, also those without a page of their own.',
  },
  newOfKind: { sv: 'Nytt', en: 'New' },
  edit: { sv: 'Redigera', en: 'Edit' },
  editTitle: { sv: 'Redigera', en: 'Edit' },
  documentId: { sv: 'Dokument-id', en: 'Document id' },
  documentIdHelp: {
    sv: 'Bokstäver a–z, siffror, punkt, understreck och bindestreck. Kan inte ändras senare.',
    en: 'Letters a–z, digits, dot, underscore and hyphen. Cannot be changed later.',
  },
  versionMessage: { sv: 'Versionsmeddelande', en: 'Version message' },
  versionMessageHelp: {
    sv: 'Vad ändrades och varför? Visas i versionshistoriken.',
    en: 'What changed and why? Shown in the version history.',
  },
  messageMissing: {
    sv: 'Skriv ett versionsmeddelande innan du sparar.',
    en: 'Write a version message before saving.',
  },
  idMissing: { sv: 'Ange ett dokument-id.', en: 'Enter a document id.' },
  idInvalid: {
    sv: 'Dokument-id får bara innehålla bokstäver a–z, siffror, punkt, understreck och bindestreck (högst 128 tecken).',
    en: 'A document id may only contain the letters a–z, digits, dot, underscore and hyphen (at most 128 characters).',
  },
  idTaken: {
    sv: 'Det finns redan ett dokument med detta id.',
    en: 'A document with this id already exists.',
  },
  idMismatch: {
    sv: 'Dokumentets eget id skiljer sig från id:t det sparas under; det sparas inte så.',
    en: 'The document’s own id differs from the id it is stored under; it is not saved like this.',
  },
  useEnvelopeId: { sv: 'Använd', en: 'Use' },
  missingReferences: {
    sv: 'Dokumentet hänvisar till dokument som inte finns:',
    en: 'The document refers to documents that do not exist:',
  },
  saveAnyway: { sv: 'Spara ändå', en: 'Save anyway' },
  create: { sv: 'Skapa', en: 'Create' },
  saveFailed: { sv: 'Sparades inte', en: 'Not saved' },
  checking: { sv: 'Kontrollerar…', en: 'Checking…' },
  liveChecks: {
    sv: 'Granskningen körs på värden medan du skriver; fynden visas vid fältet de gäller.',
    en: 'The host checks the document as you type; findings are shown at the field they concern.',
  },
  start: { sv: 'Börja från', en: 'Start from' },
  blank: { sv: 'Tomt dokument', en: 'Blank document' },
  apply: { sv: 'Fyll i formuläret', en: 'Fill in the form' },
  rollForward: { sv: 'Rulla fram från förra årets plan', en: 'Roll forward from last year’s plan' },
  blankPlan: { sv: 'Tom plan', en: 'Blank plan' },
  keepAmounts: { sv: 'Behåll beloppen', en: 'Keep the amounts' },
  fromPlan: { sv: 'Plan att utgå från', en: 'Plan to start from' },
  object: { sv: 'Förvaltningsobjekt', en: 'Maintenance object' },
  year: { sv: 'År', en: 'Year' },
  call: { sv: 'Utlysning', en: 'Call' },
  template: { sv: 'Checklistmall', en: 'Checklist template' },
  effectPlan: { sv: 'Effektplan', en: 'Effect plan' },
  followUpFrom: { sv: 'Uppföljning att utgå från', en: 'Follow-up to start from' },
  months: { sv: 'Månader till och med', en: 'Months up to' },
  none: { sv: '(ingen)', en: '(none)' },
  starterApplied: {
    sv: 'Formuläret är ifyllt. Granska, skriv ett versionsmeddelande och spara.',
    en: 'The form is filled in. Review it, write a version message and save.',
  },
  download: { sv: 'Ladda ned', en: 'Download' },
  word: { sv: 'Word', en: 'Word' },
  pdf: { sv: 'PDF', en: 'PDF' },
  newPlan: { sv: 'Ny objektplan', en: 'New plan' },
  newChecklist: { sv: 'Ny checklista för ett beslut', en: 'New checklist for a decision' },
  newObject: { sv: 'Nytt förvaltningsobjekt', en: 'New maintenance object' },
  newProject: { sv: 'Nytt ESF-projekt', en: 'New ESF project' },
  useComputed: { sv: 'Använd beräknad', en: 'Use computed' },
  statedTotalOf: { sv: 'Angiven summa', en: 'Stated total' },
  unsavedChanges: { sv: 'Osparade ändringar', en: 'Unsaved changes' },
} as const satisfies Record<string, Text>;

/** A word of these screens in a language. */
export function docWord(key: keyof typeof DOC_WORDS, locale: Locale): string {
  return DOC_WORDS[key][locale];
}
