// Benchmarks of the governance calculations on synthetic data sized like a large municipality.
// Run: pnpm bench (tsx). Figures are wall-clock medians of several runs on this machine.
import { fiscalYear } from '@styrkit/core';
import {
  auditForumSet,
  auditGateLog,
  auditOrganisation,
  forumCalendarIcs,
  forumLoad,
  meetingCalendar,
  NEEDS_PROCESS,
  parseForumSet,
  parseOrganisation,
  type ForumSet,
  type GateLog,
  type Organisation,
} from '../src/index.js';

function median(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

const ROLES = 300;
const PEOPLE = 1000;
const FORUMS = 200;

const organisation: Organisation = {
  name: 'Bench',
  parties: [{ id: 'verksamhet', name: 'Verksamhet' }],
  roles: Array.from({ length: ROLES }, (_, i) => ({
    id: `r${i}`,
    name: `Roll ${i}`,
    party: 'verksamhet',
  })),
  people: Array.from({ length: PEOPLE }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` })),
  assignments: Array.from({ length: PEOPLE * 2 }, (_, i) => ({
    role: `r${i % ROLES}`,
    person: `p${i % PEOPLE}`,
  })),
};

const cadences = [
  { kind: 'weekly' as const },
  { kind: 'every-n-weeks' as const, weeks: 6, start: '2021-01-11' },
  { kind: 'monthly' as const },
  { kind: 'times-per-year' as const, times: 4 },
];
const forumSet: ForumSet = {
  name: 'Bench',
  forums: Array.from({ length: FORUMS }, (_, i) => ({
    id: `f${i}`,
    name: `Forum ${i}`,
    kind: 'decision' as const,
    convener: `r${i % ROLES}`,
    tasks: ['Besluta'],
    participants: Array.from({ length: 5 }, (_, j) => ({ role: `r${(i * 7 + j) % ROLES}` })),
    cadence: cadences[i % cadences.length]!,
    durationMinutes: 60,
  })),
};

const ITEMS = 2000;
const gateLog: GateLog = {
  name: 'Bench',
  process: NEEDS_PROCESS,
  items: Array.from({ length: ITEMS }, (_, i) => ({
    id: `n${i}`,
    title: `Behov ${i}`,
    history: [
      { from: 'insamling', to: 'grovsallning', date: '2024-01-01', decision: `d${i}a` },
      { from: 'grovsallning', to: 'beredning', date: '2024-02-01', decision: `d${i}b` },
    ],
  })),
  decisions: Array.from({ length: ITEMS }, (_, i) => [
    {
      id: `d${i}a`,
      item: `n${i}`,
      gate: 'bp1',
      date: '2024-01-01',
      outcome: 'advance' as const,
      decidedBy: 'r1',
      kind: 'behov',
    },
    {
      id: `d${i}b`,
      item: `n${i}`,
      gate: 'bp2',
      date: '2024-02-01',
      outcome: 'advance' as const,
      decidedBy: 'r2',
      kind: 'behov',
    },
  ]).flat(),
};

const year = fiscalYear(2021);
// About the size of one maintenance object's forums (Linköping VSO has 7).
const small: ForumSet = { ...forumSet, forums: forumSet.forums.slice(0, 7) };
const meetingsSmall = meetingCalendar(small, year).length;
const tenYears = { start: '2021-01-01', end: '2030-12-31' };
const meetingsYear = meetingCalendar(forumSet, year).length;
const meetingsTen = meetingCalendar(forumSet, tenYears).length;
const rows: [string, number][] = [
  [
    `parseOrganisation (${ROLES} roles, ${PEOPLE} people, ${PEOPLE * 2} assignments)`,
    median(9, () => parseOrganisation(organisation)),
  ],
  [`parseForumSet (${FORUMS} forums)`, median(9, () => parseForumSet(forumSet))],
  [
    `meetingCalendar 1 year (${meetingsYear} meetings)`,
    median(9, () => meetingCalendar(forumSet, year)),
  ],
  [
    `meetingCalendar 10 years (${meetingsTen} meetings)`,
    median(5, () => meetingCalendar(forumSet, tenYears)),
  ],
  [
    `forumLoad 1 year (${PEOPLE} people × ${FORUMS} forums)`,
    median(5, () => forumLoad(organisation, forumSet, year)),
  ],
  [
    `forumCalendarIcs 1 year, 7 forums (${meetingsSmall} events)`,
    median(9, () => forumCalendarIcs(small, { range: year, generatedAt: '2021-01-01T00:00:00Z' })),
  ],
  [
    `forumCalendarIcs 1 year (${meetingsYear} events)`,
    median(5, () =>
      forumCalendarIcs(forumSet, { range: year, generatedAt: '2021-01-01T00:00:00Z' }),
    ),
  ],
  [
    `auditOrganisation + auditForumSet`,
    median(9, () => [auditOrganisation(organisation), auditForumSet(forumSet, organisation)]),
  ],
  [`auditGateLog (${ITEMS} items, ${ITEMS * 2} decisions)`, median(9, () => auditGateLog(gateLog))],
];

console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
for (const [label, ms] of rows) console.log(`${label.padEnd(70)} ${ms.toFixed(1).padStart(8)} ms`);
