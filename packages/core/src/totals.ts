import { coreFinding } from './core-finding.js';
import { countText, type CountForms } from './count-text.js';
import { makeFinding } from './finding-codes.js';
import type { Exact } from './exact.js';
import type { Finding, LocalizedText, Path, Severity } from './finding.js';
import { formatNumber } from './number-text.js';
import { sumKnown } from './sum.js';

/** "1 okänd post", "2 okända poster": the adjective agrees with the count too. */
const unknownItems: CountForms = {
  sv: ['okänd post', 'okända poster'],
  en: ['unknown item', 'unknown items'],
};

/**
 * A figure that may be unknown: `null` or `undefined` is unknown, never zero.
 *
 * @example
 * ```ts
 * import { exact, type MaybeExact } from '@styrkit/core';
 * const cells: MaybeExact[] = [exact('1200'), null];
 * ```
 */
export type MaybeExact = Exact | null | undefined;

/**
 * The declared-total rule: compares a stated total with the sum of its items.
 * - a difference beyond `tolerance` is a finding (`code`, default `core/total-mismatch`) with
 *   expected = the computed sum of the items and actual = the stated total (as every finding:
 *   expected is what the figures give, actual what the document says); a warning when the
 *   items are estimates ("ca"), an error otherwise;
 * - unknown items make the sum unknowable: a `core/total-has-unknown` info finding instead of
 *   a false mismatch (unknown is never zero);
 * - an unknown stated total is nothing to check.
 *
 * @example
 * ```ts
 * import { checkStatedTotal, exact } from '@styrkit/core';
 * const items = ['5.6', '5.4', '4.2', '4.2', '3.5'].map(exact);
 * const [f] = checkStatedTotal({ items, stated: exact('22.7'), path: ['costs'], estimate: true });
 * f?.severity; // 'warning'
 * f?.expected; // '22.9'
 * f?.actual; // '22.7'
 * ```
 */
export function checkStatedTotal(input: {
  readonly items: readonly MaybeExact[];
  readonly stated: MaybeExact;
  readonly path: Path;
  readonly code?: string;
  readonly severity?: Severity;
  readonly estimate?: boolean;
  readonly label?: LocalizedText;
  readonly tolerance?: Exact;
}): Finding[] {
  if (input.stated === null || input.stated === undefined) return [];
  const total = sumKnown(input.items);
  const label = input.label ?? { sv: 'Summan', en: 'The total' };
  if (total.unknownCount > 0) {
    return [
      coreFinding('core/total-has-unknown', 'info', {
        path: input.path,
        message: {
          sv: `${label.sv}: ${countText(total.unknownCount, unknownItems, 'sv')}, kända poster ger ${formatNumber(total.known)} mot angivna ${formatNumber(input.stated)}`,
          en: `${label.en}: ${countText(total.unknownCount, unknownItems, 'en')}; known items give ${formatNumber(total.known, { locale: 'en' })} against the stated ${formatNumber(input.stated, { locale: 'en' })}`,
        },
        expected: total.known,
        actual: input.stated,
      }),
    ];
  }
  const difference = total.known.minus(input.stated);
  const tolerance = input.tolerance;
  if (tolerance === undefined ? difference.isZero() : difference.abs().lte(tolerance)) return [];
  const severity = input.severity ?? (input.estimate === true ? 'warning' : 'error');
  return [
    // core/total-mismatch or the caller's own code (a row, a column), at the severity above.
    makeFinding(input.code ?? 'core/total-mismatch', severity, {
      path: input.path,
      message: {
        sv: `${label.sv}: angivet ${formatNumber(input.stated)}, posterna ger ${formatNumber(total.known)} (skillnad ${formatNumber(difference)})${input.estimate === true ? '; posterna är uppskattningar' : ''}`,
        en: `${label.en}: stated ${formatNumber(input.stated, { locale: 'en' })}, the items give ${formatNumber(total.known, { locale: 'en' })} (difference ${formatNumber(difference, { locale: 'en' })})${input.estimate === true ? '; the items are estimates' : ''}`,
      },
      expected: total.known,
      actual: input.stated,
    }),
  ];
}

/**
 * Checks a table's stated row totals, column totals and grand total against its cells.
 * Each finding has expected = the sum of the cells, actual = the stated total.
 * Paths: `[...path, 'rowTotals', i]`, `[...path, 'columnTotals', j]`, `[...path, 'grandTotal']`.
 * Empty cells (null) are unknown: a row or column with one gets an info finding, not a
 * mismatch. Codes default to `core/row-total-mismatch`, `core/column-total-mismatch` and
 * `core/grand-total-mismatch`.
 *
 * @example
 * ```ts
 * import { checkMatrixTotals, exact } from '@styrkit/core';
 * const e = (s: string) => exact(s);
 * const findings = checkMatrixTotals({
 *   cells: [[e('1'), e('2')], [e('3'), e('4')]],
 *   statedRowTotals: [e('3'), e('8')],
 *   statedColumnTotals: [e('4'), e('6')],
 *   statedGrandTotal: e('10'),
 *   path: ['budget'],
 * });
 * findings.length; // 1 (row 2 states 8, its cells give 7)
 * ```
 */
export function checkMatrixTotals(input: {
  readonly cells: readonly (readonly MaybeExact[])[];
  readonly statedRowTotals?: readonly MaybeExact[];
  readonly statedColumnTotals?: readonly MaybeExact[];
  readonly statedGrandTotal?: MaybeExact;
  readonly path: Path;
  readonly rowLabels?: readonly string[];
  readonly columnLabels?: readonly string[];
  readonly codes?: { readonly row?: string; readonly column?: string; readonly grand?: string };
}): Finding[] {
  const findings: Finding[] = [];
  // A loop, not Math.max(...spread): a spread of 120 000+ rows overflows the call stack.
  const columnCount = input.cells.reduce((most, r) => (r.length > most ? r.length : most), 0);
  input.statedRowTotals?.forEach((stated, i) => {
    const name = input.rowLabels?.[i] ?? String(i + 1);
    findings.push(
      ...checkStatedTotal({
        items: input.cells[i] ?? [],
        stated,
        path: [...input.path, 'rowTotals', i],
        code: input.codes?.row ?? 'core/row-total-mismatch',
        label: { sv: `Radsumma "${name}"`, en: `Row total "${name}"` },
      }),
    );
  });
  input.statedColumnTotals?.forEach((stated, j) => {
    const name = input.columnLabels?.[j] ?? String(j + 1);
    findings.push(
      ...checkStatedTotal({
        items: input.cells.map((row) => row[j]),
        stated,
        path: [...input.path, 'columnTotals', j],
        code: input.codes?.column ?? 'core/column-total-mismatch',
        label: { sv: `Kolumnsumma "${name}"`, en: `Column total "${name}"` },
      }),
    );
  });
  if (input.statedGrandTotal !== undefined && input.statedGrandTotal !== null) {
    const all: MaybeExact[] = [];
    for (const row of input.cells)
      for (let j = 0; j < columnCount; j += 1) all.push(row[j] ?? null);
    findings.push(
      ...checkStatedTotal({
        items: all,
        stated: input.statedGrandTotal,
        path: [...input.path, 'grandTotal'],
        code: input.codes?.grand ?? 'core/grand-total-mismatch',
        label: { sv: 'Totalsumma', en: 'Grand total' },
      }),
    );
  }
  return findings;
}
