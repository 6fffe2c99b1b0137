import type { Locale, Text } from './i18n.js';

/**
 * The words of the approval, needs, ESF-month, follow-up and portfolio-filter screens. They live
 * apart from lib/i18n.ts (shared by every page) so each area's words stay together.
 */
export const WORDS = {
  approveTitle: { sv: 'Godkänn version', en: 'Approve version' },
  approveConfirm: { sv: 'Godkänn', en: 'Approve' },
  cancel: { sv: 'Avbryt', en: 'Cancel' },
  comment: { sv: 'Kommentar (valfri)', en: 'Comment (optional)' },
  openFindings: { sv: 'Öppna fel och varningar', en: 'Open errors and warnings' },
  noOpenFindings: {
    sv: 'Versionen har inga fel eller varningar.',
    en: 'The version has no errors or warnings.',
  },
  acknowledge: { sv: 'Jag har sett detta', en: 'I have seen this' },
  acknowledgeAll: {
    sv: 'Bocka i varje fynd för att bekräfta att du har sett det.',
    en: 'Tick every finding to confirm that you have seen it.',
  },
  fourEyes: {
    sv: 'Du skrev den här versionen själv; en annan godkännare ska godkänna den (fyra ögon).',
    en: 'You wrote this version yourself; another approver must approve it (four eyes).',
  },
  errorsBlock: {
    sv: 'Öppna fel hindrar godkännande (en inställning på servern). Rätta felen och spara en ny version innan den godkänns:',
    en: 'Open errors block approval (a setting of the server). Correct the errors and save a new version before approving it:',
  },
  acknowledgeWarnings: {
    sv: 'Bocka i varje varning för att bekräfta att du har sett den.',
    en: 'Tick every warning to confirm that you have seen it.',
  },
  approvedVersion: { sv: 'godkänd version', en: 'approved version' },
  of: { sv: 'av', en: 'of' },
  noApproved: { sv: 'Ingen version är godkänd ännu.', en: 'No version is approved yet.' },
  newerThanApproved: {
    sv: 'Den senaste versionen är inte godkänd; den godkända är äldre.',
    en: 'The newest version is not approved; the approved one is older.',
  },
  latestApproved: {
    sv: 'Den senaste versionen är godkänd.',
    en: 'The newest version is approved.',
  },
  badgeApproved: { sv: 'Godkänd', en: 'Approved' },
  badgeCurrent: { sv: 'Senaste', en: 'Newest' },
  badgeOlderApproved: { sv: 'Godkänd, äldre', en: 'Approved, older' },
  approvedWith: { sv: 'Kvitterade fynd', en: 'Acknowledged findings' },
  changes: { sv: 'Ändringar', en: 'Changes' },
  field: { sv: 'Fält', en: 'Field' },
  change: { sv: 'Ändring', en: 'Change' },
  before: { sv: 'Före', en: 'Before' },
  after: { sv: 'Efter', en: 'After' },
  added: { sv: 'tillagd', en: 'added' },
  removed: { sv: 'borttagen', en: 'removed' },
  replaced: { sv: 'ändrad', en: 'changed' },
  noChanges: { sv: 'Inga ändringar.', en: 'No changes.' },
} as const satisfies Record<string, Text>;

/** A key of {@link WORDS}. */
export type WordKey = keyof typeof WORDS;

/**
 * A word in a locale.
 *
 * @example
 * ```ts
 * word('approveConfirm', 'en'); // 'Approve'
 * ```
 */
export function word(key: WordKey, locale: Locale): string {
  return WORDS[key][locale];
}
