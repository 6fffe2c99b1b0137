// Regression: a participant's head count was any positive integer. Two counts of 2^53 − 1
// summed past a safe integer, and the forum check threw writing the steering group's size.
// A participant entry counts at most 10 000 people.
import { describe, expect, it } from 'vitest';
import { parseForumSet } from '../parse.js';

function set(count: number) {
  return {
    name: 'Forum',
    forums: [
      {
        id: 'styrgrupp',
        name: 'Styrgrupp',
        kind: 'steering-group',
        participants: [
          { external: 'Leverantör', count },
          { external: 'Konsult', count },
        ],
      },
    ],
  };
}

describe('the head count of a participant', () => {
  it('refuses more than 10 000 with a finding at the count', () => {
    const r = parseForumSet(set(Number.MAX_SAFE_INTEGER));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((f) => [f.code, f.path.join('.'), f.expected])).toEqual([
      ['governance/invalid-input', 'forums.0.participants.0.count', '<= 10000'],
      ['governance/invalid-input', 'forums.0.participants.1.count', '<= 10000'],
    ]);
  });

  it('reads 10 000', () => {
    expect(parseForumSet(set(10_000)).ok).toBe(true);
  });
});
