import type { Exact } from '@styrkit/core';
import type { AnalysedCell } from './types.js';

/** A body row as the total checks see it. */
export interface CheckRow {
  readonly label: string;
  readonly cells: readonly AnalysedCell[];
  /** The label says total ("Summa …", "Totalt"). */
  readonly labelTotal: boolean;
  /** Set apart by bold, in a table where not every row is bold. */
  readonly emphasised: boolean;
  /** A bullet sub-item of the row above ("• Löner"). */
  readonly bullet: boolean;
  /** A part of the row above ("varav …", "därav …"), not an item of any total. */
  readonly part: boolean;
  /** Has at least one figure in a value column. */
  readonly hasValues: boolean;
}

/** A value column as the total checks see it. */
export interface CheckColumn {
  readonly label: string;
  /** Figures that may be added up (not percentages). */
  readonly additive: boolean;
  /** The header says total. */
  readonly total: boolean;
}

/**
 * Which rule a check belongs to: a total row (`column-total`), a subtotal (`block-total`), a
 * total column (`row-total`) or a relation between columns (`relation`).
 *
 * @example
 * ```ts
 * import type { CheckRule } from '@styrkit/documents';
 * const r: CheckRule = 'relation';
 * ```
 */
export type CheckRule = 'column-total' | 'block-total' | 'row-total' | 'relation';

/**
 * One checked total: the stated cell, the cells it was computed from, the computed figure and
 * the outcome. Every total finding comes from one of these, so a UI can mark the cells.
 *
 * @example
 * ```ts
 * import { exact } from '@styrkit/core';
 * import type { TotalCheck } from '@styrkit/documents';
 * const c: TotalCheck = {
 *   rule: 'column-total', row: 15, column: 1, parts: [[0, 1], [1, 1]], signs: [1, 1],
 *   computed: exact('29'), stated: exact('30'), outcome: 'mismatch', decimals: 0, estimate: false,
 * };
 * ```
 */
export interface TotalCheck {
  /** The rule. */
  readonly rule: CheckRule;
  /** Body row of the stated figure (0-based). */
  readonly row: number;
  /** Value column of the stated figure (0-based). */
  readonly column: number;
  /** The cells computed from, as [row, column]. */
  readonly parts: readonly (readonly [number, number])[];
  /** +1 or −1 for each part (a relation subtracts: Avvikelse = Utfall − Budget). */
  readonly signs: readonly (1 | -1)[];
  /** The sum of the parts with their signs. */
  readonly computed: Exact;
  /** The figure the document states. */
  readonly stated: Exact;
  /** holds, rounding (one unit of the last shown digit) or mismatch. */
  readonly outcome: 'holds' | 'rounding' | 'mismatch';
  /** Decimals shown. */
  readonly decimals: number;
  /** Some figure is an estimate ("ca"). */
  readonly estimate: boolean;
  /** For a relation: how it reads ("Avvikelse = Periodutfall totalt − Periodbudget"). */
  readonly relation?: string;
}

/** A total that could not be checked because some of its items are unknown ("?"). */
export interface UnknownItems {
  readonly row: number;
  readonly column: number;
  readonly known: Exact;
  readonly unknown: number;
}
