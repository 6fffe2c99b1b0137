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

type Figure =
  | 'totalFinancing'
  | 'cofinancing'
  | 'grantPercent'
  | 'cofinancingPercent'
  | 'requiredCofinancingPercent';

const FIGURE_NAMES: Readonly<Record<Figure, { sv: string; en: string }>> = {
  totalFinancing: { sv: 'total finansiering', en: 'total financing' },
  cofinancing: { sv: 'medfinansiering', en: 'co-financing' },
  grantPercent: { sv: 'ESF-stödets andel', en: 'ESF grant share' },
  cofinancingPercent: { sv: 'medfinansieringens andel', en: 'co-financing share' },
  requiredCofinancingPercent: {
    sv: 'krav på medfinansiering',
    en: 'required co-financing share',
  },
};

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
  const where = table.caption?.trim() ?? '';
  const named =
    where === ''
      ? { sv: `Tabell ${index + 1}`, en: `Table ${index + 1}` }
      : { sv: where, en: where };
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
        message: {
          sv: `${named.sv}: tabellen har flera kolumner och ingen heter Summa; utkastet tar den sista ("${table.columns[column.index]?.label ?? ''}"): kontrollera`,
          en: `${named.en}: the table has several columns and none is called Summa; the draft takes the last ("${table.columns[column.index]?.label ?? ''}"): check it`,
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
        message: {
          sv: `${named.sv}: "${label}" anger ingen enhet; talet är högst 100 i en tabell med belopp och läses som procent`,
          en: `${named.en}: "${label}" states no unit; the figure is at most 100 in a table of amounts and is read as a percentage`,
        },
      }),
    );
  }
  for (const u of unplaced) {
    const label = table.rows[u.row]?.label ?? '';
    findings.push(
      esfCodes.create('esf/draft-not-mapped', {
        path: ['tables', index, 'rows', u.row],
        actual: label,
        message:
          u.reason === 'grant-amount'
            ? {
                sv: `${named.sv}: stödet som belopp ("${label}") har ingen plats i slutrapportens nyckeltal; granskningen räknar stödet ur total finansiering och medfinansiering`,
                en: `${named.en}: the grant as an amount ("${label}") has no place in the final report's key figures; the audit derives the grant from total financing and co-financing`,
              }
            : u.reason === 'duplicate'
              ? {
                  sv: `${named.sv}: "${label}" anger samma nyckeltal som en rad ovanför; utkastet tar den första`,
                  en: `${named.en}: "${label}" states the same key figure as a row above; the draft takes the first`,
                }
              : {
                  sv: `${named.sv}: raden "${label}" är inget nyckeltal i finansieringen och finns inte i utkastet`,
                  en: `${named.en}: the row "${label}" is no key figure of the financing and is not in the draft`,
                },
      }),
    );
  }
  if (!has('requiredCofinancingPercent')) {
    findings.push(
      esfCodes.create('esf/draft-needs-input', {
        path: ['figures', 'requiredCofinancingPercent'],
        message: {
          sv: `${named.sv}: tabellen anger inte utlysningens krav på medfinansiering; ange det från utlysningen (till exempel 33 %), annars kan kravet inte kontrolleras`,
          en: `${named.en}: the table does not state the call's required co-financing share; give it from the call (for example 33 %), otherwise the requirement cannot be checked`,
        },
      }),
    );
  }
  for (const f of ['totalFinancing', 'cofinancing'] as const) {
    if (!has(f)) {
      findings.push(
        esfCodes.create('esf/draft-needs-input', {
          path: ['figures', f],
          message: {
            sv: `${named.sv}: tabellen anger inte ${FIGURE_NAMES[f].sv} som belopp; fyll i det`,
            en: `${named.en}: the table does not state the ${FIGURE_NAMES[f].en} as an amount; fill it in`,
          },
        }),
      );
    }
  }
  findings.push(
    esfCodes.create('esf/draft-needs-input', {
      path: ['projectId'],
      message: {
        sv: 'Tabellen anger inte vilket projekt rapporten gäller: ange projektets id (platshållare "esf-projekt")',
        en: 'The table does not say which project the report is for: give the project id (placeholder "esf-projekt")',
      },
    }),
  );
  return {
    document: { projectId: 'esf-projekt', figures },
    findings,
    tables: [index],
    origins,
  };
}
