// A stated total over unknown items names how many in Swedish that agrees with the count
// (issue 15: "1 okända poster" was written for one unknown item).
import { describe, expect, it } from 'vitest';
import { checkStatedTotal, exact } from '../index.js';

describe('checkStatedTotal with unknown items', () => {
  it('says "1 okänd post" for one unknown item and "2 okända poster" for two', () => {
    const one = checkStatedTotal({ path: ['sum'], items: [exact('5'), null], stated: exact('5') });
    const two = checkStatedTotal({
      path: ['sum'],
      items: [exact('5'), null, null],
      stated: exact('5'),
    });
    expect(one[0]?.message.sv).toContain('1 okänd post,');
    expect(one[0]?.message.en).toContain('1 unknown item;');
    expect(two[0]?.message.sv).toContain('2 okända poster,');
    expect(two[0]?.message.en).toContain('2 unknown items;');
  });
});
