import { describe, expect, it } from 'vitest';
import { exact, formatCell, tableToCsv, tableToMarkdown, type Table } from '../index.js';

const table: Table = {
  id: 'demo/budget',
  title: { sv: 'Budget | 2021', en: 'Budget | 2021' },
  columns: [
    { key: 'activity', title: { sv: 'Huvudaktivitet', en: 'Main activity' }, kind: 'text' },
    { key: 'vm', title: { sv: 'VM', en: 'Maint.' }, kind: 'money', unit: 'kkr' },
    { key: 'share', title: { sv: 'Andel', en: 'Share' }, kind: 'percent', decimals: 2 },
  ],
  rows: [
    { cells: { activity: 'Förvaltningsstyrning', vm: exact('1200'), share: exact('66.666') } },
    { cells: { activity: 'Ändringshantering; "utv"', vm: null } },
    { cells: { activity: 'Summa', vm: exact('1200') }, kind: 'total' },
  ],
  notes: [{ sv: 'Tomma celler är okända.', en: 'Empty cells are unknown.' }],
};

describe('tables', () => {
  it('renders Markdown with unknowns as a dash and totals in bold', () => {
    const md = tableToMarkdown(table);
    expect(md).toContain('**Budget \\| 2021**');
    expect(md).toContain('| Huvudaktivitet | VM (kkr) | Andel |');
    expect(md).toContain('| Förvaltningsstyrning | 1\u00a0200 | 66,67\u00a0% |');
    expect(md).toContain('| Ändringshantering; "utv" | – | – |');
    expect(md).toContain('| **Summa** | **1\u00a0200** | – |');
    expect(md).toContain('_Tomma celler är okända._');
    expect(tableToMarkdown(table, { locale: 'en' })).toContain(
      '| Main activity | Maint. (kkr) | Share |',
    );
  });

  it('renders CSV with exact plain numbers and RFC 4180 quoting', () => {
    expect(tableToCsv(table, { locale: 'en' })).toBe(
      'Main activity,Maint. (kkr),Share\r\nFörvaltningsstyrning,1200,66.666\r\n"Ändringshantering; ""utv""",,\r\nSumma,1200,\r\n',
    );
    expect(tableToCsv(table).split('\r\n')[2]).toBe('"Ändringshantering; ""utv""";;');
    expect(tableToCsv(table).split('\r\n')[1]).toBe('Förvaltningsstyrning;1200;66,666');
  });

  it("writes bilingual text cells in the reader's locale", () => {
    const t: Table = {
      ...table,
      rows: [{ cells: { activity: { sv: 'Hög', en: 'High' }, vm: exact('0.5') } }],
    };
    expect(tableToMarkdown(t, { locale: 'en' })).toContain('| High | 0.5 | – |');
    expect(tableToCsv(t).split('\r\n')[1]).toBe('Hög;0,5;');
  });

  it('formats a single cell', () => {
    expect(
      formatCell(exact('0.5'), {
        key: 'f',
        title: { sv: 'FTE', en: 'FTE' },
        kind: 'quantity',
        decimals: 1,
      }),
    ).toBe('0,5');
  });
});
