// Issue 15: unlike the other domain packages, principles' parsers check and never convert
// (no amounts, no defaults), so a calculation given yaml.parse output computes exactly what
// it computes from parsed data, and takes no entry guard. This test is the tripwire: when a
// schema gains a default or a transform, raw data stops giving the parsed result here, and
// the calculations need a guard like pm3's (packages/pm3/src/parsed-guard.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  auditResponse,
  auditTemplate,
  evaluateResponse,
  parseResponse,
  parseTemplate,
  responseTable,
  summarizeResponse,
  type ChecklistResponse,
  type Template,
} from '../index.js';

const dir = fileURLToPath(new URL('../../../../docs/examples/sala-san-2023-06/', import.meta.url));
const raw = (file: string): unknown =>
  (parse(readFileSync(`${dir}${file}`, 'utf8')) as { document: unknown }).document;
const rawTemplate = raw('checklist-template.yaml') as Template;
const rawResponses = [
  raw('checklist-response-1.yaml'),
  raw('checklist-response-2.yaml'),
] as ChecklistResponse[];

function parsed<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('a sala-san-2023-06 checklist does not parse');
  return r.value;
}

describe('raw yaml.parse output in a principles calculation', () => {
  const template = parsed(parseTemplate(rawTemplate));

  it('the parsers convert nothing: raw and parsed documents are equal', () => {
    expect(template).toEqual(rawTemplate);
    for (const r of rawResponses) expect(parsed(parseResponse(r))).toEqual(r);
  });

  it.each(rawResponses.map((r, i) => [i + 1, r] as const))(
    'response %i: audits, evaluation, summary and table equal those of parsed data',
    (_, r) => {
      const response = parsed(parseResponse(r));
      expect(auditTemplate(rawTemplate)).toEqual(auditTemplate(template));
      expect(auditResponse(r, rawTemplate)).toEqual(auditResponse(response, template));
      expect(evaluateResponse(r, rawTemplate)).toEqual(evaluateResponse(response, template));
      expect(summarizeResponse(r, rawTemplate)).toEqual(summarizeResponse(response, template));
      expect(responseTable(r, rawTemplate)).toEqual(responseTable(response, template));
    },
  );
});
