import type { DateRange, Finding } from '@styrkit/core';
import { forumMeetings, setPolicy, type Meeting, type MeetingDayPolicy } from './calendar.js';
import { governanceCodes } from './codes.js';
import type { ForumSet } from './model.js';
import type { NonWorkingDay } from './workdays.js';

const weekdayNames = {
  saturday: { sv: 'en lördag', en: 'a Saturday' },
  sunday: { sv: 'en söndag', en: 'a Sunday' },
} as const;

/**
 * Why a day is not a working day, in words: "Annandag påsk", "en lördag".
 *
 * @example
 * ```ts
 * import { describeNonWorkingDay } from '@styrkit/governance';
 * describeNonWorkingDay({ kind: 'weekend', day: 'sunday' }, 'en'); // 'a Sunday'
 * ```
 */
export function describeNonWorkingDay(day: NonWorkingDay, locale: 'sv' | 'en' = 'sv'): string {
  if (day.kind === 'holiday') return day.holiday.name[locale];
  if (day.kind === 'weekend') return weekdayNames[day.day][locale];
  return locale === 'sv' ? 'en lokal ledig dag' : 'a local non-working day';
}

function finding(meeting: Meeting, index: number, why: NonWorkingDay): Finding {
  const at = meeting.scheduled ?? meeting.date;
  const day = { sv: describeNonWorkingDay(why, 'sv'), en: describeNonWorkingDay(why, 'en') };
  const path = ['forums', index, 'cadence'];
  if (meeting.kept === true) {
    return governanceCodes.create('governance/meeting-on-non-working-day', {
      path,
      data: { name: meeting.name, at, day },
      expected: 'arbetsdag / working day',
      actual: `${at} (${day.sv})`,
    });
  }
  return governanceCodes.create('governance/meeting-moved', {
    path,
    data: { name: meeting.name, at, day, date: meeting.date },
    expected: meeting.date,
    actual: at,
  });
}

/**
 * Audits the meeting days of a forum set over a period: a meeting the cadence puts on a weekend,
 * Swedish public holiday or non-working eve is a warning when it stays there (rule `keep` or no
 * rule) and an info naming the new date when a rule moves it. Event-driven cadences have no
 * dates and give nothing.
 *
 * @example
 * ```ts
 * import { auditMeetingDays, parseForumSet } from '@styrkit/governance';
 * const parsed = parseForumSet({
 *   name: 'Forum',
 *   period: { start: '2024-01-01', end: '2024-12-31' },
 *   forums: [{ id: 'objektforum', name: 'Objektforum', kind: 'working', cadenceText: 'Månadsvis' }],
 * });
 * if (!parsed.ok) throw new Error('invalid');
 * const set = parsed.value;
 * auditMeetingDays(set, { start: '2024-01-01', end: '2024-03-31' }).map((f) => f.code); // ['governance/meeting-on-non-working-day']
 * ```
 */
export function auditMeetingDays(
  set: ForumSet,
  range: DateRange,
  policy: MeetingDayPolicy = setPolicy(set),
): Finding[] {
  return set.forums.flatMap((forum, i) =>
    forumMeetings(forum, range, policy).flatMap((m) =>
      m.nonWorkingDay === undefined ? [] : [finding(m, i, m.nonWorkingDay)],
    ),
  );
}
