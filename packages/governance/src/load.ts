import { exact, sumKnown } from '@styrkit/core';
import type { DateRange, Exact, PartialSum } from '@styrkit/core';
import { forumMeetings } from './calendar.js';
import type { Forum, ForumSet, Organisation } from './model.js';
import { assignmentOverlaps } from './roles.js';
import { requireForumSet } from './parsed-guard.js';

/**
 * The forum load of one person over a period: meetings, and hours as a partial sum (meetings of
 * forums without a length are counted as unknown hours, never as zero).
 *
 * @example
 * ```ts
 * import { forumLoad, parseForumSet, parseOrganisation } from '@styrkit/governance';
 * const parsedOrg = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [{ id: 'objektledare', name: 'Objektledare' }],
 *   people: [{ id: 'anna', name: 'Anna Andersson' }],
 *   assignments: [{ role: 'objektledare', person: 'anna' }],
 * });
 * const parsedSet = parseForumSet({
 *   name: 'Forum',
 *   forums: [
 *     { id: 'objektforum', name: 'Objektforum', kind: 'working', convener: 'objektledare', cadenceText: '4 ggr per år', durationMinutes: 90 },
 *     { id: 'driftmote', name: 'Driftmöte', kind: 'working', participants: [{ role: 'objektledare' }], cadenceText: 'Månadsvis' },
 *   ],
 * });
 * if (!parsedOrg.ok || !parsedSet.ok) throw new Error('invalid');
 * const [first] = forumLoad(parsedOrg.value, parsedSet.value, { start: '2021-01-01', end: '2021-12-31' });
 * first?.meetings; // 16
 * first?.knownHours.toString(); // '6'
 * first?.minutes.unknownCount; // 12
 * ```
 */
export interface PersonLoad {
  /** Person id. */
  readonly person: string;
  /** Person name. */
  readonly name: string;
  /** Ids of the forums the person sits in. */
  readonly forums: readonly string[];
  /** Number of meetings in the period. */
  readonly meetings: number;
  /** Meeting minutes: known part and the count of meetings of unknown length. */
  readonly minutes: PartialSum;
  /** Known meeting hours: known minutes / 60, rounded half-up to 2 decimals. */
  readonly knownHours: Exact;
}

/** The people who sit in a forum: holders of participant roles and of the convener role. */
function attendees(forum: Forum, org: Organisation, range: DateRange): Set<string> {
  const active = org.assignments.filter((a) => assignmentOverlaps(a, range));
  const roles = new Set<string>();
  let everyone = false;
  for (const p of forum.participants ?? []) {
    if ('role' in p) roles.add(p.role);
    else if ('allRoles' in p) everyone = true;
  }
  if (forum.convener !== undefined) roles.add(forum.convener);
  return new Set(active.filter((a) => everyone || roles.has(a.role)).map((a) => a.person));
}

/**
 * Forum load per person over a period (typically a year): which forums, how many meetings, how
 * many hours (exact minutes; hours rounded half-up to 2 decimals). A person who sits in a forum through two roles is counted once per meeting.
 * People with no forum are listed with zero meetings.
 *
 * @example
 * ```ts
 * import { forumLoad, parseForumSet, parseOrganisation } from '@styrkit/governance';
 * const parsedOrg = parseOrganisation({
 *   name: 'VSO',
 *   parties: [],
 *   roles: [
 *     { id: 'objektagare', name: 'Objektägare' },
 *     { id: 'objektledare', name: 'Objektledare' },
 *   ],
 *   people: [
 *     { id: 'anna', name: 'Anna Andersson' },
 *     { id: 'bo', name: 'Bo Berg' },
 *   ],
 *   assignments: [
 *     { role: 'objektagare', person: 'anna' },
 *     { role: 'objektledare', person: 'anna' },
 *   ],
 * });
 * const parsedSet = parseForumSet({
 *   name: 'Forum',
 *   forums: [
 *     {
 *       id: 'objektforum',
 *       name: 'Objektforum',
 *       kind: 'working',
 *       convener: 'objektledare',
 *       participants: [{ role: 'objektagare' }],
 *       cadenceText: '4 ggr per år',
 *       durationMinutes: 45,
 *     },
 *   ],
 * });
 * if (!parsedOrg.ok || !parsedSet.ok) throw new Error('invalid');
 * const org = parsedOrg.value;
 * const set = parsedSet.value;
 * const load = forumLoad(org, set, { start: '2021-01-01', end: '2021-12-31' });
 * load.map((l) => l.meetings); // [4, 0]
 * load.find((l) => l.person === 'anna')?.knownHours.toString(); // '3'
 * ```
 */
export function forumLoad(org: Organisation, set: ForumSet, range: DateRange): PersonLoad[] {
  requireForumSet(set, 'forumLoad');
  const perForum = set.forums.map((forum) => ({
    forum,
    people: attendees(forum, org, range),
    meetings: forumMeetings(forum, range),
  }));
  return org.people.map((person) => {
    const mine = perForum.filter((f) => f.people.has(person.id));
    const meetings = mine.flatMap((f) => f.meetings);
    // Sum whole minutes first and divide once, so repeating decimals never accumulate.
    const minutes = sumKnown(
      meetings.map((m) => (m.durationMinutes === undefined ? null : exact(m.durationMinutes))),
    );
    return {
      person: person.id,
      name: person.name,
      forums: mine.map((f) => f.forum.id),
      meetings: meetings.length,
      minutes,
      knownHours: minutes.known.dividedBy(60).round(2, 'half-up'),
    };
  });
}
