// Golden tests for Linköping VSO 2021 (seed: linkoping-vso-objektplan-2021.txt, sections 4.1–4.3).
import { describe, expect, it } from 'vitest';
import { fiscalYear, parseCadence } from '@styrkit/core';
import { auditForumSet, auditOrganisation } from '../audit.js';
import { meetingCalendar, meetingCounts } from '../calendar.js';
import { forumLoad } from '../load.js';
import { findRole, holdersOf, rolesOf } from '../roles.js';
import { organisationTable } from '../tables.js';
import { codes, loadEnvelope, loadForumSet, loadOrganisation } from './fixtures.js';

const org = loadOrganisation('linkoping-vso-2021/organisation.yaml');
const forums = loadForumSet('linkoping-vso-2021/forums.yaml');
const year2021 = fiscalYear(2021);

describe('Linköping VSO 2021 organisation', () => {
  it('keeps the ids the pm3 objektplan refers to', () => {
    expect(loadEnvelope('linkoping-vso-2021/organisation.yaml').id).toBe(
      'linkoping-vso-2021-organisation',
    );
    expect(loadEnvelope('linkoping-vso-2021/forums.yaml').id).toBe('linkoping-vso-2021-forums');
  });

  it('staffs the budget and decision levels with the four named people (seed :205-206)', () => {
    const on = '2021-06-01';
    expect(holdersOf(org, 'objektagare', on).map((p) => p.name)).toEqual(['Linda Ljungkvist']);
    expect(holdersOf(org, 'objektagare-it', on).map((p) => p.name)).toEqual(['Krister Siggesjö']);
    expect(holdersOf(org, 'objektledare', on).map((p) => p.name)).toEqual(['Björn Immerstrand']);
    expect(holdersOf(org, 'objektledare-it', on).map((p) => p.name)).toEqual(['Annika Pettersson']);
    expect(rolesOf(org, 'bjorn-immerstrand').map((r) => r.id)).toEqual(['objektledare']);
    // Outside the plan period (seed :201) nobody holds the role.
    expect(holdersOf(org, 'objektagare', '2022-01-01')).toEqual([]);
  });

  it('accepts older and table names as aliases (seed :223-224)', () => {
    expect(findRole(org, 'Objektledare verksamhet')?.id).toBe('objektledare');
    expect(findRole(org, 'Förvaltningsledare')?.id).toBe('objektledare');
    expect(findRole(org, 'teknisk  förvaltningsledare')?.id).toBe('objektledare-it');
    expect(findRole(org, 'Objektspecialist IT')?.id).toBe('objektspecialister-it');
    expect(findRole(org, 'Okänd roll')).toBeUndefined();
  });

  it('reports the roles that have no named person (seed :207, :214)', () => {
    const findings = auditOrganisation(org);
    const unassigned = findings.filter((f) => f.code === 'governance/role-unassigned');
    const roleIds = unassigned.map((f) => org.roles[f.path[1] as number]?.id);
    expect(roleIds).toEqual([
      'objektspecialister',
      'projektledare',
      'objektspecialister-it',
      'linjechef-it-ehalsa',
    ]);
    expect(unassigned.every((f) => f.severity === 'warning' && f.actual === '0')).toBe(true);
    expect(findings).toHaveLength(4);
  });

  it('draws the organisation as level × party (seed :203-207)', () => {
    const table = organisationTable(org);
    expect(table.rows.map((r) => r.cells['level'])).toEqual([
      'Budgetnivå',
      'Beslutsnivå',
      'Operativ nivå',
      'Övrigt',
    ]);
    expect(table.rows[0]?.cells['verksamhet']).toBe('Objektägare: Linda Ljungkvist');
    expect(table.rows[1]?.cells['it']).toBe('Objektledare IT: Annika Pettersson');
    expect(table.rows[2]?.cells['verksamhet']).toBe('Objektspecialister; Projektledare');
    expect(table.rows[3]?.cells['_other']).toBe('Linjechef enheten för IT och eHälsa');
  });
});

describe('Linköping VSO 2021 forums', () => {
  it('reads the cadences as written in the plan (seed :214-224)', () => {
    const byId = new Map(forums.forums.map((f) => [f.id, f]));
    // "Varje vecka" had no cadence object in the dataset: the parser made it weekly.
    expect(byId.get('andringsforum')?.cadence).toEqual({ kind: 'weekly' });
    expect(byId.get('projektledarforum')?.cadence).toEqual({ kind: 'weekly' });
    // Where the dataset fixes a start date, the source text still reads the same way.
    for (const id of ['styrgrupp', 'objektforum', 'operativt-leverantorsforum']) {
      const forum = byId.get(id);
      const parsed = parseCadence(forum?.cadenceText ?? '', { start: '2021-01-11' });
      expect(parsed.ok && parsed.value.kind).toBe(forum?.cadence?.kind);
    }
  });

  it('counts the meetings of 2021 per forum (start dates as stated in forums.yaml)', () => {
    // Every 6th week from Monday 11 January: 11/1 … 13/12 = 9 meetings (seed :214).
    // Weekly on Mondays: 2021 has 52 Mondays (seed :215-216).
    // "4 ggr per år" and "6 ggr per år": 4 and 6 (seed :223-224).
    // Tactical and strategic supplier forums are undefined: unknown, not 0 (seed :225-226).
    expect(meetingCounts(forums, year2021).map((c) => [c.forum, c.count])).toEqual([
      ['styrgrupp', 9],
      ['andringsforum', 52],
      ['projektledarforum', 52],
      ['objektforum', 4],
      ['operativt-leverantorsforum', 6],
      ['taktiskt-leverantorsforum', null],
      ['strategiskt-leverantorsforum', null],
    ]);
    const styrgrupp = meetingCalendar(forums, year2021).filter((m) => m.forum === 'styrgrupp');
    expect(styrgrupp.map((m) => m.date)).toEqual([
      '2021-01-11',
      '2021-02-22',
      '2021-04-05',
      '2021-05-17',
      '2021-06-28',
      '2021-08-09',
      '2021-09-20',
      '2021-11-01',
      '2021-12-13',
    ]);
  });

  it('finds the two named but undefined supplier forums (seed :225-226)', () => {
    const all = auditForumSet(forums, org);
    const findings = all.filter((f) => !f.code.startsWith('governance/meeting-'));
    // The other seven are meetings the cadences put on Annandag påsk or a weekend.
    expect(all.filter((f) => f.code === 'governance/meeting-on-non-working-day')).toHaveLength(7);
    expect(findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['governance/forum-missing-cadence', 'forums.5.cadence'],
      ['governance/forum-missing-convener', 'forums.5.convener'],
      ['governance/forum-missing-tasks', 'forums.5.tasks'],
      ['governance/forum-missing-cadence', 'forums.6.cadence'],
      ['governance/forum-missing-convener', 'forums.6.convener'],
      ['governance/forum-missing-tasks', 'forums.6.tasks'],
    ]);
    expect(findings.every((f) => f.message.sv.length > 0 && f.message.en.length > 0)).toBe(true);
  });

  it('reports roles the forums refer to that the organisation lacks', () => {
    const broken = structuredClone(forums);
    broken.forums[0] = { ...broken.forums[0]!, convener: 'objektchef' };
    expect(codes(auditForumSet(broken, org))).toContain('governance/unknown-reference');
  });

  it('computes the forum load per person for 2021, hours unknown without lengths', () => {
    const load = new Map(forumLoad(org, forums, year2021).map((l) => [l.person, l]));
    // Objektledare: styrgrupp 9 + ändringsforum 52 (convener) + projektledarforum 52 +
    // objektforum 4 (convener, and every role attends) = 117.
    expect(load.get('bjorn-immerstrand')?.meetings).toBe(117);
    expect(load.get('bjorn-immerstrand')?.forums).toEqual([
      'styrgrupp',
      'andringsforum',
      'projektledarforum',
      'objektforum',
    ]);
    // Object owners: styrgrupp 9 + objektforum 4.
    expect(load.get('linda-ljungkvist')?.meetings).toBe(13);
    expect(load.get('krister-siggesjo')?.meetings).toBe(13);
    expect(load.get('annika-pettersson')?.meetings).toBe(13);
    // The plan gives no meeting lengths: the hours are unknown, never 0.
    expect(load.get('bjorn-immerstrand')?.minutes.unknownCount).toBe(117);
    expect(load.get('bjorn-immerstrand')?.knownHours.toString()).toBe('0');
  });
});
