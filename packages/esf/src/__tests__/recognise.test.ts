// The ESF financing recogniser on the Sala final report's Tabell 1, built by hand as
// @styrkit/documents hands it over (RecognisableTable), figures from the seed with their lines.
import { exact, type Finding } from '@styrkit/core';
import type { RecognisableCell, RecognisableTable } from '@styrkit/plugin';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditFinalReport, esfCodes, parseFinalReport, recogniseEsfFinancing } from '../index.js';
import { esfPlugin } from '../plugin.js';

const cell = (t: string): RecognisableCell => exact(t.replace(/ /g, '').replace(',', '.'));
const row = (label: string, value: string, unit?: string) => ({
  label,
  kind: 'data' as const,
  values: [cell(value)],
  ...(unit === undefined ? {} : { unit }),
});

// seed: sala-san-kallelse-2023-06-15.txt:772-779 ("Tabell 1 ESF-projekt IP budget", OBJEKT | SUMMA)
const salaRows = [
  row('Summa offentlig och privat medfinansiering', '1 823 196'), // :775
  row('Summa total finansiering', '5 549 825'), // :776
  row('ESF-stöd', '67,15', '%'), // :777
  row('Budgeterad medfinansiering från projektet', '32,85', '%'), // :778
  row('Krav på medfinansiering från projektet enligt utlysningen:', '33', '%'), // :779
];
const sala: RecognisableTable = {
  caption: 'Tabell 1 ESF-projekt IP budget',
  columns: [{ label: 'SUMMA', path: ['SUMMA'] }],
  rows: salaRows,
  source: { file: 'sala-san-kallelse-2023-06-15.txt', line: 772 },
};

function parsed(document: unknown) {
  const r = parseFinalReport(document);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const codes = (fs: readonly Finding[]) => fs.map((f) => `${f.code}@${f.path.join('.')}`);

describe('recogniseEsfFinancing', () => {
  it('reads Sala Tabell 1 into a final-report draft whose audit finds the 33 % shortfall', () => {
    const r = recogniseEsfFinancing(sala);
    if (r === undefined) throw new Error('not recognised');
    expect(r.document).toEqual({
      projectId: 'esf-projekt',
      figures: {
        cofinancing: '1823196',
        totalFinancing: '5549825',
        grantPercent: '67,15',
        cofinancingPercent: '32,85',
        requiredCofinancingPercent: '33',
      },
    });
    expect(codes(r.findings)).toEqual(['esf/draft-needs-input@projectId']);
    const audit = auditFinalReport(parsed(r.document));
    // Hand check: 1 823 196 / 5 549 825 = 32,852… % → 32,85 % (stated, holds); grant
    // 3 726 629 / 5 549 825 = 67,147… % → 67,15 % (holds); required 33 % of 5 549 825 =
    // 1 831 442,25, so 8 246,25 kr (0,15 percentage points) short.
    expect(audit.map((f) => [f.code, f.path.join('.'), f.expected, f.actual])).toEqual([
      ['esf/cofinancing-below-required', 'figures.cofinancing', '33', '32.85'],
    ]);
    expect(audit[0]?.message.sv).toMatch(/8\s246 kr/);
    expect(r.origins).toContainEqual({
      path: ['figures', 'cofinancing'],
      table: 0,
      row: 0,
      column: 0,
    });
  });

  it('without a unit per row, figures of at most 100 among amounts are percentages, said', () => {
    const bare: RecognisableTable = {
      ...sala,
      rows: salaRows.map((r) => ({ label: r.label, kind: r.kind, values: r.values })),
    };
    const r = recogniseEsfFinancing(bare);
    if (r === undefined) throw new Error('not recognised');
    expect((r.document as { figures: Record<string, string> }).figures.cofinancingPercent).toBe(
      '32,85',
    );
    expect(codes(r.findings)).toEqual([
      'esf/draft-reading-assumed@tables.0.rows.2.cells.0',
      'esf/draft-reading-assumed@tables.0.rows.3.cells.0',
      'esf/draft-reading-assumed@tables.0.rows.4.cells.0',
      'esf/draft-needs-input@projectId',
    ]);
  });

  it('asks for the required share when the table does not state it, and never guesses', () => {
    const noRequirement: RecognisableTable = { ...sala, rows: salaRows.slice(0, 4) };
    const r = recogniseEsfFinancing(noRequirement);
    if (r === undefined) throw new Error('not recognised');
    const figures = (r.document as { figures: Record<string, string> }).figures;
    expect(figures.requiredCofinancingPercent).toBeUndefined();
    expect(codes(r.findings)).toContain('esf/draft-needs-input@figures.requiredCofinancingPercent');
    expect(auditFinalReport(parsed(r.document))).toEqual([]);
  });

  it('matches variant labels: case, spacing, "Totalt", grant as an amount', () => {
    const t: RecognisableTable = {
      caption: 'Finansiering',
      unit: 'kr',
      columns: [
        { label: 'Analys', path: ['Analys'] },
        { label: 'Genomförande', path: ['Genomförande'] },
        { label: 'Totalt', path: ['Totalt'], total: true },
      ],
      rows: [
        { label: 'ESF-STÖD', kind: 'data', values: [cell('100'), cell('900'), cell('1 000')] },
        {
          label: 'Offentlig  medfinansiering',
          kind: 'data',
          values: [cell('50'), cell('400'), cell('450')],
        },
        { label: 'Totalt', kind: 'total', values: [cell('150'), cell('1 300'), cell('1 450')] },
        { label: 'Andel medfinansiering', kind: 'data', values: [null, null, cell('31,03')] },
      ],
    };
    const r = recogniseEsfFinancing(t, [sala, t]);
    if (r === undefined) throw new Error('not recognised');
    expect(r.tables).toEqual([1]);
    expect((r.document as { figures: unknown }).figures).toEqual({
      cofinancing: '450',
      totalFinancing: '1450',
      cofinancingPercent: '31,03',
    });
    expect(codes(r.findings)).toEqual(
      expect.arrayContaining([
        'esf/draft-not-mapped@tables.1.rows.0',
        'esf/draft-needs-input@figures.requiredCofinancingPercent',
      ]),
    );
    parsed(r.document);
  });

  it('does not recognise other tables, and never throws', () => {
    // seed: sala-san-kallelse-2023-06-15.txt:826-844, the equipment table (phones, tablets)
    const equipment: RecognisableTable = {
      columns: [
        { label: 'Mobiltelefon', path: ['FO', 'Mobiltelefon'] },
        { label: 'Surfplatta', path: ['FO', 'Surfplatta'] },
      ],
      rows: [
        { label: 'Centrums servicebostad', kind: 'data', values: [cell('5'), cell('1')] },
        { label: 'Totalt', kind: 'total', values: [cell('45'), cell('30')] },
      ],
    };
    expect(recogniseEsfFinancing(equipment)).toBeUndefined();
    const labels = fc.oneof(
      fc.string(),
      fc.constantFrom(...salaRows.map((r) => r.label), 'Totalt', 'ESF-stöd'),
    );
    const value = fc.oneof(
      fc.constant(null),
      fc.constant('unknown' as const),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => exact(String(n))),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: labels, path: fc.array(labels, { maxLength: 2 }) }), {
          maxLength: 3,
        }),
        fc.array(
          fc.record({
            label: labels,
            kind: fc.constantFrom('data' as const, 'total' as const),
            values: fc.array(value, { maxLength: 3 }),
          }),
          { maxLength: 7 },
        ),
        (columns, rows) => {
          const r = recogniseEsfFinancing({ columns, rows });
          // A draft may fail the schema only on out-of-range figures (negative, above 100 %),
          // which the parser then reports as findings; it is never a crash.
          if (r !== undefined) expect(() => parseFinalReport(r.document)).not.toThrow();
        },
      ),
    );
  });

  it('is the esf plugin recogniser, with catalogued codes', () => {
    const recogniser = esfPlugin.recognisers[0];
    const r = recogniser?.recognise(sala, { locale: 'sv', documents: () => [], tables: [sala] });
    expect(r?.kind).toBe('esf/final-report');
    for (const f of r?.findings ?? []) expect(Object.keys(esfCodes.specs)).toContain(f.code);
  });
});
