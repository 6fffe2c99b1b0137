import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../analyse-document.js';
import type { AnalysedTable } from '../index.js';
import { readDocument } from '../read.js';
import { ruledTables } from '../readers/pdf-grid.js';
import type { PdfItem, PdfRule } from '../readers/pdf-items.js';
import { fixture } from './reader-fixtures.js';

function figures(t: AnalysedTable | undefined): string[][] {
  return (t?.rows ?? []).map((r) => r.values.map((v) => (v === null ? '·' : String(v))));
}

const GROUPS = [
  ['Verksamhetsnära förvaltning', 'VM'],
  ['Verksamhetsnära förvaltning', 'VU'],
  ['IT-nära förvaltning', 'VM'],
  ['IT-nära förvaltning', 'VU'],
];

// "Huvudaktivitet" (rowspan 2) and "Summa …" (rowspan 2) span both header rows; the second
// row "VM VU VM VU" starts one column right, under the two colspan-2 groups. Every reader
// leaves out the slots a cell above covers, as the formats do; the analysis must place the
// second row past them.
describe.each(['html', 'docx', 'xlsx', 'pdf'] as const)(
  'Linköping A (%s): header cells spanning two header rows',
  (format) => {
    const audit = async () =>
      analyseDocument(
        await readDocument(fixture(`${format}/linkoping-a.${format}`), {
          file: `linkoping-a.${format}`,
        }),
      );

    it('gives the budget columns VM, VU, VM, VU under their groups, then the Summa column', async () => {
      const budget = (await audit()).tables.find((t) =>
        t.columns.some((c) => c.label === 'Summa SEK (Kkr)'),
      );
      expect(budget?.columns.map((c) => c.path)).toEqual([...GROUPS, ['Summa SEK (Kkr)']]);
      expect(budget?.columns.map((c) => c.total === true)).toEqual([
        false,
        false,
        false,
        false,
        true,
      ]);
      expect(budget?.columns.map((c) => c.sourceColumn)).toEqual([1, 2, 3, 4, 5]);
      expect(budget?.headerRows[1]).toEqual(['', 'VM', 'VU', 'VM', 'VU', '']);
      expect(figures(budget)[0]).toEqual(['1200', '100', '500', '0', '1800']);
      expect(figures(budget).at(-1)).toEqual(['7100', '10500', '24500', '3000', '45100']);
      expect(budget?.checks.length).toBe(10);
      expect(budget?.checks.every((c) => c.outcome === 'holds')).toBe(true);
    });

    it('gives the FTE columns the same paths, then "Summa tid"', async () => {
      const fte = (await audit()).tables.find((t) =>
        t.columns.some((c) => c.label === 'Summa tid'),
      );
      expect(fte?.columns.map((c) => c.path)).toEqual([...GROUPS, ['Summa tid']]);
      expect(fte?.columns.at(-1)?.total).toBe(true);
      expect(figures(fte).at(-1)).toEqual(['11.2', '8.6', '1', '0.5', '21.3']);
      expect(fte?.checks.every((c) => c.outcome === 'holds')).toBe(true);
    });
  },
);

const analyseHtml = async (html: string) =>
  analyseDocument(await readDocument(`<!doctype html><html><body>${html}</body></html>`));

describe('cells spanning rows (synthetic HTML)', () => {
  it('places a second header row past a first-column header spanning two rows', async () => {
    const audit = await analyseHtml(`<table>
<tr><th rowspan="2">Post</th><th colspan="2">Budget</th><th colspan="2">Utfall</th><th rowspan="2">Summa</th></tr>
<tr><th>Drift</th><th>Investering</th><th>Drift</th><th>Investering</th></tr>
<tr><td>Lokaler</td><td>10</td><td>1</td><td>20</td><td>2</td><td>33</td></tr>
<tr><td>Personal</td><td>30</td><td>3</td><td>40</td><td>4</td><td>77</td></tr>
<tr><td>Summa</td><td>40</td><td>4</td><td>60</td><td>6</td><td>110</td></tr>
</table>`);
    const [table] = audit.tables;
    expect(table?.columns.map((c) => c.path)).toEqual([
      ['Budget', 'Drift'],
      ['Budget', 'Investering'],
      ['Utfall', 'Drift'],
      ['Utfall', 'Investering'],
      ['Summa'],
    ]);
    expect(table?.rows.map((r) => r.label)).toEqual(['Lokaler', 'Personal', 'Summa']);
    expect(table?.checks.every((c) => c.outcome === 'holds')).toBe(true);
    expect(audit.findings).toEqual([]);
  });

  it('adds nothing from a group on the left to a column whose header spans down over a row', async () => {
    // "Intäkter" covers the "Personal / Lokaler" row; the row below names it "Plan".
    const audit = await analyseHtml(`<table>
<tr><th rowspan="3">Post</th><th colspan="2">Kostnader</th><th rowspan="2">Intäkter</th><th rowspan="3">Summa</th></tr>
<tr><th>Personal</th><th>Lokaler</th></tr>
<tr><th>Plan</th><th>Plan</th><th>Plan</th></tr>
<tr><td>A</td><td>1</td><td>2</td><td>3</td><td>6</td></tr>
<tr><td>B</td><td>4</td><td>5</td><td>6</td><td>15</td></tr>
<tr><td>Summa</td><td>5</td><td>7</td><td>9</td><td>21</td></tr>
</table>`);
    expect(audit.tables[0]?.columns.map((c) => c.path)).toEqual([
      ['Kostnader', 'Personal', 'Plan'],
      ['Kostnader', 'Lokaler', 'Plan'],
      ['Intäkter', 'Plan'],
      ['Summa'],
    ]);
    expect(audit.findings).toEqual([]);
  });

  it('keeps the figures of a body row under a label spanning two rows in their columns', async () => {
    const audit = await analyseHtml(`<table>
<tr><th>Post</th><th>Budget</th><th>Utfall</th><th>Summa</th></tr>
<tr><td rowspan="2">Drift</td><td>1</td><td>2</td><td>3</td></tr>
<tr><td>4</td><td>5</td><td>9</td></tr>
<tr><td>Summa</td><td>5</td><td>7</td><td>12</td></tr>
</table>`);
    const [table] = audit.tables;
    expect(figures(table)).toEqual([
      ['1', '2', '3'],
      ['4', '5', '9'],
      ['5', '7', '12'],
    ]);
    expect(table?.checks.every((c) => c.outcome === 'holds')).toBe(true);
    expect(audit.findings).toEqual([]);
  });
});

describe('PDF cells spanning rows', () => {
  const item = (text: string, x: number, y: number): PdfItem => ({
    text,
    x,
    y,
    width: 6,
    size: 8,
    bold: false,
    italic: false,
  });
  const h = (at: number, from = 0, to = 200): PdfRule => ({ horizontal: true, at, from, to });
  const v = (at: number): PdfRule => ({ horizontal: false, at, from: 60, to: 100 });

  it('counts only kept rows in a rowSpan, when a short stroke splits a row that is dropped', () => {
    // Two rows of two cells; a short stroke at y 70 touches the left border under "B" only, so
    // it makes a slot row that every cell of the second row spans over. That slot row is no
    // row, and the second row's cells span one row, not two.
    const [table] = ruledTables(
      [item('A', 40, 88), item('1', 140, 88), item('B', 40, 73), item('2', 140, 73)],
      [h(100), h(80), h(60), h(70, 0, 10), v(0), v(100), v(200)],
    );
    expect(table?.rows.map((r) => r.map((c) => [c.text, c.rowSpan]))).toEqual([
      [
        ['A', 1],
        ['1', 1],
      ],
      [
        ['B', 1],
        ['2', 1],
      ],
    ]);
  });
});
