// Issue 15: yaml.parse output handed straight to a statement calculation gets a TypeError
// that names parseStatement. Without it the raw kostnadskalkyl audited as clean: its text
// figures ("1 000") compared as no figures, so the wrong row sum went unreported.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  auditStatement,
  diffStatements,
  parseStatement,
  statementLines,
  statementTable,
  type Statement,
} from '../index.js';

const file = fileURLToPath(
  new URL(
    '../../../../docs/examples/statements-synthetic/kostnadskalkyl-2025-2028.yaml',
    import.meta.url,
  ),
);
// What yaml.parse gives a caller: `any`, which type-checks as a Statement.
const raw = (parse(readFileSync(file, 'utf8')) as { document: unknown }).document as Statement;
const parsed = (): Statement => {
  const r = parseStatement(raw);
  if (!r.ok) throw new Error('kostnadskalkyl-2025-2028.yaml does not parse');
  return r.value;
};

describe('raw yaml.parse output in a statement calculation', () => {
  it.each([
    ['auditStatement', () => auditStatement(raw)],
    ['statementTable', () => statementTable(raw)],
    ['statementLines', () => statementLines(raw)],
    ['diffStatements', () => diffStatements(parsed(), raw)],
  ])('%s says to call parseStatement', (name, run) => {
    expect(run).toThrow(TypeError);
    expect(run).toThrow(new RegExp(`^${name}: .*not what parseStatement returns`));
  });

  it('names the field that is not parsed', () => {
    const cells = { ...parsed(), blocks: raw.blocks.map((b) => ({ ...b, sign: 'plus' as const })) };
    expect(() => auditStatement(cells)).toThrow(
      'auditStatement: blocks.0.rows.0.values.y2025 is "400", not a cell',
    );
  });

  it('the parsed statement, and a copy of it, get their findings', () => {
    expect(auditStatement({ ...parsed(), title: 'Kopia' }).length).toBeGreaterThan(0);
  });
});
