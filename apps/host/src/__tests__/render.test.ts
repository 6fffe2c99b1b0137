import { exact, type Table } from '@styrkit/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderTables } from '../render.js';

// Plugins write text cells either as plain strings or in both languages; every format must
// pick the reader's language (a pm3 table names its rows in Swedish and English).
const table: Table = {
  id: 'demo/budget',
  title: { sv: 'Budget', en: 'Budget' },
  columns: [
    { key: 'row', title: { sv: 'Huvudaktivitet', en: 'Main activity' }, kind: 'text' },
    { key: 'kkr', title: { sv: 'Belopp', en: 'Amount' }, kind: 'money', unit: 'kkr' },
  ],
  rows: [
    {
      cells: {
        row: { sv: 'Förvaltningsstyrning', en: 'Maintenance management' },
        kkr: exact('1800'),
      },
    },
    { cells: { row: 'Summa', kkr: exact('45100') }, kind: 'total' },
  ],
};

async function xlsxCells(locale: 'sv' | 'en'): Promise<unknown[][]> {
  const bytes = (await renderTables([table], 'xlsx', locale, 'Budget')) as Uint8Array;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("table rendering picks the reader's language for bilingual cells", () => {
  it('XLSX', async () => {
    expect((await xlsxCells('sv'))[1]).toEqual(['Förvaltningsstyrning', 1800]);
    expect((await xlsxCells('en'))[1]).toEqual(['Maintenance management', 1800]);
  });

  it('CSV, Markdown and HTML', async () => {
    expect(await renderTables([table], 'csv', 'en', 'Budget')).toContain(
      'Maintenance management,1800',
    );
    expect(await renderTables([table], 'md', 'sv', 'Budget')).toContain('| Förvaltningsstyrning |');
    const html = await renderTables([table], 'html', 'en', 'Budget');
    expect(html).toContain('Maintenance management');
    expect(html).not.toContain('[object Object]');
  });
});
