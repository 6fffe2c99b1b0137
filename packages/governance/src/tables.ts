import { describeCadence, exact } from '@styrkit/core';
import type { DateRange, NumberLocale, Table, TableRow } from '@styrkit/core';
import { meetingCalendar, meetingCounts } from './calendar.js';
import { forumLoad } from './load.js';
import type { ForumSet, Level, Organisation, Participant, Raci } from './model.js';
import { requireForumSet } from './parsed-guard.js';

const levelTitles: Record<Level, { sv: string; en: string }> = {
  budget: { sv: 'Budgetnivå', en: 'Budget level' },
  decision: { sv: 'Beslutsnivå', en: 'Decision level' },
  operational: { sv: 'Operativ nivå', en: 'Operational level' },
};

const forumKindTitles = {
  decision: { sv: 'Beslutsforum', en: 'Decision forum' },
  working: { sv: 'Arbetsforum', en: 'Working forum' },
  supplier: { sv: 'Leverantörsforum', en: 'Supplier forum' },
  'steering-group': { sv: 'Styrgrupp', en: 'Steering group' },
} as const;

function pick(locale: NumberLocale, sv: string, en: string | undefined): string {
  return locale === 'en' ? (en ?? sv) : sv;
}

/** "Objektägare: Linda Ljungkvist" per role, or the bare role name when nobody holds it. */
function staffing(org: Organisation, roleIds: readonly string[], locale: NumberLocale): string {
  return roleIds
    .map((id) => {
      const role = org.roles.find((r) => r.id === id);
      const name = role === undefined ? id : pick(locale, role.name, role.nameEn);
      const people = org.assignments
        .filter((a) => a.role === id)
        .map((a) => org.people.find((p) => p.id === a.person)?.name ?? a.person);
      return people.length === 0 ? name : `${name}: ${people.join(', ')}`;
    })
    .join('; ');
}

/**
 * The organisation as a table of levels (rows) × parties (columns), as pm3 plans draw it; roles
 * without a level or party go to an extra row or column ("Övrigt"). Empty cells are `null`.
 *
 * @example
 * ```ts
 * import { organisationTable, parseOrganisation } from '@styrkit/governance';
 * const parsed = parseOrganisation({
 *   name: 'VSO',
 *   parties: [
 *     { id: 'verksamhet', name: 'Verksamhetsnära förvaltning' },
 *     { id: 'it', name: 'IT-nära förvaltning' },
 *   ],
 *   roles: [{ id: 'objektagare', name: 'Objektägare', level: 'budget', party: 'verksamhet' }],
 *   people: [{ id: 'linda', name: 'Linda Ljungkvist' }],
 *   assignments: [{ role: 'objektagare', person: 'linda' }],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const org = parsed.value;
 * organisationTable(org).rows[0]?.cells; // { level: 'Budgetnivå', verksamhet: 'Objektägare: Linda Ljungkvist', it: null }
 * ```
 */
export function organisationTable(org: Organisation, locale: NumberLocale = 'sv'): Table {
  const other = { sv: 'Övrigt', en: 'Other' };
  const partyIds = org.parties.map((p) => p.id);
  const needsOtherColumn = org.roles.some(
    (r) => r.party === undefined || !partyIds.includes(r.party),
  );
  const columns = [
    { key: 'level', title: { sv: 'Nivå', en: 'Level' }, kind: 'text' as const },
    ...org.parties.map((p) => ({
      key: p.id,
      title: { sv: p.name, en: p.nameEn ?? p.name },
      kind: 'text' as const,
    })),
    ...(needsOtherColumn ? [{ key: '_other', title: other, kind: 'text' as const }] : []),
  ];
  const levels: (Level | undefined)[] = ['budget', 'decision', 'operational'];
  if (org.roles.some((r) => r.level === undefined)) levels.push(undefined);
  const rows: TableRow[] = levels.map((level) => {
    const inLevel = org.roles.filter((r) => r.level === level);
    const cells: Record<string, string | null> = {
      level:
        level === undefined
          ? pick(locale, other.sv, other.en)
          : pick(locale, levelTitles[level].sv, levelTitles[level].en),
    };
    for (const column of columns.slice(1)) {
      const ids = inLevel
        .filter((r) =>
          column.key === '_other'
            ? r.party === undefined || !partyIds.includes(r.party)
            : r.party === column.key,
        )
        .map((r) => r.id);
      cells[column.key] = ids.length === 0 ? null : staffing(org, ids, locale);
    }
    return { id: level ?? '_other', cells };
  });
  return {
    id: 'governance/organisation',
    title: { sv: `Organisation: ${org.name}`, en: `Organisation: ${org.name}` },
    columns,
    rows,
  };
}

function participantText(
  p: Participant,
  org: Organisation | undefined,
  locale: NumberLocale,
): string {
  if ('allRoles' in p) return locale === 'en' ? 'Everyone with a role' : 'Samtliga med roll';
  if ('external' in p) return p.count === undefined ? p.external : `${p.external} (${p.count})`;
  const role = org?.roles.find((r) => r.id === p.role);
  const name = role === undefined ? p.role : pick(locale, role.name, role.nameEn);
  return p.count === undefined ? name : `${name} (${p.count})`;
}

/**
 * The forums as a table: kind, tasks, participants, cadence, convener and, when a period is
 * given, the number of meetings in it (unknown, not zero, for a forum without cadence).
 *
 * @example
 * ```ts
 * import { forumTable, parseForumSet, parseOrganisation } from '@styrkit/governance';
 * const parsedOrg = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [{ id: 'objektledare', name: 'Objektledare' }],
 *   people: [],
 *   assignments: [],
 * });
 * const parsedSet = parseForumSet({
 *   name: 'Forum',
 *   period: { start: '2021-01-11', end: '2021-12-31' },
 *   forums: [{ id: 'styrgrupp', name: 'Styrgrupp', kind: 'decision', convener: 'objektledare', cadenceText: 'Var 6:e vecka' }],
 * });
 * if (!parsedOrg.ok || !parsedSet.ok) throw new Error('invalid');
 * const org = parsedOrg.value;
 * const set = parsedSet.value;
 * forumTable(set, org, { start: '2021-01-01', end: '2021-12-31' }).rows[0]?.cells; // { kind: 'Beslutsforum', convener: 'Objektledare', meetings: 9 }
 * ```
 */
export function forumTable(
  set: ForumSet,
  org?: Organisation,
  range?: DateRange,
  locale: NumberLocale = 'sv',
): Table {
  const counts = range === undefined ? undefined : meetingCounts(set, range);
  const roleName = (id: string | undefined): string | null => {
    if (id === undefined) return null;
    const role = org?.roles.find((r) => r.id === id);
    return role === undefined ? id : pick(locale, role.name, role.nameEn);
  };
  return {
    id: 'governance/forums',
    title: { sv: `Forum: ${set.name}`, en: `Forums: ${set.name}` },
    columns: [
      { key: 'forum', title: { sv: 'Forum', en: 'Forum' }, kind: 'text' },
      { key: 'kind', title: { sv: 'Typ', en: 'Kind' }, kind: 'text' },
      { key: 'tasks', title: { sv: 'Arbetsuppgifter', en: 'Tasks' }, kind: 'text' },
      { key: 'participants', title: { sv: 'Deltagare', en: 'Participants' }, kind: 'text' },
      { key: 'cadence', title: { sv: 'Frekvens', en: 'Cadence' }, kind: 'text' },
      { key: 'convener', title: { sv: 'Kallar', en: 'Convener' }, kind: 'text' },
      ...(counts === undefined
        ? []
        : [{ key: 'meetings', title: { sv: 'Möten', en: 'Meetings' }, kind: 'integer' as const }]),
    ],
    rows: set.forums.map((forum, i) => {
      const participants = (forum.participants ?? []).map((p) => participantText(p, org, locale));
      const count = counts?.[i]?.count;
      return {
        id: forum.id,
        cells: {
          forum: pick(locale, forum.name, forum.nameEn),
          kind: pick(locale, forumKindTitles[forum.kind].sv, forumKindTitles[forum.kind].en),
          tasks: (forum.tasks ?? []).length === 0 ? null : (forum.tasks ?? []).join(' '),
          participants: participants.length === 0 ? null : participants.join(', '),
          cadence: forum.cadence === undefined ? null : describeCadence(forum.cadence, locale),
          convener: roleName(forum.convener),
          ...(counts === undefined
            ? {}
            : { meetings: count === null || count === undefined ? null : exact(count) }),
        },
      };
    }),
  };
}

/**
 * The meeting calendar of a forum set over a period as a table (date, time, forum).
 *
 * @example
 * ```ts
 * import { calendarTable, parseForumSet } from '@styrkit/governance';
 * const parsed = parseForumSet({
 *   name: 'Forum',
 *   forums: [{ id: 'objektforum', name: 'Objektforum', kind: 'working', cadenceText: '4 ggr per år', startTime: '09:00' }],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const set = parsed.value;
 * calendarTable(set, { start: '2021-01-01', end: '2021-12-31' }).rows.map((r) => r.cells['date']); // ['2021-01-01', '2021-04-01', '2021-07-01', '2021-10-01']
 * calendarTable(set, { start: '2021-01-01', end: '2021-12-31' }).rows[0]?.cells; // { time: '09:00', forum: 'Objektforum' }
 * ```
 */
export function calendarTable(set: ForumSet, range: DateRange): Table {
  requireForumSet(set, 'calendarTable');
  return {
    id: 'governance/calendar',
    title: {
      sv: `Mötesplan ${range.start} – ${range.end}`,
      en: `Meeting calendar ${range.start} – ${range.end}`,
    },
    columns: [
      { key: 'date', title: { sv: 'Datum', en: 'Date' }, kind: 'date' },
      { key: 'time', title: { sv: 'Tid', en: 'Time' }, kind: 'text' },
      { key: 'forum', title: { sv: 'Forum', en: 'Forum' }, kind: 'text' },
    ],
    rows: meetingCalendar(set, range).map((m) => ({
      id: `${m.forum}-${m.date}`,
      cells: { date: m.date, time: m.startTime ?? null, forum: m.name },
    })),
  };
}

/**
 * A RACI matrix as a table: one row per decision or artefact, one column per role.
 *
 * @example
 * ```ts
 * import { parseRaci, raciTable } from '@styrkit/governance';
 * const parsed = parseRaci({
 *   name: 'PPS',
 *   roles: ['pa', 'pl'],
 *   rows: [{ id: 'direktiv', label: 'Projektdirektiv', cells: { pa: 'A', pl: 'R' } }],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const raci = parsed.value;
 * raciTable(raci).columns.map((c) => c.key); // ['_label', 'pa', 'pl']
 * raciTable(raci).rows[0]?.cells; // { _label: 'Projektdirektiv', pa: 'A', pl: 'R' }
 * ```
 */
export function raciTable(raci: Raci, org?: Organisation): Table {
  return {
    id: 'governance/raci',
    title: { sv: `RACI: ${raci.name}`, en: `RACI: ${raci.name}` },
    columns: [
      { key: '_label', title: { sv: 'Beslut/artefakt', en: 'Decision/artefact' }, kind: 'text' },
      ...raci.roles.map((id) => {
        const role = org?.roles.find((r) => r.id === id);
        return {
          key: id,
          title: { sv: role?.name ?? id, en: role?.nameEn ?? role?.name ?? id },
          kind: 'text' as const,
        };
      }),
    ],
    rows: raci.rows.map((row) => ({
      id: row.id,
      cells: {
        _label: row.label,
        ...Object.fromEntries(raci.roles.map((id) => [id, row.cells[id] ?? null])),
      },
    })),
    notes: [
      {
        sv: 'R = utför, A = ytterst ansvarig, C = rådfrågas, I = informeras.',
        en: 'R = responsible, A = accountable, C = consulted, I = informed.',
      },
    ],
  };
}

/**
 * Forum load per person over a period as a table: forums, meetings, known hours and the number
 * of meetings whose length is unknown.
 *
 * @example
 * ```ts
 * import { forumLoadTable, parseForumSet, parseOrganisation } from '@styrkit/governance';
 * const parsedOrg = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [{ id: 'objektledare', name: 'Objektledare' }],
 *   people: [
 *     { id: 'anna', name: 'Anna Andersson' },
 *     { id: 'bo', name: 'Bo Berg' },
 *   ],
 *   assignments: [{ role: 'objektledare', person: 'anna' }],
 * });
 * const parsedSet = parseForumSet({
 *   name: 'Forum',
 *   forums: [{ id: 'objektforum', name: 'Objektforum', kind: 'working', convener: 'objektledare', cadenceText: '4 ggr per år', durationMinutes: 90 }],
 * });
 * if (!parsedOrg.ok || !parsedSet.ok) throw new Error('invalid');
 * const org = parsedOrg.value;
 * const set = parsedSet.value;
 * const table = forumLoadTable(org, set, { start: '2021-01-01', end: '2021-12-31' });
 * table.rows.map((r) => r.cells['person']); // ['Anna Andersson', 'Bo Berg']
 * table.rows[0]?.cells; // { forums: 1, meetings: 4, hours: '6', unknown: 0 }
 * ```
 */
export function forumLoadTable(org: Organisation, set: ForumSet, range: DateRange): Table {
  requireForumSet(set, 'forumLoadTable');
  return {
    id: 'governance/forum-load',
    title: {
      sv: `Mötesbelastning ${range.start} – ${range.end}`,
      en: `Meeting load ${range.start} – ${range.end}`,
    },
    columns: [
      { key: 'person', title: { sv: 'Person', en: 'Person' }, kind: 'text' },
      { key: 'forums', title: { sv: 'Forum', en: 'Forums' }, kind: 'integer' },
      { key: 'meetings', title: { sv: 'Möten', en: 'Meetings' }, kind: 'integer' },
      {
        key: 'hours',
        title: { sv: 'Kända timmar', en: 'Known hours' },
        kind: 'quantity',
        unit: 'h',
        decimals: 2,
      },
      {
        key: 'unknown',
        title: { sv: 'Möten utan längd', en: 'Meetings without length' },
        kind: 'integer',
      },
    ],
    rows: forumLoad(org, set, range).map((l) => ({
      id: l.person,
      cells: {
        person: l.name,
        forums: exact(l.forums.length),
        meetings: exact(l.meetings),
        hours: l.knownHours,
        unknown: exact(l.minutes.unknownCount),
      },
    })),
  };
}
