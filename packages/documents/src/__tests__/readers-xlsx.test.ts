import { describe, expect, it } from 'vitest';
import { readDocument } from '../read.js';
import { formatNumber, plainDecimal } from '../readers/xlsx-number.js';
import { makeXlsx } from './ooxml-builders.js';
import {
  fixture,
  LINKOPING_A_BUDGET,
  render,
  SALA_EQUIPMENT,
  SALA_PERIOD,
  tables,
} from './reader-fixtures.js';

describe('XLSX reader', () => {
  it('reads each sheet as a table with A1 addresses, exact values and the shown text', async () => {
    const doc = await readDocument(fixture('xlsx/linkoping-a.xlsx'), { file: 'linkoping-a.xlsx' });
    expect(doc.format).toBe('xlsx');
    expect(doc.findings).toEqual([]);
    const [budget, fte] = tables(doc);
    expect(render(budget!)).toEqual(LINKOPING_A_BUDGET);
    expect(budget!.source).toEqual({ file: 'linkoping-a.xlsx', sheet: 'Budget', cell: 'A1' });
    expect(budget!.rows[6]!.cells[5]).toEqual({
      text: '45 100',
      value: '45100',
      source: { file: 'linkoping-a.xlsx', sheet: 'Budget', cell: 'F7' },
    });
    expect(budget!.rows[1]!.cells.map((c) => c.source.cell)).toEqual(['B2', 'C2', 'D2', 'E2']);
    expect(fte!.source.sheet).toBe('Årsarbeten');
    // One-decimal format: the value is "1", the text as shown "1,0".
    expect(fte!.rows[6]!.cells[3]).toMatchObject({
      text: '1,0',
      value: '1',
      source: { cell: 'D7' },
    });
  });

  it('takes a title cell above the grid as the caption and reads percentages and bold', async () => {
    const doc = await readDocument(fixture('xlsx/sala.xlsx'));
    const [period, , financing, equipment] = tables(doc);
    expect(render(period!)[0]).toBe(SALA_PERIOD.header);
    expect(render(period!)[8]).toBe(SALA_PERIOD.costs);
    expect(period!.rows[8]!.cells[4]).toMatchObject({ value: '-82116', bold: true });
    expect(financing!.caption).toBe('Tabell 1 ESF-projekt IP budget');
    expect(financing!.source).toMatchObject({ sheet: 'ESF budget', cell: 'A2' });
    expect(financing!.rows[3]!.cells[1]).toMatchObject({ text: '67,15 %', value: '0.6715' });
    expect(equipment!.caption).toBe(SALA_EQUIPMENT.caption);
    expect(render(equipment!).at(-1)).toBe(SALA_EQUIPMENT.total);
  });

  it('reads shared and inline strings, merges, formats and splits a sheet at empty rows', async () => {
    const styles = `<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0;[Red]\\-#,##0"/><numFmt numFmtId="165" formatCode="0.0&quot; mnkr&quot;"/></numFmts>
<fonts count="2"><font><sz val="11"/></font><font><b/><sz val="11"/></font></fonts>
<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="165" fontId="1"/><xf numFmtId="14" fontId="0"/></cellXfs>`;
    const sheet = `<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c></row>
<row r="3"><c r="A3" t="s"><v>1</v></c><c r="C3" t="inlineStr"><is><t>Belopp</t></is></c></row>
<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" s="1"><v>-9722.4</v></c><c r="C4" s="2"><v>22.65</v></c></row>
<row r="5"><c r="A5" t="s"><v>3</v></c><c r="B5"><v>1.5E-3</v></c><c r="C5" s="3"><v>45000</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>`;
    const doc = await readDocument(
      makeXlsx(
        sheet,
        [
          '<t>Anteckning överst</t>',
          '<t>Post</t>',
          '<r><rPr><b/></rPr><t>Summa</t></r>',
          '<t>Liten</t>',
        ],
        styles,
      ),
      { file: 'bok.xlsx' },
    );
    expect(doc.findings).toEqual([]);
    expect(doc.blocks[0]).toMatchObject({
      type: 'paragraph',
      text: 'Anteckning överst',
      source: { sheet: 'Blad1', cell: 'A1' },
    });
    const [table] = tables(doc);
    expect(render(table!)).toEqual([
      'Post{c2} | Belopp',
      'Summa* | -9 722 | 22,7 mnkr*',
      'Liten | 0,0015 | 45000',
    ]);
    expect(table!.rows[1]!.cells[1]!.value).toBe('-9722.4');
    expect(table!.rows[2]!.cells[1]!.value).toBe('0.0015');
  });
});

describe('XLSX numbers', () => {
  it('moves the decimal point of scientific notation in the text, never through a float', () => {
    expect(plainDecimal('1.5E-3')).toBe('0.0015');
    expect(plainDecimal('1.2345678901234567890E+25')).toBe('12345678901234567890000000');
    expect(plainDecimal('-9722.5')).toBe('-9722.5');
    expect(plainDecimal('0.1')).toBe('0.1');
    expect(plainDecimal('-0')).toBe('0');
    expect(plainDecimal('abc')).toBeUndefined();
  });

  it('shows simple formats the Swedish way and leaves the rest to the raw value', () => {
    expect(formatNumber('45100', '#,##0')).toBe('45 100');
    expect(formatNumber('-4311', '#,##0')).toBe('-4 311');
    expect(formatNumber('0.6715', '0.00 %')).toBe('67,15 %');
    expect(formatNumber('0.29', '0%')).toBe('29%');
    expect(formatNumber('2.5', '0')).toBe('3');
    expect(formatNumber('-2.5', '0')).toBe('-3');
    expect(formatNumber('1234567', '#,##0,"tkr"')).toBe('1 235tkr');
    expect(formatNumber('-1200', '#,##0;(#,##0)')).toBe('(1 200)');
    expect(formatNumber('0', '#,##0;-#,##0;"–"')).toBe('–');
    expect(formatNumber('11.25', '[$-41D]0.0#')).toBe('11,25');
    expect(formatNumber('1.10', '0.0#')).toBe('1,1');
    expect(formatNumber('11.2', 'General')).toBe('11,2');
    expect(formatNumber('45000', 'yyyy-mm-dd')).toBeUndefined();
    expect(formatNumber('1', '0.00E+00')).toBeUndefined();
  });
});
