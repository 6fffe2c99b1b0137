import { Exact, formatNumber } from '@styrkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseDocument,
  auditText,
  readMarkdown,
  readText,
  type DocumentAudit,
} from '../index.js';

/** Text made of the pieces extracted committee text is made of. */
const pieces = fc.constantFrom(
  '\t',
  '\n',
  ' ',
  '  ',
  '|',
  '|---|',
  '<b>',
  '</b>',
  '<i>',
  '**',
  '#',
  '• ',
  '- ',
  '1 200',
  '0',
  '45 100',
  '-9 722',
  '−5',
  '1,5',
  '?',
  '–',
  'Summa',
  'Totalt',
  'S:a',
  'Tabell 2 ',
  'ca ',
  'miljoner',
  'tkr',
  '%',
  'uppgår till ',
  'varav ',
  'totalt ',
  '.',
  ':',
  'Personal',
  '2.1 Syfte',
  '.....',
  '096',
  '3432',
);
const extractedText = fc.array(pieces, { maxLength: 200 }).map((p) => p.join(''));

function everyCheckAddsUp(audit: DocumentAudit): void {
  for (const table of audit.tables) {
    for (const check of table.checks) {
      let sum = Exact.ZERO;
      check.parts.forEach(([r, c], i) => {
        const value = table.rows[r]?.values[c];
        expect(value).toBeInstanceOf(Exact);
        if (value instanceof Exact) sum = sum.plus(check.signs[i] === -1 ? value.negated() : value);
      });
      expect(sum.equals(check.computed)).toBe(true);
      const stated = table.rows[check.row]?.values[check.column];
      expect(stated instanceof Exact && stated.equals(check.stated)).toBe(true);
    }
  }
  // Every total finding's expected figure is the computed figure of a check at its path.
  for (const f of audit.findings) {
    if (f.path[0] !== 'tables' || f.path.length !== 6 || f.expected === undefined) continue;
    const table = audit.tables[Number(f.path[1])];
    const check = table?.checks.find(
      (c) => c.row === f.path[3] && c.column === f.path[5] && c.computed.toString() === f.expected,
    );
    expect(check).toBeDefined();
  }
}

describe('properties', () => {
  it('the readers and the analysis never throw on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), extractedText),
        (text) => {
          const model = readText(text);
          const markdown = readMarkdown(text);
          analyseDocument(model);
          analyseDocument(markdown, { locale: 'en' });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('every reported total is the sum of the cells it names', () => {
    fc.assert(
      fc.property(extractedText, (text) => {
        everyCheckAddsUp(auditText(text));
      }),
      { numRuns: 400 },
    );
  });

  const matrix = fc
    .record({
      rows: fc.integer({ min: 2, max: 6 }),
      cols: fc.integer({ min: 2, max: 4 }),
      seed: fc.array(fc.integer({ min: 1, max: 90_000 }), { minLength: 24, maxLength: 24 }),
      spaced: fc.boolean(),
    })
    .map(({ rows, cols, seed }) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => seed[(r * cols + c) % seed.length] ?? 1),
      ),
    );

  it('a table whose totals hold gives no error or warning (tab-separated)', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const cols = m[0]?.length ?? 0;
        const fmt = (n: number) => formatNumber(Exact.of(n));
        const lines = [
          ['Post', ...Array.from({ length: cols }, (_, c) => `K${c + 1}`), 'Summa'].join('\t'),
        ];
        m.forEach((row, r) =>
          lines.push(
            [`Rad ${r + 1}`, ...row.map(fmt), fmt(row.reduce((a, b) => a + b, 0))].join('\t'),
          ),
        );
        const colSums = Array.from({ length: cols }, (_, c) =>
          m.reduce((a, row) => a + (row[c] ?? 0), 0),
        );
        lines.push(
          ['Summa', ...colSums.map(fmt), fmt(colSums.reduce((a, b) => a + b, 0))].join('\t'),
        );
        const audit = auditText(lines.join('\n'));
        expect(audit.findings.filter((f) => f.severity !== 'info')).toEqual([]);
        everyCheckAddsUp(audit);
      }),
      { numRuns: 200 },
    );
  });

  it('a space-separated table whose totals hold is read right or reported, never wrongly summed', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const cols = m[0]?.length ?? 0;
        const fmt = (n: number) => formatNumber(Exact.of(n));
        const lines = ['Belopp tkr', ''];
        m.forEach((row, r) =>
          lines.push(
            `Rad ${r + 1} ${[...row, row.reduce((a, b) => a + b, 0)].map(fmt).join(' ')}`,
            '',
          ),
        );
        const colSums = Array.from({ length: cols }, (_, c) =>
          m.reduce((a, row) => a + (row[c] ?? 0), 0),
        );
        lines.push(
          `Summa ${[...colSums, colSums.reduce((a, b) => a + b, 0)].map(fmt).join(' ')}`,
          '',
        );
        const audit = auditText(lines.join('\n'));
        const errors = audit.findings.filter((f) => f.severity === 'error');
        expect(errors).toEqual([]);
        everyCheckAddsUp(audit);
      }),
      { numRuns: 200 },
    );
  });
});
