import { describe, expect, it } from 'vitest';
import { readDocument } from '../read.js';
import { makeDocx } from './ooxml-builders.js';
import {
  fixture,
  LINKOPING_A_BUDGET,
  render,
  SALA_EQUIPMENT,
  SALA_PERIOD,
  tables,
  textBlocks,
} from './reader-fixtures.js';

describe('DOCX reader', () => {
  it('reads the Linköping budget from Word with paragraph numbers', async () => {
    const doc = await readDocument(fixture('docx/linkoping-a.docx'), { file: 'linkoping-a.docx' });
    expect(doc.format).toBe('docx');
    expect(doc.findings).toEqual([]);
    const [budget, fte] = tables(doc);
    expect(render(budget!)).toEqual(LINKOPING_A_BUDGET);
    expect(budget!.source).toEqual({ file: 'linkoping-a.docx', paragraph: 5 });
    expect(budget!.rows[6]!.cells[5]!.source).toEqual({
      file: 'linkoping-a.docx',
      paragraph: 5,
      cell: 'R7C6',
    });
    expect(render(fte!).at(-1)).toBe('Summa FTE | 11,2 | 8,6 | 1,0 | 0,5 | 21,3');
    expect(doc.blocks[0]).toEqual({
      type: 'heading',
      level: 3,
      text: '2.3.1 Vidmakthållande',
      source: { file: 'linkoping-a.docx', paragraph: 1 },
    });
    expect(textBlocks(doc)[1]).toMatch(/beräknas uppgå till 22,7 miljoner kr/);
  });

  it('keeps bold rows, italic headers and captions from Word', async () => {
    const doc = await readDocument(fixture('docx/sala.docx'));
    const [period, , financing, equipment] = tables(doc);
    expect(render(period!)[0]).toBe(SALA_PERIOD.header);
    expect(render(period!)[8]).toBe(SALA_PERIOD.costs);
    expect(financing!.caption).toBe('Tabell 1 ESF-projekt IP budget');
    expect(equipment!.caption).toBe(SALA_EQUIPMENT.caption);
    expect(render(equipment!)[0]).toBe(SALA_EQUIPMENT.header);
    expect(render(equipment!).at(-1)).toBe(SALA_EQUIPMENT.total);
  });

  it('reads vMerge, gridSpan, run emphasis, numbered items, caption styles and tracked changes', async () => {
    const styles = `
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Egen"><w:name w:val="Min rubrik"/><w:basedOn w:val="Rubrik2"/></w:style>
<w:style w:type="paragraph" w:styleId="Beskrivning"><w:name w:val="caption"/></w:style>
<w:style w:type="paragraph" w:styleId="Fet"><w:name w:val="Fet text"/><w:rPr><w:b/></w:rPr></w:style>`;
    const cell = (text: string, props = '', bold = false): string =>
      `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const body = `
<w:p><w:pPr><w:pStyle w:val="Egen"/></w:pPr><w:r><w:t>1 Ekonomi</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Vanlig </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>fet</w:t></w:r><w:del><w:r><w:delText>bort</w:delText></w:r></w:del><w:ins><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> kursiv</w:t></w:r></w:ins></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>En punkt</w:t></w:r></w:p>
<w:p/>
<w:p><w:pPr><w:pStyle w:val="Beskrivning"/></w:pPr><w:r><w:t>Budget per år</w:t></w:r></w:p>
<w:tbl>
<w:tr>${cell('Post', '<w:vMerge w:val="restart"/>')}${cell('År', '<w:gridSpan w:val="2"/>')}</w:tr>
<w:tr>${cell('', '<w:vMerge/>')}${cell('2023')}${cell('2024')}</w:tr>
<w:tr>${cell('Summa', '', true)}${cell('1 200', '', true)}${cell('−9 722', '', true)}</w:tr>
</w:tbl>
<w:p><w:pPr><w:pStyle w:val="Fet"/></w:pPr><w:r><w:t>Hela stycket fet</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve"> utom detta</w:t></w:r></w:p>`;
    const doc = await readDocument(makeDocx(body, styles), { file: 'test.docx' });
    expect(doc.findings).toEqual([]);
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', level: 2, text: '1 Ekonomi' });
    expect(doc.blocks[1]).toMatchObject({
      text: 'Vanlig fet kursiv',
      spans: [{ text: 'Vanlig ' }, { text: 'fet', bold: true }, { text: ' kursiv', italic: true }],
    });
    expect(doc.blocks[2]).toMatchObject({
      text: 'En punkt',
      bullet: true,
      source: { paragraph: 3 },
    });
    expect(doc.blocks[3]).toMatchObject({
      text: 'Budget per år',
      caption: true,
      source: { paragraph: 5 },
    });
    const [table] = tables(doc);
    expect(table!.caption).toBe('Budget per år');
    expect(table!.source).toEqual({ file: 'test.docx', paragraph: 6 });
    expect(render(table!)).toEqual([
      'Post{r2} | År{c2}',
      '2023 | 2024',
      'Summa* | 1 200* | −9 722*',
    ]);
    expect(table!.rows[1]!.cells.map((c) => c.source.cell)).toEqual(['R2C2', 'R2C3']);
    expect(doc.blocks[5]).toMatchObject({
      spans: [{ text: 'Hela stycket fet', bold: true }, { text: ' utom detta' }],
    });
  });
});
