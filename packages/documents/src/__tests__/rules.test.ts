import { describe, expect, it } from 'vitest';
import { auditText, readText } from '../index.js';
import { brief, problems } from './seed-helpers.js';

const codes = (text: string) => auditText(text).findings.map((f) => `${f.severity} ${f.code}`);

describe('total rows and columns', () => {
  it('checks a budget with a Summa row and a Summa column', () => {
    const text = [
      'Post\t2024\t2025\tSumma',
      'Personal\t1 000\t1 100\t2 100',
      'Lokaler\t500\t500\t1 000',
      'Summa\t1 500\t1 600\t3 100',
    ].join('\n');
    expect(codes(text)).toEqual([]);
    const t = auditText(text).tables[0];
    // Years in the header are labels, not figures.
    expect(t?.columns.map((c) => c.label)).toEqual(['2024', '2025', 'Summa']);
    expect(t?.checks.length).toBe(3 + 3);
  });

  it('reports a wrong Summa row cell and a wrong row total with computed and stated figures', () => {
    const text = ['Post\tA\tB\tTotalt', 'X\t10\t20\t30', 'Y\t5\t5\t11', 'S:a\t15\t26\t41'].join(
      '\n',
    );
    const findings = auditText(text).findings.map(brief);
    expect(findings).toEqual([
      {
        code: 'documents/row-total-mismatch',
        severity: 'error',
        path: ['tables', 0, 'rows', 1, 'cells', 2],
        expected: '10',
        actual: '11',
        line: 3,
      },
      {
        code: 'documents/column-total-mismatch',
        severity: 'error',
        path: ['tables', 0, 'rows', 2, 'cells', 1],
        expected: '25',
        actual: '26',
        line: 4,
      },
    ]);
  });

  it('reads a total column that follows the figures ("Totalt")', () => {
    const text = ['Enhet\tKvinnor\tMän\tTotalt', 'A\t3\t4\t7', 'B\t2\t2\t5'].join('\n');
    expect(problems(auditText(text)).map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['documents/row-total-mismatch', '4', '5'],
    ]);
  });

  it('treats "-" and empty as nothing and "?" as unknown, never as zero', () => {
    const text = ['Projekt\tKostnad', 'A\t2 000', 'B\t?', 'C\t-', 'Summa\t2 500'].join('\n');
    const audit = auditText(text);
    expect(audit.findings.map((f) => f.code)).toEqual(['documents/total-has-unknown']);
    expect(audit.findings[0]?.message.sv).toContain('+ 1 okänd (rad 5)');
  });
});

describe('blocks and emphasis', () => {
  it('checks a bold subtotal over its block and a grand total over the subtotals', () => {
    const text = [
      'Post\tBudget',
      'Löner\t300',
      'Arvoden\t200',
      '<b>Summa personal</b>\t<b>500</b>',
      'Hyra\t100',
      'El\t40',
      '<b>Summa lokaler</b>\t<b>150</b>',
      '<b>Totalt</b>\t<b>650</b>',
    ].join('\n');
    const audit = auditText(text);
    expect(audit.findings.map(brief)).toEqual([
      {
        code: 'documents/block-total-mismatch',
        severity: 'error',
        path: ['tables', 0, 'rows', 5, 'cells', 0],
        expected: '140',
        actual: '150',
        line: 7,
      },
    ]);
    expect(audit.tables[0]?.rows.map((r) => r.kind)).toEqual([
      'data',
      'data',
      'subtotal',
      'data',
      'data',
      'subtotal',
      'total',
    ]);
  });

  it('takes a bold row with figures as the head of the block below it when the figures say so', () => {
    const text = [
      'Område\tKostnad',
      '<b>Personal</b>\t<b>500</b>',
      'Löner\t350',
      'Avgifter\t150',
      '<b>Lokaler</b>\t<b>90</b>',
      'Hyra\t90',
    ].join('\n');
    const t = auditText(text).tables[0];
    expect(t?.rows.map((r) => r.kind)).toEqual(['total', 'data', 'data', 'total', 'data']);
    expect(t?.checks.every((c) => c.outcome === 'holds')).toBe(true);
  });

  it('does not make a bold row a total when its figures do not confirm it', () => {
    const text = ['Enhet\tAntal', 'A\t3', '<b>B</b>\t<b>40</b>', 'C\t5'].join('\n');
    expect(codes(text)).toEqual([]);
  });

  it('ignores emphasis when every row is bold', () => {
    const text = [
      '<b>Område</b>\t<b>Effekt</b>',
      '<b>Intäkter</b>\t<b>2 000</b>',
      '<b>Besparingar</b>\t<b>3 000</b>',
      '<b>Summa totalt</b>\t<b>5 000</b>',
    ].join('\n');
    expect(codes(text)).toEqual([]);
  });

  it('checks bullet rows against the row above them', () => {
    const text = [
      'Post\tBelopp',
      'Personal\t500',
      '• Löner\t350',
      '• Avgifter\t140',
      'Lokaler\t90',
    ].join('\n');
    expect(problems(auditText(text)).map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['documents/block-total-mismatch', '490', '500'],
    ]);
  });
});

describe('relations between columns', () => {
  it('finds Avvikelse = Utfall − Budget from the data and reports the row that breaks it', () => {
    const text = [
      'Post\tBudget\tUtfall\tAvvikelse',
      'A\t100\t90\t-10',
      'B\t200\t250\t50',
      'C\t300\t310\t10',
      'D\t400\t380\t-20',
      'E\t50\t70\t25',
    ].join('\n');
    const audit = auditText(text);
    expect(audit.findings.map(brief)).toEqual([
      {
        code: 'documents/broken-relation',
        severity: 'error',
        path: ['tables', 0, 'rows', 4, 'cells', 2],
        expected: '20',
        actual: '25',
        line: 6,
      },
    ]);
    expect(audit.findings[0]?.message.en).toContain('Avvikelse = Utfall − Budget');
  });

  it('does not infer a relation from too few rows', () => {
    const text = ['Post\tA\tB\tC', 'X\t1\t2\t3', 'Y\t2\t2\t5'].join('\n');
    expect(codes(text)).toEqual([]);
  });

  it('never sums percentages', () => {
    const text = ['Post\tBelopp\tAndel', 'A\t100\t40 %', 'B\t150\t60 %', 'Summa\t250\t90 %'].join(
      '\n',
    );
    expect(codes(text)).toEqual([]);
  });
});

describe('rounding', () => {
  it('calls one unit of the last digit in rounded money figures a rounding difference', () => {
    const text = ['Post\tBudget (tkr)', 'A\t1 001', 'B\t2 000', 'Summa\t3 000'].join('\n');
    expect(auditText(text).findings.map((f) => `${f.severity} ${f.code}`)).toEqual([
      'info documents/rounding-difference',
    ]);
  });

  it('but a difference of one in a count is an error', () => {
    const text = ['Enhet\tMobiltelefoner', 'A\t3', 'B\t4', 'Totalt\t8'].join('\n');
    expect(codes(text)).toEqual(['error documents/column-total-mismatch']);
  });

  it('figures with decimals are rounded: 0,1 off is rounding, 0,2 is not', () => {
    expect(codes(['Roll\tFTE', 'A\t1,3', 'B\t1,3', 'Summa\t2,7'].join('\n'))).toEqual([
      'info documents/rounding-difference',
    ]);
    expect(codes(['Roll\tFTE', 'A\t1,3', 'B\t1,3', 'Summa\t2,8'].join('\n'))).toEqual([
      'error documents/column-total-mismatch',
    ]);
  });
});

describe('space-separated figures', () => {
  it('chooses the split the totals confirm and says so', () => {
    const text = [
      'Belopp tkr',
      '',
      'Personal 1 200 300 1 500',
      'Lokaler 400 100 500',
      'Summa 1 600 400 2 000',
      '',
    ].join('\n');
    const audit = auditText(text);
    expect(audit.tables[0]?.rows.map((r) => r.values.map(String))).toEqual([
      ['1200', '300', '1500'],
      ['400', '100', '500'],
      ['1600', '400', '2000'],
    ]);
    expect(audit.findings.map((f) => f.code)).toEqual(['documents/reading-chosen-by-totals']);
  });

  it('reports an ambiguous reading instead of guessing when no total decides', () => {
    const text = ['Post 1 200 300', 'Annat 2 100 400', ''].join('\n');
    const audit = auditText(text);
    expect(audit.findings.map((f) => `${f.severity} ${f.code}`)).toEqual([
      'warning documents/ambiguous-reading',
      'warning documents/ambiguous-reading',
    ]);
    expect(audit.tables[0]?.rows.flatMap((r) => r.values).every((v) => v === 'unknown')).toBe(true);
  });

  it('takes a first line of years as the header, not as figures', () => {
    const text = [
      'Kostnader 2022 2023',
      'Personal 1 200 1 300',
      'Lokaler 400 450',
      'Summa 1 600 1 750',
      '',
    ].join('\n');
    const audit = auditText(text);
    expect(audit.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(audit.tables[0]?.rows.map((r) => r.label)).toEqual(['Personal', 'Lokaler', 'Summa']);
    expect(audit.tables[0]?.headerRows).toEqual([['Kostnader 2022 2023']]);
  });

  it('joins a row label broken over several lines', () => {
    const model = readText(
      ['Daglig drift och', 'underhåll', '', '11 463 0 11 463', 'Summa 11 463 0 11 463'].join('\n'),
    );
    const table = model.blocks.find((b) => b.type === 'table');
    expect(
      table?.type === 'table' ? table.rows.map((r) => r.cells.map((c) => c.text)) : [],
    ).toEqual([
      ['Daglig drift och underhåll', '11 463 0 11 463'],
      ['Summa', '11 463 0 11 463'],
    ]);
  });
});

describe('side-by-side tables', () => {
  it('splits two tables that share a row set, each with its own total', () => {
    const text = [
      'Norr, Enhet\tDatorer\tSkärmar\tSöder, Enhet\tDatorer\tSkärmar',
      'A\t2\t1\tD\t5\t2',
      'B\t3\t2\tE\t1\t1',
      'C\t1\t\t\t\t',
      'Totalt\t6\t3\tTotalt\t6\t4',
    ].join('\n');
    const audit = auditText(text);
    expect(audit.tables.map((t) => t.sideBySide)).toEqual([
      { part: 1, of: 2 },
      { part: 2, of: 2 },
    ]);
    expect(problems(audit).map((f) => [f.path, f.expected, f.actual])).toEqual([
      [['tables', 1, 'rows', 2, 'cells', 1], '3', '4'],
    ]);
  });
});

describe('text claims', () => {
  it('checks a total and its parts in mnkr, with the remainder sentence', () => {
    const text =
      'Driften beräknas uppgå till 10,0 miljoner kr. De största posterna är nätet (4,0 miljoner) och licenser (3,0 miljoner). Övriga kostnader uppgår till 2,0 miljoner kronor.';
    const audit = auditText(text);
    expect(audit.claims[0]?.outcome).toBe('mismatch');
    expect(audit.findings.map(brief)).toEqual([
      {
        code: 'documents/text-total-mismatch',
        severity: 'error',
        path: ['claims', 0],
        expected: '9',
        actual: '10',
        line: 1,
      },
    ]);
  });

  it('accepts a total after its list, across money scales', () => {
    const text = 'Intäkterna blir 500 tkr och besparingarna 1,5 mnkr, totalt 2,0 mnkr.';
    const audit = auditText(text);
    expect(audit.claims.map((c) => [c.outcome, String(c.computed)])).toEqual([['holds', '2']]);
    expect(audit.findings).toEqual([]);
  });

  it('checks parts after "varav" only for exceeding the total', () => {
    expect(auditText('Budgeten uppgår till 5 mnkr, varav 2 mnkr till personal.').findings).toEqual(
      [],
    );
    expect(
      codes('Budgeten uppgår till 5 mnkr, varav 4 mnkr till personal och 3 mnkr till lokaler.'),
    ).toEqual(['error documents/text-total-mismatch']);
  });

  it('checks bullets under a line that states a total', () => {
    const text = [
      'Kostnaderna fördelas så här, totalt 900 tkr:',
      '',
      '• Personal 500 tkr',
      '• Lokaler 300 tkr',
      '• Resor 50 tkr',
    ].join('\n');
    expect(problems(auditText(text)).map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['documents/text-total-mismatch', '850', '900'],
    ]);
  });

  it('does not read unrelated amounts as a sum', () => {
    expect(
      codes('En placering kostar ca 90 tkr i månaden vilket ger ca 1,1 Mkr på helår.'),
    ).toEqual([]);
    expect(
      codes('Prognosen visar ett underskott på 16,3 mkr. Osäkerheten beräknas till 5 mkr.'),
    ).toEqual([]);
  });

  it('compares a count restated in the text with the table total', () => {
    const text = [
      '## Inköp',
      '',
      'Enhet\tDatorer',
      'A\t2',
      'B\t3',
      'Totalt\t5',
      '',
      'Totalt köptes 6 datorer.',
    ].join('\n');
    expect(problems(auditText(text)).map((f) => [f.code, f.expected, f.actual])).toEqual([
      ['documents/text-restates-table-mismatch', '5', '6'],
    ]);
  });
});

describe('tables of contents', () => {
  it('never sums a table of contents', () => {
    const text = [
      '# Innehåll',
      '',
      '| Kapitel | Sida |',
      '|---|---|',
      '| <b>Bakgrund .....</b> | <b>7</b> |',
      '| Syfte ..... | 7 |',
      '| Mål ..... | 8 |',
    ].join('\n');
    const audit = auditText(text);
    expect(audit.tables[0]?.kind).toBe('contents');
    expect(audit.findings).toEqual([]);
  });
});

describe('what is not a sum', () => {
  it('keeps "varav" rows out of the totals below them', () => {
    const text = [
      'Post\tBelopp',
      'Kostnader\t100',
      'varav personal\t60',
      'Intäkter\t50',
      'Summa\t150',
    ].join('\n');
    expect(codes(text)).toEqual([]);
  });

  it('does not take earlier years listed after a total for its parts', () => {
    expect(
      codes('Kostnaden uppgår till 5 mnkr. Förra året var den 4 mnkr och året innan 3 mnkr.'),
    ).toEqual([]);
  });

  it('treats "the largest items" as a selection unless a remainder closes the list', () => {
    expect(
      codes(
        'Driften uppgår till 10 mnkr. De största posterna är nätet (4 mnkr) och licenser (3 mnkr).',
      ),
    ).toEqual([]);
    expect(
      codes(
        'Driften uppgår till 10 mnkr. De största posterna är nätet (4 mnkr) och licenser (8 mnkr).',
      ),
    ).toEqual(['error documents/text-total-mismatch']);
  });
});
