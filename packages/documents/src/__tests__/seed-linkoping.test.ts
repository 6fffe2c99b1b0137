import { describe, expect, it } from 'vitest';
import type { AnalysedTable } from '../index.js';
import { auditSeed, infos, problems } from './seed-helpers.js';

const a = auditSeed('linkoping-vso-objektplan-2021.txt');
const b = auditSeed('linkoping-vso-objektplan-2021-version-b.txt');

function figures(t: AnalysedTable | undefined): string[][] {
  return (t?.rows ?? []).map((r) => r.values.map((v) => (v === null ? '·' : String(v))));
}

// The text claim (A line 73, B lines 182–185): "Den beräknas uppgå till 22,7 miljoner kr …
// (5,6 miljoner), … (5,4 miljoner), Larmcentral (4,2 miljoner), samt Treserva (4,2 miljoner).
// Samtidig övrig drift och licenskostnad uppgår till ca 3,5 miljoner kronor."
// 5,6 + 5,4 + 4,2 + 4,2 + 3,5 = 22,9 ≠ 22,7: two units of the last digit, so not rounding;
// a warning because one part is "ca".
const claim = (line: number) => ({
  code: 'documents/text-total-mismatch',
  severity: 'warning',
  path: ['claims', 0],
  expected: '22.9',
  actual: '22.7',
  line,
});

describe('Linköping VSO objektplan 2021, version A (tab-separated tables)', () => {
  it('reports only the 22,7 vs 22,9 claim, as a warning', () => {
    expect(problems(a)).toEqual([claim(73)]);
    expect(infos(a)).toEqual([]);
  });

  it('reads the budget matrix with its merged cells at their tab positions, and it holds', () => {
    // Lines 177–183. "Ändringshantering (Utveckling)→→10 200→→3 000→13 200": VU only.
    // Rows: 1 200+100+500+0 = 1 800; 2 000+200+0+0 = 2 200; 10 200+3 000 = 13 200;
    // 3 900+24 000 = 27 900. Columns: 1 200+2 000+3 900 = 7 100; 100+200+10 200 = 10 500;
    // 500+0+24 000 = 24 500; 0+0+3 000 = 3 000; total 45 100.
    const budget = a.tables.find((t) => t.source.line === 177);
    expect(budget?.unit).toBe('tkr');
    expect(budget?.columns.map((c) => c.path)).toEqual([
      ['Verksamhetsnära förvaltning', 'VM'],
      ['Verksamhetsnära förvaltning', 'VU'],
      ['IT-nära förvaltning', 'VM'],
      ['IT-nära förvaltning', 'VU'],
      ['Summa SEK (Kkr)'],
    ]);
    expect(figures(budget)).toEqual([
      ['1200', '100', '500', '0', '1800'],
      ['2000', '200', '0', '0', '2200'],
      ['·', '10200', '·', '3000', '13200'],
      ['3900', '·', '24000', '·', '27900'],
      ['7100', '10500', '24500', '3000', '45100'],
    ]);
    expect(budget?.checks.length).toBe(10);
    expect(budget?.checks.every((c) => c.outcome === 'holds')).toBe(true);
  });

  it('reads the FTE matrix (21,3) and it holds', () => {
    // Lines 189–195: 1,0+0,5 = 1,5; 3,4+1,0 = 4,4; 2,5+6,3+0,5 = 9,3; 4,3+1,3+0,5 = 6,1;
    // columns 11,2 / 8,6 / 1,0 / 0,5; total 21,3.
    const fte = a.tables.find((t) => t.source.line === 189);
    expect(fte?.unit).toBe('årsarbeten');
    expect(figures(fte).at(-1)).toEqual(['11.2', '8.6', '1', '0.5', '21.3']);
    expect(fte?.checks.length).toBe(10);
    expect(fte?.checks.every((c) => c.outcome === 'holds')).toBe(true);
  });

  it('keeps the "?" costs unknown, and never sums the table of contents', () => {
    const projects = a.tables.find((t) => t.source.line === 101);
    expect(projects?.rows.filter((r) => r.values[0] === 'unknown').length).toBe(3);
    expect(a.tables[0]?.kind).toBe('contents');
  });
});

describe('Linköping VSO objektplan 2021, version B (space-separated columns)', () => {
  it('reports the claim as a warning and says the reading was chosen by the totals', () => {
    expect(problems(b)).toEqual([claim(182)]);
    expect(infos(b)).toEqual([
      {
        code: 'documents/reading-chosen-by-totals',
        severity: 'info',
        path: ['tables', 0],
        line: 395,
      },
    ]);
  });

  it('splits "917 0 459 0 1 376" and the broken labels the way the totals confirm', () => {
    // Lines 395–416. Each row's figures can be split in several ways (a space may be a
    // thousands separator); only 5 columns with these joins make every total hold:
    // 917+0+459+0 = 1 376; 8 096+0+89+0 = 8 185; 655+3 432+156+115 = 4 358;
    // 11 463+0+21 758+0 = 33 221; columns 917+8 096+655+11 463 = 21 131; 0+0+3 432+0 = 3 432;
    // 459+89+156+21 758 = 22 462; 0+0+115+0 = 115; total 47 140.
    const budget = b.tables[0];
    // 4 × 2 × 8 × 12 × 48 readings (a label may also end in a number: "Summa 21" …).
    expect(budget?.reading).toEqual({ columns: 5, alternatives: 36864, decidedBy: 'totals' });
    expect(budget?.unit).toBe('tkr');
    expect(budget?.rows.map((r) => r.label)).toEqual([
      'Förvaltningsstyrning',
      'Användarstöd',
      'Ändringshantering (Utveckling)',
      'Daglig IT-drift och underhåll',
      'Summa',
    ]);
    expect(figures(budget)).toEqual([
      ['917', '0', '459', '0', '1376'],
      ['8096', '0', '89', '0', '8185'],
      ['655', '3432', '156', '115', '4358'],
      ['11463', '0', '21758', '0', '33221'],
      ['21131', '3432', '22462', '115', '47140'],
    ]);
    expect(budget?.columns.map((c) => c.label)).toEqual([
      'VM',
      'VU',
      'VM',
      'VU',
      'Summa SEK (Kkr)',
    ]);
    expect(budget?.checks.length).toBe(10);
    expect(budget?.checks.every((c) => c.outcome === 'holds')).toBe(true);
  });

  it('reads double spaces in the FTE table as empty cells, and 21,3 holds', () => {
    // Line 430 "Förvaltningsstyrning 1,0  0,5  1,5": 1,0 | – | 0,5 | – | 1,5.
    const fte = b.tables[1];
    expect(fte?.reading?.decidedBy).toBe('unique');
    expect(figures(fte)).toEqual([
      ['1', '·', '0.5', '·', '1.5'],
      ['3.4', '1', '·', '·', '4.4'],
      ['2.5', '6.3', '·', '0.5', '9.3'],
      ['4.3', '1.3', '0.5', '·', '6.1'],
      ['11.2', '8.6', '1', '0.5', '21.3'],
    ]);
    expect(fte?.checks.every((c) => c.outcome === 'holds')).toBe(true);
  });
});
