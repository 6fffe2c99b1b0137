// The README example, kept runnable: same calls, same expected results.
import { describe, expect, it } from 'vitest';
import { fiscalYear } from '@styrkit/core';
import { auditForumSet, forumCalendarIcs, meetingCounts, parseForumSet } from '../index.js';

describe('README example', () => {
  it('works as documented', () => {
    const parsed = parseForumSet({
      name: 'Forum för VSO',
      period: { start: '2021-01-11', end: '2021-12-31' },
      forums: [
        {
          id: 'styrgrupp',
          name: 'Styrgrupp',
          kind: 'decision',
          convener: 'objektledare',
          tasks: ['Prioritera'],
          cadenceText: 'Var 6:e vecka',
        },
        {
          id: 'objektforum',
          name: 'Objektforum',
          kind: 'working',
          convener: 'objektledare',
          tasks: ['Informera'],
          cadenceText: '4 ggr per år',
        },
        { id: 'taktiskt', name: 'Taktiskt leverantörsforum', kind: 'supplier' },
      ],
      onNonWorkingDay: 'next-working-day',
    });
    if (!parsed.ok) throw new Error(parsed.error.map((f) => f.message.en).join('\n'));
    expect(meetingCounts(parsed.value, fiscalYear(2021)).map((c) => c.count)).toEqual([9, 4, null]);
    expect(auditForumSet(parsed.value).map((f) => f.code)).toEqual([
      'governance/forum-missing-cadence',
      'governance/forum-missing-convener',
      'governance/forum-missing-tasks',
      'governance/meeting-moved',
      'governance/meeting-moved',
      'governance/meeting-moved',
    ]);
    const ics = forumCalendarIcs(parsed.value, {
      range: fiscalYear(2021),
      generatedAt: '2021-01-04T08:00:00Z',
    });
    expect(ics.ok && ics.value.startsWith('BEGIN:VCALENDAR')).toBe(true);
  });
});
