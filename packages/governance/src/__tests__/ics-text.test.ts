// The iCalendar writer (ics-text.ts) on its own, and the export against the `ics` package it
// replaced (a dev dependency kept for this comparison only): the same content lines for the
// Linköping forum set (all-day meetings, seed forums.yaml) and for the synthetic set with timed
// meetings (synthetic-issue-16/governance-forums.yaml), line folding aside.
import fc from 'fast-check';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { describe, expect, it } from 'vitest';
import { fiscalYear } from '@styrkit/core';
import { forumMeetings, setPolicy } from '../calendar.js';
import { forumCalendarIcs } from '../ics.js';
import { escapeIcsText, foldIcsLine, ICS_LINE_OCTETS } from '../ics-text.js';
import type { ForumSet } from '../model.js';
import { loadForumSet } from './fixtures.js';

/**
 * Any code point, lone surrogates included: the domain of fast-check's `unit: 'binary'`, whose
 * first use builds tables for ~2 s (a minute on a loaded CI machine, past the test timeout).
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

const utf8 = new TextEncoder();
/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (text: string): string => text.replace(/\r\n[ \t]/g, '');

describe('foldIcsLine', () => {
  it('property: lines of at most 75 octets that unfold to the input, characters never split', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 200 }), (text) => {
        const folded = foldIcsLine(`DESCRIPTION:${text}`);
        expect(folded.endsWith('\r\n')).toBe(true);
        const lines = folded.slice(0, -2).split('\r\n');
        for (const line of lines)
          expect(utf8.encode(line).length).toBeLessThanOrEqual(ICS_LINE_OCTETS);
        expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
        expect(unfold(folded.slice(0, -2))).toBe(`DESCRIPTION:${text}`);
      }),
      { numRuns: 300 },
    );
  });

  it('counts Swedish letters as two octets', () => {
    const lines = foldIcsLine(`SUMMARY:${'å'.repeat(40)}`).split('\r\n');
    expect(lines[0]).toBe(`SUMMARY:${'å'.repeat(33)}`); // 8 + 66 octets; one more would be 76
    expect(lines[1]).toBe(` ${'å'.repeat(7)}`);
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11)', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

/** The export as the `ics` package wrote it before (ics.ts before the writer), for comparison. */
function viaIcsPackage(
  set: ForumSet,
  range: { start: string; end: string },
  stamp: string,
): string {
  const day = (d: string): [number, number, number] => [
    +d.slice(0, 4),
    +d.slice(5, 7),
    +d.slice(8, 10),
  ];
  const events: EventAttributes[] = set.forums.flatMap((forum) =>
    forumMeetings(forum, range, setPolicy(set)).map((m): EventAttributes => {
      const base = {
        uid: `${forum.id}-${m.scheduled ?? m.date}@styrkit.local`,
        title: forum.name,
        ...(forum.tasks === undefined ? {} : { description: forum.tasks.join('\n') }),
        categories: [forum.kind],
        timestamp: stamp,
      };
      if (m.startTime === undefined) {
        const [y, mo, d] = day(m.date);
        const next = new Date(Date.UTC(y, mo - 1, d));
        next.setUTCDate(next.getUTCDate() + 1);
        return {
          ...base,
          start: day(m.date),
          end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
        };
      }
      const [h, min] = m.startTime.split(':').map(Number);
      const start: DateArray = [...day(m.date), h ?? 0, min ?? 0];
      const local = { startInputType: 'local', startOutputType: 'local' } as const;
      return m.durationMinutes === undefined
        ? { ...base, ...local, start, end: start, endInputType: 'local', endOutputType: 'local' }
        : { ...base, ...local, start, duration: { minutes: m.durationMinutes } };
    }),
  );
  const r = createEvents(events, { productId: 'styrkit/governance', method: 'PUBLISH' });
  if (r.value === null) throw new Error(String(r.error));
  return r.value.replace(/^(DTSTART|DTEND):(\d{8}T\d{6})\r$/gm, '$1;TZID=Europe/Stockholm:$2\r');
}

/** Content lines of a calendar, unfolded, VTIMEZONE block left out (the old code added it). */
function contentLines(text: string): string[] {
  const lines = unfold(text)
    .split('\r\n')
    .filter((l) => l !== '');
  const from = lines.indexOf('BEGIN:VTIMEZONE');
  return from < 0
    ? lines
    : [...lines.slice(0, from), ...lines.slice(lines.indexOf('END:VTIMEZONE') + 1)];
}

describe('the export writes what the ics package wrote', () => {
  const cases = [
    ['linkoping-vso-2021/forums.yaml', fiscalYear(2021), '20210104T080000Z'],
    ['synthetic-issue-16/governance-forums.yaml', fiscalYear(2025), '20250110T074500Z'],
  ] as const;
  for (const [file, range, stamp] of cases) {
    it(`${file}: the same content lines`, () => {
      const set = loadForumSet(file);
      const generatedAt = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
      const ours = forumCalendarIcs(set, { range, generatedAt });
      if (!ours.ok) throw new Error(JSON.stringify(ours.error));
      const theirs = viaIcsPackage(set, range, stamp);
      expect(contentLines(ours.value)).toEqual(contentLines(theirs));
      expect(contentLines(ours.value).filter((l) => l === 'BEGIN:VEVENT').length).toBeGreaterThan(
        10,
      );
    });
  }
});
