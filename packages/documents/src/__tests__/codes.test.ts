import { exact } from '@styrkit/core';
import { catalogueRenderProblems } from '@styrkit/core/testing';
import { describe, expect, it } from 'vitest';
import { auditText, documentCodes, type DocumentCode } from '../index.js';

describe('the finding catalogue', () => {
  it('documents every code in Swedish and English', () => {
    const codes = Object.entries(documentCodes.specs);
    expect(codes.length).toBeGreaterThanOrEqual(12);
    for (const [code, spec] of codes) {
      expect(code).toMatch(/^documents\/[a-z-]+$/);
      for (const text of [spec.title.sv, spec.title.en, spec.description.sv, spec.description.en]) {
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('every finding the audit gives has a catalogued code and a message in both languages', () => {
    const text = [
      'Post\tA\tB\tSumma',
      'X\t1\t2\t4',
      'Y\t?\t1\t1',
      'Summa\t2\t3\t6',
      '',
      'Kostnaden uppgår till 10 mnkr, varav 7 mnkr personal och 5 mnkr lokaler.',
    ].join('\n');
    const audit = auditText(text);
    expect(audit.findings.length).toBeGreaterThan(0);
    for (const f of audit.findings) {
      expect(Object.keys(documentCodes.specs)).toContain(f.code);
      expect(f.message.sv).not.toEqual(f.message.en);
      // English messages carry no Swedish sentence words.
      expect(f.message.en).not.toMatch(/\b(?:anger|men|raderna|summan|delarna)\b/);
    }
  });
});

type DataOf<K extends DocumentCode> = Parameters<
  (typeof documentCodes.specs)[K]['message']['sv']
>[0];

// Labels a document wrote are kept ASCII here, so any Swedish in English output is the catalogue's.
const table = { caption: 'Budget 2023', index: 0 };
const numbered = { index: 2 };
const cell = {
  table,
  row: 'Total',
  column: 'Outcome',
  stated: exact('45100'),
  computed: exact('45000'),
};

/** Every code with data for each of its variants (see fixtures/seeds for the real findings). */
const samples: { readonly [K in DocumentCode]: readonly DataOf<K>[] } = {
  'documents/row-total-mismatch': [
    { ...cell, unit: 'tkr', line: 12 },
    { ...cell, estimate: true },
  ],
  'documents/column-total-mismatch': [
    { ...cell, table: numbered, unit: 'årsarbeten', stated: exact(1), computed: exact('1.5') },
  ],
  'documents/block-total-mismatch': [{ ...cell, unit: 'timmar', line: 3, estimate: true }],
  'documents/broken-relation': [{ ...cell, relation: 'Deviation = Outcome - Budget', unit: 'tkr' }],
  'documents/text-total-mismatch': [
    {
      stated: exact('10'),
      unit: 'mnkr',
      parts: [
        { value: exact('7'), estimate: false },
        { value: exact('5'), estimate: true },
      ],
      computed: exact('12'),
      line: 4,
      estimate: true,
    },
    {
      stated: exact('3'),
      parts: [{ value: exact('1'), estimate: false }],
      computed: exact('1'),
      estimate: false,
    },
  ],
  'documents/text-restates-table-mismatch': [
    {
      stated: exact('170'),
      noun: 'laptops',
      table: exact('168'),
      tables: [numbered, table],
      line: 9,
    },
  ],
  'documents/text-restates-wrong-total': [
    { stated: exact('170'), noun: 'laptops', table: exact('171'), tables: [numbered] },
  ],
  'documents/rounding-difference': [
    { ...cell, in: 'table', rule: 'column-total', decimals: 0, unit: 'tkr' },
    { ...cell, in: 'table', rule: 'block-total', decimals: 1 },
    { ...cell, in: 'table', rule: 'row-total', decimals: 2 },
    { ...cell, in: 'table', rule: 'relation', relation: 'C = A - B', decimals: 0, line: 7 },
    { ...cell, in: 'table', rule: 'relation', decimals: 0 },
    {
      in: 'text',
      stated: exact('22.7'),
      unit: 'mnkr',
      computed: exact('22.8'),
      decimals: 1,
      line: 2,
    },
  ],
  'documents/total-has-unknown': [
    { table, row: 'Total', column: 'Cost', known: exact('5'), unknown: 1, unit: 'tkr', line: 5 },
    { table: numbered, row: 'Total', column: 'Cost', known: exact('5'), unknown: 3 },
  ],
  'documents/ambiguous-reading': [{ table, row: 'Staff' }],
  'documents/reading-chosen-by-totals': [
    { table, alternatives: 4, columns: 3 },
    { table: numbered, alternatives: 2, columns: 1 },
  ],
  'documents/unreadable-cell': [
    { table, row: 'Staff', columns: 3 },
    { table: numbered, row: 'Staff', columns: 1 },
  ],
  'documents/too-large': [
    { kind: 'input', size: 200, limit: 100 },
    { kind: 'zip-entries', count: 20000 },
    { kind: 'unpacked' },
  ],
  'documents/truncated': [
    { limit: 'cells', count: 10 },
    { limit: 'characters', count: 200 },
    { limit: 'pages', count: 1 },
  ],
  'documents/unreadable': [
    { kind: 'zip-corrupt', detail: 'bad central directory' },
    { kind: 'xml-part', part: 'word/document.xml', detail: 'unclosed tag' },
    { kind: 'xml-part', part: 'word/document.xml' },
    { kind: 'missing-part', container: 'docx' },
    { kind: 'missing-part', container: 'xlsx' },
    { kind: 'pdf', detail: 'Invalid PDF structure' },
    { kind: 'pdf' },
    { kind: 'odf' },
    { kind: 'other-zip' },
    { kind: 'binary', what: 'PNG' },
    { kind: 'binary' },
    { kind: 'failed', detail: 'boom' },
    { kind: 'failed' },
  ],
  'documents/encrypted': [{ what: 'zip-parts' }, { what: 'office' }, { what: 'pdf' }],
  'documents/legacy-format': [
    { extension: '.doc' },
    { extension: '.xls' },
    { extension: '.doc/.xls' },
  ],
  'documents/format-mismatch': [
    { named: 'pdf', actual: 'docx' },
    { named: 'markdown', actual: 'html' },
    { named: 'xlsx', actual: 'PNG' },
  ],
  'documents/empty': [{}],
  'documents/no-text': [{}],
};

/** Swedish words the catalogue uses; none may appear in English output. */
const SWEDISH =
  /[åäöÅÄÖ]|\b(summa|summan|delsumman|radsumman|sambandet|anger|angivet|och|inte|men|ger|okänd|okända|rad|raden|rader|raderna|kolumn|kolumnen|kolumner|tabell|tabellens|texten|delarna|filen|läsgränsen|celler|tecken|sidor|fel|ca|eller|av|för|som|är|den|det|till)\b/i;

describe('the documents code catalogue owns every message', () => {
  it('has a sample for every code and renders every one in both languages', () => {
    // Quoted text is the document's own (a row label, "ca" as the document writes it).
    const checks = { minLength: 11, swedishWords: SWEDISH, ignoreQuoted: true };
    expect(catalogueRenderProblems(documentCodes, samples, checks)).toEqual([]);
  });

  it('a table without a caption is "tabell 3" in Swedish and "table 3" in English', () => {
    const m = documentCodes.render('documents/text-restates-wrong-total', {
      stated: exact('170'),
      noun: 'datorer',
      table: exact('171'),
      tables: [numbered],
    });
    expect(m.sv).toBe(
      'Texten anger 170 datorer, som tabell 3 anger som totalsumma; men tabellens rader ger 171.',
    );
    expect(m.en).toBe(
      'The text states 170 datorer, as table 3 states as its total; but the table’s rows give 171.',
    );
  });

  it('a finding is worded when its message is read, from the data the rule passed', () => {
    const f = documentCodes.create('documents/row-total-mismatch', {
      path: ['tables', 0, 'rows', 1, 'cells', 3],
      data: { ...cell, unit: 'tkr' },
      expected: cell.computed,
      actual: cell.stated,
    });
    expect(JSON.parse(JSON.stringify(f))).toEqual({
      code: 'documents/row-total-mismatch',
      severity: 'error',
      path: ['tables', 0, 'rows', 1, 'cells', 3],
      message: {
        sv: 'Budget 2023: raden "Total" anger 45\u00a0100 tkr i summakolumnen "Outcome", men radens värden ger 45\u00a0000 tkr.',
        en: 'Budget 2023: row "Total" states 45,100 tkr in the total column "Outcome", but the row’s values give 45,000 tkr.',
      },
      expected: '45000',
      actual: '45100',
    });
  });
});
