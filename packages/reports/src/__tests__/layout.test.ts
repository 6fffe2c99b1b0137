import { exact, plainCell, type Table } from '@styrkit/core';
import { describe, expect, it } from 'vitest';
import { findingsTable, needsLandscape, textIn } from '../index.js';
import { budget, report, wide } from './fixtures.js';

describe('layout and findings', () => {
  it('gives wide tables a landscape page and narrow ones a portrait page', () => {
    expect(needsLandscape(budget)).toBe(false);
    expect(needsLandscape(wide)).toBe(true);
  });

  it('lists findings errors first with their figures as numbers', () => {
    const table = findingsTable(report.findings ?? []);
    expect(table.rows.map((r) => r.cells.code)).toEqual([
      'pm3/row-sum-mismatch',
      'pm3/cost-without-fte',
    ]);
    expect(plainCell(table.rows[0]?.cells.actual)).toBe('1900.5');
    expect(table.rows[1]?.cells.path).toBeNull();
  });

  it('writes report text in a locale', () => {
    expect(textIn({ sv: 'Bilaga', en: 'Appendix' }, 'en')).toBe('Appendix');
    expect(textIn('SON 2020/123', 'sv')).toBe('SON 2020/123');
  });

  it('lays out a table of 200 000 rows and a cell of 200 000 words (no spread into Math.max)', () => {
    // Regression: column widths spread every cell into Math.max, which overflows the call stack
    // at about 120 000 arguments.
    const many: Table = {
      ...budget,
      rows: Array.from({ length: 200_000 }, (_, i) => ({
        cells: { activity: `Rad ${String(i)}`, vm: exact(i), vu: null, share: null },
      })),
    };
    expect(needsLandscape(many)).toBe(false);
    const wordy: Table = {
      ...budget,
      rows: [{ cells: { activity: 'ord '.repeat(200_000), vm: null, vu: null, share: null } }],
    };
    expect(needsLandscape(wordy)).toBe(false);
    const longWord: Table = {
      ...budget,
      rows: [{ cells: { activity: 'x'.repeat(200), vm: null, vu: null, share: null } }],
    };
    expect(needsLandscape(longWord)).toBe(true);
  });
});
