import type { Cadence, DateRange, Finding } from '@styrkit/core';
import { governanceCodes } from './codes.js';
import type { Forum, ForumSet, Organisation } from './model.js';

/**
 * The most meetings a forum set's calendar may hold over its period. A period is only bounded
 * by the years a date can write (1000–9999), so an 8 000-year period of weekly forums asked the
 * check, tables and iCalendar export for millions of meetings (a minute of processor time and
 * 2 GB for one check). 20 000 is a weekly forum for 380 years, or 380 weekly forums for a year;
 * a year of a municipality's forums is a few hundred. About 0.3 s of processor time a call.
 *
 * @example
 * ```ts
 * import { MAX_CALENDAR_MEETINGS } from '@styrkit/governance';
 * MAX_CALENDAR_MEETINGS; // 20000
 * ```
 */
export const MAX_CALENDAR_MEETINGS = 20_000;

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** At least as many dates as `occurrences` gives, counted without making them. */
function cadenceBound(cadence: Cadence, range: DateRange): number {
  const days = (dayNumber(range.end) - dayNumber(range.start)) / DAY_MS + 1;
  const years = Number(range.end.slice(0, 4)) - Number(range.start.slice(0, 4)) + 1;
  switch (cadence.kind) {
    case 'weekly':
      return Math.floor(days / 7) + 1;
    case 'every-n-weeks':
      return Math.floor(days / (7 * Math.max(1, cadence.weeks))) + 1;
    case 'monthly':
      return 12 * years;
    case 'quarterly':
      return 4 * years;
    case 'in-months':
      return cadence.months.length * years;
    case 'times-per-year':
      return cadence.times * years;
    case 'event-driven':
      // Only the floor (`atLeast`) has dates: the meeting counts and audits list those.
      return cadence.atLeast === undefined ? 0 : cadenceBound(cadence.atLeast, range);
  }
}

function activeRange(forum: Forum, range: DateRange): DateRange | undefined {
  const start = forum.active && forum.active.start > range.start ? forum.active.start : range.start;
  const end = forum.active && forum.active.end < range.end ? forum.active.end : range.end;
  return start <= end ? { start, end } : undefined;
}

/**
 * An upper bound of the meetings of every forum of a set over a range, counted from the
 * cadences without making a date: what a caller checks against {@link MAX_CALENDAR_MEETINGS}
 * before building a calendar (the forum check, tables and iCalendar export do).
 *
 * @example
 * ```ts
 * import { calendarMeetingBound, parseForumSet } from '@styrkit/governance';
 * const parsed = parseForumSet({
 *   name: 'Forum',
 *   forums: [{ id: 'vecka', name: 'Veckomöte', kind: 'working', cadenceText: 'Varje vecka' }],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * calendarMeetingBound(parsed.value, { start: '2021-01-01', end: '2021-12-31' }); // 53
 * ```
 */
export function calendarMeetingBound(set: ForumSet, range: DateRange): number {
  let total = 0;
  for (const forum of set.forums) {
    const within = activeRange(forum, range);
    if (forum.cadence !== undefined && within !== undefined) {
      total += cadenceBound(forum.cadence, within);
    }
  }
  return total;
}

/**
 * The period a forum set's calendar is built for (its own, else its organisation's), or a
 * `governance/calendar-too-large` finding instead when its meetings could pass
 * {@link MAX_CALENDAR_MEETINGS}; neither when there is no period.
 */
export function calendarPeriod(
  set: ForumSet,
  org: Organisation | undefined,
): { period?: DateRange; finding?: Finding } {
  const period = set.period ?? org?.period;
  if (period === undefined) return {};
  const meetings = calendarMeetingBound(set, period);
  if (meetings <= MAX_CALENDAR_MEETINGS) return { period };
  return {
    finding: governanceCodes.create('governance/calendar-too-large', {
      // The organisation's period is in another document: the set's link to it is the place.
      path: set.period === undefined ? ['organisation'] : ['period'],
      data: { start: period.start, end: period.end, meetings, max: MAX_CALENDAR_MEETINGS },
      expected: `<= ${String(MAX_CALENDAR_MEETINGS)} meetings`,
      actual: String(meetings),
    }),
  };
}
