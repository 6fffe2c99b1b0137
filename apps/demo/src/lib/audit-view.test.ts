import { describe, expect, it } from 'vitest';
import type { Finding } from './api.js';
import {
  buildAuditView,
  cellKey,
  cellName,
  cellShown,
  claimOf,
  documentRoute,
  draftFor,
  expectedActual,
  sourceText,
  suggestedId,
  tableTitle,
  targetOf,
  uploadError,
  type AuditReport,
  type AuditTable,
} from './audit-view.js';

const finding = (
  code: string,
  path: (string | number)[],
  severity: Finding['severity'] = 'error',
  extra: Partial<Finding> = {},
): Finding => ({ code, severity, path, message: { sv: `${code} sv`, en: `${code} en` }, ...extra });

const cell = (text: string) => ({ text, status: text === '' ? 'empty' : 'number' });

// Linköping A budget (seed linkoping-vso-objektplan-2021.txt:177-183), one total changed.
const budget: AuditTable = {
  index: 0,
  caption: 'Budget 2021',
  unit: 'kkr',
  kind: 'figures',
  headerRows: [['Huvudaktivitet', 'Verksamhetsnära förvaltning', '', 'IT-nära förvaltning', '']],
  columns: [
    { label: 'VM', path: ['Verksamhetsnära förvaltning', 'VM'] },
    { label: 'VU', path: ['Verksamhetsnära förvaltning', 'VU'] },
    { label: 'VM', path: ['IT-nära förvaltning', 'VM'] },
    { label: 'VU', path: ['IT-nära förvaltning', 'VU'] },
    { label: 'Summa', path: ['Summa'], total: true },
  ],
  rows: [
    {
      label: 'Förvaltningsstyrning',
      kind: 'data',
      cells: ['1 200', '100', '500', '0', '1 800'].map(cell),
    },
    { label: 'Användarstöd', kind: 'data', cells: ['2 000', '200', '0', '0', '2 300'].map(cell) },
    { label: 'Summa', kind: 'total', cells: ['3 200', '300', '500', '0', '4 000'].map(cell) },
  ],
  source: { file: 'plan.txt', line: 177 },
};
const sala: AuditTable = {
  index: 1,
  kind: 'figures',
  columns: [{ label: 'SUMMA', path: ['SUMMA'] }],
  rows: [
    {
      label: 'Summa offentlig och privat medfinansiering',
      kind: 'data',
      cells: [cell('1 823 196')],
    },
  ],
};

const report: AuditReport = {
  audit: {
    format: 'text',
    file: 'plan.txt',
    tables: [budget, sala],
    claims: [
      {
        kind: 'total-with-parts',
        text: 'beräknas uppgå till 22,7 miljoner',
        stated: { text: '22,7 miljoner', value: '22.7', unit: 'mnkr' },
        computed: '22.9',
        outcome: 'mismatch',
      },
    ],
    findings: [
      finding('documents/row-total-mismatch', ['tables', 0, 'rows', 1, 'cells', 4], 'error', {
        expected: '2200',
        actual: '2300',
      }),
      finding('documents/column-total-mismatch', ['tables', 0, 'rows', 2, 'cells', 4]),
      finding('documents/rounding', ['tables', 0, 'rows', 2], 'info'),
      finding('documents/ambiguous', ['tables', 0], 'warning'),
      finding('documents/text-total-mismatch', ['claims', 0], 'warning'),
      finding('documents/unreadable', []),
      finding('documents/stray', ['tables', 9, 'rows', 0, 'cells', 0]),
    ],
  },
  recognitions: [
    {
      recogniser: 'esf/financing-table',
      title: { sv: 'Finansieringstabell', en: 'Financing table' },
      kind: 'esf/final-report',
      tableIndexes: [1],
      document: { projectId: 'esf-projekt', figures: {} },
      findings: [
        finding('esf/cofinancing-below-required', ['figures', 'cofinancing']),
        finding('esf/draft-needs-input', ['projectId'], 'warning'),
      ],
      cells: [{ finding: 0, table: 1, row: 0, column: 0 }],
    },
    {
      recogniser: 'statements/any-table',
      title: { sv: 'Tabell med belopp', en: 'Table of amounts' },
      kind: 'statements/statement',
      tableIndexes: [0],
      document: {},
      findings: [finding('statements/grand-total-mismatch', ['lines', 0])],
      cells: [{ finding: 0, table: 0, row: 2, column: 4 }],
      fallback: true,
    },
  ],
  findings: [finding('host/recogniser-failed', ['tables', 1], 'warning')],
};

describe('audit view: finding paths to cells', () => {
  it('reads table, row and cell paths, and claim paths', () => {
    expect(targetOf(['tables', 0, 'rows', 4, 'cells', 1])).toEqual({ table: 0, row: 4, column: 1 });
    expect(targetOf(['tables', 2, 'rows', 3])).toEqual({ table: 2, row: 3 });
    expect(targetOf(['tables', 2])).toEqual({ table: 2 });
    expect(targetOf(['tables', -1])).toBeUndefined();
    expect(targetOf(['tables', '0', 'rows', 1])).toBeUndefined();
    expect(targetOf(['budget', 'rows', 0])).toBeUndefined();
    expect(claimOf(['claims', 0, 'parts', 2])).toBe(0);
    expect(claimOf(['tables', 0])).toBeUndefined();
  });

  it('numbers each table’s findings (errors first) and marks the cells and rows they concern', () => {
    const view = buildAuditView(report);
    const [first, second] = view.tables;
    expect(first?.findings.map((f) => [f.note, f.finding.code])).toEqual([
      [1, 'documents/row-total-mismatch'],
      [2, 'documents/column-total-mismatch'],
      [3, 'documents/ambiguous'],
      [4, 'documents/rounding'],
    ]);
    expect(first?.cells.get(cellKey(1, 4))).toEqual([1]);
    expect(first?.cells.get(cellKey(2, 4))).toEqual([2]);
    expect(first?.rows.get(2)).toEqual([4]);
    expect(first?.cells.get(cellKey(0, 0))).toBeUndefined();
    // A draft's finding reaches the cell its figure came from; one without a cell stays off
    // the table (it is listed with its recognition).
    expect(second?.cells.get(cellKey(0, 0))).toEqual([1]);
    expect(second?.findings[0]?.from?.sv).toBe('Finansieringstabell');
    // The host's own finding about the table is listed with it, not on a cell.
    expect(second?.findings.map((f) => f.finding.code)).toEqual([
      'esf/cofinancing-below-required',
      'host/recogniser-failed',
    ]);
    // A fallback draft's findings restate the table's: not marked, not counted again.
    expect(first?.cells.get(cellKey(2, 4))).toEqual([2]);
    expect(view.claims[0]?.findings.map((f) => f.code)).toEqual(['documents/text-total-mismatch']);
    // A path to a table that does not exist is not lost: it is listed with the rest.
    expect(view.general.map((f) => f.code)).toEqual(['documents/unreadable', 'documents/stray']);
    expect(view.counts).toEqual({ error: 5, warning: 4, info: 1 });
  });

  it('names tables, columns and cells in both languages', () => {
    expect(tableTitle(budget, 'sv')).toBe('Budget 2021');
    expect(tableTitle(sala, 'sv')).toBe('Tabell 2');
    expect(tableTitle(sala, 'en')).toBe('Table 2');
    expect(cellName(budget, 1, 1, 'sv')).toBe(
      'rad Användarstöd, kolumn Verksamhetsnära förvaltning / VU',
    );
    expect(cellName(budget, 2, 4, 'en')).toBe('row Summa, column Summa');
    expect(cellShown({ text: '  ', status: 'empty' })).toBe('–');
    expect(cellShown({ text: '1 200', status: 'number' })).toBe('1 200');
    expect(sourceText({ sheet: 'Budget', cell: 'C7' }, 'sv')).toBe('blad Budget, C7');
    expect(sourceText({ page: 3, line: 12 }, 'en')).toBe('page 3, line 12');
  });

  it('shows expected and actual in the locale', () => {
    const f = finding('x', [], 'error', { expected: '2200', actual: '2300' });
    expect(expectedActual(f, 'sv')).toBe('förväntat 2\u00a0200, faktiskt 2\u00a0300');
    expect(expectedActual(f, 'en')).toBe('expected 2,200, actual 2,300');
    expect(expectedActual(finding('y', []), 'sv')).toBeUndefined();
  });

  it('suggests ids for new drafts, unique on the page, and puts the id into the draft', () => {
    const plan = { kind: 'pm3/objektplan', document: { id: 'objektplan-utkast', year: 2021 } };
    expect(suggestedId(plan)).toBe('objektplan-utkast');
    expect(suggestedId(plan, ['objektplan-utkast', 'objektplan-utkast-2'])).toBe(
      'objektplan-utkast-3',
    );
    expect(suggestedId({ kind: 'esf/final-report', document: { projectId: 'p' } })).toBe(
      'esf-final-report-utkast',
    );
    expect(suggestedId({ kind: 'esf/final-report', document: { id: 'bad id!' } })).toBe(
      'esf-final-report-utkast',
    );
    expect(draftFor(plan, 'plan-2021')).toEqual({ id: 'plan-2021', year: 2021 });
    expect(draftFor({ document: { projectId: 'p' } }, 'x')).toEqual({ projectId: 'p' });
    expect(documentRoute('pm3/objektplan', 'a b')).toBe('/objektplan/a%20b');
    expect(documentRoute('esf/final-report', 'x')).toBe('/dokument/esf/final-report/x');
  });

  it('turns an error answer into an ApiError with the host’s findings', () => {
    const e = uploadError(413, { error: { findings: [finding('host/too-large', [])] } });
    expect(e.status).toBe(413);
    expect(e.findings[0]?.code).toBe('host/too-large');
    expect(uploadError(500, null).findings).toEqual([]);
  });
});
