import { describe, expect, it } from 'vitest';
import { approvalState, approvedLine, titledDiffTable, versionBadges } from './versions.js';
import { approvalBody, blockingErrors, openFindings } from './api-workflow.js';

describe('approval state', () => {
  const history = [
    { version: 1 },
    { version: 2 },
    { version: 3, approvals: [{ by: 'approver', at: '2026-01-01' }] },
    { version: 4 },
    { version: 5 },
  ];

  it('names the approved version and that it is older than the newest', () => {
    const s = approvalState(history);
    expect(s).toEqual({ newest: 5, approved: 3, approvedIsOlder: true });
    expect(approvedLine(s, 'sv')).toBe('godkänd version 3 av 5');
    expect(approvedLine(s, 'en')).toBe('approved version 3 of 5');
    expect(versionBadges(3, s, true)).toEqual(['approved-older']);
    expect(versionBadges(5, s, false)).toEqual(['newest']);
    expect(versionBadges(4, s, false)).toEqual([]);
  });

  it('says nothing is approved for a history without approvals, and marks an approved newest', () => {
    expect(approvedLine(approvalState([{ version: 1 }]), 'sv')).toBeUndefined();
    const s = approvalState([{ version: 1 }, { version: 2, approvals: [{ by: 'a' }] }]);
    expect(s.approvedIsOlder).toBe(false);
    expect(versionBadges(2, s, true)).toEqual(['newest', 'approved']);
  });
});

describe('diff tables', () => {
  it('are titled with the stored versions and show field labels', () => {
    const t = titledDiffTable(
      {
        id: 'pm3/diff-cells',
        title: { sv: 'Ändrade celler A → B', en: 'Changed cells A → B' },
        columns: [{ key: 'fields', title: { sv: 'Fält', en: 'Fields' }, kind: 'text' }],
        rows: [{ cells: { fields: 'budget, links, planGoals' } }, { cells: { fields: null } }],
      },
      'pm3/objektplan',
      2,
      3,
    );
    expect(t.title).toEqual({
      sv: 'Ändrade celler, version 2 → 3',
      en: 'Changed cells, version 2 → 3',
    });
    expect(t.id).toBe('pm3/diff-cells-v2-v3');
    expect(t.rows[0]?.cells.fields).toEqual({
      sv: 'Budget (kkr), Kopplade mål, Objektplanens mål',
      en: 'Budget (kSEK), Linked goals, Plan goals',
    });
    expect(t.rows[1]?.cells.fields).toBeNull();
  });
});

describe('approval request', () => {
  it('sends the comment under both names and only code and path of each acknowledged finding', () => {
    const f = {
      code: 'pm3/row-sum-mismatch',
      severity: 'warning' as const,
      path: ['budget', 'rows', 0],
      message: { sv: 'x', en: 'x' },
    };
    expect(openFindings([f, { ...f, severity: 'info' }])).toEqual([f]);
    expect(approvalBody({ comment: 'Ser bra ut', acknowledgedFindings: [f] })).toEqual({
      note: 'Ser bra ut',
      comment: 'Ser bra ut',
      acknowledgedFindings: [{ code: 'pm3/row-sum-mismatch', path: ['budget', 'rows', 0] }],
    });
  });
});

describe('the host approval policy', () => {
  const f = (severity: 'error' | 'warning' | 'info', code: string) => ({
    code,
    severity,
    path: ['budget', 0],
    message: { sv: code, en: code },
  });
  const found = [f('error', 'pm3/row-sum'), f('warning', 'pm3/w'), f('info', 'pm3/i')];

  it('with errors blocking approval, names every open error as what stops it', () => {
    const policy = { errorsBlockApproval: true, fourEyes: true };
    expect(blockingErrors(openFindings(found), policy).map((x) => x.code)).toEqual(['pm3/row-sum']);
  });

  it('without the setting (or from a host that does not say), blocks nothing: errors are acknowledged', () => {
    expect(blockingErrors(found, { errorsBlockApproval: false, fourEyes: true })).toEqual([]);
    expect(blockingErrors(found, undefined)).toEqual([]);
  });
});
