// The code catalogue owns the wording (issue 15): every code renders in Swedish and English
// from data only, and English output has no Swedish in it (nor Swedish output English).
import { catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { governanceCodes, type GovernanceCode } from '../codes.js';

type Samples = {
  [K in GovernanceCode]: Parameters<typeof governanceCodes.render<K>>[1];
};
const L = (sv: string, en: string) => ({ sv, en });

// Sample data in neutral words (ids, dates, numbers), so any Swedish in the English text comes
// from the template itself; labels that are bilingual data carry both languages.
const samples: Samples = {
  'governance/invalid-input': { variant: 'timestamp' },
  'governance/invalid-cadence': { detail: L('"x": okänd mötesfrekvens', '"x": unknown cadence') },
  'governance/duplicate-id': { id: 'g1' },
  'governance/unknown-reference': { label: L('roll', 'role'), id: 'r9' },
  'governance/invalid-period': { to: '2024-01-01', from: '2024-02-01' },
  'governance/calendar-too-large': {
    start: '1000-01-01',
    end: '9999-12-31',
    meetings: 469598,
    max: 20000,
  },
  'governance/role-unassigned': { variant: 'nobody', roles: 1 },
  'governance/role-vacant': { name: 'R1', nameEn: 'R1' },
  'governance/vacant-role-duty': { variant: 'convener', forum: L('F1', 'F1'), role: L('R1', 'R1') },
  'governance/meeting-on-non-working-day': {
    name: 'F1',
    at: '2024-01-01',
    day: L('Nyårsdagen', "New Year's Day"),
  },
  'governance/meeting-moved': {
    name: 'F1',
    at: '2024-01-01',
    day: L('en lördag', 'a Saturday'),
    date: '2024-01-02',
  },
  'governance/stated-count-mismatch': {
    value: 5,
    what: L('forum', 'forums'),
    said: 'five',
    model: 4,
  },
  'governance/stated-count-unreadable': { said: 'many' },
  'governance/risk-not-assessed': {
    title: 'R1',
    axes: [L('sannolikhet', 'probability'), L('konsekvens', 'consequence')],
  },
  'governance/risk-out-of-scale': {
    title: 'R1',
    k: L('sannolikhet', 'probability'),
    v: 7,
    min: 1,
    max: 5,
  },
  'governance/risk-score-mismatch': {
    title: 'R1',
    statedScore: 10,
    probability: 3,
    consequence: 4,
    score: 12,
  },
  'governance/risk-without-owner': { title: 'R1' },
  'governance/risk-without-measure': { title: 'R1' },
  'governance/milestone-late': {
    title: 'M1',
    planned: '2025-02-28',
    decided: '2025-03-14',
    days: 14,
  },
  'governance/milestone-overdue': {
    title: 'M1',
    planned: '2025-05-31',
    asOf: '2025-06-30',
    days: 1,
  },
  'governance/milestone-replanned': {
    title: 'M1',
    planned: '2025-04-30',
    replanned: '2025-06-15',
    days: 46,
  },
  'governance/milestone-without-date': { title: 'M1' },
  'governance/milestone-order': {
    title: 'M2',
    mine: '2025-05-31',
    before: 'M1',
    theirs: '2025-06-15',
  },
  'governance/milestone-decision-date': {
    title: 'M1',
    decided: '2025-03-14',
    id: 'd1',
    date: '2025-03-15',
  },
  'governance/roles-not-separated': { person: 'P1', first: 'R1', second: 'R2' },
  'governance/forum-missing-cadence': { name: L('F1', 'F1') },
  'governance/forum-missing-convener': { name: L('F1', 'F1') },
  'governance/forum-missing-tasks': { name: L('F1', 'F1') },
  'governance/steering-group-too-large': { name: 'SG', nameEn: 'SG', members: 6, max: 5 },
  'governance/steering-group-missing-role': {
    name: 'SG',
    nameEn: 'SG',
    tag: L('projektägare', 'project owner'),
  },
  'governance/raci-accountable-count': { label: 'X', accountable: ['R1', 'R2'] },
  'governance/raci-missing-responsible': { label: 'X' },
  'governance/ownership-count': { label: 'X', ownersCount: 2 },
  'governance/invalid-transition': { title: 'I1', from: 's1', to: 's3', state: 's2' },
  'governance/gate-without-decision': { title: 'I1', gate: 'g1', outcome: 'advance' },
  'governance/decision-without-mandate': { id: 'd1', reasons: [L('Fel roll.', 'Wrong role.')] },
};

// Words that only one of the two languages uses, as they appear in these templates.
const SWEDISH =
  /[åäöÅÄÖ]|\b(och|har|är|inga?|saknar|mötet|Rollen|Risken|Summa|dagar?|roller?|ledamöter)\b/;
const ENGLISH = /\b(the|has|is|no|and|lacks|meeting|Role|Risk|Total|days?|roles?|members?)\b/;

describe('governance code catalogue', () => {
  it('has a sample for every code and renders each in both languages, without the other language leaking', () => {
    // Swedish texts name things in Swedish (data ids like 'R1' aside).
    const checks = { swedishWords: SWEDISH, englishWords: ENGLISH };
    expect(catalogueRenderProblems(governanceCodes, samples, checks)).toEqual([]);
  });

  it('counts take the singular after one in both languages', () => {
    expect(
      governanceCodes.render('governance/role-unassigned', { variant: 'nobody', roles: 1 }),
    ).toEqual({
      sv: 'Organisationen namnger inga personer; 1 roll saknar person.',
      en: 'The organisation names no people; 1 role has no person.',
    });
    expect(
      governanceCodes.render(
        'governance/milestone-overdue',
        samples['governance/milestone-overdue'],
      ).sv,
    ).toContain('1 dag efter');
  });

  it('a rule passes data only: a finding is worded by its code', () => {
    const f = governanceCodes.create('governance/duplicate-id', {
      path: ['forums', 1, 'id'],
      data: { id: 'g' },
      actual: 'g',
    });
    expect(f.message.en).toBe('Id "g" occurs more than once.');
    expect(f.code).toBe('governance/duplicate-id');
  });
});
