import type { Finding } from '@styrkit/core';
import { structureFinding } from './codes.js';
import type { Statement, StatementColumn } from './model.js';
import { requireStatement } from './parsed-guard.js';

const arity: Partial<Record<StatementColumn['role'], number>> = { difference: 2, share: 2 };

/**
 * The structural rules of a statement: unique column, block and row ids (rows are compared
 * by id between versions, so an id must say which row it is); values only in columns that
 * exist; a derived column computed from earlier columns only (so there is no cycle) and with
 * two operands for a difference or a share.
 *
 * @example
 * ```ts
 * import { parseStatement, checkStructure } from '@styrkit/statements';
 * const r = parseStatement({
 *   title: 'T', unit: 'tkr', columns: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }], blocks: [],
 * });
 * if (r.ok) checkStructure(r.value).length; // 1
 * ```
 */
export function checkStructure(statement: Statement): Finding[] {
  requireStatement(statement, 'checkStructure');
  const findings: Finding[] = [];
  const seen = new Set<string>();
  statement.columns.forEach((column, index) => {
    if (seen.has(column.id)) {
      findings.push(
        structureFinding(['columns', index, 'id'], { kind: 'duplicate-id', id: column.id }),
      );
    }
    const needs = arity[column.role];
    const of = column.of ?? [];
    if (needs !== undefined && of.length !== needs) {
      findings.push(
        structureFinding(['columns', index, 'of'], {
          kind: 'wrong-arity',
          column: column.id,
          needs,
        }),
      );
    }
    of.forEach((reference, k) => {
      if (!seen.has(reference)) {
        findings.push(
          structureFinding(['columns', index, 'of', k], {
            kind: 'bad-reference',
            column: column.id,
            reference,
          }),
        );
      }
    });
    seen.add(column.id);
  });

  const blockIds = new Set<string>();
  statement.blocks.forEach((block, b) => {
    if (blockIds.has(block.id)) {
      findings.push(structureFinding(['blocks', b, 'id'], { kind: 'duplicate-id', id: block.id }));
    }
    blockIds.add(block.id);
    const rowIds = new Set<string>();
    block.rows.forEach((row, r) => {
      if (rowIds.has(row.id)) {
        findings.push(
          structureFinding(['blocks', b, 'rows', r, 'id'], { kind: 'duplicate-id', id: row.id }),
        );
      }
      rowIds.add(row.id);
      findings.push(...unknownColumns(row.values, ['blocks', b, 'rows', r, 'values'], seen));
    });
    if (block.subtotal !== undefined) {
      findings.push(
        ...unknownColumns(block.subtotal.values, ['blocks', b, 'subtotal', 'values'], seen),
      );
    }
  });
  if (statement.total !== undefined) {
    findings.push(...unknownColumns(statement.total.values, ['total', 'values'], seen));
  }
  return findings;
}

function unknownColumns(
  values: Readonly<Record<string, unknown>>,
  path: readonly (string | number)[],
  columns: ReadonlySet<string>,
): Finding[] {
  return Object.keys(values)
    .filter((key) => !columns.has(key))
    .map((key) => structureFinding([...path, key], { kind: 'unknown-column', id: key }));
}
