// Swedish counts take the singular after one (issue 15: "1 okända poster", "1 årsarbeten").
import { describe, expect, it } from 'vitest';
import { auditOrganisation } from '../audit.js';
import { parseOrganisation } from '../parse.js';

describe('Swedish plural in governance messages', () => {
  it('an organisation with one standing role and nobody: "1 roll saknar person"', () => {
    const one = parseOrganisation({
      name: 'VSO',
      parties: [],
      roles: [{ id: 'ol', name: 'Objektledare' }],
      people: [],
      assignments: [],
    });
    if (!one.ok) throw new Error('invalid');
    const [f] = auditOrganisation(one.value);
    expect(f?.message).toEqual({
      sv: 'Organisationen namnger inga personer; 1 roll saknar person.',
      en: 'The organisation names no people; 1 role has no person.',
    });
  });
});
