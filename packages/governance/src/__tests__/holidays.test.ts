// Swedish holidays against a hand list, the Göteborg 2024 calendar as a golden test, and
// properties of moved meetings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYear } from '@styrkit/core';
import { auditMeetingDays } from '../audit-meeting-days.js';
import { meetingCalendar } from '../calendar.js';
import { easterSunday, swedishHolidays } from '../holidays.js';
import type { Forum, ForumSet } from '../model.js';
import { isWorkingDay, nonWorkingDay, toWorkingDay } from '../workdays.js';
import { clone, loadForumSet } from './fixtures.js';

describe('Swedish holidays', () => {
  it('gives the 13 public holidays and 3 eves of 2024 (hand list, almanac)', () => {
    expect(swedishHolidays(2024).map((h) => `${h.date} ${h.name.sv}`)).toEqual([
      '2024-01-01 Nyårsdagen',
      '2024-01-06 Trettondedag jul',
      '2024-03-29 Långfredagen',
      '2024-03-31 Påskdagen',
      '2024-04-01 Annandag påsk',
      '2024-05-01 Första maj',
      '2024-05-09 Kristi himmelsfärdsdag',
      '2024-05-19 Pingstdagen',
      '2024-06-06 Nationaldagen',
      '2024-06-21 Midsommarafton',
      '2024-06-22 Midsommardagen',
      '2024-11-02 Alla helgons dag',
      '2024-12-24 Julafton',
      '2024-12-25 Juldagen',
      '2024-12-26 Annandag jul',
      '2024-12-31 Nyårsafton',
    ]);
    expect(swedishHolidays(2024, { eves: [] })).toHaveLength(13);
    expect(swedishHolidays(2024, { eves: ['julafton'] }).filter((h) => h.kind === 'eve')).toEqual([
      {
        date: '2024-12-24',
        id: 'julafton',
        name: { sv: 'Julafton', en: 'Christmas Eve' },
        kind: 'eve',
      },
    ]);
  });

  it('computes Easter Sunday (known dates 2019–2030, the earliest and latest cases)', () => {
    const known: Record<number, string> = {
      2019: '2019-04-21',
      2020: '2020-04-12',
      2021: '2021-04-04',
      2022: '2022-04-17',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2285: '2285-03-22',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('property: Easter is a Sunday from 22 March to 25 April; midsummer and All Saints are Saturdays', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), (year) => {
        const easter = easterSunday(year);
        expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        const byId = new Map(swedishHolidays(year).map((h) => [h.id, h.date]));
        const saturday = (d: string | undefined) => new Date(`${d}T00:00:00Z`).getUTCDay() === 6;
        expect(saturday(byId.get('midsommardagen'))).toBe(true);
        expect(byId.get('midsommardagen')! >= `${year}-06-20`).toBe(true);
        expect(byId.get('midsommardagen')! <= `${year}-06-26`).toBe(true);
        expect(saturday(byId.get('alla-helgons-dag'))).toBe(true);
        expect(byId.get('alla-helgons-dag')! >= `${year}-10-31`).toBe(true);
        expect(byId.get('alla-helgons-dag')! <= `${year}-11-06`).toBe(true);
        expect(byId.size).toBe(16);
      }),
    );
  });

  it('tells working days from weekends, holidays, eves and extra days', () => {
    expect(nonWorkingDay('2024-04-01')).toMatchObject({
      kind: 'holiday',
      holiday: { id: 'annandag-pask' },
    });
    expect(nonWorkingDay('2024-03-31')).toMatchObject({ kind: 'holiday' }); // a Sunday, but Påskdagen
    expect(nonWorkingDay('2024-06-01')).toEqual({ kind: 'weekend', day: 'saturday' });
    expect(nonWorkingDay('2024-05-10', { extraDays: ['2024-05-10'] })).toEqual({
      kind: 'extra-day',
    });
    expect(isWorkingDay('2024-12-24')).toBe(false);
    expect(isWorkingDay('2024-12-24', { eves: [] })).toBe(true);
    expect(toWorkingDay('2024-03-29', 'next')).toBe('2024-04-02');
    expect(toWorkingDay('2024-04-01', 'previous')).toBe('2024-03-28');
    expect(toWorkingDay('2024-12-24', 'next')).toBe('2024-12-27');
    expect(toWorkingDay('2024-12-31', 'next')).toBe('2025-01-02');
    expect(toWorkingDay('2024-06-03', 'next')).toBe('2024-06-03');
  });
});

describe('Göteborg 2024 meeting calendar (goteborg-avo-2024/governance-forums.yaml)', () => {
  const forums = loadForumSet('goteborg-avo-2024/governance-forums.yaml');
  const year = fiscalYear(2024);

  it('has 8 meetings on public holidays and 6 on weekends as the cadences fall', () => {
    // Two monthly forums on the 1st (24 meetings), quarterly on the 1st (4), mars/aug/nov (3).
    const kept = meetingCalendar(forums, year).filter((m) => m.nonWorkingDay !== undefined);
    expect(kept.every((m) => m.kept === true && m.scheduled === m.date)).toBe(true);
    const holidays = kept.filter((m) => m.nonWorkingDay?.kind === 'holiday');
    const weekends = kept.filter((m) => m.nonWorkingDay?.kind === 'weekend');
    expect(holidays.map((m) => `${m.forum} ${m.date}`)).toEqual([
      'strategiska-dialoger 2024-01-01', // Nyårsdagen
      'prioriteringsforum 2024-01-01',
      'forvaltningsledning-uppfoljning 2024-01-01',
      'strategiska-dialoger 2024-04-01', // Annandag påsk
      'prioriteringsforum 2024-04-01',
      'forvaltningsledning-uppfoljning 2024-04-01',
      'strategiska-dialoger 2024-05-01', // Första maj
      'prioriteringsforum 2024-05-01',
    ]);
    expect(weekends.map((m) => `${m.forum} ${m.date}`)).toEqual([
      'strategiska-dialoger 2024-06-01', // lördag
      'prioriteringsforum 2024-06-01',
      'strategiska-dialoger 2024-09-01', // söndag
      'prioriteringsforum 2024-09-01',
      'strategiska-dialoger 2024-12-01', // söndag
      'prioriteringsforum 2024-12-01',
    ]);
    const findings = auditMeetingDays(forums, year);
    expect(findings).toHaveLength(14);
    expect(findings.every((f) => f.code === 'governance/meeting-on-non-working-day')).toBe(true);
    expect(findings[0]?.message).toEqual({
      sv: 'Strategiska månadsmöten med avdelningarna: mötet 2024-01-01 infaller på Nyårsdagen och har ingen regel för flytt.',
      en: "Strategiska månadsmöten med avdelningarna: the meeting on 2024-01-01 falls on New Year's Day and no rule moves it.",
    });
  });

  it('moves them to the next working day under that rule (golden)', () => {
    const moved = { ...clone(forums), onNonWorkingDay: 'next-working-day' as const };
    const calendar = meetingCalendar(moved, year);
    const moves = calendar
      .filter((m) => m.scheduled !== undefined)
      .map((m) => `${m.forum} ${m.scheduled} → ${m.date}`);
    expect(moves).toEqual([
      'strategiska-dialoger 2024-01-01 → 2024-01-02',
      'prioriteringsforum 2024-01-01 → 2024-01-02',
      'forvaltningsledning-uppfoljning 2024-01-01 → 2024-01-02',
      'strategiska-dialoger 2024-04-01 → 2024-04-02',
      'prioriteringsforum 2024-04-01 → 2024-04-02',
      'forvaltningsledning-uppfoljning 2024-04-01 → 2024-04-02',
      'strategiska-dialoger 2024-05-01 → 2024-05-02',
      'prioriteringsforum 2024-05-01 → 2024-05-02',
      'strategiska-dialoger 2024-06-01 → 2024-06-03',
      'prioriteringsforum 2024-06-01 → 2024-06-03',
      'strategiska-dialoger 2024-09-01 → 2024-09-02',
      'prioriteringsforum 2024-09-01 → 2024-09-02',
      'strategiska-dialoger 2024-12-01 → 2024-12-02',
      'prioriteringsforum 2024-12-01 → 2024-12-02',
    ]);
    expect(calendar.every((m) => isWorkingDay(m.date))).toBe(true);
    const findings = auditMeetingDays(moved, year);
    expect(findings.every((f) => f.code === 'governance/meeting-moved')).toBe(true);
    expect(findings.find((f) => f.actual === '2024-06-01')).toMatchObject({
      severity: 'info',
      expected: '2024-06-03',
      actual: '2024-06-01',
      path: ['forums', 0, 'cadence'],
    });
  });

  it('moves to the previous working day, per forum, or keeps a forum that says keep', () => {
    const set = clone(forums);
    set.onNonWorkingDay = 'previous-working-day';
    set.forums[2] = { ...set.forums[2]!, onNonWorkingDay: 'keep' };
    const calendar = meetingCalendar(set, year);
    const dialog = calendar.filter((m) => m.forum === 'strategiska-dialoger');
    // 2024-01-01 → 2023-12-29 (Nyårsafton is an eve, 30–31 Dec a weekend … 29 Dec is a Friday).
    expect(dialog[0]).toMatchObject({ date: '2023-12-29', scheduled: '2024-01-01' });
    expect(dialog.find((m) => m.scheduled === '2024-04-01')?.date).toBe('2024-03-28');
    const quarterly = calendar.filter((m) => m.forum === 'forvaltningsledning-uppfoljning');
    expect(quarterly.filter((m) => m.kept === true).map((m) => m.date)).toEqual([
      '2024-01-01',
      '2024-04-01',
    ]);
  });

  it('property: a moved meeting is never on a weekend, holiday or configured eve', () => {
    const rule = fc.constantFrom('next-working-day' as const, 'previous-working-day' as const);
    const eves = fc.subarray(['midsommarafton', 'julafton', 'nyarsafton'] as const);
    const cadence = fc.oneof(
      fc.record({ kind: fc.constant('monthly' as const), day: fc.integer({ min: 1, max: 31 }) }),
      fc.record({
        kind: fc.constant('weekly' as const),
        weekday: fc.constantFrom(1, 2, 3, 4, 5, 6, 7 as const),
      }),
      fc.record({
        kind: fc.constant('times-per-year' as const),
        times: fc.integer({ min: 1, max: 24 }),
      }),
    );
    fc.assert(
      fc.property(rule, eves, cadence, fc.integer({ min: 2000, max: 2100 }), (r, e, c, y) => {
        const forum: Forum = {
          id: 'f',
          name: 'F',
          kind: 'working',
          cadence: c,
        };
        const set: ForumSet = {
          name: 'S',
          forums: [forum],
          onNonWorkingDay: r,
          workingCalendar: { eves: [...e] },
        };
        const calendar = meetingCalendar(set, fiscalYear(y));
        for (const m of calendar) {
          expect(isWorkingDay(m.date, { eves: [...e] })).toBe(true);
          if (m.scheduled !== undefined) {
            expect(isWorkingDay(m.scheduled, { eves: [...e] })).toBe(false);
            expect(r === 'next-working-day' ? m.date > m.scheduled : m.date < m.scheduled).toBe(
              true,
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
