import { occurrences } from '@styrkit/core';
import type { DateRange, IsoDate } from '@styrkit/core';
import type { Forum, ForumSet } from './model.js';

/**
 * One meeting of a forum on a date.
 *
 * @example
 * ```ts
 * const m: Meeting = { date: '2021-01-11', forum: 'styrgrupp', name: 'Styrgrupp' };
 * ```
 */
export interface Meeting {
  /** Meeting date. */
  readonly date: IsoDate;
  /** Forum id. */
  readonly forum: string;
  /** Forum name (Swedish). */
  readonly name: string;
  /** Start time HH:MM when the forum has one. */
  readonly startTime?: string;
  /** Length in minutes when the forum has one. */
  readonly durationMinutes?: number;
}

/** The part of a range in which the forum exists (its `active` period, if any). */
function activeRange(forum: Forum, range: DateRange): DateRange | undefined {
  const start = forum.active && forum.active.start > range.start ? forum.active.start : range.start;
  const end = forum.active && forum.active.end < range.end ? forum.active.end : range.end;
  return start <= end ? { start, end } : undefined;
}

/**
 * The meetings of one forum inside a range; empty when the forum has no cadence (check
 * {@link meetingCounts} to tell "none" from "unknown").
 *
 * @example
 * ```ts
 * forumMeetings(forum, { start: '2021-01-01', end: '2021-12-31' }).length; // 4 for "4 ggr per år"
 * ```
 */
export function forumMeetings(forum: Forum, range: DateRange): Meeting[] {
  const within = activeRange(forum, range);
  if (forum.cadence === undefined || within === undefined) return [];
  return occurrences(forum.cadence, within).map((date) => ({
    date,
    forum: forum.id,
    name: forum.name,
    ...(forum.startTime === undefined ? {} : { startTime: forum.startTime }),
    ...(forum.durationMinutes === undefined ? {} : { durationMinutes: forum.durationMinutes }),
  }));
}

/**
 * The meeting calendar of every forum of a set over a period, sorted by date, then start time,
 * then the forum's order in the set.
 *
 * @example
 * ```ts
 * meetingCalendar(set, { start: '2021-01-01', end: '2021-01-31' })[0]?.date; // '2021-01-04'
 * ```
 */
export function meetingCalendar(set: ForumSet, range: DateRange): Meeting[] {
  const order = new Map(set.forums.map((f, i) => [f.id, i]));
  return set.forums
    .flatMap((forum) => forumMeetings(forum, range))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
        (order.get(a.forum) ?? 0) - (order.get(b.forum) ?? 0),
    );
}

/**
 * How many times each forum meets in a period. `count` is `null` when the forum has no cadence:
 * an undefined forum's meetings are unknown, not zero.
 *
 * @example
 * ```ts
 * meetingCounts(set, fiscalYear(2021)).map((c) => c.count); // [9, 52, 52, 4, 6, null, null]
 * ```
 */
export function meetingCounts(
  set: ForumSet,
  range: DateRange,
): { forum: string; name: string; count: number | null }[] {
  return set.forums.map((forum) => ({
    forum: forum.id,
    name: forum.name,
    count: forum.cadence === undefined ? null : forumMeetings(forum, range).length,
  }));
}
