import type { Finding, LocalizedText, SourceRef } from '@styrkit/core';
import { documentCodes } from '../codes.js';
import {
  brokenRelationMessage,
  columnTotalMessage,
  roundingMessage,
  rowTotalMessage,
  tableName,
  unknownItemsMessage,
  type TotalMessage,
} from '../messages.js';
import type { SourceLocation } from '../model.js';
import type { TotalCheck } from './check-types.js';
import type { AnalysedPart } from './table.js';

/** A source location as a finding's source reference. */
export function sourceRef(at: SourceLocation): SourceRef {
  return { ...at };
}

const WHAT: Record<TotalCheck['rule'], LocalizedText> = {
  'column-total': { sv: 'summan', en: 'the total' },
  'block-total': { sv: 'delsumman', en: 'the subtotal' },
  'row-total': { sv: 'radsumman', en: 'the row total' },
  relation: { sv: 'sambandet', en: 'the relation' },
};

function relationWhat(check: TotalCheck): LocalizedText {
  if (check.rule !== 'relation' || check.relation === undefined) return WHAT[check.rule];
  return {
    sv: `sambandet ${check.relation} på raden`,
    en: `the relation ${check.relation} in row`,
  };
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
export function tableFindings(part: AnalysedPart): Finding[] {
  const { table } = part;
  const name = tableName(table.caption, table.index);
  const findings: Finding[] = [];
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
    const m: TotalMessage = {
      table: name,
      row: row?.label ?? '',
      column: column?.label ?? '',
      stated: check.stated,
      computed: check.computed,
      ...(unit === undefined ? {} : { unit }),
      ...(cell?.source.line === undefined ? {} : { line: cell.source.line }),
      estimate: check.estimate,
      decimals: check.decimals,
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
          message: roundingMessage(m, relationWhat(check)),
        }),
      );
      continue;
    }
    const message =
      check.rule === 'row-total'
        ? rowTotalMessage(m)
        : check.rule === 'relation'
          ? brokenRelationMessage(m, check.relation ?? '')
          : columnTotalMessage(m, check.rule === 'block-total');
    findings.push(
      documentCodes.create(CODE[check.rule], {
        ...base,
        message,
        ...(check.estimate ? { severity: 'warning' } : {}),
      }),
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
        message: unknownItemsMessage(
          {
            table: name,
            row: row?.label ?? '',
            column: column?.label ?? '',
            computed: u.known,
            decimals: 0,
            ...(unit === undefined ? {} : { unit }),
            ...(cell?.source.line === undefined ? {} : { line: cell.source.line }),
          },
          u.unknown,
        ),
        ...(cell === undefined ? {} : { source: sourceRef(cell.source) }),
      }),
    );
  }
  findings.push(...readingFindings(part, name));
  return findings;
}

function readingFindings(part: AnalysedPart, name: LocalizedText): Finding[] {
  const { table, spaced } = part;
  if (spaced === undefined) return [];
  const out: Finding[] = [];
  if (spaced.decidedBy === 'totals') {
    out.push(
      documentCodes.create('documents/reading-chosen-by-totals', {
        path: ['tables', table.index],
        message: {
          sv: `${name.sv}: siffrorna står åtskilda av mellanslag, som kan vara både tusentalsavgränsare och kolumngränser (${spaced.alternatives} möjliga läsningar). Läsningen med ${spaced.columns} ${spaced.columns === 1 ? 'kolumn' : 'kolumner'} valdes, eftersom tabellens egna rad- och kolumnsummor stämmer med den.`,
          en: `${name.en}: the figures are separated by spaces, which can be thousands separators or column gaps (${spaced.alternatives} possible readings). The reading with ${spaced.columns} columns was chosen, as the table’s own row and column totals hold under it.`,
        },
        source: sourceRef(table.source),
      }),
    );
  }
  for (const r of part.ambiguousRows) {
    const row = table.rows[r];
    out.push(
      documentCodes.create('documents/ambiguous-reading', {
        path: ['tables', table.index, 'rows', r],
        message: {
          sv: `${name.sv}: raden "${row?.label ?? ''}" kan delas i kolumner på flera sätt och tabellens summor avgör inte vilket; raden kontrolleras inte.`,
          en: `${name.en}: row "${row?.label ?? ''}" can be split into columns in several ways and the table’s totals do not decide; the row is not checked.`,
        },
        ...(row === undefined ? {} : { source: sourceRef(row.source) }),
      }),
    );
  }
  for (const r of part.unreadableRows) {
    const row = table.rows[r];
    out.push(
      documentCodes.create('documents/unreadable-cell', {
        path: ['tables', table.index, 'rows', r],
        message: {
          sv: `${name.sv}: raden "${row?.label ?? ''}" kunde inte delas i tabellens ${spaced.columns} ${spaced.columns === 1 ? 'kolumn' : 'kolumner'}.`,
          en: `${name.en}: row "${row?.label ?? ''}" could not be split into the table’s ${spaced.columns} columns.`,
        },
        ...(row === undefined ? {} : { source: sourceRef(row.source) }),
      }),
    );
  }
  return out;
}
