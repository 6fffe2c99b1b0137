import { Exact, sumEstimated } from '@styrkit/core';
import type { Finding, Path } from '@styrkit/core';
import type { StatementCell } from './cell.js';
import {
  mismatchFinding,
  roundingFinding,
  unknownPartsFinding,
  type MismatchCode,
} from './codes.js';

/** Where a comparison stands and what to call it in a message. */
export interface ComparisonPlace {
  readonly code: MismatchCode;
  readonly path: Path;
  readonly row: string;
  readonly column: string;
  readonly unit: string;
  /** The figures are rounded for display (the statement's `rounding: rounded`). */
  readonly rounded: boolean;
}

/** One part of a sum, with its sign (a block under `sign: minus` counts negatively). */
export interface SignedPart {
  readonly cell: StatementCell;
  readonly negate?: boolean;
}

/** One unit of the last digit shown among the figures compared ("6 733" → 1, "0,5" → 0,1). */
function lastDigitUnit(values: readonly Exact[]): Exact {
  const decimals = Math.max(0, ...values.map((v) => v.decimalPlaces()));
  return Exact.ONE.dividedBy(Exact.of(10n ** BigInt(decimals)));
}

/**
 * Compares a stated figure with the sum of its parts: nothing to say when it holds or when
 * nothing is stated; an info finding when a part is unknown (never read as 0) or when a
 * rounded statement is one unit of its last digit off; otherwise a mismatch, a warning when
 * a part or the total is an estimate ("ca").
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { compareWithParts } from '@styrkit/statements';
 * const v = (s: string) => ({ cell: { kind: 'value' as const, value: exact(s), estimate: false } });
 * compareWithParts(v('30').cell, [v('10'), v('21')], {
 *   code: 'statements/block-total-mismatch', path: ['x'], row: 'Summa', column: '2025',
 *   unit: 'tkr', rounded: false,
 * })[0]?.expected; // '31'
 * ```
 */
export function compareWithParts(
  stated: StatementCell,
  parts: readonly SignedPart[],
  place: ComparisonPlace,
): Finding[] {
  if (stated.kind !== 'value') return [];
  const items = parts.map(({ cell, negate }) => {
    if (cell.kind === 'value') {
      return {
        value: negate === true ? cell.value.negated() : cell.value,
        estimate: cell.estimate,
      };
    }
    return { value: cell.kind === 'unknown' ? null : undefined };
  });
  const total = sumEstimated(items.filter((item) => item.value !== undefined));
  return compareFigure(stated.value, stated.estimate, total, place, parts);
}

function compareFigure(
  stated: Exact,
  statedEstimate: boolean,
  total: { readonly known: Exact; readonly unknownCount: number; readonly estimateCount: number },
  place: ComparisonPlace,
  parts: readonly SignedPart[],
): Finding[] {
  const base = { path: place.path, row: place.row, column: place.column, unit: place.unit };
  if (total.unknownCount > 0) {
    return [
      unknownPartsFinding({
        ...base,
        known: total.known,
        unknownCount: total.unknownCount,
        stated,
      }),
    ];
  }
  if (total.known.equals(stated)) return [];
  const shown = parts.flatMap(({ cell }) => (cell.kind === 'value' ? [cell.value] : []));
  if (
    place.rounded &&
    total.known
      .minus(stated)
      .abs()
      .lte(lastDigitUnit([stated, ...shown]))
  ) {
    return [roundingFinding({ ...base, computed: total.known, stated, explanation: 'rounded' })];
  }
  const estimate = statedEstimate || total.estimateCount > 0;
  return [
    mismatchFinding({
      ...base,
      code: place.code,
      computed: total.known,
      stated,
      severity: estimate ? 'warning' : 'error',
      estimate,
    }),
  ];
}

/**
 * Compares a stated share (percent) with `part / whole × 100` rounded half-up to `decimals`.
 * A stated figure that equals the truncated share is a rounding difference (info) saying so;
 * a zero or unknown whole leaves nothing to check.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import { compareShare } from '@styrkit/statements';
 * const v = (s: string) => ({ kind: 'value' as const, value: exact(s), estimate: false });
 * compareShare(v('29'), v('9768'), v('33790'), 0, {
 *   code: 'statements/share-mismatch', path: ['x'], row: 'Externa intäkter', column: '%',
 *   unit: '%', rounded: false,
 * }); // [] (28,9 % rounds to 29)
 * ```
 */
export function compareShare(
  stated: StatementCell,
  part: StatementCell,
  whole: StatementCell,
  decimals: number,
  place: ComparisonPlace,
): Finding[] {
  if (stated.kind !== 'value') return [];
  if (part.kind !== 'value' || whole.kind !== 'value' || whole.value.isZero()) return [];
  const exactShare = part.value.dividedBy(whole.value).times(100);
  const computed = exactShare.round(decimals, 'half-up');
  if (computed.equals(stated.value)) return [];
  const base = { path: place.path, row: place.row, column: place.column, unit: place.unit };
  if (exactShare.round(decimals, 'truncate').equals(stated.value)) {
    return [roundingFinding({ ...base, computed, stated: stated.value, explanation: 'truncated' })];
  }
  const estimate = stated.estimate || part.estimate || whole.estimate;
  return [
    mismatchFinding({
      ...base,
      code: place.code,
      computed,
      stated: stated.value,
      severity: estimate ? 'warning' : 'error',
      estimate,
    }),
  ];
}
