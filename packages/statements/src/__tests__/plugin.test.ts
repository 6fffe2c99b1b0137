import { exact } from '@styrkit/core';
import { validatePlugins, type RecognisableTable } from '@styrkit/plugin';
import { describe, expect, it } from 'vitest';
import { auditStatement, parseStatement, statementFromTable } from '../index.js';
import { statementsPlugin } from '../plugin.js';

// The Sala equipment table's FO half, as @styrkit/documents would hand it over
// (seed: sala-san-kallelse-2023-06-15.txt:828-844): tablets sum to 29 against a stated 30.
const equipment: RecognisableTable = {
  caption: 'Tabell 2 Inköp av digital utrustning FO',
  columns: [
    { label: 'Mobiltelefon', path: ['Mobiltelefon'] },
    { label: 'Surfplatta', path: ['Surfplatta'] },
  ],
  rows: [
    ...[
      ['Centrums servicebostad', 5, 1],
      ['Dalhemsgruppen', 4, 1],
      ['Jakobsbergsgatan 30B', 3, 1],
      ['Karpgatan 1', 3, 1],
      ['Karpgatan 2 vån 1', 2, 1],
      ['Karpgatan 2 vån 3', 5, null],
      ['LSS Nattpatrullen', 2, null],
      ['Skräddargränd', 2, null],
      ['Solgatan', 3, 1],
      ['Styrars', 7, 1],
      ['Tre servicebostäder', 6, 3],
      ['HSL-personal', 3, null],
      ['Daglig verksamhet', null, 13],
      ['Personlig assistans', null, 3],
      ['Dagverksamhet SoL', null, 3],
    ].map(([label, phones, tablets]) => ({
      label: String(label),
      kind: 'data' as const,
      values: [
        phones === null ? null : exact(String(phones)),
        tablets === null ? null : exact(String(tablets)),
      ],
    })),
    { label: 'Totalt', kind: 'total', values: [exact('45'), exact('30')] },
  ],
  source: { file: 'sala-san-kallelse-2023-06-15.txt', line: 828 },
};

describe('the statements plugin', () => {
  it('validates with the plugin contract', () => {
    expect(validatePlugins([statementsPlugin], { hostVersion: '0.1.0' }).findings).toEqual([]);
  });

  it('turns any table of figures into a statement draft whose audit finds its errors', () => {
    const draft = statementFromTable(equipment);
    const parsed = parseStatement(draft);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const findings = auditStatement(parsed.value);
    // Phones 5+4+3+3+2+5+2+2+3+7+6+3 = 45 hold; tablets 1+1+1+1+1+1+1+3+13+3+3 = 29 ≠ 30.
    expect(findings.map((f) => [f.code, f.path.join('.'), f.expected, f.actual])).toEqual([
      ['statements/grand-total-mismatch', 'total.values.surfplatta', '29', '30'],
    ]);
  });

  it('offers the table recogniser only as a fallback', () => {
    const [recogniser] = statementsPlugin.recognisers;
    expect(recogniser?.fallback).toBe(true);
    const recognition = recogniser?.recognise(equipment, {
      locale: 'sv',
      documents: () => [],
      tables: [equipment],
    });
    expect(recognition?.kind).toBe('statements/statement');
  });
});

describe('statementFromTable on running results', () => {
  // The shape of the Sala period table (seed: sala-san-kallelse-2023-06-15.txt:31-44): two blocks
  // with subtotals, Nettokostnad right after them, then rows that build on it.
  const n = (s: string) => exact(s);
  const table: RecognisableTable = {
    caption: 'Periodresultat t om MAJ 2023 för SAN',
    columns: [
      { label: 'Periodbudget', path: ['Periodbudget'] },
      { label: 'Periodutfall totalt', path: ['Periodutfall totalt'] },
    ],
    rows: [
      { label: 'Externa intäkter', kind: 'data', values: [n('14079'), n('9768')] },
      { label: 'Interna intäkter', kind: 'data', values: [n('723'), n('274')] },
      { label: 'Summa Intäkter', kind: 'subtotal', values: [n('14802'), n('10042')] },
      { label: 'Köp av huvudverksamhet', kind: 'data', values: [n('-21380'), n('-30081')] },
      { label: 'Personalkostnader', kind: 'data', values: [n('-46115'), n('-39383')] },
      { label: 'Övriga kostnader', kind: 'data', values: [n('-3174'), n('-6922')] },
      { label: 'Interna kostnader', kind: 'data', values: [n('-6485'), n('-5731')] },
      { label: 'Summa kostnader', kind: 'subtotal', values: [n('-77154'), n('-82116')] },
      { label: 'Nettokostnad', kind: 'subtotal', values: [n('-62352'), n('-72074')] },
      { label: 'Fastställd ram', kind: 'data', values: [n('62353'), n('62353')] },
      { label: 'RESULTAT', kind: 'total', values: [n('0'), n('-9722')] },
    ],
  };

  it('takes a subtotal right after subtotals as the grand total and leaves the running rows out', () => {
    const parsed = parseStatement(statementFromTable(table));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.total?.label).toBe('Nettokostnad');
    expect(parsed.value.notes).toEqual([
      'Rader efter totalsumman, som bygger på den: Fastställd ram, RESULTAT',
    ]);
    // A table about money is shown rounded: −82 117 against −82 116 is a rounding difference.
    expect(parsed.value.rounding).toBe('rounded');
    expect(auditStatement(parsed.value).map((f) => [f.code, f.severity])).toEqual([
      ['statements/rounding-difference', 'info'],
      ['statements/rounding-difference', 'info'],
    ]);
  });

  it('keeps counts of things exact: one piece off is an error, not rounding', () => {
    const draft = statementFromTable(equipment);
    expect(draft.rounding).toBe('exact');
  });
});
