// Core's rules make their findings without the catalogue (so a bundle that checks a total does
// not carry every code's documentation); they must be exactly what the catalogue makes.
import { describe, expect, it } from 'vitest';
import { coreFinding, type CoreCode } from '../core-finding.js';
import { coreCodes, exact } from '../index.js';

describe('coreFinding', () => {
  it('makes what coreCodes.create makes, for every code', () => {
    const input = {
      path: ['a', 1],
      message: { sv: 'fel', en: 'wrong' },
      expected: exact('10.50'),
      actual: '9',
    };
    for (const code of Object.keys(coreCodes.specs) as CoreCode[]) {
      const severity = coreCodes.specs[code].severity as never;
      expect(coreFinding(code, severity, input)).toEqual(coreCodes.create(code, input));
      expect(coreFinding(code, severity, { ...input, severity: 'info' }).severity).toBe('info');
    }
    expect(coreCodes.create('core/total-mismatch', input).expected).toBe('10.5');
  });
});
