// ICS export, parsed back with ical.js and compared with the meeting calendar.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fiscalYear } from '@styrkit/core';
import { meetingCalendar } from '../calendar.js';
import { forumCalendarIcs } from '../ics.js';
import { clone, loadForumSet, loadOrganisation } from './fixtures.js';

const org = loadOrganisation('linkoping-vso-2021/organisation.yaml');
const forums = loadForumSet('linkoping-vso-2021/forums.yaml');
const range = fiscalYear(2021);
const generatedAt = '2021-01-04T08:00:00Z';

function events(ics: string): ICAL.Event[] {
  const component = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

function ics(result: ReturnType<typeof forumCalendarIcs>): string {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('ICS export', () => {
  it('writes one all-day event per objektforum meeting in 2021 (seed :223)', () => {
    const parsed = events(
      ics(forumCalendarIcs(forums, { range, generatedAt, forum: 'objektforum' })),
    );
    const expected = meetingCalendar(forums, range).filter((m) => m.forum === 'objektforum');
    expect(parsed.map((e) => e.startDate.toString())).toEqual(expected.map((m) => m.date));
    expect(parsed).toHaveLength(4);
    const first = parsed[0]!;
    expect(first.summary).toBe('Objektforum');
    expect(first.uid).toBe(`objektforum-${expected[0]!.date}@styrkit.local`);
    expect(first.startDate.isDate).toBe(true);
    expect(first.endDate.toString()).toBe('2021-02-16');
    expect(first.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2021-01-04T08:00:00Z',
    );
  });

  it('exports every meeting of the set: 9 + 52 + 52 + 4 + 6 = 123', () => {
    const parsed = events(ics(forumCalendarIcs(forums, { range, generatedAt })));
    expect(parsed).toHaveLength(meetingCalendar(forums, range).length);
    expect(parsed).toHaveLength(123);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(123);
  });

  it('exports the forums of one person', () => {
    const linda = events(
      ics(
        forumCalendarIcs(forums, {
          range,
          generatedAt,
          person: 'linda-ljungkvist',
          organisation: org,
        }),
      ),
    );
    // Objektägare: styrgrupp (9) and objektforum (4).
    expect(linda).toHaveLength(13);
    expect(new Set(linda.map((e) => e.summary))).toEqual(new Set(['Styrgrupp', 'Objektforum']));
  });

  it('writes timed events in Europe/Stockholm with a VTIMEZONE block', () => {
    const timed = clone(forums);
    timed.forums[0] = { ...timed.forums[0]!, startTime: '09:00', durationMinutes: 90 };
    const text = ics(forumCalendarIcs(timed, { range, generatedAt, forum: 'styrgrupp' }));
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20210111T090000\r\n');
    expect(text).toContain('DTSTAMP:20210104T080000Z');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(zone, 'Europe/Stockholm');
    const all = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const first = all[0]!;
    expect(first.startDate.toString()).toBe('2021-01-11T09:00:00');
    expect(first.startDate.zone.tzid).toBe('Europe/Stockholm');
    // Winter: CET = UTC+1; summer: CEST = UTC+2 (the 2021-06-28 meeting).
    expect(first.startDate.toUnixTime()).toBe(Date.UTC(2021, 0, 11, 8, 0) / 1000);
    const june = all.find((e) => e.startDate.toString() === '2021-06-28T09:00:00');
    expect(june?.startDate.toUnixTime()).toBe(Date.UTC(2021, 5, 28, 7, 0) / 1000);
    expect(first.duration.toSeconds()).toBe(90 * 60);
    expect(first.description).toContain('Prioritera mellan förvaltningsåtgärder');
    ICAL.TimezoneService.remove('Europe/Stockholm');
  });

  it('writes a time without a length as a point in time in Stockholm', () => {
    const timed = clone(forums);
    timed.forums[0] = { ...timed.forums[0]!, startTime: '13:15' };
    const text = ics(forumCalendarIcs(timed, { range, generatedAt, forum: 'styrgrupp' }));
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20210111T131500\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Stockholm:20210111T131500\r\n');
  });

  it('returns an empty calendar when nothing meets, and a finding for a bad timestamp', () => {
    const empty = ics(
      forumCalendarIcs(forums, { range, generatedAt, forum: 'taktiskt-leverantorsforum' }),
    );
    expect(events(empty)).toHaveLength(0);
    const bad = forumCalendarIcs(forums, { range, generatedAt: '2021-01-04 08:00' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error[0]).toMatchObject({
        code: 'governance/invalid-input',
        path: ['generatedAt'],
      });
  });
});

describe('ICS export of synthetic-issue-16/governance-forums.yaml', () => {
  const set = loadForumSet('synthetic-issue-16/governance-forums.yaml');
  const year = { start: '2025-01-01', end: '2025-12-31' };

  it('writes the twelve moved or kept programme meetings at 09:00 Stockholm time, none for event-driven forums', () => {
    const text = ics(forumCalendarIcs(set, { range: year, generatedAt: '2025-01-10T07:45:00Z' }));
    const starts = [...text.matchAll(/DTSTART;TZID=Europe\/Stockholm:(\d{8})T090000/g)].map(
      (m) => m[1],
    );
    expect(starts).toEqual([
      '20250102', // 1 Jan Nyårsdagen
      '20250203', // 1 Feb Saturday
      '20250303', // 1 Mar Saturday
      '20250401',
      '20250502', // 1 May Första maj
      '20250602', // 1 Jun Sunday
      '20250701',
      '20250801',
      '20250901',
      '20251001',
      '20251103', // 1 Nov Alla helgons dag (Saturday)
      '20251201',
    ]);
    expect(text).toContain('UID:programmote-2025-01-01@styrkit.local');
    expect(text.match(/DTSTAMP:20250110T074500Z/g)).toHaveLength(12);
    expect(text).not.toContain('Programstyrgrupp');
  });
});
