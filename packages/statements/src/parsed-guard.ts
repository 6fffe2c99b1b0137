import { notList, notOfType, requireParsed } from '@styrkit/core';
import type { Statement } from './model.js';

// Probes of the fields parseStatement fills or converts (issue 15): rounding, column roles and
// block signs get their defaults, and every figure becomes a cell object ("1 000" becomes
// { kind: 'value', … }). Without this check a raw statement audits as clean: its text figures
// compare as no figures at all.

function valuesProblem(values: unknown, path: string): string | undefined {
  const shape = notOfType(values, path, 'object');
  if (shape !== undefined) return shape;
  // The first figure is enough: a raw document writes all its figures the same way.
  for (const key in values as Record<string, unknown>) {
    const cell = (values as Record<string, unknown>)[key];
    const kind = (cell as { kind?: unknown } | null)?.kind;
    if (typeof cell === 'object' && typeof kind === 'string') return undefined;
    return `${path}.${key} is ${JSON.stringify(cell)}, not a cell`;
  }
  return undefined;
}

function statementProblem(s: Statement): string | undefined {
  const shape =
    notOfType(s.rounding, 'rounding', 'string') ??
    notList(s.columns, 'columns') ??
    notList(s.blocks, 'blocks');
  if (shape !== undefined) return shape;
  for (const [i, c] of s.columns.entries()) {
    if (typeof c.role === 'string') continue;
    const problem = notOfType(c.role, `columns.${i}.role`, 'string');
    if (problem !== undefined) return problem;
  }
  for (const [i, b] of s.blocks.entries()) {
    // Path text is built only for a block that fails (the common case passes without it).
    if (typeof b.sign !== 'string' || !Array.isArray(b.rows)) {
      return notOfType(b.sign, `blocks.${i}.sign`, 'string') ?? notList(b.rows, `blocks.${i}.rows`);
    }
    const row = b.rows[0];
    if (row !== undefined && valuesProblem(row.values, '') !== undefined) {
      return valuesProblem(row.values, `blocks.${i}.rows.0.values`);
    }
  }
  return undefined;
}

/** @internal Throws a clear TypeError when `statement` is not what parseStatement returns. */
export function requireStatement(statement: Statement, calculation: string): void {
  requireParsed(statement, statementProblem, calculation, 'parseStatement');
}
