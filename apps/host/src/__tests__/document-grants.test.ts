import { describe, expect, it } from 'vitest';
import { can, grantedIds, isScope, roleFor, type Principal } from '../auth.js';
import { documentGrantsSuite } from './document-grants-suite.js';

describe('grants on one document', () => {
  it('resolves roles: a document grant applies to that document only', () => {
    const p: Principal = {
      username: 'x',
      via: 'token',
      grants: [
        { scope: 'demo/note/a', role: 'editor' },
        { scope: 'demo/memo', role: 'viewer' },
      ],
    };
    expect(roleFor(p, 'demo/note', 'a')).toBe('editor');
    expect(roleFor(p, 'demo/note', 'b')).toBeUndefined();
    expect(roleFor(p, 'demo/note')).toBeUndefined();
    expect(roleFor(p, 'demo/memo', 'anything')).toBe('viewer');
    expect(can(p, 'write', 'demo/note', 'a')).toBe(true);
    expect(can(p, 'approve', 'demo/note', 'a')).toBe(false);
    expect(grantedIds(p, 'read', 'demo/note')).toEqual(['a']);
    expect(grantedIds(p, 'write', 'demo/note')).toEqual(['a']);
    expect(grantedIds(p, 'approve', 'demo/note')).toEqual([]);
    expect(grantedIds(p, 'read', 'demo/memo')).toBeUndefined();
    expect(isScope('demo/note/plan-a')).toBe(true);
    expect(isScope('demo/note/plan a')).toBe(false);
    expect(isScope('a/b/c/d')).toBe(false);
  });
});

documentGrantsSuite('PGlite (in memory)', undefined);
