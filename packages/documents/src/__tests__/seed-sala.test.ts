import { describe, expect, it } from 'vitest';
import { auditSeed, infos, problems } from './seed-helpers.js';

const audit = auditSeed('sala-san-kallelse-2023-06-15.txt');
const byCaption = (start: string) =>
  audit.tables.filter((t) => t.caption?.startsWith(start) === true);

describe('Sala kallelse 2023-06-15 (tab-separated tables as extracted)', () => {
  it('reports exactly the two tablet totals of the equipment table, nothing else', () => {
    // Tabell 2 (lines 828–844) is two tables side by side: FO and SÄBO, each with its Totalt.
    // FO tablets (column "Surfplatta", lines 829–843): 1+1+1+1+1 (829–833) + 1 (Solgatan)
    //   + 1 (Styrars) + 3 (Tre servicebostäder) + 13 (Daglig verksamhet) + 3 (Personlig
    //   assistans) + 3 (Dagverksamhet SoL) = 29, stated 30 (line 844).
    // SÄBO tablets: 2+4+2+4+1+1 (829–834) + 2 (Dagverksamhet, 836) = 16, stated 14.
    // Expected is the computed figure, actual the stated one.
    expect(problems(audit)).toEqual([
      {
        code: 'documents/column-total-mismatch',
        severity: 'error',
        path: ['tables', 20, 'rows', 15, 'cells', 1],
        expected: '29',
        actual: '30',
        line: 844,
      },
      {
        code: 'documents/column-total-mismatch',
        severity: 'error',
        path: ['tables', 21, 'rows', 8, 'cells', 1],
        expected: '16',
        actual: '14',
        line: 844,
      },
    ]);
  });

  it('finds the side-by-side tables and keeps the phone totals, which hold', () => {
    const [fo, sabo] = byCaption('Tabell 2');
    expect(fo?.sideBySide).toEqual({ part: 1, of: 2 });
    expect(sabo?.sideBySide).toEqual({ part: 2, of: 2 });
    expect(fo?.columns.map((c) => c.label)).toEqual(['Mobiltelefon', 'Surfplatta']);
    // FO phones: 5+4+3+3+2+5+2+2+3+7+6+3 = 45; SÄBO phones: 6+24+20+48+7+10+10 = 125.
    const phones = (t: typeof fo) =>
      t?.checks.find((c) => c.column === 0 && c.rule === 'column-total');
    expect(phones(fo)?.outcome).toBe('holds');
    expect(String(phones(fo)?.computed)).toBe('45');
    expect(phones(sabo)?.outcome).toBe('holds');
    expect(String(phones(sabo)?.computed)).toBe('125');
    expect(fo?.rows.at(-1)).toMatchObject({ label: 'Totalt', kind: 'total' });
  });

  it('reports the period table’s one-unit differences as rounding, not errors', () => {
    // "Periodresultat t om MAJ 2023" (lines 31–44), figures in whole tkr:
    // - Personalkostnader (line 36): Avvikelse = Periodutfall − Periodbudget holds in the
    //   other rows; here −39 383 − (−46 115) = 6 732, stated 6 733.
    // - Summa kostnader (line 39), Periodutfall: −30 081 − 39 383 − 6 922 − 5 731 = −82 117,
    //   stated −82 116.
    // - RESULTAT (line 42) = Nettokostnad + Fastställd ram: budget −62 352 + 62 353 = 1,
    //   stated 0; outcome −72 074 + 62 353 = −9 721, stated −9 722.
    // Each is one unit of the last shown digit in rounded money figures.
    expect(infos(audit).filter((f) => f.code === 'documents/rounding-difference')).toEqual([
      {
        code: 'documents/rounding-difference',
        severity: 'info',
        path: ['tables', 1, 'rows', 4, 'cells', 2],
        expected: '6732',
        actual: '6733',
        line: 36,
      },
      {
        code: 'documents/rounding-difference',
        severity: 'info',
        path: ['tables', 1, 'rows', 7, 'cells', 1],
        expected: '-82117',
        actual: '-82116',
        line: 39,
      },
      {
        code: 'documents/rounding-difference',
        severity: 'info',
        path: ['tables', 1, 'rows', 10, 'cells', 0],
        expected: '1',
        actual: '0',
        line: 42,
      },
      {
        code: 'documents/rounding-difference',
        severity: 'info',
        path: ['tables', 1, 'rows', 10, 'cells', 1],
        expected: '-9721',
        actual: '-9722',
        line: 42,
      },
    ]);
    const message = audit.findings.find((f) => f.code === 'documents/rounding-difference')?.message;
    expect(message?.sv).toContain('Avvikelse = Periodutfall totalt − Periodbudget');
    expect(message?.sv).toContain('avrund');
  });

  it('checks the forecast table and the holiday-pay result without findings', () => {
    // Lines 66–75: Summa intäkter −33 790 − 1 735 = −35 525 …; RESULTAT −35 525 + 185 171 =
    // 149 646; Avvikelse = Årsbudget − Årsprognos in every row; "% av årsbudget" is not summed.
    const forecast = audit.tables[2];
    expect(forecast?.checks.length).toBeGreaterThan(0);
    expect(forecast?.checks.every((c) => c.outcome === 'holds')).toBe(true);
    expect(forecast?.columns.at(-1)?.unit).toBe('%');
    // Line 44: RESULTAT inkl semskuld −9 722 + −5 687 = −15 409.
    const period = audit.tables[1];
    const last = period?.checks.find((c) => c.row === 12 && c.column === 1);
    expect(String(last?.computed)).toBe('-15409');
    expect(last?.outcome).toBe('holds');
  });

  it('finds the text restating the equipment totals and says the tablets repeat a wrong total', () => {
    // Line 824: "Totalt köptes 170 mobiltelefoner och 44 surfplattor". Phones: 45 + 125 = 170
    // (stated totals and rows agree). Tablets: the stated totals give 30 + 14 = 44, so the
    // text agrees with the table as printed; the rows give 29 + 16 = 45, so the text repeats
    // totals that are themselves wrong (already errors above): an info, not a new error.
    const restated = audit.claims.filter((c) => c.kind === 'restates-table');
    expect(
      restated.map((c) => [
        String(c.stated.value),
        c.outcome,
        String(c.computed),
        String(c.table?.rowsGive),
      ]),
    ).toEqual([
      ['170', 'holds', '170', '170'],
      ['44', 'holds', '44', '45'],
    ]);
    expect(infos(audit).filter((f) => f.code.startsWith('documents/text'))).toEqual([
      {
        code: 'documents/text-restates-wrong-total',
        severity: 'info',
        path: ['claims', 1],
        expected: '45',
        actual: '44',
        line: 824,
      },
    ]);
  });

  it('never sums a table of contents or the financing table’s percentages', () => {
    expect(audit.tables.filter((t) => t.kind === 'contents').length).toBeGreaterThanOrEqual(4);
    for (const t of audit.tables.filter((x) => x.kind === 'contents')) expect(t.checks).toEqual([]);
    const financing = byCaption('Tabell 1')[0];
    expect(financing?.checks.filter((c) => c.outcome !== 'holds')).toEqual([]);
  });
});
