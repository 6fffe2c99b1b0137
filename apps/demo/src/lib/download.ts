import { pick, type Locale } from './i18n.js';
import { headerText, isNumeric, plainValue, tableToCsv, type JsonTable } from './tables.js';

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

function fileName(table: JsonTable, ext: string): string {
  return `${table.id.replace(/[^a-z0-9-]+/gi, '-')}.${ext}`;
}

/** Saves a table the portal composed itself as CSV. */
export function downloadCsv(table: JsonTable, locale: Locale): void {
  save(
    new Blob([tableToCsv(table, locale)], { type: 'text/csv;charset=utf-8' }),
    fileName(table, 'csv'),
  );
}

/** Saves a table the portal composed itself as XLSX (exceljs is loaded only when asked for). */
export async function downloadXlsx(table: JsonTable, locale: Locale): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(
    pick(table.title, locale)
      .slice(0, 31)
      .replace(/[[\]*?/\\:]/g, ' '),
  );
  sheet.addRow(table.columns.map((c) => headerText(c, locale)));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      table.columns.map((c) => {
        const v = plainValue(row.cells[c.key], locale);
        return isNumeric(c) && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
      }),
    );
  }
  const buffer = await workbook.xlsx.writeBuffer();
  save(
    new Blob([buffer], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    fileName(table, 'xlsx'),
  );
}
