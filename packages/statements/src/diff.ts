import type { Exact, NumberLocale, Table } from '@styrkit/core';
import { statementCellsEqual, type StatementCell } from './cell.js';
import { cellOf, statementLines } from './lines.js';
import type { Statement } from './model.js';
import { requireStatement } from './parsed-guard.js';

/**
 * One figure that differs between two versions of a statement, found by block, row and column
 * id (never by position, so a reordered list is not a change). `delta` is after − before when
 * both are figures.
 *
 * @example
 * ```ts
 * import type { StatementChange } from '@styrkit/statements';
 * function grew(c: StatementChange): boolean { return c.delta?.isPositive() ?? false; }
 * ```
 */
export interface StatementChange {
  /** 'blockId/rowId', 'blockId/subtotal' or 'total'. */
  readonly line: string;
  readonly label: string;
  readonly column: string;
  readonly before: StatementCell;
  readonly after: StatementCell;
  readonly change: 'added' | 'removed' | 'changed';
  readonly delta?: Exact;
}

const NONE: StatementCell = { kind: 'none' };

/**
 * What changed between two versions of a statement, cell by cell, matched by id: figures
 * changed, rows and columns added or removed. Reordering rows, blocks or columns is no change.
 *
 * @example
 * ```ts
 * import { parseStatement, diffStatements } from '@styrkit/statements';
 * const make = (v: number) => parseStatement({
 *   title: 'T', unit: 'tkr', columns: [{ id: 'a', label: '2025' }],
 *   blocks: [{ id: 'k', label: 'K', rows: [{ id: 'l', label: 'Licenser', values: { a: v } }] }],
 * });
 * const a = make(100); const b = make(120);
 * if (a.ok && b.ok) diffStatements(a.value, b.value)[0]?.delta?.toString(); // '20'
 * ```
 */
export function diffStatements(before: Statement, after: Statement): StatementChange[] {
  requireStatement(before, 'diffStatements');
  requireStatement(after, 'diffStatements');
  const old = new Map(statementLines(before).map((l) => [l.key, l]));
  const now = new Map(statementLines(after).map((l) => [l.key, l]));
  const columnLabel = new Map<string, string>();
  for (const c of [...before.columns, ...after.columns]) columnLabel.set(c.id, c.label);
  const changes: StatementChange[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(key);
    const b = now.get(key);
    for (const column of columnLabel.keys()) {
      const x = a === undefined ? NONE : cellOf(a, column);
      const y = b === undefined ? NONE : cellOf(b, column);
      if (statementCellsEqual(x, y)) continue;
      const change = x.kind === 'none' ? 'added' : y.kind === 'none' ? 'removed' : 'changed';
      changes.push({
        line: key,
        label: (b ?? a)?.label ?? key,
        column: columnLabel.get(column) ?? column,
        before: x,
        after: y,
        change,
        ...(x.kind === 'value' && y.kind === 'value' ? { delta: y.value.minus(x.value) } : {}),
      });
    }
  }
  return changes;
}

function show(cell: StatementCell): Exact | string | null {
  if (cell.kind === 'value') return cell.value;
  return cell.kind === 'unknown' ? '?' : null;
}

const changeText = {
  added: { sv: 'tillagd', en: 'added' },
  removed: { sv: 'borttagen', en: 'removed' },
  changed: { sv: 'ändrad', en: 'changed' },
} as const;

/**
 * The changes as a core table (line, column, before, after, change), for the host's diff
 * view and exports.
 *
 * @example
 * ```ts
 * import { diffTable } from '@styrkit/statements';
 * diffTable([], 'tkr').rows.length; // 0
 * ```
 */
export function diffTable(
  changes: readonly StatementChange[],
  unit: string,
  options: { locale?: NumberLocale } = {},
): Table {
  const locale = options.locale ?? 'sv';
  return {
    id: 'statements/diff',
    title: { sv: 'Ändringar mellan versionerna', en: 'Changes between the versions' },
    columns: [
      { key: 'line', title: { sv: 'Rad', en: 'Line' }, kind: 'text' },
      { key: 'column', title: { sv: 'Kolumn', en: 'Column' }, kind: 'text' },
      {
        key: 'before',
        title: { sv: 'Före', en: 'Before' },
        kind: 'money',
        ...(unit === '' ? {} : { unit }),
      },
      {
        key: 'after',
        title: { sv: 'Efter', en: 'After' },
        kind: 'money',
        ...(unit === '' ? {} : { unit }),
      },
      {
        key: 'delta',
        title: { sv: 'Förändring', en: 'Change' },
        kind: 'money',
        ...(unit === '' ? {} : { unit }),
      },
      { key: 'change', title: { sv: 'Typ', en: 'Kind' }, kind: 'text' },
    ],
    rows: changes.map((c) => ({
      cells: {
        line: c.label,
        column: c.column,
        before: show(c.before),
        after: show(c.after),
        delta: c.delta ?? null,
        change: changeText[c.change][locale],
      },
    })),
  };
}
