// Bad input gives findings with paths, never a throw.
import { describe, expect, it } from 'vitest';
import { parseForumSet, parseGateLog, parseOrganisation, parseRaci } from '../parse.js';
import { NEEDS_PROCESS } from '../processes.js';

const minimalOrg = {
  name: 'Test',
  parties: [{ id: 'verksamhet', name: 'Verksamhet' }],
  roles: [{ id: 'agare', name: 'Objektägare', party: 'verksamhet' }],
  people: [{ id: 'anna', name: 'Anna' }],
  assignments: [{ role: 'agare', person: 'anna' }],
};

function errors(r: {
  ok: boolean;
  error?: unknown;
}): { code: string; path: (string | number)[] }[] {
  expect(r.ok).toBe(false);
  return (r.error ?? []) as { code: string; path: (string | number)[] }[];
}

describe('parseOrganisation', () => {
  it('accepts a minimal organisation', () => {
    expect(parseOrganisation(minimalOrg).ok).toBe(true);
  });

  it('reports every schema problem with its path', () => {
    const found = errors(
      parseOrganisation({
        ...minimalOrg,
        name: 7,
        roles: [{ id: 'Bad Id', name: '' }],
        period: { start: '2021-02-30', end: '2021-12-31' },
      }),
    );
    expect(found.every((f) => f.code === 'governance/invalid-input')).toBe(true);
    const paths = found.map((f) => f.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['name', 'roles.0.id', 'roles.0.name', 'period.start']),
    );
  });

  it('reports unknown references, duplicates and impossible periods', () => {
    const found = errors(
      parseOrganisation({
        ...minimalOrg,
        roles: [...minimalOrg.roles, { id: 'agare', name: 'Igen', party: 'it' }],
        assignments: [
          { role: 'chef', person: 'anna' },
          { role: 'agare', person: 'bertil' },
          { role: 'agare', person: 'anna', from: '2021-06-01', to: '2021-05-31' },
        ],
      }),
    );
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['governance/duplicate-id', 'roles.1.id'],
      ['governance/unknown-reference', 'roles.1.party'],
      ['governance/unknown-reference', 'assignments.0.role'],
      ['governance/unknown-reference', 'assignments.1.person'],
      ['governance/invalid-period', 'assignments.2.to'],
    ]);
  });

  it('never throws on garbage', () => {
    for (const input of [null, undefined, 42, 'text', [], {}, { roles: 'x' }]) {
      expect(parseOrganisation(input).ok).toBe(false);
    }
  });
});

describe('parseForumSet', () => {
  const forum = { id: 'f', name: 'Forum', kind: 'working' };

  it('reads Swedish cadence texts and reports the ones it cannot read', () => {
    const ok = parseForumSet({
      name: 'S',
      period: { start: '2021-01-04', end: '2021-12-31' },
      forums: [
        { ...forum, id: 'a', cadenceText: 'var 6:e vecka' },
        { ...forum, id: 'b', cadenceText: 'Kvartalsvis' },
        { ...forum, id: 'c', cadenceText: '–' },
      ],
    });
    expect(ok.ok && ok.value.forums.map((f) => f.cadence)).toEqual([
      { kind: 'every-n-weeks', weeks: 6, start: '2021-01-04' },
      { kind: 'quarterly' },
      undefined,
    ]);
    const found = errors(
      parseForumSet({
        name: 'S',
        forums: [
          { ...forum, id: 'a', cadenceText: 'ibland' },
          { ...forum, id: 'b', cadenceText: 'var 3:e vecka' }, // no start date anywhere
          { ...forum, id: 'a' },
        ],
      }),
    );
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['governance/duplicate-id', 'forums.2.id'],
      ['governance/invalid-cadence', 'forums.0.cadenceText'],
      ['governance/invalid-cadence', 'forums.1.cadenceText'],
    ]);
  });

  it('reads a cadence text of 0 weeks as a finding (it made the calendar loop forever)', () => {
    const found = errors(
      parseForumSet({
        name: 'S',
        period: { start: '2021-01-04', end: '2021-12-31' },
        forums: [{ ...forum, id: 'a', cadenceText: 'var 0:e vecka' }],
      }),
    );
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['governance/invalid-cadence', 'forums.0.cadenceText'],
    ]);
  });

  it('rejects impossible cadences and times', () => {
    const found = errors(
      parseForumSet({
        name: 'S',
        forums: [
          { ...forum, cadence: { kind: 'every-n-weeks', weeks: 0, start: '2021-01-01' } },
          { ...forum, id: 'g', startTime: '25:00', durationMinutes: -5 },
          { ...forum, id: 'h', participants: [{ role: 'x', external: 'y' }] },
        ],
      }),
    );
    const paths = found.map((f) => f.path.slice(0, 3).join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'forums.0.cadence',
        'forums.1.startTime',
        'forums.1.durationMinutes',
        'forums.2.participants',
      ]),
    );
  });
});

describe('parseRaci and parseGateLog', () => {
  it('reports bad RACI letters and cells for roles outside the matrix', () => {
    const bad = errors(
      parseRaci({ name: 'R', roles: ['a'], rows: [{ id: 'x', label: 'X', cells: { a: 'AA' } }] }),
    );
    expect(bad[0]?.path).toEqual(['rows', 0, 'cells', 'a']);
    const outside = errors(
      parseRaci({
        name: 'R',
        roles: ['a'],
        rows: [{ id: 'x', label: 'X', cells: { a: 'RA', b: 'C' } }],
      }),
    );
    expect(outside.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['governance/unknown-reference', 'rows.0.cells.b'],
    ]);
  });

  it('reports unknown states, decisions and items in a gate log', () => {
    const found = errors(
      parseGateLog({
        name: 'G',
        process: NEEDS_PROCESS,
        items: [
          {
            id: 'n1',
            title: 'N',
            history: [{ from: 'insamling', to: 'steg-9', date: '2024-01-02', decision: 'd9' }],
          },
        ],
        decisions: [
          {
            id: 'd1',
            item: 'n2',
            date: '2024-01-02',
            outcome: 'advance',
            decidedBy: 'x',
            kind: 'behov',
          },
        ],
      }),
    );
    expect(found.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['governance/unknown-reference', 'items.0.history.0.to'],
      ['governance/unknown-reference', 'items.0.history.0.decision'],
      ['governance/unknown-reference', 'decisions.0.item'],
    ]);
    const date = errors(
      parseGateLog({
        name: 'G',
        process: NEEDS_PROCESS,
        items: [],
        decisions: [
          {
            id: 'd1',
            item: 'n',
            date: '2024-02-30',
            outcome: 'advance',
            decidedBy: 'x',
            kind: 'k',
          },
        ],
      }),
    );
    expect(date[0]?.path).toEqual(['decisions', 0, 'date']);
  });
});
