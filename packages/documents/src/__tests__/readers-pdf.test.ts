import { describe, expect, it } from 'vitest';
import { readDocument } from '../read.js';
import { handMadePdf, handMadePdfPages } from './pdf-builder.js';
import {
  fixture,
  LINKOPING_A_BUDGET,
  LINKOPING_B_TOTAL,
  render,
  SALA_EQUIPMENT,
  SALA_PERIOD,
  tables,
  textBlocks,
} from './reader-fixtures.js';

describe('PDF reader', () => {
  it('rebuilds the Linköping budget from the drawn cell rules, merged cells included', async () => {
    const doc = await readDocument(fixture('pdf/linkoping-a.pdf'), { file: 'linkoping-a.pdf' });
    expect(doc.format).toBe('pdf');
    expect(doc.findings).toEqual([]);
    const [budget, fte] = tables(doc);
    expect(render(budget!)).toEqual(LINKOPING_A_BUDGET);
    expect(budget!.source).toEqual({ file: 'linkoping-a.pdf', page: 1 });
    expect(budget!.rows[6]!.cells[5]!.source).toEqual({
      file: 'linkoping-a.pdf',
      page: 1,
      cell: 'R7C6',
    });
    expect(render(fte!).at(-1)).toBe('Summa FTE | 11,2 | 8,6 | 1,0 | 0,5 | 21,3');
    // Headings by size; the wrapped paragraph joined into one, with the 22,7 mnkr sentence.
    expect(doc.blocks[0]).toMatchObject({
      type: 'heading',
      text: '2.3.1 Vidmakthållande',
      source: { page: 1 },
    });
    expect(doc.blocks[2]).toMatchObject({
      type: 'heading',
      level: 1,
      text: '3 Budget och resurser',
    });
    expect(textBlocks(doc)[1]).toMatch(
      /^paragraph: En annan del .*uppgå till 22,7 miljoner kr under 2021\. .*tillkommit inför 2021\.$/,
    );
  });

  it('reads Linköping B, whose seed text lost its grid, as a grid', async () => {
    const doc = await readDocument(fixture('pdf/linkoping-b.pdf'));
    expect(render(tables(doc)[0]!).at(-1)).toBe(LINKOPING_B_TOTAL);
  });

  it('keeps bold rows and italic headers from font names, captions, and tables over page breaks', async () => {
    const doc = await readDocument(fixture('pdf/sala.pdf'), { file: 'sala.pdf' });
    const found = tables(doc);
    expect(found).toHaveLength(4);
    const [period, prognosis, financing, equipment] = found;
    expect(render(period!)[0]).toBe(SALA_PERIOD.header);
    expect(render(period!)[8]).toBe(SALA_PERIOD.costs);
    // The prognosis table goes on to page 2 and the equipment table to page 3.
    expect(prognosis!.rows).toHaveLength(10);
    expect(financing!.caption).toBe('Tabell 1 ESF-projekt IP budget');
    expect(equipment!.caption).toBe(SALA_EQUIPMENT.caption);
    expect(equipment!.rows).toHaveLength(17);
    expect(render(equipment!).at(-1)).toBe(SALA_EQUIPMENT.total);
    expect(equipment!.rows[16]!.cells[2]!.source).toEqual({
      file: 'sala.pdf',
      page: 3,
      cell: 'R17C3',
    });
    expect(
      doc.blocks.filter(
        (b) => b.type === 'paragraph' && b.text.startsWith('ESF-projekt IP innebar'),
      )[0],
    ).toMatchObject({
      text: expect.stringContaining(
        'Totalt köptes 170 mobiltelefoner och 44 surfplattor in under projektet.',
      ),
    });
  });

  it('reads a second producer (Chromium) the same: separate borders, wrapped cells, other page breaks', async () => {
    for (const name of ['linkoping-a', 'sala']) {
      const html = await readDocument(fixture(`html/${name}.html`));
      const pdf = await readDocument(fixture(`pdf-chromium/${name}.pdf`));
      expect(pdf.findings, name).toEqual([]);
      expect(tables(pdf).map(render), name).toEqual(tables(html).map(render));
      expect(
        tables(pdf).map((t) => t.caption),
        name,
      ).toEqual(tables(html).map((t) => t.caption));
      expect(textBlocks(pdf), name).toEqual(textBlocks(html));
    }
  });

  it('joins a sentence that a page break cuts, and keeps paragraphs that end apart', async () => {
    const pdf = handMadePdfPages([
      [
        ['Kostnaden beraknas uppga till 22,7 miljoner kr.', 72, 80],
        ['Ett eget stycke.', 72, 60],
      ],
      [
        ['Delarna ar 5,6 och 5,4 miljoner.', 72, 780],
        ['Nytt stycke.', 72, 740],
      ],
    ]);
    const doc = await readDocument(pdf);
    expect(doc.blocks.map((b) => (b.type === 'table' ? 'table' : b.text))).toEqual([
      'Kostnaden beraknas uppga till 22,7 miljoner kr.',
      'Ett eget stycke.',
      'Delarna ar 5,6 och 5,4 miljoner.',
      'Nytt stycke.',
    ]);
    const cut = await readDocument(
      handMadePdfPages([
        [['Kostnaden beraknas uppga till 22,7 miljoner kr och', 72, 60]],
        [['delarna ar 5,6 miljoner.', 72, 780]],
      ]),
    );
    expect(cut.blocks).toMatchObject([
      {
        type: 'paragraph',
        text: 'Kostnaden beraknas uppga till 22,7 miljoner kr och delarna ar 5,6 miljoner.',
        source: { page: 1 },
      },
    ]);
  });

  it('reads a table without rules from its column gaps', async () => {
    const pdf = handMadePdf([
      ['Post', 72, 700],
      ['Belopp', 300, 700],
      ['Hyra', 72, 686],
      ['1 200', 300, 686],
      ['Summa', 72, 672],
      ['1 200', 300, 672],
    ]);
    const doc = await readDocument(pdf, { file: 'hand.pdf' });
    expect(doc.findings).toEqual([]);
    expect(render(tables(doc)[0]!)).toEqual(['Post | Belopp', 'Hyra | 1 200', 'Summa | 1 200']);
  });
});
