// Table views and the built-in ESF phase process.
import { describe, expect, it } from 'vitest';
import { fiscalYear, tableToCsv, plainCell } from '@styrkit/core';
import { auditGateLog } from '../audit.js';
import { nextTransitions } from '../gates.js';
import type { GateLog } from '../model.js';
import { ESF_PHASE_PROCESS } from '../processes.js';
import {
  calendarTable,
  forumLoadTable,
  forumTable,
  organisationTable,
  raciTable,
} from '../tables.js';
import { loadForumSet, loadOrganisation, loadRaci } from './fixtures.js';

const org = loadOrganisation('linkoping-vso-2021/organisation.yaml');
const forums = loadForumSet('linkoping-vso-2021/forums.yaml');

describe('tables', () => {
  it('shows unknown meeting counts as empty, never 0', () => {
    const table = forumTable(forums, org, fiscalYear(2021));
    expect(
      table.rows.map((r) => (r.cells['meetings'] == null ? null : plainCell(r.cells['meetings']))),
    ).toEqual(['9', '52', '52', '4', '6', null, null]);
    expect(table.rows[5]?.cells['convener']).toBeNull();
    expect(table.rows[3]?.cells['participants']).toBe('Samtliga med roll');
  });

  it('renders in English as the second locale', () => {
    const table = forumTable(forums, org, undefined, 'en');
    expect(table.rows[0]?.cells['forum']).toBe('Steering group');
    expect(table.rows[0]?.cells['convener']).toBe('Object manager');
    expect(table.columns.map((c) => c.key)).not.toContain('meetings');
    expect(organisationTable(org, 'en').rows[0]?.cells['level']).toBe('Budget level');
  });

  it('lists the calendar and the load per person', () => {
    const january = { start: '2021-01-01', end: '2021-01-31' };
    const calendar = calendarTable(forums, january);
    // Mondays 4, 11, 18, 25 for both weekly forums, styrgrupp on the 11th, operational supplier forum on the 20th.
    expect(calendar.rows).toHaveLength(10);
    expect(calendar.rows[0]?.cells).toEqual({
      date: '2021-01-04',
      time: null,
      forum: 'Ändringsforum',
    });
    const load = forumLoadTable(org, forums, fiscalYear(2021));
    const bjorn = load.rows.find((r) => r.id === 'bjorn-immerstrand');
    expect(plainCell(bjorn?.cells['meetings'])).toBe('117');
    expect(plainCell(bjorn?.cells['unknown'])).toBe('117');
    expect(tableToCsv(load).split('\n')[0]).toContain('Kända timmar');
  });

  it('draws a RACI matrix with empty cells as null', () => {
    const raci = loadRaci('goteborg-avo-2024/governance-raci.yaml');
    const table = raciTable(raci);
    expect(table.columns).toHaveLength(1 + raci.roles.length);
    expect(table.rows[0]?.cells['styrgruppsledamot']).toBeNull();
    expect(table.rows[0]?.cells['projektagare-ku']).toBe('RA');
  });
});

describe('ESF phase process', () => {
  it('moves through analys och planering, genomförande and avslut (seed sala…:975)', () => {
    const log: GateLog = {
      name: 'ESF-projekt IP',
      process: ESF_PHASE_PROCESS,
      items: [
        {
          id: 'ip',
          title: 'ESF-projekt IP',
          history: [
            {
              from: 'analys-och-planering',
              to: 'genomforande',
              date: '2022-03-01',
              decision: 'g1',
            },
            { from: 'genomforande', to: 'avslut', date: '2023-04-01' },
          ],
        },
      ],
      decisions: [
        {
          id: 'g1',
          item: 'ip',
          gate: 'till-genomforande',
          date: '2022-02-28',
          outcome: 'advance',
          decidedBy: 'styrgrupp',
          kind: 'fasovergang',
        },
      ],
    };
    const found = auditGateLog(log);
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['governance/gate-without-decision', 'items.0.history.1.decision'],
    ]);
    expect(nextTransitions(ESF_PHASE_PROCESS, log.items[0]!).map((t) => t.to)).toEqual([
      'avslutat',
    ]);
  });
});
