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

describe('CSV for spreadsheets', () => {
  it('neutralises formulas in text cells, titles and notes; numbers stay numbers', async () => {
    const hostile: Table = {
      id: 't',
      title: { sv: 'T', en: 'T' },
      columns: [
        { key: 'a', title: { sv: '=cmd', en: '=cmd' }, kind: 'text' },
        { key: 'n', title: { sv: 'N', en: 'N' }, kind: 'money' },
      ],
      rows: [
        { cells: { a: '=HYPERLINK("http://evil.example","klicka")', n: exact('-5') } },
        { cells: { a: { sv: '+1+cmd|x', en: '@SUM(A1)' }, n: exact('1') } },
        { cells: { a: '\t=1', n: null } },
        { cells: { a: '-16,4', n: null } },
      ],
      notes: [{ sv: '-2+3', en: '-2+3' }],
    };
    const csv = String(await renderTables([hostile], 'csv', 'sv', 't'));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""klicka"")"`);
    expect(csv).toContain("'+1+cmd|x");
    expect(csv).toContain("'=cmd");
    expect(csv).toContain("'\t=1");
    expect(csv).toContain('-5'); // an amount is not a formula
    expect(csv).not.toContain("'-5");
    expect(csv).toContain('\r\n-16,4;'); // a text that is a plain number stays as it is
    const en = String(await renderTables([hostile], 'csv', 'en', 't'));
    expect(en).toContain("'@SUM(A1)");
  });

  it('the pm3 Markdown export escapes raw HTML from a title or a cell', async () => {
    const { pm3Plugin } = await import('@styrkit/pm3/plugin');
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { migrateDocument } = await import('@styrkit/plugin');
    const envelope = parse(
      readFileSync(
        new URL('../../../../docs/examples/linkoping-vso-2021/objektplan-a.yaml', import.meta.url),
        'utf8',
      ),
    ) as { document: Record<string, unknown>; schemaVersion: number };
    const kind = pm3Plugin.kinds.find((k) => k.name === 'pm3/objektplan');
    const doc = { ...envelope.document, title: '<img src=x onerror=alert(1)>\n# x' };
    const parsed = migrateDocument(kind!, doc, envelope.schemaVersion);
    expect(parsed.ok).toBe(true);
    const exporter = pm3Plugin.exporters.find((e) => e.id === 'pm3/objektplan-markdown');
    const md = String(
      await exporter!.render(parsed.ok ? parsed.value : undefined, {
        locale: 'sv',
        documents: () => [],
      }),
    );
    expect(md).not.toContain('<img');
    expect(md).toContain('# &lt;img src=x onerror=alert(1)&gt; # x');
  });
});

describe('spreadsheets laid out for reading', () => {
  // Figures from docs/examples/sala-esf-2021/ style shares and the Linköping budget matrix
  // (seeds/linkoping-objektplan.txt: 45 100 kkr total; ESF co-financing 67,15 % / 32,85 %).
  const formatted: Table = {
    id: 'demo/format',
    title: { sv: 'Budget och andelar', en: 'Budget and shares' },
    columns: [
      { key: 'row', title: { sv: 'Rad', en: 'Row' }, kind: 'text' },
      { key: 'kkr', title: { sv: 'Belopp', en: 'Amount' }, kind: 'money', unit: 'kkr' },
      { key: 'fte', title: { sv: 'Årsarbeten', en: 'FTE' }, kind: 'quantity', unit: 'åa' },
      { key: 'share', title: { sv: 'Andel', en: 'Share' }, kind: 'percent' },
    ],
    rows: [
      {
        cells: {
          row: 'Stödfinansiering',
          kkr: exact('45100'),
          fte: exact('21.3'),
          share: exact('67.15'),
        },
      },
      { cells: { row: 'Medfinansiering', kkr: exact('-9722'), fte: null, share: exact('32.85') } },
      { cells: { row: 'Stor', kkr: exact('12345678901234567.5'), fte: null, share: exact('0.5') } },
    ],
    notes: [{ sv: 'Källa: objektplanen', en: 'Source: the plan' }],
  };

  async function sheetOf(locale: 'sv' | 'en'): Promise<ExcelJS.Worksheet> {
    const bytes = (await renderTables([formatted], 'xlsx', locale, 'T')) as Uint8Array;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error('no sheet');
    return sheet;
  }

  it('formats numbers per column: thousands, unit, decimals and percent as a fraction', async () => {
    const sheet = await sheetOf('sv');
    expect(sheet.getCell('B2').value).toBe(45100);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0" kkr"');
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.0" åa"');
    expect(sheet.getCell('D2').value).toBe(0.6715);
    expect(sheet.getCell('D3').value).toBe(0.3285);
    expect(sheet.getCell('D4').value).toBe(0.005);
    expect(sheet.getCell('D2').numFmt).toBe('0.00%');
    expect(sheet.getCell('B3').value).toBe(-9722);
    // 18 significant digits do not fit a double: kept as exact text, never rounded.
    expect(sheet.getCell('B4').value).toBe('12345678901234567.5');
  });

  it('freezes the header row, sizes columns and filters the data only', async () => {
    const sheet = await sheetOf('en');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font.bold).toBe(true);
    expect(sheet.getCell('A1').value).toBe('Row');
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(8);
    expect(sheet.getColumn(2).width).toBeGreaterThan(sheet.getColumn(1).width ?? 0);
    expect(sheet.autoFilter).toBe('A1:D4'); // read back as a range: the data rows, not the notes
  });

  it('puts notes below the data after an empty row, as text', async () => {
    const sheet = await sheetOf('sv');
    expect(sheet.getRow(5).cellCount).toBe(0);
    expect(sheet.getCell('A6').value).toBe('Källa: objektplanen');
    expect(sheet.getCell('A6').numFmt).toBe('@');
  });

  it('CSV starts with a UTF-8 byte order mark for Swedish Excel', async () => {
    const csv = String(await renderTables([formatted], 'csv', 'sv', 'T'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toMatch(/^Rad;Belopp \(kkr\)/);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
});

describe('table download names', () => {
  it('name the document and the table, so each table saves under its own name', async () => {
    const { tablesFileName } = await import('../routes/export.js');
    expect(tablesFileName('plan-a', { table: 'pm3/budget-matrix' }, 'csv')).toBe(
      'plan-a-budget-matrix.csv',
    );
    expect(tablesFileName('plan-a', { table: 'pm3/fte-matrix' }, 'xlsx')).toBe(
      'plan-a-fte-matrix.xlsx',
    );
    expect(tablesFileName('plan-a', { view: 'pm3/initiatives' }, 'csv')).toBe(
      'plan-a-initiatives.csv',
    );
    expect(tablesFileName('plan-a', {}, 'csv')).toBe('plan-a.csv');
    // Nothing from the query can end the quoted header value or name a path.
    expect(tablesFileName('x', { table: 'a/"; evil=../../x' }, 'csv')).toBe('x-x.csv');
  });
});
