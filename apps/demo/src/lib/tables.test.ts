import { describe, expect, it } from 'vitest';
import {
  cellText,
  headerText,
  numberOf,
  pathTarget,
  tableToCsv,
  type JsonTable,
} from './tables.js';

const table: JsonTable = {
  id: 'pm3/budget-matrix',
  title: { sv: 'Budget', en: 'Budget' },
  columns: [
    { key: 'activity', title: { sv: 'Huvudaktivitet', en: 'Main activity' }, kind: 'text' },
    {
      key: 'itVm',
      title: { sv: 'IT-nära VM', en: 'IT side VM' },
      kind: 'money',
      unit: 'kkr',
      decimals: 0,
    },
    { key: 'share', title: { sv: 'Andel', en: 'Share' }, kind: 'percent', decimals: 2 },
  ],
  rows: [
    { cells: { activity: 'Användarstöd', itVm: '24000', share: '32.85' } },
    {
      cells: { activity: { sv: 'Summa; allt', en: 'Total; all' }, itVm: null, share: null },
      kind: 'total',
    },
  ],
};

describe('host tables', () => {
  it('shows numbers in the locale, empty cells as a dash, never 0', () => {
    const [activity, itVm, share] = table.columns;
    if (activity === undefined || itVm === undefined || share === undefined)
      throw new Error('columns');
    expect(cellText('24000', itVm, 'sv')).toBe('24\u00a0000');
    expect(cellText('24000', itVm, 'en')).toBe('24,000');
    expect(cellText(null, itVm, 'sv')).toBe('–');
    expect(cellText('32.85', share, 'sv')).toBe('32,85\u00a0%');
    // A whole share keeps its sign in both languages (it formats to itself).
    const whole = { key: 'req', title: { sv: 'Krav', en: 'Required' }, kind: 'percent' } as const;
    expect(cellText('33', whole, 'sv')).toBe('33\u00a0%');
    expect(cellText('33', whole, 'en')).toBe('33\u00a0%');
    expect(cellText('100', whole, 'en')).toBe('100\u00a0%');
    expect(cellText({ sv: 'Ja', en: 'Yes' }, activity, 'en')).toBe('Yes');
    expect(headerText(itVm, 'sv')).toBe('IT-nära VM (kkr)');
  });

  it('writes CSV the way Swedish Excel reads it', () => {
    const sv = tableToCsv(table, 'sv');
    expect(sv.startsWith('\uFEFF')).toBe(true);
    expect(sv).toContain('Huvudaktivitet;IT-nära VM (kkr);Andel');
    expect(sv).toContain('Användarstöd;24000;32,85');
    expect(sv).toContain('"Summa; allt";;');
    expect(tableToCsv(table, 'en')).toContain('Användarstöd,24000,32.85');
  });

  it('reads numbers and finding paths', () => {
    expect(numberOf('1823196')).toBe(1823196);
    expect(numberOf(null)).toBeUndefined();
    expect(numberOf('Kvinnor')).toBeUndefined();
    expect(pathTarget(['budget', 'rows', 2, 'businessVm'])).toEqual({
      matrix: 'budget',
      row: 2,
      column: 'businessVm',
    });
    expect(pathTarget(['budget', 'statedColumnTotals', 'itVm'])).toEqual({
      matrix: 'budget',
      column: 'itVm',
    });
    expect(pathTarget(['fte', 'rows', 1, 'statedTotal'])).toEqual({
      matrix: 'fte',
      row: 1,
      column: 'statedTotal',
    });
  });
});
