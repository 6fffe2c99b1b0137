// Issue 15: the entry guard of calculations says which parser to call, and lets parsed or
// hand-built values of the right type through.
import { describe, expect, it } from 'vitest';
import { exact, notExact, notList, notOfType, requireParsed } from '../index.js';

const probe = (v: { amount?: unknown; rows?: unknown }): string | undefined =>
  notList(v.rows, 'rows') ?? notExact(v.amount, 'amount');

describe('requireParsed', () => {
  it('passes a value whose probed fields are parsed', () => {
    expect(() => {
      requireParsed({ rows: [], amount: exact('1') }, probe, 'f', 'parseX');
    }).not.toThrow();
  });

  it('throws a TypeError naming the calculation, the field and the parser', () => {
    const run = (): void => {
      requireParsed({ rows: [], amount: '10 200' }, probe, 'f', 'parseX');
    };
    expect(run).toThrow(TypeError);
    expect(run).toThrow(
      'f: amount is the text "10 200", not an exact amount: this is not what parseX returns. Pass the data through parseX first',
    );
  });

  it('says what a non-object is', () => {
    // What a JavaScript caller may pass, whatever the types say.
    const loose = probe as (v: unknown) => string | undefined;
    expect(() => {
      requireParsed(undefined, loose, 'f', 'parseX');
    }).toThrow('f: the input is missing');
    expect(() => {
      requireParsed(null, loose, 'f', 'parseX');
    }).toThrow('f: the input is null');
  });

  it('probe steps describe what they found', () => {
    expect(notList({}, 'goals')).toBe('goals is an object, not a list');
    expect(notOfType(1, 'flag', 'boolean')).toBe('flag is the number 1, not a boolean');
    expect(notExact(undefined, 'a', true)).toBeUndefined();
    expect(notExact(undefined, 'a')).toBe('a is missing, not an exact amount');
  });
});
