// Golden tests for ESF project IP, Sala (seed: sala-san-kallelse-2023-06-15.txt, 4 and 4.1.1).
import { describe, expect, it } from 'vitest';
import { monthsBetween } from '@styrkit/core';
import { auditForumSet, auditOrganisation } from '../audit.js';
import { meetingCounts } from '../calendar.js';
import { loadForumSet, loadOrganisation } from './fixtures.js';

const org = loadOrganisation('sala-esf-ip/organisation.yaml');
const forums = loadForumSet('sala-esf-ip/governance-forums.yaml');

describe('ESF project IP organisation', () => {
  it('runs 16 months, so monthly groups meet 16 times as planned (seed :975, :993)', () => {
    expect(org.period && monthsBetween(org.period)).toBe(16);
    expect(meetingCounts(forums, org.period!).map((c) => [c.forum, c.count])).toEqual([
      ['projektgrupp', 16],
      ['styrgrupp', 16],
    ]);
  });

  it('reports the steering group of seven against the five-member rule (seed :993)', () => {
    const findings = auditForumSet(forums, org);
    const large = findings.filter((f) => f.code === 'governance/steering-group-too-large');
    expect(large).toHaveLength(1);
    expect(large[0]).toMatchObject({
      path: ['forums', 1, 'participants'],
      expected: '<= 5',
      actual: '7',
    });
    // No role of the report is designated effect owner or receiver of the result.
    expect(
      findings
        .filter((f) => f.code === 'governance/steering-group-missing-role')
        .map((f) => f.expected),
    ).toEqual(['effect-owner', 'result-receiver']);
    // Neither group has a stated convener.
    expect(
      findings.filter((f) => f.code === 'governance/forum-missing-convener').map((f) => f.path[1]),
    ).toEqual([0, 1]);
    expect(findings.filter((f) => !f.code.startsWith('governance/meeting-'))).toHaveLength(5);
    // Monthly on the 1st: Nyårsdagen, Första maj and three Saturdays, for each group.
    expect(findings.filter((f) => f.code === 'governance/meeting-on-non-working-day')).toHaveLength(
      10,
    );
  });

  it('names roles but no people: one finding', () => {
    const findings = auditOrganisation(org);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.sv).toContain('10 roller');
  });
});
