// Issue 15: yaml.parse output handed straight to a governance calculation gets a TypeError
// that names the parser to call, never a TypeError from deep inside nor a calendar that
// silently leaves out the forums whose cadence is only written as text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  auditMilestonePlan,
  auditRiskRegister,
  calendarTable,
  meetingCalendar,
  meetingCounts,
  milestoneTable,
  parseForumSet,
  riskMatrixTable,
  type ForumSet,
  type MilestonePlan,
  type RiskRegister,
} from '../index.js';

const examples = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));
const raw = (file: string): unknown =>
  (parse(readFileSync(`${examples}${file}`, 'utf8')) as { document: unknown }).document;
// What yaml.parse gives a caller: `any`, which type-checks as any document type.
const forums = raw('goteborg-avo-2024/governance-forums.yaml') as ForumSet;
const risks = raw('synthetic-issue-16/governance-risks.yaml') as RiskRegister;
const milestones = raw('synthetic-issue-16/governance-milestones.yaml') as MilestonePlan;
const year = { start: '2024-01-01', end: '2024-12-31' };

describe('raw yaml.parse output in a governance calculation', () => {
  it.each([
    ['meetingCalendar', 'parseForumSet', () => meetingCalendar(forums, year)],
    ['meetingCounts', 'parseForumSet', () => meetingCounts(forums, year)],
    ['calendarTable', 'parseForumSet', () => calendarTable(forums, year)],
    ['auditRiskRegister', 'parseRiskRegister', () => auditRiskRegister(risks)],
    ['riskMatrixTable', 'parseRiskRegister', () => riskMatrixTable(risks)],
    ['auditMilestonePlan', 'parseMilestonePlan', () => auditMilestonePlan(milestones)],
    ['milestoneTable', 'parseMilestonePlan', () => milestoneTable(milestones)],
  ])('%s says to call %s', (name, parser, run) => {
    expect(run).toThrow(TypeError);
    expect(run).toThrow(new RegExp(`^${name}: .*not what ${parser} returns`));
  });

  it('names the field that is not parsed', () => {
    expect(() => meetingCalendar(forums, year)).toThrow(
      'meetingCalendar: forums.0.cadence is missing while its cadenceText',
    );
    expect(() => auditRiskRegister(risks)).toThrow('auditRiskRegister: risks.1.status is missing');
  });

  it('a parsed set passes, also when a cadence text could not be read', () => {
    const r = parseForumSet(forums);
    if (!r.ok) throw new Error('governance-forums.yaml does not parse');
    expect(meetingCalendar({ ...r.value }, year).length).toBeGreaterThan(0);
    const unread = {
      ...r.value,
      forums: [{ id: 'x', name: 'X', kind: 'working' as const, cadenceText: 'ibland kanske' }],
    };
    expect(meetingCalendar(unread, year)).toEqual([]);
  });
});
