/**
 * The first worksheet of an XLSX file as rows of text (exceljs, loaded only when a workbook is
 * chosen). Dates become YYYY-MM-DD, formulas their results; a file exceljs cannot read gives
 * an error the caller shows as a finding.
 */
export async function xlsxRows(data: ArrayBuffer): Promise<string[][]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const out: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      out[col - 1] =
        v instanceof Date
          ? v.toISOString().slice(0, 10)
          : typeof v === 'object' && v !== null && 'result' in v
            ? v.result instanceof Date
              ? v.result.toISOString().slice(0, 10)
              : typeof v.result === 'object'
                ? cell.text
                : String(v.result)
            : cell.text;
    });
    rows.push(Array.from(out, (x: string | undefined) => (x ?? '').trim()));
  });
  return rows;
}
