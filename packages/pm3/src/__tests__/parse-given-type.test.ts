// Issue 15 "Errors that say what is wrong": a wrong-type field names what was given, instead of
// "Missing value". The plan is the Linköping VSO objektplan A (docs/examples/linkoping-vso-2021/
// objektplan-a.yaml, year from seed linkoping-vso-objektplan-2021.txt:7) with one field broken.
import { describe, expect, it } from 'vitest';
import { parseObjektplan } from '../index.js';
import { readEnvelope } from './fixtures.js';

function plan(): Record<string, unknown> {
  return readEnvelope('linkoping-vso-2021/objektplan-a.yaml').document as Record<string, unknown>;
}

describe('parseObjektplan names the given type', () => {
  it("year: '2021' is a text where a number belongs", () => {
    const r = parseObjektplan({ ...plan(), year: '2021' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const f = r.error.find((x) => x.path.join('.') === 'year');
    expect(f).toMatchObject({ code: 'pm3/invalid-input', expected: 'number', actual: '"2021"' });
    expect(f?.message.sv).toContain("förväntade ett tal, fick texten '2021'");
    expect(f?.message.en).toContain("expected a number, got the text '2021'");
  });

  it('a missing year is still "missing", and the untouched plan parses', () => {
    const { year: _omitted, ...rest } = plan();
    const r = parseObjektplan(rest);
    expect(!r.ok && r.error.find((x) => x.path.join('.') === 'year')?.message.en).toContain(
      'missing (a number required)',
    );
    expect(parseObjektplan(plan()).ok).toBe(true);
  });
});
