import { describe, expect, it } from 'vitest';
import { can, roleFor } from './auth.js';

describe('permissions mirror the host', () => {
  it('orders roles viewer < editor < approver < admin', () => {
    const viewer = [{ scope: '*', role: 'viewer' as const }];
    const editor = [{ scope: '*', role: 'editor' as const }];
    const approver = [{ scope: '*', role: 'approver' as const }];
    expect(can(viewer, 'read', 'pm3/objektplan')).toBe(true);
    expect(can(viewer, 'write', 'pm3/objektplan')).toBe(false);
    expect(can(editor, 'write', 'pm3/objektplan')).toBe(true);
    expect(can(editor, 'approve', 'pm3/objektplan')).toBe(false);
    expect(can(approver, 'approve', 'pm3/objektplan')).toBe(true);
    expect(can(approver, 'admin')).toBe(false);
  });

  it('scopes grants to a plugin or a kind', () => {
    const grants = [
      { scope: 'pm3', role: 'editor' as const },
      { scope: 'esf/project', role: 'approver' as const },
    ];
    expect(roleFor(grants, 'pm3/objektplan')).toBe('editor');
    expect(roleFor(grants, 'esf/project')).toBe('approver');
    expect(roleFor(grants, 'esf/call')).toBeUndefined();
    expect(can(grants, 'read', 'principles/response')).toBe(false);
  });

  it('applies a document grant to that document only', () => {
    const grants = [
      { scope: '*', role: 'viewer' as const },
      { scope: 'pm3/objektplan/linkoping-vso-2021-a', role: 'approver' as const },
    ];
    expect(can(grants, 'approve', 'pm3/objektplan', 'linkoping-vso-2021-a')).toBe(true);
    expect(can(grants, 'write', 'pm3/objektplan', 'linkoping-vso-2021-b')).toBe(false);
    expect(can(grants, 'write', 'pm3/objektplan')).toBe(false);
  });
});
