import type { Locale, Text } from '../../lib/i18n.js';

/**
 * Labels for the field names the kinds share, so the generic editor reads in Swedish. A name
 * not listed here is split at its capitals ("statedGrandTotal" → "Stated grand total") and the
 * field name is shown beside it, so nothing is hidden.
 */
const LABELS: Readonly<Record<string, Text>> = {
  id: { sv: 'Id', en: 'Id' },
  title: { sv: 'Titel', en: 'Title' },
  name: { sv: 'Namn', en: 'Name' },
  shortName: { sv: 'Kortnamn', en: 'Short name' },
  label: { sv: 'Benämning', en: 'Label' },
  description: { sv: 'Beskrivning', en: 'Description' },
  owner: { sv: 'Ägare', en: 'Owner' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  municipality: { sv: 'Kommun', en: 'Municipality' },
  year: { sv: 'År', en: 'Year' },
  months: { sv: 'Antal månader', en: 'Months' },
  period: { sv: 'Period', en: 'Period' },
  unit: { sv: 'Enhet', en: 'Unit' },
  status: { sv: 'Status', en: 'Status' },
  note: { sv: 'Anteckning', en: 'Note' },
  notes: { sv: 'Anteckningar', en: 'Notes' },
  date: { sv: 'Datum', en: 'Date' },
  start: { sv: 'Start', en: 'Start' },
  end: { sv: 'Slut', en: 'End' },
  value: { sv: 'Värde', en: 'Value' },
  values: { sv: 'Värden', en: 'Values' },
  version: { sv: 'Version', en: 'Version' },
  cost: { sv: 'Kostnad', en: 'Cost' },
  amount: { sv: 'Belopp', en: 'Amount' },
  roles: { sv: 'Roller', en: 'Roles' },
  role: { sv: 'Roll', en: 'Role' },
  person: { sv: 'Person', en: 'Person' },
  rows: { sv: 'Rader', en: 'Rows' },
  columns: { sv: 'Kolumner', en: 'Columns' },
  blocks: { sv: 'Block', en: 'Blocks' },
  items: { sv: 'Poster', en: 'Items' },
  committees: { sv: 'Nämnder', en: 'Committees' },
  committee: { sv: 'Nämnd', en: 'Committee' },
  validity: { sv: 'Giltighet', en: 'Validity' },
  objectId: { sv: 'Förvaltningsobjekt', en: 'Maintenance object' },
  organisationRef: { sv: 'Organisationsdokument', en: 'Organisation document' },
  forumsRef: { sv: 'Forumdokument', en: 'Forum set document' },
  mainActivities: { sv: 'Huvudaktiviteter', en: 'Main activities' },
  activity: { sv: 'Huvudaktivitet', en: 'Main activity' },
  budget: { sv: 'Budget', en: 'Budget' },
  fte: { sv: 'Årsarbeten', en: 'FTE' },
  businessVm: { sv: 'Verksamhetsnära VM', en: 'Business side, maintain (VM)' },
  businessVu: { sv: 'Verksamhetsnära VU', en: 'Business side, improve (VU)' },
  itVm: { sv: 'IT-nära VM', en: 'IT side, maintain (VM)' },
  itVu: { sv: 'IT-nära VU', en: 'IT side, improve (VU)' },
  statedTotal: { sv: 'Angiven summa', en: 'Stated total' },
  statedGrandTotal: { sv: 'Angiven totalsumma', en: 'Stated grand total' },
  statedColumnTotals: { sv: 'Angivna kolumnsummor', en: 'Stated column totals' },
  initiatives: { sv: 'Initiativ', en: 'Initiatives' },
  goals: { sv: 'Mål', en: 'Goals' },
  planGoals: { sv: 'Objektplanens mål', en: 'Plan goals' },
  committeeGoals: { sv: 'Nämndmål', en: 'Committee goals' },
  committeeGoal: { sv: 'Nämndmål', en: 'Committee goal' },
  goalLinks: { sv: 'Målkopplingar', en: 'Goal links' },
  links: { sv: 'Kopplade mål', en: 'Linked goals' },
  forums: { sv: 'Forum', en: 'Forums' },
  cadence: { sv: 'Mötesfrekvens', en: 'Cadence' },
  tasks: { sv: 'Uppgifter', en: 'Tasks' },
  participants: { sv: 'Deltagare', en: 'Participants' },
  phases: { sv: 'Faser', en: 'Phases' },
  phase: { sv: 'Fas', en: 'Phase' },
  budgetLines: { sv: 'Budgetposter', en: 'Budget lines' },
  category: { sv: 'Kategori', en: 'Category' },
  cofinancing: { sv: 'Medfinansiering', en: 'Co-financing' },
  callId: { sv: 'Utlysning', en: 'Call' },
  planId: { sv: 'Effektplan', en: 'Effect plan' },
  goalId: { sv: 'Mål', en: 'Goal' },
  measurements: { sv: 'Mätningar', en: 'Measurements' },
  case: { sv: 'Ärende', en: 'Case' },
  diarienummer: { sv: 'Diarienummer', en: 'Case number' },
  meetingDate: { sv: 'Sammanträdesdatum', en: 'Meeting date' },
  agendaItem: { sv: 'Paragraf / punkt', en: 'Agenda item' },
  template: { sv: 'Mall', en: 'Template' },
  answers: { sv: 'Svar', en: 'Answers' },
  signedBy: { sv: 'Undertecknad av', en: 'Signed by' },
  signedAt: { sv: 'Undertecknad den', en: 'Signed on' },
  risks: { sv: 'Risker', en: 'Risks' },
  probability: { sv: 'Sannolikhet', en: 'Probability' },
  consequence: { sv: 'Konsekvens', en: 'Consequence' },
  measures: { sv: 'Åtgärder', en: 'Measures' },
  milestones: { sv: 'Milstolpar', en: 'Milestones' },
  planned: { sv: 'Planerat', en: 'Planned' },
  decided: { sv: 'Beslutat', en: 'Decided' },
  source: { sv: 'Källa', en: 'Source' },
  subtotal: { sv: 'Delsumma', en: 'Subtotal' },
  total: { sv: 'Summa', en: 'Total' },
};

/** Splits a camelCase or kebab-case field name into words: "statedGrandTotal" → "Stated grand total". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The label of a field in the interface language.
 *
 * @example
 * ```ts
 * fieldName('statedTotal', 'sv'); // 'Angiven summa'
 * fieldName('inKindSourceId', 'en'); // 'In kind source id'
 * ```
 */
export function fieldName(key: string, locale: Locale): string {
  const known = LABELS[key];
  return known === undefined ? humanise(key) : known[locale];
}

/** Whether a field has a label of its own (otherwise the raw name is shown beside it). */
export function hasLabel(key: string): boolean {
  return LABELS[key] !== undefined;
}

/**
 * A document path as people read it: field labels joined with "›", list positions as "nr 2".
 *
 * @example
 * ```ts
 * pathText(['budget', 'rows', 1, 'itVm'], 'sv'); // 'Budget › Rader nr 2 › IT-nära VM'
 * ```
 */
export function pathText(path: readonly (string | number)[], locale: Locale): string {
  const parts: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') {
      const n = `${locale === 'sv' ? 'nr' : 'no.'} ${p + 1}`;
      const last = parts.pop();
      parts.push(last === undefined ? n : `${last} ${n}`);
    } else parts.push(fieldName(p, locale));
  }
  return parts.join(' › ');
}
