import { isEventDriven, occurrences } from '@styrkit/core';
import type { DateRange, IsoDate } from '@styrkit/core';
import type { Forum, ForumSet, NonWorkingDayRule } from './model.js';
import {
  nonWorkingDay,
  toWorkingDay,
  type NonWorkingDay,
  type WorkingCalendar,
} from './workdays.js';
import { requireForumSet } from './parsed-guard.js';

/**
 * One meeting of a forum on a date. When the cadence put it on a weekend, public holiday or
 * non-working eve, `scheduled` is the cadence's date and `nonWorkingDay` says why; `date` is
 * where the forum's rule moved it (or the same date when the rule keeps it: `kept`).
 *
 * @example
 * ```ts
 * import type { Meeting } from '@styrkit/governance';
 * const m: Meeting = { date: '2021-01-11', forum: 'styrgrupp', name: 'Styrgrupp' };
 * ```
 */
export interface Meeting {
  /** Meeting date (after any move). */
  readonly date: IsoDate;
  /** Forum id. */
  readonly forum: string;
  /** Forum name (Swedish). */
  readonly name: string;
  /** Start time HH:MM when the forum has one. */
  readonly startTime?: string;
  /** Length in minutes when the forum has one. */
  readonly durationMinutes?: number;
  /** The cadence's date when it was not a working day. */
  readonly scheduled?: IsoDate;
  /** Why the cadence's date was not a working day. */
  readonly nonWorkingDay?: NonWorkingDay;
  /** True when the meeting stays on a non-working day (rule `keep`, or no rule): flagged. */
  readonly kept?: boolean;
}

/**
 * How a calendar treats non-working days: the rule for forums without their own, and the
 * working calendar (eves, extra days). Defaults: keep and flag; all three eves non-working.
 *
 * @example
 * ```ts
 * import type { MeetingDayPolicy } from '@styrkit/governance';
 * const p: MeetingDayPolicy = { rule: 'next-working-day', calendar: { eves: ['julafton'] } };
 * ```
 */
export interface MeetingDayPolicy {
  readonly rule?: NonWorkingDayRule;
  readonly calendar?: WorkingCalendar;
}

/** The policy a forum set states for its forums. Internal. */
export function setPolicy(set: ForumSet): MeetingDayPolicy {
  const calendar: WorkingCalendar = {
    ...(set.workingCalendar?.eves === undefined ? {} : { eves: set.workingCalendar.eves }),
    ...(set.workingCalendar?.extraDays === undefined
      ? {}
      : { extraDays: set.workingCalendar.extraDays }),
  };
  return { ...(set.onNonWorkingDay === undefined ? {} : { rule: set.onNonWorkingDay }), calendar };
}

/** The part of a range in which the forum exists (its `active` period, if any). */
function activeRange(forum: Forum, range: DateRange): DateRange | undefined {
  const start = forum.active && forum.active.start > range.start ? forum.active.start : range.start;
  const end = forum.active && forum.active.end < range.end ? forum.active.end : range.end;
  return start <= end ? { start, end } : undefined;
}

function placed(date: IsoDate, rule: NonWorkingDayRule, calendar: WorkingCalendar) {
  const why = nonWorkingDay(date, calendar);
  if (why === undefined) return { date };
  if (rule === 'keep') return { date, scheduled: date, nonWorkingDay: why, kept: true };
  const moved = toWorkingDay(date, rule === 'next-working-day' ? 'next' : 'previous', calendar);
  return { date: moved, scheduled: date, nonWorkingDay: why };
}

/**
 * The meetings of one forum inside a range; empty when the forum has no cadence or an
 * event-driven one (check {@link meetingCounts} to tell "none" from "unknown"). A meeting whose
 * date is a weekend, Swedish public holiday or non-working eve is moved by the forum's rule
 * (`onNonWorkingDay`), else the policy's rule, else kept and marked `kept`.
 *
 * @example
 * ```ts
 * import { forumMeetings, parseForumSet } from '@styrkit/governance';
 * const parsed = parseForumSet({
 *   name: 'Forum',
 *   forums: [{ id: 'objektforum', name: 'Objektforum', kind: 'working', cadenceText: '4 ggr per år' }],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const set = parsed.value;
 * set.forums.map((forum) => forumMeetings(forum, { start: '2021-01-01', end: '2021-12-31' }).length); // [4]
 * ```
 */
export function forumMeetings(
  forum: Forum,
  range: DateRange,
  policy: MeetingDayPolicy = {},
): Meeting[] {
  const within = activeRange(forum, range);
  if (forum.cadence === undefined || within === undefined) return [];
  const rule = forum.onNonWorkingDay ?? policy.rule ?? 'keep';
  const calendar = policy.calendar ?? {};
  return occurrences(forum.cadence, within).map((date) => ({
    ...placed(date, rule, calendar),
    forum: forum.id,
    name: forum.name,
    ...(forum.startTime === undefined ? {} : { startTime: forum.startTime }),
    ...(forum.durationMinutes === undefined ? {} : { durationMinutes: forum.durationMinutes }),
  }));
}

/**
 * The meeting calendar of every forum of a set over a period, sorted by date, then start time,
 * then the forum's order in the set. Meetings on non-working days follow the set's and forums'
 * rules (see {@link forumMeetings}); `policy` overrides the set's.
 *
 * @example
 * ```ts
 * import { meetingCalendar, parseForumSet } from '@styrkit/governance';
 * const parsed = parseForumSet({
 *   name: 'Forum',
 *   period: { start: '2021-01-01', end: '2021-12-31' },
 *   onNonWorkingDay: 'next-working-day',
 *   forums: [
 *     { id: 'styrgrupp', name: 'Styrgrupp', kind: 'decision', cadenceText: 'Var 6:e vecka', active: { start: '2021-01-11', end: '2021-12-31' } },
 *     { id: 'objektforum', name: 'Objektforum', kind: 'working', cadenceText: 'Månadsvis' },
 *   ],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const set = parsed.value;
 * const calendar = meetingCalendar(set, { start: '2021-01-01', end: '2021-02-28' });
 * calendar.map((m) => m.forum); // ['objektforum', 'styrgrupp', 'objektforum', 'styrgrupp']
 * // Nyårsdagen (Friday 1 January) moves to Monday 4 January:
 * calendar.map((m) => m.date); // ['2021-01-04', '2021-01-11', '2021-02-01', '2021-02-22']
 * calendar[0]?.scheduled; // '2021-01-01'
 * ```
 */
export function meetingCalendar(
  set: ForumSet,
  range: DateRange,
  policy: MeetingDayPolicy = setPolicy(set),
): Meeting[] {
  requireForumSet(set, 'meetingCalendar');
  const order = new Map(set.forums.map((f, i) => [f.id, i]));
  return set.forums
    .flatMap((forum) => forumMeetings(forum, range, policy))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
        (order.get(a.forum) ?? 0) - (order.get(b.forum) ?? 0),
    );
}

/**
 * How many times each forum meets in a period. `count` is `null` when the forum has no cadence
 * or an event-driven one ("vid behov"): such meetings are unknown, not zero. `atLeast` is the
 * calendar floor of an event-driven cadence ("dock minst 4 gånger per år").
 *
 * @example
 * ```ts
 * import { fiscalYear } from '@styrkit/core';
 * import { meetingCounts, parseForumSet } from '@styrkit/governance';
 * const parsed = parseForumSet({
 *   name: 'Forum',
 *   period: { start: '2021-01-11', end: '2021-12-31' },
 *   forums: [
 *     { id: 'styrgrupp', name: 'Styrgrupp', kind: 'decision', cadenceText: 'Var 6:e vecka' },
 *     { id: 'arbetsgrupp', name: 'Arbetsgrupp', kind: 'working', cadenceText: 'Vid behov, dock minst 4 gånger per år' },
 *     { id: 'taktiskt', name: 'Taktiskt leverantörsforum', kind: 'supplier' },
 *   ],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const set = parsed.value;
 * meetingCounts(set, fiscalYear(2021)).map((c) => c.count); // [9, null, null]
 * meetingCounts(set, fiscalYear(2021))[1]?.atLeast; // 4
 * ```
 */
export function meetingCounts(
  set: ForumSet,
  range: DateRange,
): { forum: string; name: string; count: number | null; atLeast?: number }[] {
  requireForumSet(set, 'meetingCounts');
  return set.forums.map((forum) => {
    const base = { forum: forum.id, name: forum.name };
    if (forum.cadence === undefined) return { ...base, count: null };
    if (isEventDriven(forum.cadence)) {
      const floor = forum.cadence.atLeast;
      const within = activeRange(forum, range);
      return floor === undefined || within === undefined
        ? { ...base, count: null }
        : { ...base, count: null, atLeast: occurrences(floor, within).length };
    }
    return { ...base, count: forumMeetings(forum, range).length };
  });
}
