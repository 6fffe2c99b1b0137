// Every finding code the host raises, with its wording: a call site passes data (a name, a
// figure, a path), the catalogue owns the Swedish and English sentences (issue 15).
import {
  defineTemplatedFindingCodes,
  messageTemplate,
  type LocalizedText,
  type TemplatedCodeData,
} from '@styrkit/core';
import {
  because,
  fixed,
  invalidRequest,
  invalidText,
  xlsxUnreadable,
  xlsxTooLarge,
  xlsxMissingField,
  xlsxInvalidField,
  cellTooLong,
  pdfFailed,
  checkFailed,
  type HostBusyData,
  type HostCellLimitData,
  type HostCheckFailedData,
  type HostDataDirLockedData,
  type HostDuplicateFieldData,
  type HostExporterData,
  type HostFileData,
  type HostInexactNumberData,
  type HostInvalidRequestData,
  type HostInvalidTextData,
  type HostLimitData,
  type HostModuleData,
  type HostNoFileData,
  type HostOpenErrorsData,
  type HostPdfFailedData,
  type HostPdfSizeData,
  type HostPortfolioSizeData,
  type HostRecognisedKindData,
  type HostRecogniserFailedData,
  type HostSheetFieldData,
  type HostTimeLimitData,
  type HostXlsxInvalidFieldData,
  type HostXlsxMissingFieldData,
  type HostXlsxTooLargeData,
  type HostXlsxUnreadableData,
} from './messages.js';

/** Data of `host/unknown-kind`: the kind no loaded plugin has. */
export interface HostKindData {
  readonly kind: string;
}
/** Data of `host/already-exists` and `host/deleted`: the document's id. */
export interface HostDocumentIdData {
  readonly id: string;
}
/** Data of `host/not-found`: the document, and the version when one was asked for. */
export interface HostNotFoundData {
  readonly kind: string;
  readonly id: string;
  readonly version?: number;
}
/** Data of `host/stale-version`: the current version and the one the save was based on. */
export interface HostStaleVersionData {
  readonly current: number;
  readonly base: number;
}
/** Data of `host/stored-document-invalid`: the stored version that no longer parses. */
export interface HostVersionData {
  readonly id: string;
  readonly version: number;
}
/** Data of `host/four-eyes`: the version its author tried to approve. */
export interface HostFourEyesData {
  readonly version: number;
}

export type {
  HostBusyData,
  HostDetailData,
  HostCellLimitData,
  HostCheckFailedData,
  HostDataDirLockedData,
  HostDuplicateFieldData,
  HostExporterData,
  HostFileData,
  HostInexactNumberData,
  HostInvalidRequestData,
  HostInvalidTextData,
  HostLimitData,
  HostModuleData,
  HostNoFileData,
  HostOpenErrorsData,
  HostPdfFailedData,
  HostPdfSizeData,
  HostPortfolioSizeData,
  HostRecognisedKindData,
  HostRecogniserFailedData,
  HostSheetFieldData,
  HostTimeLimitData,
  HostXlsxInvalidFieldData,
  HostXlsxMissingFieldData,
  HostXlsxTooLargeData,
  HostXlsxUnreadableData,
} from './messages.js';

/** Data of a code worded before it is raised: both sentences, passed as they are. */
export type WordedData = LocalizedText;

/**
 * The template of a code whose sentences come worded: `@styrkit/core` words them from a schema
 * issue (`host/invalid-envelope`, `host/invalid-draft`); the catalogue test knows these by it.
 */
export const worded = messageTemplate<WordedData>({ sv: (d) => d.sv, en: (d) => d.en });

/** One sentence per language for a code that only needs a title and a description. */
function spec<M>(
  severity: 'error' | 'warning' | 'info',
  title: LocalizedText,
  description: LocalizedText,
  message: M,
) {
  return { severity, title, description, message };
}

/**
 * The host's finding codes (`host/*`): default severity, Swedish and English title and
 * description, and the message template. Codes are stable; reports and the portal key on them.
 *
 * @example
 * ```ts
 * hostCodes.render('host/user-exists', { username: 'ada' }).en; // 'User "ada" already exists'
 * hostCodes.specs['host/csrf'].title.sv; // 'CSRF-token saknas'
 * ```
 */
export const hostCodes = defineTemplatedFindingCodes({
  // Requests and their bodies.
  'host/invalid-request': spec(
    'error',
    { sv: 'Ogiltig begäran', en: 'Invalid request' },
    {
      sv: 'Ett fält, en sökväg eller en parameter i begäran följer inte API-beskrivningen.',
      en: 'A field, path or parameter of the request does not follow the API description.',
    },
    messageTemplate<HostInvalidRequestData>({
      sv: (d) => invalidRequest(d, 'sv'),
      en: (d) => invalidRequest(d, 'en'),
    }),
  ),
  'host/invalid-role': spec(
    'error',
    { sv: 'Okänd roll', en: 'Unknown role' },
    {
      sv: 'Rollen är inte en av värdens roller (viewer, editor, approver, admin).',
      en: 'The role is not one of the host roles (viewer, editor, approver, admin).',
    },
    messageTemplate<{ role: string }>({
      sv: (d) => `Okänd roll "${d.role}"`,
      en: (d) => `Unknown role "${d.role}"`,
    }),
  ),
  'host/malformed-json': spec(
    'error',
    { sv: 'Ogiltig JSON', en: 'Malformed JSON' },
    { sv: 'Innehållet går inte att läsa som JSON.', en: 'The body cannot be read as JSON.' },
    because('Ogiltig JSON', 'Malformed JSON'),
  ),
  'host/malformed-yaml': spec(
    'error',
    { sv: 'Ogiltig YAML', en: 'Malformed YAML' },
    { sv: 'Innehållet går inte att läsa som YAML.', en: 'The body cannot be read as YAML.' },
    because('Ogiltig YAML', 'Malformed YAML'),
  ),
  'host/yaml-too-large': spec(
    'error',
    { sv: 'För stor YAML', en: 'YAML too large' },
    {
      sv: 'YAML-texten är större än värdens gräns för YAML.',
      en: 'The YAML text is larger than the host limit for YAML.',
    },
    messageTemplate<HostLimitData>({
      sv: (d) => `YAML-texten är större än ${d.limit} byte; skicka JSON eller dela upp filen`,
      en: (d) => `The YAML text is larger than ${d.limit} bytes; send JSON or split the file`,
    }),
  ),
  'host/yaml-too-complex': spec(
    'error',
    { sv: 'För komplex YAML', en: 'YAML too complex' },
    {
      sv: 'YAML-texten har för många alias eller tar för lång tid att läsa.',
      en: 'The YAML text has too many aliases or takes too long to read.',
    },
    messageTemplate<HostTimeLimitData>({
      sv: (d) => `YAML-texten tog längre än ${d.timeoutMs} ms att läsa; skicka JSON i stället`,
      en: (d) => `The YAML text took longer than ${d.timeoutMs} ms to read; send JSON instead`,
    }),
  ),
  'host/inexact-number': spec(
    'error',
    { sv: 'Talet kan inte hållas exakt', en: 'Number cannot be held exactly' },
    {
      sv: 'Ett tal i JSON eller YAML skulle avrundas; skicka belopp som text.',
      en: 'A JSON or YAML number would be rounded; send amounts as text.',
    },
    messageTemplate<HostInexactNumberData>({
      sv: (d) =>
        `Talet ${d.number} kan inte hållas exakt som ${d.format}-tal (det skulle bli ${d.becomes}); skicka det som text, t.ex. "${d.number}"`,
      en: (d) =>
        `The number ${d.number} cannot be held exactly as a ${d.format} number (it would become ${d.becomes}); send it as text, e.g. "${d.number}"`,
    }),
  ),
  'host/invalid-text': spec(
    'error',
    { sv: 'Text som inte kan lagras', en: 'Text that cannot be stored' },
    {
      sv: 'Texten innehåller NUL, ett ensamt surrogattecken eller en trasig %-kodning.',
      en: 'The text holds NUL, a lone surrogate or a broken %-escape.',
    },
    messageTemplate<HostInvalidTextData>({
      sv: (d) => invalidText(d, 'sv'),
      en: (d) => invalidText(d, 'en'),
    }),
  ),
  'host/nul-character': spec(
    'error',
    { sv: 'NUL-tecken', en: 'NUL character' },
    { sv: 'Texten innehåller ett NUL-tecken.', en: 'The text holds a NUL character.' },
    fixed(
      'Texten innehåller ett NUL-tecken (U+0000), som inte kan lagras',
      'The text contains a NUL character (U+0000), which cannot be stored',
    ),
  ),
  'host/empty-body': spec(
    'error',
    { sv: 'Innehåll saknas', en: 'Body missing' },
    { sv: 'Begäran saknar innehåll.', en: 'The request has no body.' },
    fixed('Begäran saknar innehåll', 'The request has no body'),
  ),
  'host/unsupported-media-type': spec(
    'error',
    { sv: 'Fel medietyp', en: 'Unsupported media type' },
    {
      sv: 'Innehållet har en medietyp som vägen inte tar emot.',
      en: 'The body has a media type the route does not accept.',
    },
    messageTemplate<{ yaml: boolean }>({
      sv: (d) =>
        `Skicka ${d.yaml ? 'JSON (application/json) eller YAML (application/yaml)' : 'JSON (application/json)'}`,
      en: (d) =>
        `Send ${d.yaml ? 'JSON (application/json) or YAML (application/yaml)' : 'JSON (application/json)'}`,
    }),
  ),
  'host/body-too-large': spec(
    'error',
    { sv: 'För stor begäran', en: 'Request too large' },
    {
      sv: 'Begäran är större än värdens gräns.',
      en: 'The request is larger than the host limit.',
    },
    messageTemplate<{ maxBytes?: number; file?: boolean }>({
      sv: (d) =>
        `${d.file === true ? 'Filen' : 'Begäran'} är större än ${d.maxBytes === undefined ? 'värden tar emot' : `${d.maxBytes} byte`}`,
      en: (d) =>
        `The ${d.file === true ? 'file' : 'request'} is larger than ${d.maxBytes === undefined ? 'the host accepts' : `${d.maxBytes} bytes`}`,
    }),
  ),
  'host/malformed-multipart': spec(
    'error',
    { sv: 'Ogiltigt formulär', en: 'Malformed form' },
    {
      sv: 'Formuläret (multipart/form-data) går inte att läsa.',
      en: 'The form (multipart/form-data) cannot be read.',
    },
    fixed(
      'Formuläret (multipart/form-data) går inte att läsa',
      'The form (multipart/form-data) cannot be read',
    ),
  ),
  'host/no-file': spec(
    'error',
    { sv: 'Ingen fil', en: 'No file' },
    { sv: 'Formuläret innehåller ingen fil.', en: 'The form holds no file.' },
    messageTemplate<HostNoFileData>({
      sv: (d) =>
        d.for === 'audit'
          ? 'Ingen fil att granska: skicka den i fältet file'
          : 'Formuläret innehåller ingen fil (skicka t.ex. fältet file)',
      en: (d) =>
        d.for === 'audit'
          ? 'No file to audit: send it in the field file'
          : 'The form holds no file (send e.g. the field file)',
    }),
  ),
  'host/no-such-route': spec(
    'error',
    { sv: 'Ingen sådan resurs', en: 'No such resource' },
    {
      sv: 'Det finns ingen resurs på den metoden och sökvägen.',
      en: 'There is no resource at that method and path.',
    },
    messageTemplate<{ method: string; path: string }>({
      sv: (d) => `Ingen resurs på ${d.method} ${d.path}`,
      en: (d) => `No resource at ${d.method} ${d.path}`,
    }),
  ),
  'host/internal-error': spec(
    'error',
    { sv: 'Oväntat fel', en: 'Unexpected error' },
    {
      sv: 'Ett fel som värden inte väntade sig; det är loggat på servern.',
      en: 'An error the host did not expect; it is logged on the server.',
    },
    fixed(
      'Ett oväntat fel inträffade; det är loggat på servern',
      'An unexpected error occurred; it is logged on the server',
    ),
  ),
  'host/busy': spec(
    'error',
    { sv: 'Upptagen', en: 'Busy' },
    { sv: 'Värden är upptagen; försök igen.', en: 'The host is busy; try again.' },
    messageTemplate<HostBusyData>({
      sv: (d) =>
        d.with === 'audits'
          ? 'Servern granskar redan andra dokument; försök igen om en stund'
          : 'Servern läser redan andra stora YAML-filer; försök igen om en stund',
      en: (d) =>
        d.with === 'audits'
          ? 'The server is auditing other documents; try again shortly'
          : 'The server is already reading other large YAML files; try again shortly',
    }),
  ),
  'host/database-unavailable': spec(
    'error',
    { sv: 'Databasen svarar inte', en: 'Database unavailable' },
    {
      sv: 'Databasen går inte att nå just nu; försök igen.',
      en: 'The database cannot be reached right now; try again.',
    },
    fixed(
      'Databasen går inte att nå just nu; försök igen om en stund',
      'The database cannot be reached right now; try again shortly',
    ),
  ),
  // Sign-in, sessions, tokens and permissions.
  'host/unauthenticated': spec(
    'error',
    { sv: 'Inte inloggad', en: 'Not signed in' },
    {
      sv: 'Begäran saknar giltig inloggning eller API-token.',
      en: 'The request has no valid sign-in or API token.',
    },
    fixed(
      'Logga in eller skicka en API-token (Authorization: Bearer …)',
      'Sign in or send an API token (Authorization: Bearer …)',
    ),
  ),
  'host/bad-credentials': spec(
    'error',
    { sv: 'Fel inloggningsuppgifter', en: 'Wrong credentials' },
    { sv: 'Användarnamnet eller lösenordet är fel.', en: 'The username or password is wrong.' },
    fixed('Fel användarnamn eller lösenord', 'Wrong username or password'),
  ),
  'host/too-many-sign-ins': spec(
    'error',
    { sv: 'För många inloggningsförsök', en: 'Too many sign-ins' },
    {
      sv: 'För många misslyckade inloggningar för användarnamnet eller adressen.',
      en: 'Too many failed sign-ins for the username or address.',
    },
    fixed(
      'För många misslyckade inloggningar; försök igen senare',
      'Too many failed sign-ins; try again later',
    ),
  ),
  'host/csrf': spec(
    'error',
    { sv: 'CSRF-token saknas', en: 'CSRF token missing' },
    {
      sv: 'En skrivning med inloggningskaka saknar sessionens CSRF-token.',
      en: 'A write with the sign-in cookie lacks the session CSRF token.',
    },
    messageTemplate<{ header: string }>({
      sv: (d) => `CSRF-token saknas eller är fel (skicka ${d.header})`,
      en: (d) => `CSRF token missing or wrong (send ${d.header})`,
    }),
  ),
  'host/cross-origin': spec(
    'error',
    { sv: 'Annan webbplats', en: 'Another site' },
    {
      sv: 'En skrivning med inloggningskaka kom från en annan webbplats än värdens.',
      en: 'A write with the sign-in cookie came from a site other than the host.',
    },
    messageTemplate<{ origin: string }>({
      sv: (d) =>
        `Skrivningar med inloggningskaka tas bara emot från värdens egen webbplats (Origin ${d.origin})`,
      en: (d) =>
        `Writes with the sign-in cookie are only accepted from the host's own site (Origin ${d.origin})`,
    }),
  ),
  'host/forbidden': spec(
    'error',
    { sv: 'Saknar behörighet', en: 'Not allowed' },
    {
      sv: 'Inloggningen har inte den roll som krävs för dokumentet eller åtgärden.',
      en: 'The signed-in user lacks the role the document or action needs.',
    },
    messageTemplate<{ role: string; on?: string }>({
      sv: (d) =>
        `Du saknar behörighet (${d.role} krävs${d.on === undefined ? '' : ` för ${d.on}`})`,
      en: (d) =>
        `You are not allowed to do this (${d.role} needed${d.on === undefined ? '' : ` for ${d.on}`})`,
    }),
  ),
  'host/no-such-token': spec(
    'error',
    { sv: 'Ingen sådan API-token', en: 'No such API token' },
    {
      sv: 'Det finns ingen giltig API-token med det id:t.',
      en: 'There is no live API token with that id.',
    },
    messageTemplate<{ id: string }>({
      sv: (d) => `Ingen giltig API-token med id "${d.id}"`,
      en: (d) => `No live API token with id "${d.id}"`,
    }),
  ),
  'host/too-many-tokens': spec(
    'error',
    { sv: 'För många API-token', en: 'Too many API tokens' },
    {
      sv: 'Användaren har redan så många giltiga API-token som tillåts.',
      en: 'The user already holds as many live API tokens as allowed.',
    },
    messageTemplate<{ username: string; live: number; max: number }>({
      sv: (d) =>
        `${d.username} har redan ${d.live} giltiga API-token (högst ${d.max}); återkalla en först`,
      en: (d) =>
        `${d.username} already holds ${d.live} live API tokens (at most ${d.max}); revoke one first`,
    }),
  ),
  // Users and grants.
  'host/no-such-user': spec(
    'error',
    { sv: 'Ingen sådan användare', en: 'No such user' },
    { sv: 'Det finns inget konto med det användarnamnet.', en: 'No account has that username.' },
    messageTemplate<{ username: string }>({
      sv: (d) => `Användaren "${d.username}" finns inte`,
      en: (d) => `User "${d.username}" does not exist`,
    }),
  ),
  'host/user-exists': spec(
    'error',
    { sv: 'Användaren finns redan', en: 'User exists' },
    {
      sv: 'Ett konto med det användarnamnet finns redan.',
      en: 'An account with that username exists.',
    },
    messageTemplate<{ username: string }>({
      sv: (d) => `Användaren "${d.username}" finns redan`,
      en: (d) => `User "${d.username}" already exists`,
    }),
  ),
  'host/invalid-username': spec(
    'error',
    { sv: 'Ogiltigt användarnamn', en: 'Invalid username' },
    {
      sv: 'Användarnamnet har fel längd eller otillåtna tecken.',
      en: 'The username has the wrong length or characters that are not allowed.',
    },
    fixed(
      'Användarnamnet ska vara 2–64 tecken: a–z, siffror, punkt, understreck, bindestreck',
      'The username must be 2–64 characters: a–z, digits, dot, underscore, hyphen',
    ),
  ),
  'host/weak-password': spec(
    'error',
    { sv: 'För kort lösenord', en: 'Password too short' },
    {
      sv: 'Lösenordet är kortare än värdens minimum.',
      en: 'The password is shorter than the minimum.',
    },
    messageTemplate<{ min: number }>({
      sv: (d) => `Lösenordet ska ha minst ${d.min} tecken`,
      en: (d) => `The password must have at least ${d.min} characters`,
    }),
  ),
  'host/invalid-scope': spec(
    'error',
    { sv: 'Ogiltigt omfång', en: 'Invalid scope' },
    {
      sv: 'Ett omfång är *, ett plugin, en dokumenttyp eller dokumenttyp/dokument-id.',
      en: 'A scope is *, a plugin, a kind or kind/document-id.',
    },
    messageTemplate<{ scope: string }>({
      sv: (d) =>
        `Ogiltigt omfång "${d.scope}": ange *, ett plugin, en dokumenttyp eller dokumenttyp/dokument-id`,
      en: (d) => `Invalid scope "${d.scope}": give *, a plugin, a kind or kind/document-id`,
    }),
  ),
  'host/unknown-scope': spec(
    'error',
    { sv: 'Omfånget finns inte', en: 'Scope does not exist' },
    {
      sv: 'Inget laddat plugin eller dokumenttyp har omfångets namn.',
      en: 'No loaded plugin or kind has the scope name.',
    },
    messageTemplate<{ scope: string }>({
      sv: (d) =>
        `Omfånget "${d.scope}" finns inte: inget laddat plugin eller dokumenttyp har det namnet`,
      en: (d) => `Scope "${d.scope}" does not exist: no loaded plugin or kind has that name`,
    }),
  ),
  'host/duplicate-scope': spec(
    'error',
    { sv: 'Omfånget förekommer två gånger', en: 'Scope appears twice' },
    {
      sv: 'En användare har en roll per omfång.',
      en: 'A user holds one role per scope.',
    },
    messageTemplate<{ scope: string }>({
      sv: (d) => `Omfånget "${d.scope}" förekommer två gånger`,
      en: (d) => `Scope "${d.scope}" appears twice`,
    }),
  ),
  'host/last-admin': spec(
    'error',
    { sv: 'Sista administratören', en: 'Last administrator' },
    {
      sv: 'Värden måste ha minst en aktiv administratör på *.',
      en: 'The host must keep at least one enabled administrator on *.',
    },
    fixed(
      'Ändringen skulle lämna värden utan aktiv administratör (admin på *); inget ändrades',
      'The change would leave the host without an enabled administrator (admin on *); nothing was changed',
    ),
  ),
  'host/cannot-disable-self': spec(
    'error',
    { sv: 'Kan inte stänga av sig själv', en: 'Cannot disable oneself' },
    {
      sv: 'En administratör kan inte stänga av sitt eget konto.',
      en: 'An administrator cannot disable their own account.',
    },
    fixed('Du kan inte stänga av ditt eget konto', 'You cannot disable your own account'),
  ),
  // Documents, versions and approval.
  'host/unknown-kind': spec(
    'error',
    { sv: 'Okänd dokumenttyp', en: 'Unknown kind' },
    { sv: 'Inget laddat plugin har dokumenttypen.', en: 'No loaded plugin has the kind.' },
    messageTemplate<HostKindData>({
      sv: (d) => `Okänd dokumenttyp "${d.kind}"`,
      en: (d) => `Unknown document kind "${d.kind}"`,
    }),
  ),
  'host/not-found': spec(
    'error',
    { sv: 'Finns inte', en: 'Not found' },
    { sv: 'Dokumentet eller versionen finns inte.', en: 'The document or version does not exist.' },
    messageTemplate<HostNotFoundData>({
      sv: (d) =>
        d.version === undefined
          ? `Dokumentet "${d.id}" (${d.kind}) finns inte`
          : `Version ${d.version} av "${d.id}" (${d.kind}) finns inte`,
      en: (d) =>
        d.version === undefined
          ? `Document "${d.id}" (${d.kind}) not found`
          : `Version ${d.version} of "${d.id}" (${d.kind}) not found`,
    }),
  ),
  'host/already-exists': spec(
    'error',
    { sv: 'Finns redan', en: 'Already exists' },
    { sv: 'Ett dokument med det id:t finns redan.', en: 'A document with that id exists.' },
    messageTemplate<HostDocumentIdData>({
      sv: (d) => `Dokumentet "${d.id}" finns redan; spara en ny version i stället`,
      en: (d) => `Document "${d.id}" already exists; save a new version instead`,
    }),
  ),
  'host/deleted': spec(
    'error',
    { sv: 'Borttaget', en: 'Deleted' },
    { sv: 'Dokumentet är borttaget.', en: 'The document is deleted.' },
    messageTemplate<HostDocumentIdData>({
      sv: (d) => `Dokumentet "${d.id}" är borttaget`,
      en: (d) => `Document "${d.id}" has been deleted`,
    }),
  ),
  'host/stale-version': spec(
    'error',
    { sv: 'Inaktuell version', en: 'Stale version' },
    {
      sv: 'Någon annan har sparat en nyare version än den du redigerade.',
      en: 'Someone else saved a newer version than the one you edited.',
    },
    messageTemplate<HostStaleVersionData>({
      sv: (d) =>
        `Någon har sparat version ${d.current} sedan du öppnade version ${d.base}; läs in den senaste och spara igen`,
      en: (d) =>
        `Someone saved version ${d.current} since you opened version ${d.base}; reload the latest and save again`,
    }),
  ),
  'host/invalid-id': spec(
    'error',
    { sv: 'Ogiltigt id', en: 'Invalid id' },
    {
      sv: 'Ett dokument-id består av bokstäver, siffror, punkt, understreck och bindestreck.',
      en: 'A document id is letters, digits, dot, underscore and hyphen.',
    },
    fixed(
      'Dokument-id får bara innehålla bokstäverna a–z, siffror, punkt, understreck och bindestreck (högst 128 tecken)',
      'A document id may only contain the letters a–z, digits, dot, underscore and hyphen (at most 128 characters)',
    ),
  ),
  'host/invalid-schema-version': spec(
    'error',
    { sv: 'Ogiltig schemaversion', en: 'Invalid schema version' },
    {
      sv: 'Dokumenttypen har ingen sådan schemaversion.',
      en: 'The kind has no such schema version.',
    },
    fixed(
      'Schemaversionen (schemaVersion) ska vara ett positivt heltal',
      'schemaVersion must be a positive integer',
    ),
  ),
  'host/invalid-base-version': spec(
    'error',
    { sv: 'Ogiltig basversion', en: 'Invalid base version' },
    { sv: 'baseVersion ska vara ett heltal ≥ 1.', en: 'baseVersion must be a whole number ≥ 1.' },
    fixed(
      'baseVersion (versionen du redigerat) ska vara ett positivt heltal',
      'baseVersion (the version you edited) must be a positive integer',
    ),
  ),
  'host/message-too-long': spec(
    'error',
    { sv: 'För långt versionsmeddelande', en: 'Version message too long' },
    {
      sv: 'Versionsmeddelandet är längre än värdens gräns.',
      en: 'The version message is longer than the host limit.',
    },
    messageTemplate<HostLimitData>({
      sv: (d) => `Versionsmeddelandet (message) får vara högst ${d.limit} tecken`,
      en: (d) => `The message may be at most ${d.limit} characters`,
    }),
  ),
  'host/stored-document-invalid': spec(
    'error',
    { sv: 'Lagrat dokument ogiltigt', en: 'Stored document invalid' },
    {
      sv: 'Ett lagrat dokument följer inte längre sin dokumenttyp.',
      en: 'A stored document no longer follows its kind.',
    },
    messageTemplate<HostVersionData>({
      sv: (d) =>
        `Den lagrade versionen ${d.version} av "${d.id}" går inte längre att läsa med pluginet`,
      en: (d) => `Stored version ${d.version} of "${d.id}" can no longer be read by its plugin`,
    }),
  ),
  'host/four-eyes': spec(
    'error',
    { sv: 'Fyraögonsprincipen', en: 'Four eyes' },
    {
      sv: 'Den som skrev en version får inte godkänna den.',
      en: 'The author of a version may not approve it.',
    },
    messageTemplate<HostFourEyesData>({
      sv: (d) =>
        `Du skrev version ${d.version} själv; en annan godkännare ska godkänna den (fyra ögon)`,
      en: (d) =>
        `You wrote version ${d.version} yourself; another approver must approve it (four eyes)`,
    }),
  ),
  'host/open-errors': spec(
    'error',
    { sv: 'Öppna fel', en: 'Open errors' },
    {
      sv: 'Versionens kontroller rapporterar fel, och värden godkänner inte då.',
      en: 'The version checks report errors, and the host then refuses approval.',
    },
    messageTemplate<HostOpenErrorsData>({
      sv: (d) =>
        `Version ${d.version} har ${d.errors} fel i kontrollerna; rätta dem innan den godkänns`,
      en: (d) =>
        `Version ${d.version} has ${d.errors} errors in its checks; fix them before approving it`,
    }),
  ),
  'host/check-failed': spec(
    'warning',
    { sv: 'Kontrollen misslyckades', en: 'Check failed' },
    {
      sv: 'En kontroll kastade ett fel för ett igenkänt utkast; utkastets övriga fynd visas.',
      en: "A check threw for a recognised draft; the draft's other findings are shown.",
    },
    messageTemplate<HostCheckFailedData>({
      sv: (d) => checkFailed(d, 'sv'),
      en: (d) => checkFailed(d, 'en'),
    }),
  ),
  'host/invalid-envelope': spec(
    'error',
    { sv: 'Ogiltigt kuvert', en: 'Invalid envelope' },
    {
      sv: 'Ett kuvert har kind, id och document.',
      en: 'An envelope has kind, id and document.',
    },
    worded,
  ),
  'host/unknown-exporter': spec(
    'error',
    { sv: 'Okänd export', en: 'Unknown exporter' },
    { sv: 'Dokumenttypen har ingen sådan export.', en: 'The kind has no such exporter.' },
    messageTemplate<HostExporterData>({
      sv: (d) => `Okänd export "${d.exporter}"`,
      en: (d) => `Unknown exporter "${d.exporter}"`,
    }),
  ),
  'host/portfolio-too-large': spec(
    'error',
    { sv: 'För stor portfölj', en: 'Portfolio too large' },
    {
      sv: 'Portföljen har fler dokument än värdens gräns.',
      en: 'The portfolio has more documents than the host limit.',
    },
    messageTemplate<HostPortfolioSizeData>({
      sv: (d) =>
        `Portföljen omfattar ${d.documents} dokument, fler än ${d.limit}; be om färre dokumenttyper (kinds)`,
      en: (d) =>
        `The portfolio covers ${d.documents} documents, more than ${d.limit}; ask for fewer kinds`,
    }),
  ),
  // Files: XLSX, PDF, committee documents.
  'host/unreadable-file': spec(
    'error',
    { sv: 'Filen kan inte läsas', en: 'File cannot be read' },
    { sv: 'Filen kunde inte läsas.', en: 'The file could not be read.' },
    because('Filen kan inte läsas', 'The file cannot be read'),
  ),
  'host/xlsx-unreadable': spec(
    'error',
    { sv: 'Arbetsboken kan inte läsas', en: 'Workbook cannot be read' },
    {
      sv: 'Filen är inte en läsbar XLSX-arbetsbok.',
      en: 'The file is not a readable XLSX workbook.',
    },
    messageTemplate<HostXlsxUnreadableData>({
      sv: (d) => xlsxUnreadable(d, 'sv'),
      en: (d) => xlsxUnreadable(d, 'en'),
    }),
  ),
  'host/xlsx-too-large': spec(
    'error',
    { sv: 'För stor arbetsbok', en: 'Workbook too large' },
    {
      sv: 'Arbetsboken har fler poster, rader, celler eller uppackade byte än värdens gräns.',
      en: 'The workbook has more entries, rows, cells or inflated bytes than the host limit.',
    },
    messageTemplate<HostXlsxTooLargeData>({
      sv: (d) => xlsxTooLarge(d, 'sv'),
      en: (d) => xlsxTooLarge(d, 'en'),
    }),
  ),
  'host/xlsx-no-documents': spec(
    'error',
    { sv: 'Inga dokument i arbetsboken', en: 'No documents in the workbook' },
    {
      sv: 'Arbetsboken har inget blad med ett dokument.',
      en: 'No sheet of the workbook holds a document.',
    },
    fixed(
      'Arbetsboken har inget blad med ett dokument (kolumn A: kind, id, document …)',
      'The workbook has no sheet with a document (column A: kind, id, document …)',
    ),
  ),
  'host/xlsx-missing-field': spec(
    'error',
    { sv: 'Fält saknas i bladet', en: 'Field missing in the sheet' },
    { sv: 'Bladet saknar kind, id eller document.', en: 'The sheet lacks kind, id or document.' },
    messageTemplate<HostXlsxMissingFieldData>({
      sv: (d) => xlsxMissingField(d, 'sv'),
      en: (d) => xlsxMissingField(d, 'en'),
    }),
  ),
  'host/xlsx-invalid-field': spec(
    'error',
    { sv: 'Ogiltigt fält i bladet', en: 'Invalid field in the sheet' },
    {
      sv: 'Ett fält i bladet har ett ogiltigt värde.',
      en: 'A field of the sheet has an invalid value.',
    },
    messageTemplate<HostXlsxInvalidFieldData>({
      sv: (d) => xlsxInvalidField(d, 'sv'),
      en: (d) => xlsxInvalidField(d, 'en'),
    }),
  ),
  'host/xlsx-unknown-field': spec(
    'warning',
    { sv: 'Okänt fält i bladet', en: 'Unknown field in the sheet' },
    {
      sv: 'Bladet har ett fält som konventionen inte känner.',
      en: 'The sheet has a field the convention does not know.',
    },
    messageTemplate<HostSheetFieldData>({
      sv: (d) => `Okänt fält "${d.field}"`,
      en: (d) => `Unknown field "${d.field}"`,
    }),
  ),
  'host/xlsx-duplicate-field': spec(
    'error',
    { sv: 'Fältet förekommer två gånger', en: 'Field appears twice' },
    { sv: 'Ett fält står på två rader i bladet.', en: 'A field is on two rows of the sheet.' },
    messageTemplate<HostDuplicateFieldData>({
      sv: (d) => `Fältet "${d.field}" finns redan på rad ${d.firstRow}`,
      en: (d) => `Field "${d.field}" already appears on row ${d.firstRow}`,
    }),
  ),
  'host/xlsx-invalid-document': spec(
    'error',
    { sv: 'Ogiltig dokumentcell', en: 'Invalid document cell' },
    {
      sv: 'Cellen document ska innehålla dokumentet som JSON- eller YAML-text.',
      en: 'The document cell must hold the document as JSON or YAML text.',
    },
    fixed(
      'Cellen document ska innehålla dokumentet som JSON- eller YAML-text',
      'The document cell must hold the document as JSON or YAML text',
    ),
  ),
  'host/xlsx-mixed-document': spec(
    'error',
    { sv: 'Dokumentet anges på två sätt', en: 'Document given two ways' },
    {
      sv: 'Dokumentet står både i cellen document och på rader document.<fält>.',
      en: 'The document is both in the document cell and on document.<field> rows.',
    },
    fixed(
      'Ange dokumentet antingen i cellen document eller på rader document.<fält>, inte båda',
      'Give the document either in the document cell or as document.<field> rows, not both',
    ),
  ),
  'host/xlsx-cell-too-long': spec(
    'error',
    { sv: 'Cellen är full', en: 'Cell full' },
    {
      sv: 'En cell rymmer 32 767 tecken; dela upp dokumentet på rader.',
      en: 'A cell holds 32,767 characters; split the document into rows.',
    },
    messageTemplate<HostCellLimitData>({
      sv: (d) => cellTooLong(d, 'sv'),
      en: (d) => cellTooLong(d, 'en'),
    }),
  ),
  'host/xlsx-malformed-document': spec(
    'error',
    { sv: 'Ogiltigt dokument i cellen', en: 'Malformed document in the cell' },
    {
      sv: 'Cellen document går inte att läsa som JSON eller YAML.',
      en: 'The document cell cannot be read as JSON or YAML.',
    },
    because('Dokumentet är inte giltig JSON eller YAML', 'The document is not valid JSON or YAML'),
  ),
  'host/pdf-too-large': spec(
    'error',
    { sv: 'För stor PDF', en: 'PDF too large' },
    {
      sv: 'Filen är större än gränsen för konvertering.',
      en: 'The file is larger than the conversion limit.',
    },
    messageTemplate<HostPdfSizeData>({
      sv: (d) =>
        `${d.file}-filen är för stor för PDF-konvertering (${d.bytes} byte, högst ${d.limit})`,
      en: (d) =>
        `The ${d.file} file is too large for PDF conversion (${d.bytes} bytes, at most ${d.limit})`,
    }),
  ),
  'host/pdf-needs-docx': spec(
    'error',
    { sv: 'PDF kräver Word', en: 'PDF needs Word' },
    {
      sv: 'Bara en export som ger Word kan bli PDF.',
      en: 'Only an exporter that gives Word can become PDF.',
    },
    messageTemplate<HostExporterData>({
      sv: (d) => `Exporten "${d.exporter}" ger inte Word och kan inte bli PDF`,
      en: (d) => `The exporter "${d.exporter}" does not write Word, so it cannot become PDF`,
    }),
  ),
  'host/pdf-converter-missing': spec(
    'error',
    { sv: 'PDF-konvertering saknas', en: 'PDF converter missing' },
    {
      sv: 'LibreOffice är inte installerat på värden.',
      en: 'LibreOffice is not installed on the host.',
    },
    fixed(
      'PDF kan inte skapas: LibreOffice (soffice) är inte installerat på servern. Installera paketet libreoffice-writer-nogui eller ange sökvägen i STYRKIT_SOFFICE. Word-filen (DOCX) går att hämta.',
      'PDF cannot be made: LibreOffice (soffice) is not installed on the server. Install the package libreoffice-writer-nogui or set its path in STYRKIT_SOFFICE. The Word file (DOCX) can be downloaded.',
    ),
  ),
  'host/pdf-conversion-failed': spec(
    'error',
    { sv: 'PDF-konvertering misslyckades', en: 'PDF conversion failed' },
    { sv: 'LibreOffice kunde inte göra en PDF.', en: 'LibreOffice could not make a PDF.' },
    messageTemplate<HostPdfFailedData>({
      sv: (d) => pdfFailed(d, 'sv'),
      en: (d) => pdfFailed(d, 'en'),
    }),
  ),
  'host/audit-failed': spec(
    'error',
    { sv: 'Granskningen misslyckades', en: 'Audit failed' },
    {
      sv: 'Dokumentet kunde inte granskas; filen kan vara skadad eller av en annan typ än namnet säger.',
      en: 'The document could not be audited; the file may be damaged or of another type than its name says.',
    },
    because('Dokumentet kunde inte granskas', 'The document could not be audited'),
  ),
  'host/recogniser-failed': spec(
    'warning',
    { sv: 'Igenkänningen misslyckades', en: 'Recogniser failed' },
    {
      sv: 'Ett plugins igenkännare kastade ett fel för en tabell; tabellen granskas ändå som den är.',
      en: "A plugin's recogniser threw for a table; the table is still audited as it is.",
    },
    messageTemplate<HostRecogniserFailedData>({
      sv: (d) => `Igenkännaren ${d.recogniser} kastade ett fel för tabell ${d.table}: ${d.detail}`,
      en: (d) => `Recogniser ${d.recogniser} threw for table ${d.table}: ${d.detail}`,
    }),
  ),
  'host/recognition-unknown-kind': spec(
    'warning',
    { sv: 'Igenkänd okänd dokumenttyp', en: 'Recognised unknown kind' },
    {
      sv: 'En igenkännare gav ett utkast av en typ som inget laddat plugin deklarerar.',
      en: 'A recogniser gave a draft of a kind no loaded plugin declares.',
    },
    messageTemplate<HostRecognisedKindData>({
      sv: (d) =>
        `Igenkännaren ${d.recogniser} gav ett utkast av typen ${d.kind}, som inget laddat plugin deklarerar`,
      en: (d) =>
        `Recogniser ${d.recogniser} gave a draft of kind ${d.kind}, which no loaded plugin declares`,
    }),
  ),
  'host/invalid-draft': spec(
    'warning',
    { sv: 'Ogiltigt utkast', en: 'Invalid draft' },
    {
      sv: 'Utkastet som lästes ur handlingen följer inte dokumenttypen.',
      en: 'The draft read from the document does not follow the kind.',
    },
    worded,
  ),
  // Storage and start-up.
  'host/data-dir-locked': spec(
    'error',
    { sv: 'Datakatalogen används', en: 'Data directory in use' },
    {
      sv: 'En annan process har datakatalogen öppen.',
      en: 'Another process has the data directory open.',
    },
    messageTemplate<HostDataDirLockedData>({
      sv: (d) =>
        d.holder === undefined
          ? `Datakatalogen ${d.dir} kunde inte låsas`
          : `Datakatalogen ${d.dir} används redan av process ${d.holder.pid} på ${d.holder.host} (sedan ${d.holder.since}); stoppa den först eller använd API:t`,
      en: (d) =>
        d.holder === undefined
          ? `The data directory ${d.dir} could not be locked`
          : `The data directory ${d.dir} is in use by process ${d.holder.pid} on ${d.holder.host} (since ${d.holder.since}); stop it first or use the API`,
    }),
  ),
  'host/config-missing': spec(
    'error',
    { sv: 'Konfiguration saknas', en: 'Configuration missing' },
    { sv: 'Konfigurationsfilen finns inte.', en: 'The configuration file does not exist.' },
    messageTemplate<HostFileData>({
      sv: (d) => `Konfigurationsfilen ${d.file} finns inte`,
      en: (d) => `Config file ${d.file} does not exist`,
    }),
  ),
  'host/not-a-plugin': spec(
    'error',
    { sv: 'Inte ett plugin', en: 'Not a plugin' },
    { sv: 'Modulen exporterar inget styrkit-plugin.', en: 'The module exports no styrkit plugin.' },
    messageTemplate<HostModuleData>({
      sv: (d) => `Modulen ${d.module} exporterar inget plugin (default-export från definePlugin)`,
      en: (d) => `Module ${d.module} exports no plugin (default export from definePlugin)`,
    }),
  ),
});

/** Every `host/*` finding code (a literal union, so a typo does not compile). */
export type HostCode = keyof typeof hostCodes.specs;

/** The data a host code's message is worded from. */
export type HostCodeData<K extends HostCode> = TemplatedCodeData<(typeof hostCodes.specs)[K]>;
