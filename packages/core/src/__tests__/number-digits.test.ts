// A number text has at most 100 digits: a user's 20 000-digit amounts read fine and then took
// 1.2 s to multiply (time grows with the product of the digits), so one upload of long numbers
// could hold a core for minutes. 100 digits is more than any amount, count or rate holds.
import { describe, expect, it } from 'vitest';
import { exactSchema, parseNumber, sumTexts } from '../index.js';

describe('number text length', () => {
  it('reads 100 digits, with or without decimals, signs, groups and units', () => {
    for (const text of [
      '9'.repeat(100),
      `${'1'.repeat(60)},${'2'.repeat(40)}`,
      `-${'7'.repeat(100)} kr`,
    ]) {
      const r = parseNumber(text);
      expect(r.ok && r.value.kind === 'number').toBe(true);
    }
    expect(parseNumber(`0,${'3'.repeat(99)}`).ok).toBe(true);
  });

  it('refuses 101 digits with a finding that quotes the start and keeps the whole text', () => {
    const text = `${'1'.repeat(61)},${'2'.repeat(40)}`;
    const r = parseNumber(text, { path: ['budget', 0] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toHaveLength(1);
    expect(r.error[0]).toMatchObject({
      code: 'core/invalid-number',
      path: ['budget', 0],
      expected: 'number',
      actual: text,
    });
    expect(r.error[0]?.message.sv).toContain('högst 100 siffror');
    expect(r.error[0]?.message.en).toContain('at most 100 digits');
    expect(r.error[0]?.message.en.length).toBeLessThan(100);
  });

  it('refuses a 20 000-digit amount in a schema and in a column sum', () => {
    const long = '8'.repeat(20_000);
    expect(exactSchema.safeParse(long).success).toBe(false);
    const s = sumTexts(['1', long, '2']);
    expect(s.known.toString()).toBe('3');
    expect(s.unknownCount).toBe(1);
    expect(s.findings.map((f) => f.path)).toEqual([[1]]);
  });
});
