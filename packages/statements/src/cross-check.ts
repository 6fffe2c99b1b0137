import type { Finding } from '@styrkit/core';
import { statementCodes } from './codes.js';
import { statementLines } from './lines.js';
import type { Statement } from './model.js';
import { requireStatement } from './parsed-guard.js';

/**
 * Compares the same figures in two statements of one organisation and period: every cell
 * with the same block, row and column id whose amounts differ is a
 * `statements/conflicting-figure` warning on `statement`, naming the other statement and both
 * figures. Documents that write income and costs with opposite signs (two report styles of
 * one follow-up) are compared by amount: a sign alone is a convention, not a conflict.
 *
 * @example
 * ```ts
 * import { compareStatements, parseStatement } from '@styrkit/statements';
 * const make = (v: string) => parseStatement({
 *   title: 'T', unit: 'tkr', organisation: 'SAN', period: '2023-05',
 *   columns: [{ id: 'outcome', label: 'Utfall' }],
 *   blocks: [{ id: 'costs', label: 'Kostnader', rows: [{ id: 'personnel', label: 'Personal', values: { outcome: v } }] }],
 * });
 * const a = make('-39 383'); const b = make('39 329');
 * if (a.ok && b.ok) compareStatements(a.value, b.value, 'prognos')[0]?.code; // 'statements/conflicting-figure'
 * ```
 */
export function compareStatements(
  statement: Statement,
  other: Statement,
  otherName: string,
): Finding[] {
  requireStatement(statement, 'compareStatements');
  requireStatement(other, 'compareStatements');
  const findings: Finding[] = [];
  const theirs = new Map(statementLines(other).map((l) => [l.key, l]));
  const theirColumns = new Set(other.columns.map((c) => c.id));
  for (const line of statementLines(statement)) {
    const match = theirs.get(line.key);
    if (match === undefined) continue;
    for (const column of statement.columns) {
      if (column.role === 'share' || !theirColumns.has(column.id)) continue;
      const mine = line.values[column.id];
      const their = match.values[column.id];
      if (mine?.kind !== 'value' || their?.kind !== 'value') continue;
      if (mine.value.abs().equals(their.value.abs())) continue;
      findings.push(
        statementCodes.create('statements/conflicting-figure', {
          path: [...line.path, column.id],
          expected: their.value,
          actual: mine.value,
          data: {
            row: line.label,
            column: column.label,
            unit: statement.unit,
            mine: mine.value,
            theirs: their.value,
            other: otherName,
          },
        }),
      );
    }
  }
  return findings;
}
