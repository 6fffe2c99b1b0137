/** Interface languages: Swedish first, English second (the users' words are Swedish). */
export type Locale = 'sv' | 'en';

/** A text in both languages. */
export interface Text {
  readonly sv: string;
  readonly en: string;
}

const STORAGE_KEY = 'styrkit.locale';

/** The saved interface language, Swedish unless English was chosen. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    return storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** Remembers the interface language. */
export function saveLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** The interface's own words. Domain words come from the host (every table is bilingual). */
export const UI = {
  appName: { sv: 'styrkit', en: 'styrkit' },
  tagline: {
    sv: 'Förvaltningsstyrning, effekter, ESF och konsekvenschecklistor',
    en: 'IT governance, effects, ESF and impact checklists',
  },
  skip: { sv: 'Hoppa till innehållet', en: 'Skip to content' },
  nav: { sv: 'Huvudmeny', en: 'Main menu' },
  portfolio: { sv: 'Portfölj', en: 'Portfolio' },
  objektplan: { sv: 'Objektplan', en: 'Maintenance plan' },
  governance: { sv: 'Styrning', en: 'Governance' },
  effects: { sv: 'Effekter', en: 'Effects' },
  esf: { sv: 'ESF', en: 'ESF' },
  checklists: { sv: 'Checklistor', en: 'Checklists' },
  followUp: { sv: 'Budgetuppföljning', en: 'Budget follow-up' },
  esfMonth: { sv: 'ESF-månad', en: 'ESF month' },
  needs: { sv: 'Behov', en: 'Needs' },
  language: { sv: 'In English', en: 'På svenska' },
  languageLabel: { sv: 'Byt språk till engelska', en: 'Switch language to Swedish' },
  signIn: { sv: 'Logga in', en: 'Sign in' },
  signOut: { sv: 'Logga ut', en: 'Sign out' },
  username: { sv: 'Användarnamn', en: 'Username' },
  password: { sv: 'Lösenord', en: 'Password' },
  signedInAs: { sv: 'Inloggad som', en: 'Signed in as' },
  demoUsers: {
    sv: 'Demoanvändare: viewer, editor, approver och admin, lösenord demo-<namn>-2026.',
    en: 'Demo users: viewer, editor, approver and admin, password demo-<name>-2026.',
  },
  loading: { sv: 'Läser in…', en: 'Loading…' },
  error: { sv: 'Något gick fel', en: 'Something went wrong' },
  download: { sv: 'Ladda ned', en: 'Download' },
  downloadTable: { sv: 'Ladda ned tabellen', en: 'Download the table' },
  findings: { sv: 'Granskningsfynd', en: 'Audit findings' },
  noFindings: { sv: 'Inga fynd.', en: 'No findings.' },
  errors: { sv: 'fel', en: 'errors' },
  warnings: { sv: 'varningar', en: 'warnings' },
  infos: { sv: 'info', en: 'info' },
  error1: { sv: 'Fel', en: 'Error' },
  warning1: { sv: 'Varning', en: 'Warning' },
  info1: { sv: 'Info', en: 'Info' },
  name: { sv: 'Namn', en: 'Name' },
  type: { sv: 'Typ', en: 'Type' },
  budget: { sv: 'Budget', en: 'Budget' },
  effectStatus: { sv: 'Effektstatus', en: 'Effect status' },
  findingCount: { sv: 'Fynd (fel/varningar/info)', en: 'Findings (errors/warnings/info)' },
  portfolioIntro: {
    sv: 'Alla förvaltningsobjekt, objektplaner, projekt och effektplaner med budget, effektstatus och antal granskningsfynd.',
    en: 'All maintenance objects, plans, projects and effect plans with budget, effect status and number of audit findings.',
  },
  document: { sv: 'Dokument', en: 'Document' },
  version: { sv: 'Version', en: 'Version' },
  versions: { sv: 'Versionshistorik', en: 'Version history' },
  author: { sv: 'Författare', en: 'Author' },
  date: { sv: 'Datum', en: 'Date' },
  message: { sv: 'Meddelande', en: 'Message' },
  approved: { sv: 'Godkänd', en: 'Approved' },
  approve: { sv: 'Godkänn version', en: 'Approve version' },
  approvedBy: { sv: 'Godkänd av', en: 'Approved by' },
  save: { sv: 'Spara', en: 'Save' },
  saved: { sv: 'Sparat som version', en: 'Saved as version' },
  reset: { sv: 'Ångra ändringar', en: 'Discard changes' },
  unsaved: { sv: 'Ändringar som inte är sparade', en: 'Unsaved changes' },
  conflict: {
    sv: 'Någon annan har sparat en nyare version. Dina ändringar är inte sparade.',
    en: 'Someone else saved a newer version. Your changes were not saved.',
  },
  reload: { sv: 'Läs in senaste versionen', en: 'Load the latest version' },
  readOnly: {
    sv: 'Du har läsbehörighet: matriserna visas men kan inte ändras.',
    en: 'You have read access: the matrices are shown but cannot be changed.',
  },
  budgetMatrix: { sv: 'Budget (kkr)', en: 'Budget (kkr)' },
  fteMatrix: { sv: 'Årsarbeten', en: 'FTE' },
  total: { sv: 'Summa', en: 'Total' },
  stated: { sv: 'Angiven summa', en: 'Stated total' },
  activity: { sv: 'Huvudaktivitet', en: 'Main activity' },
  cellLabel: { sv: 'Cell', en: 'Cell' },
  compare: { sv: 'Jämför versioner', en: 'Compare versions' },
  from: { sv: 'Från', en: 'From' },
  to: { sv: 'Till', en: 'To' },
  show: { sv: 'Visa', en: 'Show' },
  plan: { sv: 'Plan', en: 'Plan' },
  tables: { sv: 'Tabeller', en: 'Tables' },
  chartAlt: {
    sv: 'Diagrammet visar samma siffror som tabellen nedan.',
    en: 'The chart shows the same figures as the table below.',
  },
  ics: { sv: 'Ladda ned kalender (ICS)', en: 'Download calendar (ICS)' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  forums: { sv: 'Forum och mötesplan', en: 'Forums and calendar' },
  notMeasurable: {
    sv: 'Vad som saknas för att målen ska vara mätbara',
    en: 'What keeps goals from being measurable',
  },
  measurements: { sv: 'Mätningar mot planerad väg', en: 'Measurements against the planned path' },
  noMeasurements: {
    sv: 'Inga mätningar med indikator, utgångsvärde och målvärde i detta dokument.',
    en: 'No measurements with indicator, baseline and target in this document.',
  },
  planned: { sv: 'Planerad väg', en: 'Planned path' },
  measured: { sv: 'Uppmätt', en: 'Measured' },
  financing: { sv: 'Finansiering', en: 'Financing' },
  hours: {
    sv: 'Medfinansieringstimmar, kumulativt mot plan',
    en: 'Co-financing hours, cumulative against plan',
  },
  participants: { sv: 'Deltagare per kön', en: 'Participants by gender' },
  changeRequests: { sv: 'Förändringsansökningar', en: 'Change requests' },
  checklist: { sv: 'Checklista', en: 'Checklist' },
  valid: { sv: 'Checklistan är komplett och giltig.', en: 'The checklist is complete and valid.' },
  invalid: { sv: 'Checklistan är inte komplett', en: 'The checklist is not complete' },
  yes: { sv: 'Ja', en: 'Yes' },
  no: { sv: 'Nej', en: 'No' },
  notApplicable: { sv: 'Ej aktuellt', en: 'Not applicable' },
  positive: { sv: 'Positiv', en: 'Positive' },
  neutral: { sv: 'Neutral', en: 'Neutral' },
  negative: { sv: 'Negativ', en: 'Negative' },
  disabledQuestion: {
    sv: 'Besvaras bara om föregående fråga besvaras ja',
    en: 'Answered only when the question it depends on is answered yes',
  },
  justification: { sv: 'Motivering', en: 'Justification' },
  print: { sv: 'Utskriftsvy', en: 'Print view' },
  printNow: { sv: 'Skriv ut', en: 'Print' },
  back: { sv: 'Tillbaka', en: 'Back' },
  notFound: { sv: 'Sidan finns inte', en: 'Page not found' },
  choose: { sv: 'Välj dokument', en: 'Choose document' },
  none: { sv: 'Inga', en: 'None' },
  changedCells: { sv: 'Ändrade celler', en: 'Changed cells' },
  sideBySide: { sv: 'Sida vid sida', en: 'Side by side' },
  roleViewer: { sv: 'läsare', en: 'viewer' },
  roleEditor: { sv: 'redigerare', en: 'editor' },
  roleApprover: { sv: 'godkännare', en: 'approver' },
  roleAdmin: { sv: 'administratör', en: 'administrator' },
  // Create and edit (nav entry of the "Nytt dokument" page).
  newDocument: { sv: 'Nytt dokument', en: 'New document' },
  live: {
    sv: 'Summor och fynd räknas om medan du skriver.',
    en: 'Totals and findings are recomputed as you type.',
  },
  audit: { sv: 'Granska dokument', en: 'Audit a document' },
  auditIntro: {
    sv: 'Ladda upp ett dokument som det är (Word, Excel, PDF, HTML, Markdown eller text) och se varje tabell och varje angiven summa som inte stämmer. Inget sparas förrän du öppnar ett utkast.',
    en: 'Upload a document as it is (Word, Excel, PDF, HTML, Markdown or text) and see every table and every stated total that does not add up. Nothing is stored until you open a draft.',
  },
  auditFile: { sv: 'Fil att granska', en: 'File to audit' },
  auditDrop: {
    sv: 'Välj en fil, eller dra och släpp den här. DOCX, XLSX, PDF, HTML, Markdown eller text.',
    en: 'Choose a file, or drag and drop it here. DOCX, XLSX, PDF, HTML, Markdown or text.',
  },
  auditChosen: { sv: 'Vald fil', en: 'Chosen file' },
  auditSubmit: { sv: 'Granska', en: 'Audit' },
  auditBusy: { sv: 'Granskar dokumentet…', en: 'Auditing the document…' },
  auditDone: { sv: 'Granskningen är klar', en: 'The audit is done' },
  auditTooLarge: {
    sv: 'Filen är för stor att skicka (högst 50 MiB).',
    en: 'The file is too large to send (at most 50 MiB).',
  },
  auditResult: { sv: 'Resultat', en: 'Result' },
  auditTables: { sv: 'Tabeller i dokumentet', en: 'Tables in the document' },
  auditNoTables: {
    sv: 'Dokumentet har inga tabeller med siffror.',
    en: 'The document has no tables of figures.',
  },
  auditTableFindings: { sv: 'Fynd i tabellen', en: 'Findings in the table' },
  auditTableOk: {
    sv: 'Tabellens summor stämmer.',
    en: 'The totals of the table hold.',
  },
  auditNote: { sv: 'anmärkning', en: 'note' },
  auditFlagged: { sv: 'fel eller varning, se', en: 'error or warning, see' },
  auditRowLabel: { sv: 'Rad', en: 'Row' },
  auditClaims: { sv: 'Summor i texten', en: 'Totals in the text' },
  auditClaimHolds: { sv: 'stämmer', en: 'holds' },
  auditClaimRounding: { sv: 'avrundningsdifferens', en: 'rounding difference' },
  auditClaimMismatch: { sv: 'stämmer inte', en: 'does not match' },
  auditClaimStated: { sv: 'angivet', en: 'stated' },
  auditClaimComputed: { sv: 'beräknat', en: 'computed' },
  auditGeneral: { sv: 'Övriga fynd om dokumentet', en: 'Other findings about the document' },
  auditRecognitions: { sv: 'Igenkända utkast', en: 'Recognised drafts' },
  auditRecognitionsIntro: {
    sv: 'Tabeller som en modul känner igen kan öppnas som ett nytt utkast av dess dokumenttyp; modulens egna kontroller har redan körts på utkastet.',
    en: "Tables a module recognises can be opened as a new draft of its document kind; the module's own checks have already run on the draft.",
  },
  auditFromTables: { sv: 'Från tabell', en: 'From table' },
  auditFallback: { sv: 'reservtolkning', en: 'fallback reading' },
  auditDraftId: { sv: 'Id för det nya dokumentet', en: 'Id of the new document' },
  auditOpenDraft: { sv: 'Öppna som nytt utkast', en: 'Open as new draft' },
  auditCreating: { sv: 'Skapar utkastet…', en: 'Creating the draft…' },
  auditNoWrite: {
    sv: 'Du har inte behörighet att skapa dokument av den här typen.',
    en: 'You may not create documents of this kind.',
  },
} as const satisfies Record<string, Text>;

/** A UI key. */
export type UiKey = keyof typeof UI;

/** The interface text for a key in a locale. */
export function t(key: UiKey, locale: Locale): string {
  return UI[key][locale];
}

/** Picks a locale's text from a bilingual value (host tables and findings are bilingual). */
export function pick(text: Text | string | null | undefined, locale: Locale): string {
  if (text === null || text === undefined) return '';
  return typeof text === 'string' ? text : text[locale];
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats an exact decimal string ("45100", "-16.3") for a locale without going through a
 * float: Intl formats decimal strings exactly. Swedish uses a space for thousands and a comma.
 */
export function formatDecimal(value: string, locale: Locale, decimals?: number): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const places = decimals ?? value.split('.')[1]?.length ?? 0;
  const key = `${locale}:${places}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      minimumFractionDigits: places,
      maximumFractionDigits: places,
      roundingMode: 'halfExpand',
    });
    formatters.set(key, f);
  }
  return f.format(value as Intl.StringNumericLiteral).replace(/\u2212/g, '−');
}
