import {
  exact,
  pathToString,
  sortFindings,
  type Finding,
  type Table,
  type TableCell,
} from '@styrkit/core';
import { reportLabels, severityLabels } from './labels.js';

/** A figure as the reader's locale writes it ("22,7"); other text as it is. */
function figure(text: string | undefined): TableCell {
  if (text === undefined) return null;
  return /^-?\d+(\.\d+)?$/.test(text) ? exact(text) : text;
}

/**
 * The audit's findings as a core `Table` (severity, code, location, message, expected,
 * actual), errors first: what the findings appendix of a report shows.
 *
 * @example
 * ```ts
 * import { findingsTable } from '@styrkit/reports';
 * const t = findingsTable([{
 *   code: 'pm3/row-sum-mismatch', severity: 'error', path: ['budget', 'rows', 0],
 *   message: { sv: 'Radsumman stämmer inte', en: 'The row total does not match' },
 *   expected: '1800', actual: '1900',
 * }]);
 * t.rows[0]?.cells.code; // 'pm3/row-sum-mismatch'
 * ```
 */
export function findingsTable(findings: readonly Finding[]): Table {
  return {
    id: 'reports/findings',
    title: reportLabels.findingsTable,
    columns: [
      { key: 'severity', title: reportLabels.severity, kind: 'text' },
      { key: 'code', title: reportLabels.code, kind: 'text' },
      { key: 'path', title: reportLabels.path, kind: 'text' },
      { key: 'message', title: reportLabels.message, kind: 'text' },
      { key: 'expected', title: reportLabels.expected, kind: 'text' },
      { key: 'actual', title: reportLabels.actual, kind: 'text' },
    ],
    rows: sortFindings(findings).map((f) => ({
      cells: {
        severity: severityLabels[f.severity],
        code: f.code,
        path: f.path.length === 0 ? null : pathToString(f.path),
        message: f.message,
        expected: figure(f.expected),
        actual: figure(f.actual),
      },
    })),
  };
}
