import { err, ok } from '@styrkit/core';
import type { DateRange, Finding, Result } from '@styrkit/core';
import { forumMeetings, setPolicy, type Meeting } from './calendar.js';
import { governanceCodes } from './codes.js';
import { escapeIcsText, foldIcsLine, icsDate } from './ics-text.js';
import type { Forum, ForumSet, Organisation } from './model.js';
import { assignmentOverlaps } from './roles.js';
import { requireForumSet } from './parsed-guard.js';

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

/** The day after an ISO date, as an iCalendar DATE (the exclusive end of an all-day event). */
function nextDay(date: string): string {
  const d = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  );
  d.setUTCDate(d.getUTCDate() + 1);
  return icsDate(d.toISOString().slice(0, 10));
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

/** The VEVENT of one meeting, folded content lines with CRLF. */
function event(meeting: Meeting, forum: Forum, stamp: string, domain: string): string {
  const lines = [
    'BEGIN:VEVENT',
    // The cadence's date, so moving a meeting off a holiday updates the same event.
    `UID:${escapeIcsText(`${forum.id}-${meeting.scheduled ?? meeting.date}@${domain}`)}`,
    `SUMMARY:${escapeIcsText(forum.name)}`,
    `DTSTAMP:${stamp}`,
  ];
  if (meeting.startTime !== undefined) {
    // Local time in Europe/Stockholm (the VTIMEZONE below), written as the document states
    // it: no Date object, so the machine's own time zone never shifts it.
    const [h = '00', m = '00'] = meeting.startTime.split(':');
    const start = `${icsDate(meeting.date)}T${h.padStart(2, '0')}${m.padStart(2, '0')}00`;
    lines.push(`DTSTART;TZID=Europe/Stockholm:${start}`);
    // A start without a length: a point in time (DTEND = DTSTART).
    if (meeting.durationMinutes === undefined) lines.push(`DTEND;TZID=Europe/Stockholm:${start}`);
  } else {
    // Without a start time the meeting is an all-day event on its date.
    lines.push(`DTSTART;VALUE=DATE:${icsDate(meeting.date)}`);
    lines.push(`DTEND;VALUE=DATE:${nextDay(meeting.date)}`);
  }
  if (forum.tasks !== undefined) lines.push(`DESCRIPTION:${escapeIcsText(forum.tasks.join('\n'))}`);
  lines.push(`CATEGORIES:${escapeIcsText(forum.kind)}`);
  if (meeting.startTime !== undefined && meeting.durationMinutes !== undefined)
    lines.push(`DURATION:PT${meeting.durationMinutes}M`);
  lines.push('END:VEVENT');
  return lines.map(foldIcsLine).join('');
}

/** Europe/Stockholm as RFC 5545 VTIMEZONE: CET/CEST, EU rules since 1996 (last Sunday of March/October). */
const STOCKHOLM_VTIMEZONE =
  [
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
  ].join('\r\n') + '\r\n';

/**
 * Writes the meetings of a forum set as an iCalendar file (RFC 5545):
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
  requireForumSet(set, 'forumCalendarIcs');
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
  const meetings = forumsFor(set, o).flatMap((forum) =>
    forumMeetings(forum, o.range, policy).map((meeting) => ({ meeting, forum })),
  );
  const header = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:styrkit/governance',
    'METHOD:PUBLISH',
    'X-PUBLISHED-TTL:PT1H',
  ]
    .map(foldIcsLine)
    .join('');
  // The zone is written once, before the events, when any meeting has a time of day.
  const zone = meetings.some(({ meeting }) => meeting.startTime !== undefined)
    ? STOCKHOLM_VTIMEZONE
    : '';
  const body = meetings.map(({ meeting, forum }) => event(meeting, forum, dtstamp, domain));
  return ok(`${header}${zone}${body.join('')}END:VCALENDAR\r\n`);
}
