// Property tests: fuzzed input never crashes parse or audit; calendar, load, RACI and gate invariants.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Cadence } from '@styrkit/core';
import { auditForumSet, auditGateLog, auditOrganisation, auditRaci } from '../audit.js';
import { meetingCalendar, meetingCounts } from '../calendar.js';
import { allowedTransitions } from '../gates.js';
import { forumCalendarIcs } from '../ics.js';
import { forumLoad } from '../load.js';
import type { ForumSet, GateLog, Organisation, Raci } from '../model.js';
import { parseForumSet, parseGateLog, parseOrganisation, parseRaci } from '../parse.js';
import { NEEDS_PROCESS } from '../processes.js';
import { holdersOf, rolesOf } from '../roles.js';

const isoDate = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const range = fc.tuple(isoDate, fc.integer({ min: 0, max: 500 })).map(([start, days]) => {
  const end = new Date(`${start}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + days);
  return { start, end: end.toISOString().slice(0, 10) };
});

const cadence: fc.Arbitrary<Cadence> = fc.oneof(
  fc.constantFrom(1, 2, 3, 4, 5, 6, 7).map((weekday) => ({ kind: 'weekly' as const, weekday })),
  fc.record({
    kind: fc.constant('every-n-weeks' as const),
    weeks: fc.integer({ min: 1, max: 8 }),
    start: isoDate,
  }),
  fc.integer({ min: 1, max: 31 }).map((day) => ({ kind: 'monthly' as const, day })),
  fc.constant({ kind: 'quarterly' as const }),
  fc.integer({ min: 1, max: 12 }).map((times) => ({ kind: 'times-per-year' as const, times })),
  fc
    .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 })
    .map((months) => ({ kind: 'in-months' as const, months })),
);

const roleIds = ['r1', 'r2', 'r3', 'r4'];
const personIds = ['p1', 'p2', 'p3'];

const organisation: fc.Arbitrary<Organisation> = fc
  .array(fc.record({ role: fc.constantFrom(...roleIds), person: fc.constantFrom(...personIds) }), {
    maxLength: 8,
  })
  .map((assignments) => ({
    name: 'Org',
    parties: [],
    roles: roleIds.map((id) => ({ id, name: id.toUpperCase() })),
    people: personIds.map((id) => ({ id, name: id.toUpperCase() })),
    assignments,
  }));

const forumSet: fc.Arbitrary<ForumSet> = fc
  .array(
    fc.record({
      cadence: fc.option(cadence, { nil: undefined }),
      participants: fc.subarray(roleIds),
      convener: fc.option(fc.constantFrom(...roleIds), { nil: undefined }),
    }),
    { maxLength: 4 },
  )
  .map((forums) => ({
    name: 'Forum',
    forums: forums.map((f, i) => ({
      id: `f${i}`,
      name: `Forum ${i}`,
      kind: 'working' as const,
      participants: f.participants.map((role) => ({ role })),
      ...(f.cadence === undefined ? {} : { cadence: f.cadence }),
      ...(f.convener === undefined ? {} : { convener: f.convener }),
    })),
  }));

describe('fuzzed input never crashes parse or audit', () => {
  it('holds for arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const org = parseOrganisation(input);
        const set = parseForumSet(input);
        const raci = parseRaci(input);
        const log = parseGateLog(input);
        if (org.ok) auditOrganisation(org.value);
        if (set.ok) auditForumSet(set.value);
        if (raci.ok) auditRaci(raci.value);
        if (log.ok) auditGateLog(log.value);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for near-valid forum sets with random strings in every slot', () => {
    const slot = fc.oneof(fc.string(), fc.integer(), fc.constant(null), isoDate);
    fc.assert(
      fc.property(slot, slot, slot, slot, (a, b, c, d) => {
        const r = parseForumSet({
          name: 'S',
          period: { start: a, end: '2021-12-31' },
          forums: [
            {
              id: 'f',
              name: 'F',
              kind: 'working',
              cadenceText: b,
              startTime: c,
              active: { start: d, end: d },
            },
          ],
        });
        if (r.ok) {
          auditForumSet(r.value);
          meetingCalendar(r.value, { start: '2021-01-01', end: '2021-12-31' });
        } else {
          expect(r.error.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('calendar and load invariants', () => {
  it('meetings are sorted, inside the range and add up to the counts', () => {
    fc.assert(
      fc.property(forumSet, range, (set, r) => {
        const calendar = meetingCalendar(set, r);
        const counts = meetingCounts(set, r);
        expect(calendar.length).toBe(counts.reduce((n, c) => n + (c.count ?? 0), 0));
        for (const [i, m] of calendar.entries()) {
          expect(m.date >= r.start && m.date <= r.end).toBe(true);
          if (i > 0) expect(calendar[i - 1]!.date <= m.date).toBe(true);
        }
        counts.forEach((c, i) => {
          expect(c.count === null).toBe(set.forums[i]?.cadence === undefined);
        });
      }),
    );
  });

  it('a person meets exactly the meetings of the forums they sit in', () => {
    fc.assert(
      fc.property(organisation, forumSet, range, (org, set, r) => {
        const counts = new Map(meetingCounts(set, r).map((c) => [c.forum, c.count ?? 0]));
        for (const load of forumLoad(org, set, r)) {
          const expected = load.forums.reduce((n, f) => n + (counts.get(f) ?? 0), 0);
          expect(load.meetings).toBe(expected);
          expect(load.minutes.unknownCount).toBe(load.meetings);
        }
      }),
    );
  });

  it('holdersOf and rolesOf agree', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        for (const role of roleIds) {
          for (const person of personIds) {
            const holds = holdersOf(org, role).some((p) => p.id === person);
            expect(rolesOf(org, person).some((r) => r.id === role)).toBe(holds);
          }
        }
      }),
    );
  });

  it('the ICS export has one event per meeting', () => {
    fc.assert(
      fc.property(forumSet, range, (set, r) => {
        const result = forumCalendarIcs(set, { range: r, generatedAt: '2021-01-01T00:00:00Z' });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const component = new ICAL.Component(ICAL.parse(result.value) as unknown[]);
        expect(component.getAllSubcomponents('vevent')).toHaveLength(
          meetingCalendar(set, r).length,
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('RACI and gate invariants', () => {
  it('a RACI row is flagged exactly when it lacks one A or any R', () => {
    const cell = fc.subarray(['R', 'A', 'C', 'I'], { minLength: 1 }).map((l) => l.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom(...roleIds), cell), { maxLength: 5 }),
        (rows) => {
          const raci: Raci = {
            name: 'R',
            roles: roleIds,
            rows: rows.map((cells, i) => ({ id: `row${i}`, label: `Rad ${i}`, cells })),
          };
          const findings = auditRaci(raci);
          rows.forEach((cells, i) => {
            const values = Object.values(cells);
            const a = values.filter((c) => c.includes('A')).length;
            const rowFindings = findings.filter((f) => f.path[1] === i).map((f) => f.code);
            expect(rowFindings.includes('governance/raci-accountable-count')).toBe(a !== 1);
            expect(rowFindings.includes('governance/raci-missing-responsible')).toBe(
              !values.some((c) => c.includes('R')),
            );
          });
        },
      ),
    );
  });

  it('a walk through the needs process with a decision per gate audits clean; dropping one is found', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        fc.nat(),
        (choices, drop) => {
          let state = NEEDS_PROCESS.initial;
          const log: GateLog = {
            name: 'G',
            process: NEEDS_PROCESS,
            items: [{ id: 'n', title: 'N', history: [] }],
            decisions: [],
          };
          for (const [i, choice] of choices.entries()) {
            const options = allowedTransitions(NEEDS_PROCESS, state);
            const t = options[choice % Math.max(options.length, 1)];
            if (t === undefined) break;
            log.items[0]!.history.push({
              from: t.from,
              to: t.to,
              date: '2024-01-01',
              decision: `d${i}`,
            });
            log.decisions.push({
              id: `d${i}`,
              item: 'n',
              date: '2024-01-01',
              outcome: t.outcome,
              decidedBy: 'x',
              kind: 'behov',
              ...(t.gate === undefined ? {} : { gate: t.gate }),
            });
            state = t.to;
          }
          expect(auditGateLog(log)).toEqual([]);
          const history = log.items[0]!.history;
          if (history.length === 0) return;
          delete history[drop % history.length]!.decision;
          expect(auditGateLog(log).map((f) => f.code)).toEqual([
            'governance/gate-without-decision',
          ]);
        },
      ),
    );
  });
});
