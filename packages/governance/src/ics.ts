import { err, ok } from '@styrkit/core';
import type { DateRange, Finding, Result } from '@styrkit/core';
import { createEvents } from 'ics';
import type { DateArray, EventAttributes } from 'ics';
import { forumMeetings, setPolicy, type Meeting } from './calendar.js';
import { governanceCodes } from './codes.js';
import type { Forum, ForumSet, Organisation } from './model.js';
import { assignmentOverlaps } from './roles.js';

/**
 * Options of the ICS export. `generatedAt` is the DTSTAMP (UTC, `YYYY-MM-DDTHH:MM:SSZ`): the
 * library reads no clock, so the caller says when the calendar is made.
 *
 * @example
 * ```ts
 * import type { IcsOptions } from '@styrkit/governance';
 * const o: IcsOptions = { range: { start: '2021-01-01', end: '2021-12-31' }, generatedAt: '2021-01-01T00:00:00Z' };
 * ```
 */
export interface IcsOptions {
  /** The period to export. */
  readonly range: DateRange;
  /** DTSTAMP of every event, UTC ISO date-time. */
  readonly generatedAt: string;
  /** Export only this forum. */
  readonly forum?: string;
  /** Export only the forums this person sits in (needs `organisation`). */
  readonly person?: string;
  /** The organisation, to resolve people and to name participants. */
  readonly organisation?: Organisation;
  /** Domain part of event UIDs (default `styrkit.local`). */
  readonly uidDomain?: string;
}

function dateArray(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function nextDay(date: string): [number, number, number] {
  const d = new Date(
    Date.UTC(...(dateArray(date).map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number])),
  );
  d.setUTCDate(d.getUTCDate() + 1);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function forumsFor(set: ForumSet, o: IcsOptions): Forum[] {
  let forums = set.forums;
  if (o.forum !== undefined) forums = forums.filter((f) => f.id === o.forum);
  if (o.person !== undefined && o.organisation !== undefined) {
    const person = o.person;
    const roles = new Set(
      o.organisation.assignments
        .filter((a) => a.person === person && assignmentOverlaps(a, o.range))
        .map((a) => a.role),
    );
    forums = forums.filter(
      (f) =>
        (f.convener !== undefined && roles.has(f.convener)) ||
        (f.participants ?? []).some(
          (p) => ('role' in p && roles.has(p.role)) || ('allRoles' in p && roles.size > 0),
        ),
    );
  }
  return forums;
}

function event(meeting: Meeting, forum: Forum, stamp: string, domain: string): EventAttributes {
  const base = {
    // The cadence's date, so moving a meeting off a holiday updates the same event.
    uid: `${forum.id}-${meeting.scheduled ?? meeting.date}@${domain}`,
    title: forum.name,
    ...(forum.tasks === undefined ? {} : { description: forum.tasks.join('\n') }),
    categories: [forum.kind],
    // The ics package accepts a pre-formatted DTSTAMP string; its typings omit the field.
    timestamp: stamp,
  };
  if (meeting.startTime !== undefined) {
    const [h, m] = meeting.startTime.split(':').map(Number);
    const start: DateArray = [...dateArray(meeting.date), h ?? 0, m ?? 0];
    // Written as local time, then tied to Europe/Stockholm (see withStockholmZone).
    const local = { startInputType: 'local', startOutputType: 'local' } as const;
    if (meeting.durationMinutes === undefined) {
      // A start without a length: a point in time (DTEND = DTSTART).
      return {
        ...base,
        ...local,
        start,
        end: start,
        endInputType: 'local',
        endOutputType: 'local',
      };
    }
    return { ...base, ...local, start, duration: { minutes: meeting.durationMinutes } };
  }
  // Without a start time the meeting is an all-day event on its date.
  return { ...base, start: dateArray(meeting.date), end: nextDay(meeting.date) };
}

/** Europe/Stockholm as RFC 5545 VTIMEZONE: CET/CEST, EU rules since 1996 (last Sunday of March/October). */
const STOCKHOLM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * Ties the local times the `ics` package writes (`DTSTART:20240108T090000`, no `Z`) to
 * Europe/Stockholm and adds the zone's VTIMEZONE before the first event. Dates (`VALUE=DATE`)
 * and UTC stamps are left alone.
 */
function withStockholmZone(ics: string): string {
  const zoned = ics.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})\r$/gm, '$1;TZID=Europe/Stockholm:$2\r');
  if (zoned === ics) return ics;
  return zoned.replace(/^BEGIN:VEVENT\r$/m, `${STOCKHOLM_VTIMEZONE}\r\nBEGIN:VEVENT\r`);
}

/**
 * Writes the meetings of a forum set as an iCalendar file (RFC 5545, via the `ics` package):
 * every forum, one forum (`forum`) or the forums of one person (`person` + `organisation`).
 * Meetings with a start time are timed events in the Europe/Stockholm time zone (a VTIMEZONE
 * block and `DTSTART;TZID=Europe/Stockholm`), with their length when known; others are all-day
 * events. Meetings on non-working days follow the set's and forums' rules. DTSTAMP is
 * `generatedAt`, the export time the caller passes. UIDs are stable
 * (`<forum>-<cadence date>@<domain>`), so re-exports update calendars.
 *
 * @example
 * ```ts
 * import { forumCalendarIcs, parseForumSet } from '@styrkit/governance';
 * const parsed = parseForumSet({
 *   name: 'Forum',
 *   forums: [
 *     { id: 'objektforum', name: 'Objektforum', kind: 'working', cadenceText: '4 ggr per år' },
 *     { id: 'styrgrupp', name: 'Styrgrupp', kind: 'decision', cadenceText: 'Månadsvis' },
 *   ],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const set = parsed.value;
 * const r = forumCalendarIcs(set, { range: { start: '2021-01-01', end: '2021-12-31' }, generatedAt: '2021-01-01T00:00:00Z', forum: 'objektforum' });
 * r.ok && r.value.startsWith('BEGIN:VCALENDAR'); // true
 * r.ok && r.value.split('BEGIN:VEVENT').length - 1; // 4
 * ```
 */
export function forumCalendarIcs(set: ForumSet, o: IcsOptions): Result<string, Finding[]> {
  const stamp = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(o.generatedAt);
  if (stamp === null) {
    return err([
      governanceCodes.create('governance/invalid-input', {
        path: ['generatedAt'],
        data: { variant: 'timestamp' },
        expected: 'YYYY-MM-DDTHH:MM:SSZ',
        actual: o.generatedAt,
      }),
    ]);
  }
  const dtstamp = `${stamp.slice(1, 4).join('')}T${stamp.slice(4, 7).join('')}Z`;
  const domain = o.uidDomain ?? 'styrkit.local';
  const policy = setPolicy(set);
  const events = forumsFor(set, o).flatMap((forum) =>
    forumMeetings(forum, o.range, policy).map((m) => event(m, forum, dtstamp, domain)),
  );
  if (events.length === 0) {
    // The ics package rejects an empty list; an empty calendar is still a valid answer.
    return ok(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'PRODID:styrkit',
        'METHOD:PUBLISH',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  }
  const result = createEvents(events, { productId: 'styrkit/governance', method: 'PUBLISH' });
  if (result.error !== null || result.value === null) {
    return err([
      governanceCodes.create('governance/invalid-input', {
        path: [],
        data: { variant: 'calendar', error: String(result.error) },
      }),
    ]);
  }
  return ok(withStockholmZone(result.value));
}
