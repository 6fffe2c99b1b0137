import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { parseStatement, type Statement } from '../index.js';

const examples = fileURLToPath(new URL('../../../../docs/examples/', import.meta.url));

/** Reads a reference statement envelope from docs/examples and parses its document. */
export function exampleStatement(file: string): Statement {
  const envelope = parse(readFileSync(`${examples}${file}`, 'utf8')) as { document: unknown };
  const result = parseStatement(envelope.document);
  if (!result.ok) throw new Error(JSON.stringify(result.error, null, 2));
  return result.value;
}

/** A finding reduced to what golden tests compare. */
export function brief(f: {
  code: string;
  severity: string;
  path: readonly (string | number)[];
  expected?: string;
  actual?: string;
}) {
  return {
    code: f.code,
    severity: f.severity,
    path: f.path.join('.'),
    expected: f.expected,
    actual: f.actual,
  };
}
