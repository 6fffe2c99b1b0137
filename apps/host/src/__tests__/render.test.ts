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
