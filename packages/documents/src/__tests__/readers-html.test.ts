import { describe, expect, it } from 'vitest';
import { readDocument } from '../read.js';
import {
  fixture,
  LINKOPING_A_BUDGET,
  render,
  SALA_EQUIPMENT,
  SALA_PERIOD,
  tables,
  textBlocks,
} from './reader-fixtures.js';

function lineOf(html: string, needle: string): number {
  return html.slice(0, html.indexOf(needle)).split('\n').length;
}

describe('HTML reader', () => {
  it('reads the Linköping budget with its merged header cells and HTML lines', async () => {
    const bytes = fixture('html/linkoping-a.html');
    const html = new TextDecoder().decode(bytes);
    const doc = await readDocument(bytes, { file: 'linkoping-a.html' });
    expect(doc.format).toBe('html');
    expect(doc.findings).toEqual([]);
    const [budget] = tables(doc);
    expect(render(budget!)).toEqual(LINKOPING_A_BUDGET);
    expect(budget!.source).toEqual({ file: 'linkoping-a.html', line: lineOf(html, '<table') });
    const total = budget!.rows[6]!.cells[5]!;
    expect(total.source).toEqual({
      file: 'linkoping-a.html',
      line: lineOf(html, '45 100'),
      cell: 'R7C6',
    });
    expect(textBlocks(doc).slice(0, 3)).toEqual([
      'heading: 2.3.1 Vidmakthållande',
      expect.stringMatching(
        /^paragraph: En annan del .* 22,7 miljoner kr under 2021\. .*tillkommit inför 2021\.$/,
      ),
      'heading: 3 Budget och resurser',
    ]);
  });

  it('keeps bold rows, italic headers and "Tabell N" captions', async () => {
    const doc = await readDocument(fixture('html/sala.html'), { file: 'sala.html' });
    const [period, , financing, equipment] = tables(doc);
    expect(render(period!)[0]).toBe(SALA_PERIOD.header);
    expect(render(period!)[8]).toBe(SALA_PERIOD.costs);
    expect(financing!.caption).toBe('Tabell 1 ESF-projekt IP budget');
    expect(equipment!.caption).toBe(SALA_EQUIPMENT.caption);
    expect(render(equipment!).at(-1)).toBe(SALA_EQUIPMENT.total);
    expect(doc.blocks.find((b) => b.type === 'heading')).toMatchObject({
      level: 1,
      text: 'Periodresultat t om MAJ 2023 för SAN',
    });
  });

  it('reads colspan, rowspan, th, lists, caption elements, entities and skips scripts', async () => {
    const html = `<!doctype html><html><body>
<ul><li>Första <b>punkten</b></li></ul>
<script>document.write('<table><tr><td>x</td></tr></table>')</script>
<table><caption>Tabell 9 Test</caption>
<tr><th>Post</th><th colspan="2">Belopp &amp; andel</th></tr>
<tr><td rowspan="2">A</td><td>1&nbsp;200</td><td><strong>5</strong> %</td></tr>
<tr><td>3</td><td style="font-weight:bold">4</td></tr>
</table></body></html>`;
    const doc = await readDocument(html);
    expect(doc.format).toBe('html');
    expect(doc.blocks[0]).toMatchObject({
      type: 'paragraph',
      text: 'Första punkten',
      bullet: true,
    });
    const [table] = tables(doc);
    expect(table!.caption).toBe('Tabell 9 Test');
    expect(render(table!)).toEqual([
      'Post* | Belopp & andel*{c2}',
      'A{r2} | 1\u00a0200 | 5 %',
      '3 | 4*',
    ]);
    expect(table!.rows[2]!.cells.map((c) => c.source.cell)).toEqual(['R3C2', 'R3C3']);
  });
});
