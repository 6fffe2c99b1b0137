import type { SourceRef } from '@styrkit/core';
import { documentCodes, type DocumentFinding } from '../codes.js';
import type { DocumentCellTotalData, DocumentTableRef } from '../messages.js';
import type { SourceLocation } from '../model.js';
import type { TotalCheck } from './check-types.js';
import type { AnalysedPart } from './table.js';

/** A source location as a finding's source reference. */
export function sourceRef(at: SourceLocation): SourceRef {
  return { ...at };
}

const CODE: Record<
  TotalCheck['rule'],
  | 'documents/column-total-mismatch'
  | 'documents/block-total-mismatch'
  | 'documents/row-total-mismatch'
  | 'documents/broken-relation'
> = {
  'column-total': 'documents/column-total-mismatch',
  'block-total': 'documents/block-total-mismatch',
  'row-total': 'documents/row-total-mismatch',
  relation: 'documents/broken-relation',
};

/**
 * Words the findings of one analysed table: every check that does not hold (a mismatch, or a
 * rounding difference as info), totals with unknown items, and how a spaced table was read.
 * Paths point at the stated cell: `['tables', t, 'rows', r, 'cells', c]`.
 */
export function tableFindings(part: AnalysedPart): DocumentFinding[] {
  const { table } = part;
  const name: DocumentTableRef =
    table.caption === undefined
      ? { index: table.index }
      : { caption: table.caption, index: table.index };
  const findings: DocumentFinding[] = [];
  const seen = new Set<string>();
  for (const check of table.checks) {
    if (check.outcome === 'holds') continue;
    const key = `${check.row}/${check.column}/${check.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = table.rows[check.row];
    const column = table.columns[check.column];
    const cell = row?.cells[check.column];
    const unit = column?.unit ?? table.unit;
    const m: DocumentCellTotalData = {
      table: name,
      row: row?.label ?? '',
      column: column?.label ?? '',
      stated: check.stated,
      computed: check.computed,
      ...(unit === undefined ? {} : { unit }),
      ...(cell?.source.line === undefined ? {} : { line: cell.source.line }),
      estimate: check.estimate,
    };
    const path = ['tables', table.index, 'rows', check.row, 'cells', check.column];
    const base = {
      path,
      expected: check.computed,
      actual: check.stated,
      ...(cell === undefined ? {} : { source: sourceRef(cell.source) }),
    };
    if (check.outcome === 'rounding') {
      findings.push(
        documentCodes.create('documents/rounding-difference', {
          ...base,
          data: {
            ...m,
            in: 'table',
            rule: check.rule,
            ...(check.relation === undefined ? {} : { relation: check.relation }),
            decimals: check.decimals,
          },
        }),
      );
      continue;
    }
    const severity = check.estimate ? { severity: 'warning' as const } : {};
    findings.push(
      check.rule === 'relation'
        ? documentCodes.create('documents/broken-relation', {
            ...base,
            data: { ...m, relation: check.relation ?? '' },
            ...severity,
          })
        : documentCodes.create(CODE[check.rule], { ...base, data: m, ...severity }),
    );
  }
  for (const u of part.unknowns) {
    const row = table.rows[u.row];
    const column = table.columns[u.column];
    const cell = row?.cells[u.column];
    const unit = column?.unit ?? table.unit;
    findings.push(
      documentCodes.create('documents/total-has-unknown', {
        path: ['tables', table.index, 'rows', u.row, 'cells', u.column],
        data: {
          table: name,
          row: row?.label ?? '',
          column: column?.label ?? '',
          known: u.known,
          unknown: u.unknown,
          ...(unit === undefined ? {} : { unit }),
          ...(cell?.source.line === undefined ? {} : { line: cell.source.line }),
        },
        ...(cell === undefined ? {} : { source: sourceRef(cell.source) }),
      }),
    );
  }
  findings.push(...readingFindings(part, name));
  return findings;
}

function readingFindings(part: AnalysedPart, name: DocumentTableRef): DocumentFinding[] {
  const { table, spaced } = part;
  if (spaced === undefined) return [];
  const out: DocumentFinding[] = [];
  if (spaced.decidedBy === 'totals') {
    out.push(
      documentCodes.create('documents/reading-chosen-by-totals', {
        path: ['tables', table.index],
        data: { table: name, alternatives: spaced.alternatives, columns: spaced.columns },
        source: sourceRef(table.source),
      }),
    );
  }
  for (const r of part.ambiguousRows) {
    const row = table.rows[r];
    out.push(
      documentCodes.create('documents/ambiguous-reading', {
        path: ['tables', table.index, 'rows', r],
        data: { table: name, row: row?.label ?? '' },
        ...(row === undefined ? {} : { source: sourceRef(row.source) }),
      }),
    );
  }
  for (const r of part.unreadableRows) {
    const row = table.rows[r];
    out.push(
      documentCodes.create('documents/unreadable-cell', {
        path: ['tables', table.index, 'rows', r],
        data: { table: name, row: row?.label ?? '', columns: spaced.columns },
        ...(row === undefined ? {} : { source: sourceRef(row.source) }),
      }),
    );
  }
  return out;
}
