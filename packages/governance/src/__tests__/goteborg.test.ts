// Golden tests for ÄVO Göteborg 2024 (seed: goteborg-avo-digitaliseringsplan-2024.txt).
import { describe, expect, it } from 'vitest';
import { exact, fiscalYear } from '@styrkit/core';
import { auditForumSet, auditGateLog, auditOrganisation, auditRaci } from '../audit.js';
import { meetingCalendar, meetingCounts } from '../calendar.js';
import { nextTransitions } from '../gates.js';
import { checkMandate, decidingRole } from '../mandate.js';
import { NEEDS_PROCESS } from '../processes.js';
import { codes, clone, loadForumSet, loadGateLog, loadOrganisation, loadRaci } from './fixtures.js';

const org = loadOrganisation('goteborg-avo-2024/governance-organisation.yaml');
const forums = loadForumSet('goteborg-avo-2024/governance-forums.yaml');
const raci = loadRaci('goteborg-avo-2024/governance-raci.yaml');
const gates = loadGateLog('goteborg-avo-2024/governance-gates.yaml');
const year2024 = fiscalYear(2024);

describe('ÄVO organisation and shared ownership', () => {
  it('names no people: one finding for all standing roles, none for per-project PPS roles', () => {
    const findings = auditOrganisation(org);
    const standing = org.roles.filter((r) => r.staffedPerProject !== true).length;
    expect(standing).toBe(11);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'governance/role-unassigned',
      path: ['people'],
      actual: '0',
    });
    expect(findings[0]?.message.en).toContain('11 roles');
  });

  it('has exactly one owner per responsibility of the shared-ownership table (seed :297-309)', () => {
    expect(org.responsibilities).toHaveLength(15);
    const owners = (org.responsibilities ?? []).map((r) => r.owners[0]);
    expect(owners.filter((o) => o === 'projektagare-ku')).toHaveLength(8);
    expect(owners.filter((o) => o === 'effektagare')).toHaveLength(7);
    expect(codes(auditOrganisation(org))).not.toContain('governance/ownership-count');
  });

  it('reports a responsibility with two owners or none', () => {
    const broken = clone(org);
    broken.responsibilities![0]!.owners.push('effektagare');
    broken.responsibilities![1]!.owners = [];
    const found = auditOrganisation(broken).filter((f) => f.code === 'governance/ownership-count');
    expect(found.map((f) => [f.path.join('.'), f.expected, f.actual])).toEqual([
      ['responsibilities.0.owners', '1', '2'],
      ['responsibilities.1.owners', '1', '0'],
    ]);
  });

  it('reports one person as both project owner and project manager (seed :282)', () => {
    const broken = clone(org);
    broken.people.push({ id: 'kim', name: 'Kim' });
    broken.assignments.push(
      { role: 'projektagare-ku', person: 'kim', from: '2024-01-01' },
      { role: 'projektledare', person: 'kim', from: '2024-06-01', to: '2024-09-30' },
    );
    const found = auditOrganisation(broken).filter(
      (f) => f.code === 'governance/roles-not-separated',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toEqual(['policies', 'separateRoles', 0]);
    // Periods that do not overlap are no conflict.
    broken.assignments[1] = { role: 'projektagare-ku', person: 'kim', to: '2024-05-31' };
    expect(codes(auditOrganisation(broken))).not.toContain('governance/roles-not-separated');
  });
});

describe('ÄVO forums', () => {
  it('counts the meetings of 2024 (seed :146, :325, :333)', () => {
    expect(meetingCounts(forums, year2024).map((c) => [c.forum, c.count])).toEqual([
      ['strategiska-dialoger', 12],
      ['prioriteringsforum', 12],
      ['forvaltningsledning-uppfoljning', 4],
      ['id-styrgrupp', 3],
      ['operativ-styrgrupp', null],
      ['digitaliseringsrad', null],
      ['projektstyrgrupp', null],
    ]);
    const id = meetingCalendar(forums, year2024).filter((m) => m.forum === 'id-styrgrupp');
    expect(id.map((m) => m.date.slice(0, 7))).toEqual(['2024-03', '2024-08', '2024-11']);
    expect(forums.forums[3]?.cadence).toEqual({
      kind: 'in-months',
      months: [3, 8, 11],
      minimum: true,
    });
  });

  it('reports the forums without cadence or convener', () => {
    const findings = auditForumSet(forums, org);
    const byCode = (c: string) =>
      findings.filter((f) => f.code === c).map((f) => forums.forums[f.path[1] as number]?.id);
    expect(byCode('governance/forum-missing-cadence')).toEqual([
      'operativ-styrgrupp',
      'digitaliseringsrad',
      'projektstyrgrupp',
    ]);
    expect(byCode('governance/forum-missing-convener')).toEqual([
      'strategiska-dialoger',
      'prioriteringsforum',
      'forvaltningsledning-uppfoljning',
      'id-styrgrupp',
      'operativ-styrgrupp',
      'digitaliseringsrad',
    ]);
    // 9 about the forums, 14 about meetings on holidays (8) and weekends (6): see holidays.test.ts.
    expect(findings).toHaveLength(9 + 14);
  });

  it('accepts the PPS steering group: five members with effect owner and receiver (seed :285)', () => {
    const codesFound = codes(auditForumSet(forums, org));
    expect(codesFound).not.toContain('governance/steering-group-too-large');
    expect(codesFound).not.toContain('governance/steering-group-missing-role');
  });

  it('reports a steering group over five, or without effect owner or receiver', () => {
    const broken = clone(forums);
    const sg = broken.forums[6]!;
    sg.participants = [
      { role: 'projektagare-ku' },
      { role: 'mottagare' },
      { role: 'styrgruppsledamot', count: 4 },
    ];
    const found = auditForumSet(broken, org);
    const large = found.find((f) => f.code === 'governance/steering-group-too-large');
    expect(large).toMatchObject({
      expected: '<= 5',
      actual: '6',
      path: ['forums', 6, 'participants'],
    });
    const missing = found.filter((f) => f.code === 'governance/steering-group-missing-role');
    expect(missing.map((f) => f.expected)).toEqual(['effect-owner']);
  });
});

describe('ÄVO RACI', () => {
  it('finds the rows where both project owner and steering group approve (seed :282, :285)', () => {
    const findings = auditRaci(raci, org);
    expect(findings.map((f) => [f.code, raci.rows[f.path[1] as number]?.id, f.actual])).toEqual([
      ['governance/raci-accountable-count', 'projektplan', '2'],
      ['governance/raci-accountable-count', 'fasovergang', '2'],
    ]);
  });

  it('reports a row without R and one without A', () => {
    const broken = clone(raci);
    broken.rows[0]!.cells = { 'projektagare-ku': 'A', projektledare: 'C' };
    broken.rows[3]!.cells = { projektledare: 'R' };
    const found = auditRaci(broken, org).map((f) => [f.code, f.path[1]]);
    expect(found).toContainEqual(['governance/raci-missing-responsible', 0]);
    expect(found).toContainEqual(['governance/raci-accountable-count', 3]);
  });
});

describe('ÄVO needs process, mandates and gates', () => {
  it('picks the deciding level from who is affected and who pays (seed :234, :246-256)', () => {
    expect(decidingRole(org, { gate: 'bp1', scope: 'several-administrations' })).toBe(
      'avdelningschef',
    );
    expect(decidingRole(org, { gate: 'bp3', scope: 'one-unit', funding: 'own-unit' })).toBe(
      'avdelningschef',
    );
    expect(decidingRole(org, { gate: 'bp3', scope: 'several-units', funding: 'shared' })).toBe(
      'forvaltningsdirektor',
    );
    expect(decidingRole(org, { gate: 'bp2', scope: 'several-administrations' })).toBe(
      'utvecklingsteam-id',
    );
    expect(decidingRole(org, { gate: 'bp3', scope: 'several-administrations' })).toBe(
      'styr-och-samordningsgrupp',
    );
    expect(decidingRole(org, { gate: 'bp4' })).toBe('projektkontor');
  });

  it('audits the example needs without findings and knows the next steps', () => {
    expect(auditGateLog(gates, org, forums)).toEqual([]);
    const [shared, local] = gates.items;
    expect(nextTransitions(gates.process, shared!).map((t) => [t.to, t.outcome])).toEqual([
      ['klart-for-start', 'advance'],
      ['backlog', 'backlog'],
      ['bortsorterad', 'sort-out'],
    ]);
    // A finished study may go back to step 3 (seed :266).
    expect(nextTransitions(gates.process, local!).map((t) => [t.to, t.outcome])).toEqual([
      ['beredning', 'loop-back'],
    ]);
    expect(gates.process).toEqual(NEEDS_PROCESS);
  });

  it('reports a gate passed without a decision, and a move the process does not allow', () => {
    const broken = clone(gates);
    delete broken.items[0]!.history[1]!.decision;
    broken.items[1]!.history[1] = { from: 'grovsallning', to: 'genomforande', date: '2024-03-04' };
    const found = auditGateLog(broken, org, forums);
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['governance/gate-without-decision', 'items.0.history.1.decision'],
      ['governance/invalid-transition', 'items.1.history.1'],
      ['governance/invalid-transition', 'items.1.history.2'],
    ]);
  });

  it('reports a decision with the wrong outcome as a gate without decision', () => {
    const broken = clone(gates);
    broken.decisions[1] = { ...broken.decisions[1]!, outcome: 'advance' };
    expect(codes(auditGateLog(broken, org, forums))).toEqual(['governance/gate-without-decision']);
  });

  it('reports a decision taken at the wrong level or beyond an amount limit', () => {
    const broken = clone(gates);
    // A department head cannot take bp3 for a need shared by several administrations.
    broken.items[0]!.history.push({
      from: 'beredning',
      to: 'klart-for-start',
      date: '2024-09-02',
      decision: 'd8',
    });
    broken.decisions.push({
      id: 'd8',
      item: 'exempel-digitala-las',
      gate: 'bp3',
      date: '2024-09-02',
      outcome: 'advance',
      decidedBy: 'avdelningschef',
      kind: 'behov',
    });
    const found = auditGateLog(broken, org, forums);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'governance/decision-without-mandate',
      path: ['decisions', 7, 'decidedBy'],
      expected: 'styr-och-samordningsgrupp',
      actual: 'avdelningschef',
    });

    const limited = clone(org);
    limited.mandates![4] = {
      role: 'projektkontor',
      decisionKinds: ['projektstart'],
      maxAmountKr: exact('500000'),
    };
    const start = { ...gates.decisions[6]!, amountKr: exact('750000') };
    const verdict = checkMandate(limited, start, gates.items[1]);
    expect(verdict.withMandate).toBe(false);
    expect(verdict.reasons[0]?.sv).toContain('750000');
    expect(
      checkMandate(limited, { ...start, amountKr: exact('500000') }, gates.items[1]).withMandate,
    ).toBe(true);
    expect(checkMandate(limited, { ...start, kind: 'fasovergang' }).withMandate).toBe(false);
  });
});
