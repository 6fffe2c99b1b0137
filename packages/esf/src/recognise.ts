/**
 * Recogniser: the financing table of an ESF project found in a committee document (by
 * @styrkit/documents) turned into a draft `esf/final-report` with its key figures as stated,
 * so the final-report audit recomputes the shares and checks the co-financing requirement.
 * The required share comes from the call: the draft takes it only when the table states it,
 * and asks for it otherwise. Pure; never throws on a table.
 *
 * @module
 */
import { Exact, type Finding, type Path } from '@styrkit/core';
import type {
  RecognisableCell,
  RecognisableTable,
  Recognition,
  RecognitionOrigin,
} from '@styrkit/plugin';
import { esfCodes } from './codes.js';
import type { EsfTableRef } from './messages.js';

type Figure =
  | 'totalFinancing'
  | 'cofinancing'
  | 'grantPercent'
  | 'cofinancingPercent'
  | 'requiredCofinancingPercent';

/** Lower case, one space, no trailing colon or full stop. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[\s:.]+$/, '')
    .trim();
}

const cofinancingWord = /medfinansiering|egen ?finansiering|co-?financ/;
const requiredWord = /\bkrav\b|krav på|kräv|required|requirement|\bminst\b|lägsta/;
const grantWord = /esf[+]?[- ]?stöd|stöd från esf|socialfond|eu-stöd|esf[+]?[- ]?bidrag|\bgrant\b/;
const totalWord =
  /^(summa|totalt?|s:a)\b.*(finansiering|kostnad|budget)|^total(a)? (finansiering|kostnad|stödberättigande|budget)|^(summa|totalt?|s:a)$|stödberättigande kostnad|total (eligible )?(cost|financing)/;
const shareWord = /%|procent|andel|share|percent/;

function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && /%|procent|percent/.test(unit.toLowerCase());
}

/** The value column: the only one, or a total/amount column, or the last with a finding. */
function valueColumn(table: RecognisableTable): { index: number; assumed: boolean } | undefined {
  if (table.columns.length === 0) return undefined;
  if (table.columns.length === 1) return { index: 0, assumed: false };
  const named = table.columns.findIndex(
    (c) => c.total === true || /^(summa|totalt?|belopp|s:a)\b/.test(normalise(c.label)),
  );
  if (named !== -1) return { index: named, assumed: false };
  return { index: table.columns.length - 1, assumed: true };
}

interface Read {
  readonly figure: Figure;
  readonly row: number;
  readonly value: Exact;
}

/** Swedish notation, so the draft reads back exactly ("67,15"). */
function svText(value: Exact): string {
  return value.toString().replace('.', ',');
}

/**
 * Reads an ESF financing table (the Sala final report's "Tabell 1": "Summa offentlig och privat
 * medfinansiering", "Summa total finansiering", "ESF-stöd … %", "Budgeterad medfinansiering …
 * %", "Krav på medfinansiering … enligt utlysningen … %") into a draft `esf/final-report` with
 * its key figures as stated. A row is a percentage when its unit, its label or the table says
 * so, or, in a table that also holds amounts, when its figure is at most 100 (said in a
 * finding). The required co-financing share is taken only from a row that states it; without
 * one, an `esf/draft-needs-input` finding asks for it (the call sets it; it is never guessed).
 * Returns `undefined` for a table that is not a financing table.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { auditFinalReport, parseFinalReport, recogniseEsfFinancing } from '@styrkit/esf';
 * const row = (label: string, v: string, unit?: string) => ({ label, kind: 'data' as const, values: [exact(v)], ...(unit ? { unit } : {}) });
 * const r = recogniseEsfFinancing({
 *   caption: 'Tabell 1 ESF-projekt IP budget',
 *   columns: [{ label: 'SUMMA', path: ['SUMMA'] }],
 *   rows: [
 *     row('Summa offentlig och privat medfinansiering', '1823196'),
 *     row('Summa total finansiering', '5549825'),
 *     row('Krav på medfinansiering enligt utlysningen:', '33', '%'),
 *   ],
 * });
 * const parsed = r === undefined ? undefined : parseFinalReport(r.document);
 * parsed?.ok && auditFinalReport(parsed.value)[0]?.code; // 'esf/cofinancing-below-required'
 * ```
 */
export function recogniseEsfFinancing(
  table: RecognisableTable,
  tables: readonly RecognisableTable[] = [table],
): Omit<Recognition, 'kind'> | undefined {
  try {
    return recognise(table, Math.max(tables.indexOf(table), 0));
  } catch {
    // A table shape nobody foresaw is not this recogniser's table.
    return undefined;
  }
}

function recognise(table: RecognisableTable, index: number): Omit<Recognition, 'kind'> | undefined {
  const column = valueColumn(table);
  if (column === undefined) return undefined;
  const findings: Finding[] = [];
  const caption = table.caption?.trim() ?? '';
  const named: EsfTableRef = caption === '' ? { index } : { index, caption };
  const tablePercent =
    isPercentUnit(table.unit) || isPercentUnit(table.columns[column.index]?.unit);

  const valueOf = (cell: RecognisableCell | undefined): Exact | undefined =>
    cell instanceof Exact ? cell : undefined;
  const amounts = table.rows.map((r) => valueOf(r.values[column.index]));
  const hasLargeAmount = amounts.some((v) => v?.abs().gt(100) === true);

  const read: Read[] = [];
  const unplaced: { row: number; reason: 'grant-amount' | 'other' | 'duplicate' }[] = [];
  const guessedPercent: number[] = [];
  table.rows.forEach((r, i) => {
    const label = normalise(r.label);
    const value = amounts[i];
    if (label === '' || value === undefined) return;
    const statedPercent =
      isPercentUnit(r.unit) || shareWord.test(label) || (tablePercent && r.unit === undefined);
    const looksPercent = !statedPercent && hasLargeAmount && value.abs().lte(100);
    const percent = statedPercent || looksPercent;
    let figure: Figure | undefined;
    if (cofinancingWord.test(label)) {
      if (requiredWord.test(label)) figure = percent ? 'requiredCofinancingPercent' : undefined;
      else figure = percent ? 'cofinancingPercent' : 'cofinancing';
    } else if (grantWord.test(label)) {
      if (percent) figure = 'grantPercent';
      else {
        unplaced.push({ row: i, reason: 'grant-amount' });
        return;
      }
    } else if (totalWord.test(label) && !percent) figure = 'totalFinancing';
    if (figure === undefined) {
      unplaced.push({ row: i, reason: 'other' });
      return;
    }
    if (read.some((x) => x.figure === figure)) {
      unplaced.push({ row: i, reason: 'duplicate' });
      return;
    }
    if (looksPercent) guessedPercent.push(i);
    read.push({ figure, row: i, value });
  });

  const has = (f: Figure) => read.some((x) => x.figure === f);
  const aboutCofinancing = has('cofinancing') || has('cofinancingPercent');
  const anchored = has('totalFinancing') || has('grantPercent');
  if (!aboutCofinancing || !anchored) return undefined;

  const figures: Record<string, string> = {};
  const origins: RecognitionOrigin[] = [];
  for (const x of read) {
    const path: Path = ['figures', x.figure];
    figures[x.figure] = svText(x.value);
    origins.push({ path, table: index, row: x.row, column: column.index });
  }

  if (column.assumed) {
    findings.push(
      esfCodes.create('esf/draft-reading-assumed', {
        path: ['tables', index],
        actual: table.columns[column.index]?.label ?? '',
        data: {
          kind: 'last-column',
          table: named,
          column: table.columns[column.index]?.label ?? '',
        },
      }),
    );
  }
  for (const row of guessedPercent) {
    const label = table.rows[row]?.label ?? '';
    findings.push(
      esfCodes.create('esf/draft-reading-assumed', {
        path: ['tables', index, 'rows', row, 'cells', column.index],
        severity: 'info',
        actual: label,
        data: { kind: 'percent', table: named, label },
      }),
    );
  }
  for (const u of unplaced) {
    const label = table.rows[u.row]?.label ?? '';
    findings.push(
      esfCodes.create('esf/draft-not-mapped', {
        path: ['tables', index, 'rows', u.row],
        actual: label,
        data: { table: named, label, reason: u.reason },
      }),
    );
  }
  if (!has('requiredCofinancingPercent')) {
    findings.push(
      esfCodes.create('esf/draft-needs-input', {
        path: ['figures', 'requiredCofinancingPercent'],
        data: { field: 'requiredCofinancingPercent', table: named },
      }),
    );
  }
  for (const f of ['totalFinancing', 'cofinancing'] as const) {
    if (!has(f)) {
      findings.push(
        esfCodes.create('esf/draft-needs-input', {
          path: ['figures', f],
          data: { field: f, table: named },
        }),
      );
    }
  }
  findings.push(
    esfCodes.create('esf/draft-needs-input', {
      path: ['projectId'],
      data: { field: 'projectId' },
    }),
  );
  return {
    document: { projectId: 'esf-projekt', figures },
    findings,
    tables: [index],
    origins,
  };
}
