// Issue 15 "Errors that say what is wrong": a wrong-type field names what was given, instead of
// "Missing value". Documents are the synthetic examples (docs/examples/esf-synthetic/
// time-reports-a.yaml, call.yaml) with one field broken each.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pathToString } from '@styrkit/core';
import { parseCall, parseTimeReports } from '../index.js';

const examples = fileURLToPath(
  new URL('../../../../docs/examples/esf-synthetic/', import.meta.url),
);

function document(file: string): Record<string, unknown> {
  const envelope = parse(readFileSync(`${examples}${file}`, 'utf8')) as { document: unknown };
  return envelope.document as Record<string, unknown>;
}

describe('esf parse names the given type', () => {
  it("hours: '10' in a time report is a text where a number belongs", () => {
    const reports = document('time-reports-a.yaml');
    const rows = reports.reports as Record<string, unknown>[];
    rows[0] = { ...rows[0], hours: '10' };
    const r = parseTimeReports(reports);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const f = r.error.find((x) => pathToString(x.path) === 'reports[0].hours');
    expect(f).toMatchObject({ code: 'esf/invalid-input', expected: 'number', actual: '"10"' });
    expect(f?.message.en).toContain("expected a number, got the text '10'");
    expect(f?.message.sv).toContain("förväntade ett tal, fick texten '10'");
  });

  it('a month written as a number and a percentage written as true say so', () => {
    const reports = document('time-reports-a.yaml');
    const rows = reports.reports as Record<string, unknown>[];
    rows[1] = { ...rows[1], month: 202504 };
    const r = parseTimeReports(reports);
    expect(
      !r.ok && r.error.find((x) => pathToString(x.path) === 'reports[1].month')?.message.en,
    ).toContain('expected a text, got the number 202504');
    const call = parseCall({ ...document('call.yaml'), requiredCofinancingPercent: true });
    expect(!call.ok && call.error[0]?.message.en).toContain(
      'expected a text or a number, got the value true',
    );
    expect(parseCall(document('call.yaml')).ok).toBe(true);
  });
});
