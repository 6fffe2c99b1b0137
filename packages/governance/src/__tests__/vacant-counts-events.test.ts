// Vacant roles, stated counts and event-driven cadences: hand-made cases.
import { describe, expect, it } from 'vitest';
import { fiscalYear } from '@styrkit/core';
import { auditForumSet, auditGateLog, auditOrganisation } from '../audit.js';
import { meetingCalendar, meetingCounts } from '../calendar.js';
import { forumCalendarIcs } from '../ics.js';
import { parseForumSet, parseGateLog, parseOrganisation } from '../parse.js';
import { PPS_PHASE_PROCESS } from '../processes.js';
import { checkStatedCounts, statedCountValue } from '../stated-counts.js';
import { forumTable } from '../tables.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const org = value(
  parseOrganisation({
    name: 'Programmet',
    parties: [],
    roles: [
      { id: 'programagare', name: 'Programägare' },
      { id: 'programledare', name: 'Programledare', vacant: true },
      { id: 'controller', name: 'Controller', vacant: true },
    ],
    people: [{ id: 'eva', name: 'Eva Ek' }],
    assignments: [
      { role: 'programagare', person: 'eva' },
      { role: 'controller', person: 'eva' },
    ],
    statedCounts: [
      { of: 'roles', text: 'tre roller', source: 'programplan.txt:40' },
      { of: 'people', text: 'två personer' },
    ],
  }),
);

describe('vacant roles', () => {
  it('reports a vacant role as vacant (info), not as a role without person', () => {
    const findings = auditOrganisation(org);
    expect(findings.filter((f) => f.code === 'governance/role-unassigned')).toEqual([]);
    expect(findings.find((f) => f.code === 'governance/role-vacant')).toMatchObject({
      severity: 'info',
      path: ['roles', 1],
      message: { sv: 'Rollen "Programledare" är vakant.', en: 'Role "Programledare" is vacant.' },
    });
    // Stated vacant, yet Eva holds it: a warning.
    expect(findings.find((f) => f.code === 'governance/vacant-role-duty')).toMatchObject({
      severity: 'warning',
      path: ['roles', 2, 'vacant'],
    });
  });

  it('warns when a vacant role convenes a forum', () => {
    const set = value(
      parseForumSet({
        name: 'Forum',
        forums: [
          {
            id: 'programrad',
            name: 'Programråd',
            kind: 'decision',
            convener: 'programledare',
            tasks: ['Besluta'],
            cadenceText: 'Vid beslutspunkterna',
          },
        ],
      }),
    );
    expect(auditForumSet(set, org).map((f) => [f.code, f.severity])).toEqual([
      ['governance/vacant-role-duty', 'warning'],
    ]);
  });
});

describe('stated counts', () => {
  it('reads the number from the text and checks it against the model', () => {
    expect(statedCountValue({ of: 'gates', text: 'Fem beslutspunkter' })).toBe(5);
    expect(statedCountValue({ of: 'gates', text: '12 beslutspunkter' })).toBe(12);
    expect(statedCountValue({ of: 'gates', count: 3, text: 'tre' })).toBe(3);
    const findings = auditOrganisation(org).filter((f) => f.code.startsWith('governance/stated'));
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'governance/stated-count-mismatch',
        path: ['statedCounts', 1],
        expected: '1',
        actual: '2',
        message: {
          sv: 'Texten anger 2 personer ("två personer"), men dokumentet har 1.',
          en: 'The text states 2 people ("två personer"), but the document has 1.',
        },
      }),
    ]);
    expect(checkStatedCounts([{ of: 'risks', text: 'många risker' }], { risks: 3 })[0]?.code).toBe(
      'governance/stated-count-unreadable',
    );
  });

  it('checks "fyra beslutspunkter" against the gates of a gate log (PPS has five)', () => {
    const log = value(
      parseGateLog({
        name: 'Programmets beslutspunkter',
        process: PPS_PHASE_PROCESS,
        items: [],
        decisions: [],
        statedCounts: [{ of: 'gates', text: 'fyra beslutspunkter', source: 'programplan.txt:12' }],
      }),
    );
    const gates = new Set(PPS_PHASE_PROCESS.transitions.flatMap((t) => (t.gate ? [t.gate] : [])));
    for (const g of PPS_PHASE_PROCESS.gates ?? []) gates.add(g.id);
    expect(gates.size).toBe(5);
    const f = auditGateLog(log).find((x) => x.code === 'governance/stated-count-mismatch');
    expect(f).toMatchObject({
      expected: String(gates.size),
      actual: '4',
      source: { note: 'programplan.txt:12' },
    });
  });
});

describe('event-driven cadences in forums', () => {
  const set = value(
    parseForumSet({
      name: 'Forum',
      period: { start: '2024-01-01', end: '2024-12-31' },
      forums: [
        {
          id: 'a',
          name: 'Styrgrupp',
          kind: 'decision',
          convener: 'x',
          tasks: ['B'],
          cadenceText: 'Vid beslutspunkterna',
        },
        {
          id: 'b',
          name: 'Beredning',
          kind: 'working',
          convener: 'x',
          tasks: ['B'],
          cadenceText: 'Inför varje beslutspunkt',
        },
        {
          id: 'c',
          name: 'Referensgrupp',
          kind: 'working',
          convener: 'x',
          tasks: ['B'],
          cadenceText: 'Vid behov, dock minst 2 gånger per år',
        },
      ],
    }),
  );

  it('accepts them, shows them, generates no calendar and reports nothing', () => {
    expect(set.forums.map((f) => f.cadence?.kind)).toEqual([
      'event-driven',
      'event-driven',
      'event-driven',
    ]);
    expect(auditForumSet(set)).toEqual([]);
    expect(meetingCalendar(set, fiscalYear(2024))).toEqual([]);
    expect(meetingCounts(set, fiscalYear(2024))).toEqual([
      { forum: 'a', name: 'Styrgrupp', count: null },
      { forum: 'b', name: 'Beredning', count: null },
      { forum: 'c', name: 'Referensgrupp', count: null, atLeast: 2 },
    ]);
    const table = forumTable(set, undefined, fiscalYear(2024));
    expect(table.rows.map((r) => r.cells.cadence)).toEqual([
      'vid beslutspunkterna',
      'inför varje beslutspunkt',
      'vid behov, dock minst 2 gånger per år',
    ]);
    const ics = forumCalendarIcs(set, {
      range: fiscalYear(2024),
      generatedAt: '2024-01-01T00:00:00Z',
    });
    expect(ics.ok && ics.value.includes('BEGIN:VEVENT')).toBe(false);
  });
});
