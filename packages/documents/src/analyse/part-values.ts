import { Exact } from '@styrkit/core';
import { compareTotal, type ShownFigure } from './compare-total.js';
import type { CheckRule, TotalCheck } from './check-types.js';
import type { AnalysedCell } from './types.js';

/** A cell as a part of a sum: a figure, nothing (adds 0), or unknown (the sum cannot be known). */
export type PartValue = ShownFigure | 'nothing' | 'unknown';

/** Reads a cell as a part of a sum. */
export function partValue(cell: AnalysedCell | undefined): PartValue {
  if (cell === undefined) return 'nothing';
  if (cell.status === 'number' && cell.value !== undefined) {
    return {
      value: cell.value,
      decimals: cell.decimals,
      ...(cell.estimate === true ? { estimate: true } : {}),
    };
  }
  if (cell.status === 'empty' || cell.status === 'not-applicable') return 'nothing';
  return 'unknown';
}

/** What summing some cells against a stated cell gives. */
export type SumOutcome =
  | { readonly kind: 'unchecked' }
  | { readonly kind: 'unknown'; readonly known: Exact; readonly unknown: number }
  | { readonly kind: 'checked'; readonly check: TotalCheck; readonly trivial: boolean };

/**
 * Sums the given cells (with signs) and compares them with the stated cell. Unchecked when the
 * stated cell is not a figure or no part is; `unknown` when a part is unknown; `trivial` when
 * every figure is zero (a match that proves nothing).
 */
export function sumAgainst(
  rule: CheckRule,
  stated: AnalysedCell | undefined,
  at: readonly [number, number],
  parts: readonly (readonly [number, number, AnalysedCell | undefined])[],
  signs: readonly (1 | -1)[],
  rounded: boolean,
  relation?: string,
): SumOutcome {
  const s = partValue(stated);
  if (s === 'nothing' || s === 'unknown') return { kind: 'unchecked' };
  if (stated?.unit === '%') return { kind: 'unchecked' };
  const figures: ShownFigure[] = [];
  const used: (readonly [number, number])[] = [];
  const usedSigns: (1 | -1)[] = [];
  let known = Exact.ZERO;
  let unknown = 0;
  let unit: string | undefined = stated?.unit;
  let mixedUnits = false;
  for (let i = 0; i < parts.length; i += 1) {
    const [r, c, cell] = parts[i] ?? [0, 0, undefined];
    const p = partValue(cell);
    if (p === 'nothing') continue;
    if (p === 'unknown') {
      unknown += 1;
      continue;
    }
    if (cell?.unit === '%') mixedUnits = true;
    if (cell?.unit !== undefined) {
      if (unit !== undefined && unit !== cell.unit) mixedUnits = true;
      unit = cell.unit;
    }
    const sign = signs[i] ?? 1;
    const value = sign === 1 ? p.value : p.value.negated();
    known = known.plus(value);
    figures.push({ ...p, value });
    used.push([r, c]);
    usedSigns.push(sign);
  }
  if (mixedUnits || figures.length === 0) return { kind: 'unchecked' };
  if (unknown > 0) return { kind: 'unknown', known, unknown };
  const compared = compareTotal(s, figures, rounded);
  const trivial = s.value.isZero() && figures.every((f) => f.value.isZero());
  return {
    kind: 'checked',
    trivial,
    check: {
      rule,
      row: at[0],
      column: at[1],
      parts: used,
      signs: usedSigns,
      computed: compared.computed,
      stated: s.value,
      outcome: compared.outcome,
      decimals: compared.decimals,
      estimate: compared.estimate,
      ...(relation === undefined ? {} : { relation }),
    },
  };
}
