import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { exactSchema, isoDateSchema, safeParseWith, zodIssuesToFindings } from '../index.js';
import { echoText } from '../given-text.js';

/**
 * Any code point, lone surrogates included: the domain of fast-check's `unit: 'binary'`, whose
 * first use builds tables for ~2 s (a minute on a loaded CI machine, past the test timeout).
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

const plan = z.object({ year: z.number().int(), name: z.string(), amount: exactSchema });

describe('findings name the type that was given (issue 15)', () => {
  it('a text where a number belongs is not "missing"', () => {
    const r = safeParseWith(plan, { year: '2021', name: 'VSO', amount: '1' }, { basePath: ['p'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual([
      {
        code: 'core/invalid-input',
        severity: 'error',
        path: ['p', 'year'],
        message: {
          sv: "year: förväntade ett tal, fick texten '2021'",
          en: "year: expected a number, got the text '2021'",
        },
        expected: 'number',
        actual: '"2021"',
      },
    ]);
  });

  it('words every kind of given value, and a missing field as missing', () => {
    const cases: [unknown, string][] = [
      [7, 'expected a text, got the number 7'],
      [true, 'expected a text, got the value true'],
      [null, 'expected a text, got null (no value)'],
      [[1, 2], 'expected a text, got a list (2 items)'],
      [{ a: 1 }, 'expected a text, got an object'],
    ];
    for (const [name, en] of cases) {
      const r = safeParseWith(plan, { year: 2021, name, amount: '1' });
      expect(!r.ok && r.error[0]?.message.en).toBe(`name: ${en}`);
    }
    const missing = safeParseWith(plan, { name: 'x', amount: '1' });
    expect(!missing.ok && missing.error[0]?.message).toEqual({
      sv: 'year: saknas (ett tal krävs)',
      en: 'year: missing (a number required)',
    });
    const whole = safeParseWith(plan, 'plan.yaml');
    expect(!whole.ok && whole.error[0]?.message.en).toBe(
      "Expected an object, got the text 'plan.yaml'",
    );
  });

  it('finds the given value by path when zod did not report it', () => {
    const input = { rows: [{ year: 2021 }, { year: '2022' }] };
    const r = z.object({ rows: z.array(z.object({ year: z.number() })) }).safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues[0]?.input).toBeUndefined();
    const [f] = zodIssuesToFindings(r.error.issues, { input });
    expect(f?.message.sv).toBe("rows[1].year: förväntade ett tal, fick texten '2022'");
    // Without the input, the value is unknown and nothing is guessed.
    expect(zodIssuesToFindings(r.error.issues)[0]?.message.en).toBe(
      'rows[1].year: missing (a number required)',
    );
  });

  it('says what an amount or a date was', () => {
    const r = safeParseWith(z.object({ amount: exactSchema, day: isoDateSchema }), {
      amount: 'tio',
      day: '2021-02-30',
    });
    expect(!r.ok && r.error.map((f) => f.message.en)).toEqual([
      "amount: expected a number, got the text 'tio'",
      "day: expected a calendar date YYYY-MM-DD, got the text '2021-02-30'",
    ]);
  });

  it('never echoes more than 60 characters or a raw control character', () => {
    expect(echoText('a\nb\u202ec\u0000')).toBe('a\\nb\\u202ec\\u0000');
    expect(echoText('x'.repeat(1_000_000))).toBe(`${'x'.repeat(59)}…`);
    expect(echoText('😀'.repeat(100)).length).toBeLessThanOrEqual(60);
    fc.assert(
      fc.property(fc.string({ unit: anyCodePoint, maxLength: 300 }), (text) => {
        const r = safeParseWith(plan, { year: text, name: 'x', amount: '1' });
        if (r.ok) return false;
        for (const f of r.error) {
          for (const message of [f.message.sv, f.message.en]) {
            // eslint-disable-next-line no-control-regex -- control characters are what is looked for
            expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
            const quoted = /'(.*)'$/s.exec(message)?.[1] ?? '';
            expect(quoted.length).toBeLessThanOrEqual(60);
          }
          expect((f.actual ?? '').length).toBeLessThanOrEqual(62);
        }
        return true;
      }),
    );
  });
});
