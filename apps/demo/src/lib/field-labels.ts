import { pick, type Locale, type Text } from './i18n.js';

/**
 * Human labels for the field names of stored documents, so a diff or a finding path reads
 * "Objektplanens mål › Titel" instead of `planGoals.title`. One map per kind, then a shared
 * map for names every kind uses; a name found in neither is shown as it is (and a test keeps
 * the known kinds' names covered).
 */
const COMMON: Readonly<Record<string, Text>> = {
  id: { sv: 'Id', en: 'Id' },
  title: { sv: 'Titel', en: 'Title' },
  name: { sv: 'Namn', en: 'Name' },
  label: { sv: 'Benämning', en: 'Label' },
  description: { sv: 'Beskrivning', en: 'Description' },
  owner: { sv: 'Ägare', en: 'Owner' },
  organisation: { sv: 'Organisation', en: 'Organisation' },
  year: { sv: 'År', en: 'Year' },
  unit: { sv: 'Enhet', en: 'Unit' },
  status: { sv: 'Status', en: 'Status' },
  note: { sv: 'Anteckning', en: 'Note' },
  date: { sv: 'Datum', en: 'Date' },
  value: { sv: 'Värde', en: 'Value' },
  version: { sv: 'Version', en: 'Version' },
  cost: { sv: 'Kostnad', en: 'Cost' },
  benefit: { sv: 'Nytta', en: 'Benefit' },
  amount: { sv: 'Belopp', en: 'Amount' },
  roles: { sv: 'Roller', en: 'Roles' },
  items: { sv: 'Poster', en: 'Items' },
  municipality: { sv: 'Kommun', en: 'Municipality' },
  committees: { sv: 'Nämnder', en: 'Committees' },
  validity: { sv: 'Giltighet', en: 'Validity' },
  projectId: { sv: 'Projekt', en: 'Project' },
};

const KINDS: Readonly<Record<string, Readonly<Record<string, Text>>>> = {
  'pm3/objektplan': {
    objectId: { sv: 'Förvaltningsobjekt', en: 'Maintenance object' },
    municipality: { sv: 'Kommun', en: 'Municipality' },
    mainActivities: { sv: 'Huvudaktiviteter', en: 'Main activities' },
    budget: { sv: 'Budget (kkr)', en: 'Budget (kSEK)' },
    fte: { sv: 'Årsarbeten', en: 'FTE' },
    rows: { sv: 'Rader', en: 'Rows' },
    businessVm: { sv: 'Verksamhet VM', en: 'Business maintenance' },
    businessVu: { sv: 'Verksamhet VU', en: 'Business development' },
    itVm: { sv: 'IT VM', en: 'IT maintenance' },
    itVu: { sv: 'IT VU', en: 'IT development' },
    statedTotal: { sv: 'Angiven summa', en: 'Stated total' },
    statedGrandTotal: { sv: 'Angiven totalsumma', en: 'Stated grand total' },
    statedColumnTotals: { sv: 'Angivna kolumnsummor', en: 'Stated column totals' },
    initiatives: { sv: 'Initiativ', en: 'Initiatives' },
    planGoals: { sv: 'Objektplanens mål', en: 'Plan goals' },
    goalLinks: { sv: 'Målkopplingar', en: 'Goal links' },
    links: { sv: 'Kopplade mål', en: 'Linked goals' },
    committeeGoal: { sv: 'Nämndmål', en: 'Committee goal' },
    committeeGoals: { sv: 'Nämndmål', en: 'Committee goals' },
    committees: { sv: 'Nämnder', en: 'Committees' },
    effectTypes: { sv: 'Effekttyper', en: 'Effect types' },
    effectScope: { sv: 'Effektomfång', en: 'Effect scope' },
    effectScopes: { sv: 'Effektomfång', en: 'Effect scopes' },
    timeToEffect: { sv: 'Tid till effekt', en: 'Time to effect' },
    perspective: { sv: 'Perspektiv', en: 'Perspective' },
    perspectives: { sv: 'Perspektiv', en: 'Perspectives' },
    strategic: { sv: 'Strategiskt', en: 'Strategic' },
    forumsRef: { sv: 'Forum', en: 'Forums' },
    organisationRef: { sv: 'Organisation', en: 'Organisation' },
    statedFigures: { sv: 'Angivna siffror', en: 'Stated figures' },
    costBreakdowns: { sv: 'Kostnadsuppdelningar', en: 'Cost breakdowns' },
    vocabularies: { sv: 'Ordlistor', en: 'Vocabularies' },
    decidedBy: { sv: 'Beslutad av', en: 'Decided by' },
    decidedOn: { sv: 'Beslutsdatum', en: 'Decided on' },
    supersedes: { sv: 'Ersätter', en: 'Supersedes' },
    validity: { sv: 'Giltighet', en: 'Validity' },
    activity: { sv: 'Huvudaktivitet', en: 'Main activity' },
    activityType: { sv: 'Aktivitetstyp', en: 'Activity type' },
  },
  'pm3/forvaltningsobjekt': {
    shortName: { sv: 'Kortnamn', en: 'Short name' },
    components: { sv: 'IT-komponenter', en: 'IT components' },
    users: { sv: 'Användare', en: 'Users' },
    operatedBy: { sv: 'Drivs av', en: 'Operated by' },
    plans: { sv: 'Objektplaner', en: 'Plans' },
  },
  'pm3/budget-follow-up': {
    months: { sv: 'Månader', en: 'Months' },
    statements: { sv: 'Uppställningar', en: 'Statements' },
    periodBudget: { sv: 'Periodbudget', en: 'Period budget' },
    periodOutcome: { sv: 'Periodutfall', en: 'Period outcome' },
    annualBudget: { sv: 'Årsbudget', en: 'Annual budget' },
    annualForecast: { sv: 'Årsprognos', en: 'Annual forecast' },
    deviation: { sv: 'Avvikelse', en: 'Deviation' },
    convention: { sv: 'Teckenkonvention', en: 'Sign convention' },
    sumOf: { sv: 'Summa av', en: 'Sum of' },
    roundingTolerance: { sv: 'Avrundningstolerans', en: 'Rounding tolerance' },
    roundedFigures: { sv: 'Omskalade siffror', en: 'Rescaled figures' },
  },
  'esf/project': {
    callId: { sv: 'Utlysning', en: 'Call' },
    stateAid: { sv: 'Statligt stöd', en: 'State aid' },
    budgetLines: { sv: 'Budgetrader', en: 'Budget lines' },
    statedTotalEligibleCost: { sv: 'Angiven stödberättigad kostnad', en: 'Stated eligible cost' },
    statedGrant: { sv: 'Angivet stöd', en: 'Stated grant' },
    phases: { sv: 'Faser', en: 'Phases' },
    cofinancing: { sv: 'Medfinansiering', en: 'Co-financing' },
    participantTime: { sv: 'Deltagartid', en: 'Participant time' },
    plannedHours: { sv: 'Planerade timmar', en: 'Planned hours' },
    flatRates: { sv: 'Schabloner', en: 'Flat rates' },
    totalFinancing: { sv: 'Total finansiering', en: 'Total financing' },
    requiredCofinancingPercent: {
      sv: 'Krav på medfinansiering (%)',
      en: 'Required co-financing (%)',
    },
    expectedParticipants: { sv: 'Förväntade deltagare', en: 'Expected participants' },
    staffCounts: { sv: 'Personal', en: 'Staff' },
    women: { sv: 'Kvinnor', en: 'Women' },
    men: { sv: 'Män', en: 'Men' },
    sector: { sv: 'Sektor', en: 'Sector' },
    form: { sv: 'Form', en: 'Form' },
    hourlyRate: { sv: 'Timpris', en: 'Hourly rate' },
  },
  'esf/time-reports': {
    participants: { sv: 'Deltagare', en: 'Participants' },
    reports: { sv: 'Tidrapporter', en: 'Time reports' },
    participant: { sv: 'Deltagare', en: 'Participant' },
    month: { sv: 'Månad', en: 'Month' },
    phase: { sv: 'Fas', en: 'Phase' },
    activity: { sv: 'Aktivitet', en: 'Activity' },
    hours: { sv: 'Timmar', en: 'Hours' },
    signed: { sv: 'Signerad', en: 'Signed' },
    gender: { sv: 'Kön', en: 'Gender' },
    employment: { sv: 'Anställningsform', en: 'Employment' },
    hourlyRate: { sv: 'Timpris', en: 'Hourly rate' },
    annualEmploymentCost: { sv: 'Årlig lönekostnad', en: 'Annual employment cost' },
    employmentShare: { sv: 'Tjänstgöringsgrad', en: 'Share of full time' },
    ratesByEmployment: { sv: 'Timpris per anställningsform', en: 'Rates by employment' },
    synthetic: { sv: 'Syntetiska data', en: 'Synthetic data' },
  },
  'governance/gate-log': {
    process: { sv: 'Process', en: 'Process' },
    decisions: { sv: 'Beslut', en: 'Decisions' },
    history: { sv: 'Historik', en: 'History' },
    scope: { sv: 'Berörda', en: 'Affected' },
    funding: { sv: 'Finansiering', en: 'Funding' },
    outcome: { sv: 'Utfall', en: 'Outcome' },
    decidedBy: { sv: 'Beslutad av', en: 'Decided by' },
    gate: { sv: 'Beslutspunkt', en: 'Decision point' },
    from: { sv: 'Från', en: 'From' },
    to: { sv: 'Till', en: 'To' },
    forumSet: { sv: 'Forum', en: 'Forums' },
    statedCounts: { sv: 'Angivna antal', en: 'Stated counts' },
  },
  'effects/backlog': {
    method: { sv: 'Metod', en: 'Method' },
    criteria: { sv: 'Kriterier', en: 'Criteria' },
    dimensions: { sv: 'Dimensioner', en: 'Dimensions' },
    mandatory: { sv: 'Tvingande', en: 'Mandatory' },
    scores: { sv: 'Poäng', en: 'Scores' },
    dependsOn: { sv: 'Beror på', en: 'Depends on' },
    due: { sv: 'Klart', en: 'Due' },
    statedRank: { sv: 'Angiven rang', en: 'Stated rank' },
    weight: { sv: 'Vikt', en: 'Weight' },
  },
};

/** The kinds with a map of their own (tested to cover their documents' field names). */
export const LABELLED_KINDS = Object.keys(KINDS);

/**
 * A field name's label in a kind, or undefined when no map knows it.
 *
 * @example
 * ```ts
 * fieldLabel('pm3/objektplan', 'planGoals')?.sv; // 'Objektplanens mål'
 * fieldLabel('pm3/objektplan', 'title')?.en; // 'Title'
 * ```
 */
export function fieldLabel(kind: string, key: string): Text | undefined {
  return KINDS[kind]?.[key] ?? COMMON[key];
}

/**
 * A document path as people read it: field labels joined with "›", list positions as
 * "nr 2" (1-based), unknown names as they are.
 *
 * @example
 * ```ts
 * pathLabel('pm3/objektplan', ['initiatives', 1, 'cost'], 'sv'); // 'Initiativ nr 2 › Kostnad'
 * ```
 */
export function pathLabel(
  kind: string,
  path: readonly (string | number)[],
  locale: Locale,
): string {
  const parts: string[] = [];
  for (const p of path) {
    if (typeof p === 'number') {
      const n = `${locale === 'sv' ? 'nr' : 'no.'} ${p + 1}`;
      if (parts.length === 0) parts.push(n);
      else parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} ${n}`;
    } else {
      const label = fieldLabel(kind, p);
      parts.push(label === undefined ? p : pick(label, locale));
    }
  }
  return parts.join(' › ');
}

/**
 * A comma-separated list of field names ("budget, links") as labels.
 *
 * @example
 * ```ts
 * fieldListLabel('pm3/objektplan', 'budget, links', 'en'); // 'Budget (kSEK), Linked goals'
 * ```
 */
export function fieldListLabel(kind: string, list: string, locale: Locale): string {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const label = fieldLabel(kind, s);
      return label === undefined ? s : pick(label, locale);
    })
    .join(', ');
}
